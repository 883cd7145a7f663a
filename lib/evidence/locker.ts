import type { Finding } from '../detect/types';
import type { AuthorRole, ContextMessage, PageInfo } from '../messages';
import { LockerDB } from './db';
import {
  canonicalJson,
  entryHash,
  GENESIS,
  makeKeyPair,
  sha256Hex,
  signHash,
  verifyChain,
  type ChainCheck,
  type ChainEntry,
  type EntryBody,
} from './integrity';
import {
  EvidenceRecordSchema,
  RECORD_VERSION,
  type CaseRow,
  type EvidenceRecord,
  type FileRole,
  type RecordFile,
  type RecordRow,
} from './schema';

export interface CaptureInput {
  trigger: 'auto' | 'manual';
  page: PageInfo;
  message: string;
  author?: string;
  role?: AuthorRole;
  hidden?: boolean;
  findings: Finding[];
  /** Up to 20 surrounding messages. */
  context: ContextMessage[];
  capturedAt: Date;
  browser: string;
  extensionVersion: string;
}

export interface CaptureFiles {
  screenshot?: Blob;
  screenshotError?: string;
  pageText?: string;
  mhtml?: Blob;
}

export interface SaveResult {
  recordId: string;
  caseId: string;
  /** True when the capture became an addendum to a record of the last ten minutes. */
  deduped: boolean;
}

/** Same case and value within this window adds context instead of a new screenshot. */
export const DEDUPE_WINDOW_MS = 10 * 60 * 1000;
/** Below this much free space nothing new is written, so what is there is never put at risk. */
export const MIN_FREE_BYTES = 50 * 1024 * 1024;

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

let shared: LockerDB | null = null;

/** One database connection per JS context. */
export function openLocker(): LockerDB {
  shared ??= new LockerDB();
  return shared;
}

// ---- signing key -----------------------------------------------------------

interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: JsonWebKey;
}

async function signingKey(db: LockerDB): Promise<SigningKey> {
  const existing = (await db.meta.get('signing'))?.value as SigningKey | undefined;
  if (existing) return existing;
  const pair = await makeKeyPair();
  const publicJwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const fresh: SigningKey = { privateKey: pair.privateKey, publicJwk };
  // Two contexts may race to make the first key: the first one stored wins.
  return db.transaction('rw', db.meta, async () => {
    const again = (await db.meta.get('signing'))?.value as SigningKey | undefined;
    if (again) return again;
    await db.meta.put({ key: 'signing', value: fresh });
    return fresh;
  });
}

export async function publicKeyJwk(db: LockerDB): Promise<JsonWebKey> {
  return (await signingKey(db)).publicJwk;
}

// ---- the chain ---------------------------------------------------------------

const localQueue = new Map<string, Promise<unknown>>();

/**
 * One writer of the chain at a time across the worker and every extension
 * page (Web Locks), or within this context where Web Locks are missing.
 */
function withChainLock<T>(db: LockerDB, work: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(`opg-chain:${db.name}`, work) as Promise<T>;
  const prev = localQueue.get(db.name) ?? Promise.resolve();
  const next = prev.then(work, work);
  localQueue.set(db.name, next.catch(() => undefined));
  return next;
}

class ChainMovedError extends Error {}

/**
 * Append one entry and write its rows in ONE transaction: a worker killed
 * at any point leaves the whole record or none of it. Signing (async
 * WebCrypto) happens before the transaction opens; the transaction re-checks
 * the head it signed against.
 */
async function appendEntry(
  db: LockerDB,
  body: Omit<EntryBody, 'seq' | 'prev'>,
  write: (entry: ChainEntry) => Promise<void>,
): Promise<ChainEntry> {
  const key = await signingKey(db);
  return withChainLock(db, async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const head = await db.chain.orderBy('seq').last();
      const full: EntryBody = { seq: (head?.seq ?? 0) + 1, prev: head?.hash ?? GENESIS, ...body };
      const hash = await entryHash(full);
      const entry: ChainEntry = { ...full, hash, sig: await signHash(key.privateKey, hash) };
      try {
        await db.transaction('rw', [db.cases, db.records, db.files, db.chain], async () => {
          const now = await db.chain.orderBy('seq').last();
          if ((now?.hash ?? GENESIS) !== full.prev) throw new ChainMovedError();
          await db.chain.add(entry);
          await write(entry);
        });
        return entry;
      } catch (err) {
        if (err instanceof ChainMovedError) continue;
        throw asStorageError(err);
      }
    }
    throw new Error('the evidence chain kept changing while saving; try again');
  });
}

function asStorageError(err: unknown): unknown {
  const name = (err as { name?: string; inner?: { name?: string } })?.name;
  const inner = (err as { inner?: { name?: string } })?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageFullError('the disk is full: this evidence was not saved, and nothing saved before was touched');
  }
  return err;
}

async function ensureSpace(): Promise<void> {
  const est = await storageUsage();
  if (est && est.quota > 0 && est.quota - est.usage < MIN_FREE_BYTES) {
    throw new StorageFullError(
      `only ${Math.round((est.quota - est.usage) / 1048576)} MB of storage left: free some space before more evidence can be saved`,
    );
  }
}

export async function storageUsage(): Promise<{ usage: number; quota: number } | null> {
  const storage = (globalThis.navigator as Navigator | undefined)?.storage;
  if (!storage?.estimate) return null;
  const e = await storage.estimate();
  return { usage: e.usage ?? 0, quota: e.quota ?? 0 };
}

// ---- cases -------------------------------------------------------------------

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}

/** A case groups records by platform + shop/seller, or by host when the seller is unknown. */
export function caseFor(page: PageInfo): { id: string; platform: string; host: string; name: string } {
  const host = hostOf(page.url);
  const platform = page.platform && !page.platform.startsWith('generic') ? page.platform : host;
  const seller = page.seller?.trim();
  const who = seller || host;
  return { id: `${platform}|${who}`.toLowerCase().slice(0, 200), platform, host, name: seller ? `${seller} · ${platform}` : host };
}

// ---- saving ------------------------------------------------------------------

function localParts(d: Date): { timeZone: string; utcOffsetMinutes: number; localTime: string } {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const utcOffsetMinutes = -d.getTimezoneOffset();
  const sign = utcOffsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(utcOffsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  const localTime =
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return { timeZone, utcOffsetMinutes, localTime };
}

const FILE_NAMES: Record<FileRole, { name: string; mime: string }> = {
  screenshot: { name: 'screenshot.png', mime: 'image/png' },
  pageText: { name: 'page-text.txt', mime: 'text/plain;charset=utf-8' },
  mhtml: { name: 'page.mhtml', mime: 'multipart/related' },
};

/** The record of the last ten minutes in this case that already holds one of these values. */
export async function findDuplicate(db: LockerDB, caseId: string, values: string[], at: Date): Promise<RecordRow | undefined> {
  const wanted = new Set(values.filter(Boolean));
  if (wanted.size === 0) return undefined;
  const since = new Date(at.getTime() - DEDUPE_WINDOW_MS).toISOString();
  const recent = await db.records
    .where('[caseId+capturedAt]')
    .between([caseId, since], [caseId, at.toISOString()], true, true)
    .toArray();
  return recent
    .filter((r) => r.entry === 'record' && !r.deleted)
    .sort((a, b) => b.seq - a.seq)
    .find((r) => r.values.some((v) => wanted.has(v)));
}

function newId(): string {
  return crypto.randomUUID();
}

export async function saveCapture(db: LockerDB, input: CaptureInput, files: CaptureFiles): Promise<SaveResult> {
  await ensureSpace();
  const kase = caseFor(input.page);
  const values = [...new Set(input.findings.map((f) => f.value).filter(Boolean))];
  // A person's click always gets its own record and screenshot; only automatic repeats fold in.
  const duplicate = input.trigger === 'auto' ? await findDuplicate(db, kase.id, values, input.capturedAt) : undefined;
  const id = newId();

  const blobs: { role: FileRole; blob: Blob }[] = [];
  if (!duplicate) {
    if (files.screenshot) blobs.push({ role: 'screenshot', blob: files.screenshot });
    if (files.pageText !== undefined) blobs.push({ role: 'pageText', blob: new Blob([files.pageText], { type: FILE_NAMES.pageText.mime }) });
    if (files.mhtml) blobs.push({ role: 'mhtml', blob: files.mhtml });
  }
  const recordFiles: RecordFile[] = [];
  for (const { role, blob } of blobs) {
    recordFiles.push({ role, name: FILE_NAMES[role].name, mime: FILE_NAMES[role].mime, size: blob.size, sha256: await sha256Hex(blob) });
  }

  const record: EvidenceRecord = EvidenceRecordSchema.parse({
    version: RECORD_VERSION,
    id,
    caseId: kase.id,
    entry: duplicate ? 'addendum' : 'record',
    ...(duplicate ? { addendumOf: duplicate.id } : {}),
    trigger: input.trigger,
    capturedAt: input.capturedAt.toISOString(),
    ...localParts(input.capturedAt),
    page: input.page,
    message: input.message,
    ...(input.author ? { author: input.author } : {}),
    ...(input.role ? { role: input.role } : {}),
    ...(input.hidden ? { hidden: true } : {}),
    findings: input.findings,
    context: input.context.slice(0, 20),
    browser: input.browser,
    extensionVersion: input.extensionVersion,
    files: recordFiles,
    ...(!duplicate && files.screenshotError ? { screenshotError: files.screenshotError } : {}),
  });
  const hash = await sha256Hex(canonicalJson(record));

  await appendEntry(
    db,
    { kind: duplicate ? 'addendum' : 'record', recordId: id, recordHash: hash, caseId: kase.id, at: record.capturedAt },
    async (entry) => {
      const now = new Date().toISOString();
      const existing = await db.cases.get(kase.id);
      const row: CaseRow = existing
        ? { ...existing, updatedAt: now, records: existing.records + (duplicate ? 0 : 1) }
        : {
            id: kase.id,
            platform: kase.platform,
            host: kase.host,
            name: kase.name,
            ...(input.page.seller ? { seller: input.page.seller } : {}),
            ...(input.page.sellerUrl ? { sellerUrl: input.page.sellerUrl } : {}),
            createdAt: now,
            updatedAt: now,
            records: duplicate ? 0 : 1,
          };
      await db.cases.put(row);
      await db.records.add({
        id,
        caseId: kase.id,
        seq: entry.seq,
        capturedAt: record.capturedAt,
        platform: kase.platform,
        entry: record.entry,
        ...(duplicate ? { addendumOf: duplicate.id } : {}),
        kinds: [...new Set(input.findings.map((f) => f.kind))],
        values,
        content: record,
        hash,
      });
      for (const { role, blob } of blobs) await db.files.add({ id: `${id}/${role}`, recordId: id, role, blob });
    },
  );
  return { recordId: id, caseId: kase.id, deduped: !!duplicate };
}

// ---- reading -----------------------------------------------------------------

export async function listCases(db: LockerDB): Promise<CaseRow[]> {
  return (await db.cases.orderBy('updatedAt').reverse().toArray()).filter((c) => c.records > 0);
}

export interface RecordFilter {
  caseId?: string;
  platform?: string;
  kind?: string;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  offset?: number;
  limit?: number;
}

/** Records (not addenda, not deleted), newest first. */
export async function listRecords(db: LockerDB, filter: RecordFilter = {}): Promise<{ total: number; rows: RecordRow[] }> {
  let coll = filter.caseId ? db.records.where('caseId').equals(filter.caseId) : db.records.toCollection();
  coll = coll.filter(
    (r) =>
      r.entry === 'record' &&
      !r.deleted &&
      (!filter.platform || r.platform === filter.platform) &&
      (!filter.kind || r.kinds.includes(filter.kind)) &&
      (!filter.from || r.capturedAt >= filter.from) &&
      (!filter.to || r.capturedAt <= filter.to),
  );
  const all = await coll.toArray();
  all.sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : b.seq - a.seq));
  const offset = filter.offset ?? 0;
  return { total: all.length, rows: all.slice(offset, offset + (filter.limit ?? 100)) };
}

export async function getRecord(db: LockerDB, id: string): Promise<RecordRow | undefined> {
  return db.records.get(id);
}

export async function addendaOf(db: LockerDB, id: string): Promise<RecordRow[]> {
  const rows = await db.records.where('caseId').equals((await db.records.get(id))?.caseId ?? '').toArray();
  return rows.filter((r) => r.addendumOf === id && !r.deleted).sort((a, b) => a.seq - b.seq);
}

export async function getFile(db: LockerDB, recordId: string, role: FileRole): Promise<Blob | undefined> {
  return (await db.files.get(`${recordId}/${role}`))?.blob;
}

export async function chainEntries(db: LockerDB): Promise<ChainEntry[]> {
  return db.chain.orderBy('seq').toArray();
}

// ---- deleting ----------------------------------------------------------------

/**
 * Delete a record, its files and its addenda. Each removal leaves a signed
 * tombstone in the chain, so a deletion is visible, never silent.
 */
export async function deleteRecord(db: LockerDB, id: string): Promise<void> {
  const row = await db.records.get(id);
  if (!row || row.deleted) return;
  const targets = [row, ...(await addendaOf(db, id))];
  for (const target of targets) {
    await appendEntry(
      db,
      { kind: 'tombstone', recordId: target.id, recordHash: target.hash, caseId: target.caseId, at: new Date().toISOString() },
      async () => {
        await db.files.where('recordId').equals(target.id).delete();
        await db.records.update(target.id, { content: null, deleted: true, deletedAt: new Date().toISOString() });
        if (target.entry === 'record') {
          const c = await db.cases.get(target.caseId);
          if (c) await db.cases.put({ ...c, records: Math.max(0, c.records - 1), updatedAt: new Date().toISOString() });
        }
      },
    );
  }
}

// ---- verifying -----------------------------------------------------------------

/**
 * Check the locker: the chain (sequence, links, hashes, signatures), every
 * record against the hash its entry signed, and, with `files`, every file
 * against the hash its record holds.
 */
export async function verifyLocker(db: LockerDB, opts: { files?: boolean } = {}): Promise<ChainCheck & { entries: number }> {
  const entries = await chainEntries(db);
  if (entries.length === 0) return { ok: true, problems: [], entries: 0 };
  const chain = await verifyChain(entries, await publicKeyJwk(db));
  const problems = [...chain.problems];
  const signed = new Map<string, string>();
  const tombstoned = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'tombstone') tombstoned.add(e.recordId);
    else if (e.recordHash) signed.set(e.recordId, e.recordHash);
  }
  await db.records.each((row) => {
    if (row.deleted) {
      if (!tombstoned.has(row.id)) problems.push({ id: row.id, problem: 'record deleted without a tombstone' });
      return;
    }
    if (!signed.has(row.id)) problems.push({ id: row.id, problem: 'record is not in the chain' });
  });
  for (const row of await db.records.toArray()) {
    if (row.deleted || !row.content) continue;
    const h = await sha256Hex(canonicalJson(row.content));
    if (h !== row.hash || signed.get(row.id) !== h) problems.push({ seq: row.seq, id: row.id, problem: 'record content does not match its signed hash' });
    if (opts.files) {
      for (const f of row.content.files) {
        const blob = await getFile(db, row.id, f.role);
        if (!blob) problems.push({ seq: row.seq, id: row.id, problem: `${f.name} is missing` });
        else if ((await sha256Hex(blob)) !== f.sha256) problems.push({ seq: row.seq, id: row.id, problem: `${f.name} does not match its hash` });
      }
    }
  }
  for (const id of signed.keys()) {
    if (!tombstoned.has(id) && !(await db.records.get(id))) problems.push({ id, problem: 'a signed record is missing from the locker' });
  }
  return { ok: problems.length === 0, problems, entries: entries.length };
}
