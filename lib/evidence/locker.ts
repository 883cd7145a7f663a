import type { Finding } from '../detect/types';
import type { AuthorRole, ContextMessage, ImageInfo, PageInfo } from '../messages';
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
  /** The image the findings were read from. */
  image?: ImageInfo;
  /** The detector's findings; each may carry the plain-language explanation the user was shown. */
  findings: (Finding & { explanation?: string })[];
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
  /** The image file the findings were read from (kept with its own type). */
  image?: Blob;
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

export type StorageFullReason = 'low-space' | 'quota-exceeded';

/** Nothing was written: the disk (or the browser's quota for us) is too full to save evidence safely. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(
    message: string,
    readonly reason: StorageFullReason,
    /** Bytes free when the check ran, where known. */
    readonly freeBytes?: number,
  ) {
    super(message);
  }
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

type EntryDraft = Omit<EntryBody, 'seq' | 'prev'>;

interface Plan<T> {
  /** The entries to append, in order. */
  entries: EntryDraft[];
  /** Writes the rows these entries stand for, inside the transaction (Dexie calls only). */
  write(entries: ChainEntry[]): Promise<void>;
  result: T;
}

/**
 * Append entries and write their rows in ONE transaction: a worker killed
 * at any point leaves all of it or none of it.
 *
 * Under the chain lock: read the head, let `plan` decide what to write (it
 * may read the locker, hash with WebCrypto), number, hash and sign the
 * entries, and only then open the transaction, which re-checks the head it
 * signed against. WebCrypto promises inside a Dexie transaction would let
 * IndexedDB commit it early, so none run there. A writer that bypassed the
 * lock and moved the head makes the transaction abort and the whole plan run
 * again, so the chain never forks.
 */
async function appendEntries<T>(db: LockerDB, plan: () => Promise<Plan<T> | null>, fallback: T): Promise<T> {
  const key = await signingKey(db);
  return withChainLock(db, async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const head = await db.chain.orderBy('seq').last();
      const p = await plan();
      if (!p) return fallback;
      const signed: ChainEntry[] = [];
      let prev = head?.hash ?? GENESIS;
      let seq = head?.seq ?? 0;
      for (const draft of p.entries) {
        const body: EntryBody = { seq: ++seq, prev, ...draft };
        const hash = await entryHash(body);
        signed.push({ ...body, hash, sig: await signHash(key.privateKey, hash) });
        prev = hash;
      }
      try {
        await db.transaction('rw', [db.cases, db.records, db.files, db.chain], async () => {
          const now = await db.chain.orderBy('seq').last();
          if ((now?.hash ?? GENESIS) !== (head?.hash ?? GENESIS)) throw new ChainMovedError();
          await db.chain.bulkAdd(signed);
          await p.write(signed);
        });
        return p.result;
      } catch (err) {
        if (err instanceof ChainMovedError) continue;
        throw asStorageError(err);
      }
    }
    throw new Error('the evidence chain kept changing while saving; try again');
  });
}

function isQuotaError(err: unknown): boolean {
  for (let e = err as { name?: string; inner?: unknown } | undefined, depth = 0; e && depth < 4; e = e.inner as typeof e, depth++) {
    if (e.name === 'QuotaExceededError') return true;
  }
  return false;
}

function asStorageError(err: unknown): unknown {
  if (isQuotaError(err)) {
    return new StorageFullError(
      'the browser refused to store more data (quota exceeded): this evidence was not saved, and nothing saved before was touched',
      'quota-exceeded',
    );
  }
  return err;
}

async function ensureSpace(): Promise<void> {
  let est: Awaited<ReturnType<typeof storageUsage>> = null;
  try {
    est = await storageUsage();
  } catch {
    est = null; // no estimate: the quota error, if any, still ends up as StorageFullError
  }
  if (est && est.quota > 0 && est.quota - est.usage < MIN_FREE_BYTES) {
    const free = Math.max(0, est.quota - est.usage);
    throw new StorageFullError(
      `only ${Math.round(free / 1048576)} MB of storage left (at least ${MIN_FREE_BYTES / 1048576} MB are kept free): ` +
        'export and delete old cases or free disk space before more evidence can be saved',
      'low-space',
      free,
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
  image: { name: 'image.png', mime: 'image/png' },
};

const IMAGE_EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/bmp': 'bmp', 'image/avif': 'avif', 'image/heif': 'heif' };

/** A file's name and type in the record: an image keeps its own format. */
function fileMeta(role: FileRole, blob: Blob): { name: string; mime: string } {
  if (role !== 'image') return FILE_NAMES[role];
  const ext = IMAGE_EXT[blob.type];
  return ext ? { name: `image.${ext}`, mime: blob.type } : { name: 'image.bin', mime: 'application/octet-stream' };
}

/**
 * The live record in this case within ten minutes of `at` that already holds
 * one of these values. The window is symmetric: captures racing each other
 * may reach the chain lock in a different order than their capture times.
 */
export async function findDuplicate(db: LockerDB, caseId: string, values: string[], at: Date): Promise<RecordRow | undefined> {
  const wanted = new Set(values.filter(Boolean));
  if (wanted.size === 0) return undefined;
  const since = new Date(at.getTime() - DEDUPE_WINDOW_MS).toISOString();
  const until = new Date(at.getTime() + DEDUPE_WINDOW_MS).toISOString();
  const recent = await db.records.where('[caseId+listedAt]').between([caseId, since], [caseId, until], true, true).toArray();
  return recent
    .filter((r) => r.entry === 'record' && !r.deleted)
    .sort((a, b) => Math.abs(Date.parse(a.capturedAt) - at.getTime()) - Math.abs(Date.parse(b.capturedAt) - at.getTime()) || b.seq - a.seq)
    .find((r) => r.values.some((v) => wanted.has(v)));
}

function newId(): string {
  return crypto.randomUUID();
}

export async function saveCapture(db: LockerDB, input: CaptureInput, files: CaptureFiles): Promise<SaveResult> {
  await ensureSpace();
  const kase = caseFor(input.page);
  const values = [...new Set(input.findings.map((f) => f.value).filter(Boolean))];
  const id = newId();

  // Hash the files first: it is the slow part and needs no lock.
  const blobs: { role: FileRole; blob: Blob }[] = [];
  if (files.screenshot) blobs.push({ role: 'screenshot', blob: files.screenshot });
  if (files.pageText !== undefined) blobs.push({ role: 'pageText', blob: new Blob([files.pageText], { type: FILE_NAMES.pageText.mime }) });
  if (files.mhtml) blobs.push({ role: 'mhtml', blob: files.mhtml });
  if (files.image) blobs.push({ role: 'image', blob: files.image });
  const hashed: RecordFile[] = [];
  for (const { role, blob } of blobs) {
    hashed.push({ role, ...fileMeta(role, blob), size: blob.size, sha256: await sha256Hex(blob) });
  }

  return appendEntries(
    db,
    async () => {
      // Decided under the chain lock, so two automatic captures of the same value at once make one record and one addendum.
      // A person's click always gets its own record and screenshot; only automatic repeats fold in.
      const duplicate = input.trigger === 'auto' ? await findDuplicate(db, kase.id, values, input.capturedAt) : undefined;
      const keep = duplicate ? [] : blobs;
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
        ...(input.image ? { image: input.image } : {}),
        context: input.context.slice(0, 20),
        browser: input.browser,
        extensionVersion: input.extensionVersion,
        files: duplicate ? [] : hashed,
        ...(!duplicate && files.screenshotError ? { screenshotError: files.screenshotError } : {}),
      });
      const hash = await sha256Hex(canonicalJson(record));
      return {
        entries: [
          {
            kind: duplicate ? 'addendum' : 'record',
            recordId: id,
            recordHash: hash,
            ...(duplicate ? { ref: duplicate.seq } : {}),
            caseId: kase.id,
            at: record.capturedAt,
          },
        ],
        result: { recordId: id, caseId: kase.id, deduped: !!duplicate },
        async write([entry]) {
          const now = new Date().toISOString();
          const existing = await db.cases.get(kase.id);
          const row: CaseRow = existing
            ? {
                ...existing,
                updatedAt: now,
                records: existing.records + (duplicate ? 0 : 1),
                // A seller link learnt later completes the case.
                ...(!existing.sellerUrl && input.page.sellerUrl ? { sellerUrl: input.page.sellerUrl } : {}),
              }
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
            seq: entry!.seq,
            capturedAt: record.capturedAt,
            ...(duplicate ? {} : { listedAt: record.capturedAt }),
            platform: kase.platform,
            entry: record.entry,
            ...(duplicate ? { addendumOf: duplicate.id } : {}),
            kinds: [...new Set(input.findings.map((f) => f.kind))],
            values,
            content: record,
            hash,
          });
          for (const { role, blob } of keep) await db.files.add({ id: `${id}/${role}`, recordId: id, role, blob });
        },
      };
    },
    { recordId: id, caseId: kase.id, deduped: false },
  );
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

/**
 * Records (not addenda, not deleted), newest first, one page at a time.
 * Served from the sparse `listedAt` indexes: a page and its total come from
 * the index without reading the other rows. Only a kind filter (or platform
 * together with a case) reads the matching rows to test them.
 */
export async function listRecords(db: LockerDB, filter: RecordFilter = {}): Promise<{ total: number; rows: RecordRow[] }> {
  const lo = filter.from ?? '';
  const hi = filter.to ?? '\uffff';
  const offset = Math.max(0, filter.offset ?? 0);
  const limit = Math.max(0, filter.limit ?? 100);
  if (lo > hi) return { total: 0, rows: [] };
  const base = filter.caseId
    ? db.records.where('[caseId+listedAt]').between([filter.caseId, lo], [filter.caseId, hi], true, true)
    : filter.platform
      ? db.records.where('[platform+listedAt]').between([filter.platform, lo], [filter.platform, hi], true, true)
      : db.records.where('listedAt').between(lo, hi, true, true);
  const needsRows = !!filter.kind || (!!filter.caseId && !!filter.platform);
  if (!needsRows) {
    const [total, rows] = await Promise.all([base.count(), base.clone().reverse().offset(offset).limit(limit).toArray()]);
    return { total, rows };
  }
  const matching = base
    .clone()
    .reverse()
    .filter((r) => (!filter.platform || r.platform === filter.platform) && (!filter.kind || r.kinds.includes(filter.kind)));
  const all = await matching.toArray();
  return { total: all.length, rows: all.slice(offset, offset + limit) };
}

export async function getRecord(db: LockerDB, id: string): Promise<RecordRow | undefined> {
  return db.records.get(id);
}

export async function addendaOf(db: LockerDB, id: string): Promise<RecordRow[]> {
  const rows = await db.records.where('caseId').equals((await db.records.get(id))?.caseId ?? '').toArray();
  return rows.filter((r) => r.addendumOf === id && !r.deleted).sort((a, b) => a.seq - b.seq);
}

/** A record's file by role (`screenshot`, `pageText`, `mhtml`, `image`) or by its name (`screenshot.png`, `image.jpg`…). */
export async function getFile(db: LockerDB, recordId: string, name: FileRole | string): Promise<Blob | undefined> {
  const role = (Object.keys(FILE_NAMES) as FileRole[]).find((r) => r === name || FILE_NAMES[r].name === name || (r === 'image' && /^image\.\w+$/.test(name)));
  if (!role) return undefined;
  return (await db.files.get(`${recordId}/${role}`))?.blob;
}

export async function chainEntries(db: LockerDB): Promise<ChainEntry[]> {
  return db.chain.orderBy('seq').toArray();
}

// ---- deleting ----------------------------------------------------------------

/**
 * Delete a record with its files and its addenda. Content goes; each removed
 * record leaves a signed tombstone in the chain naming the entry (`ref`) and
 * the hash it removes, so a deletion is visible, never silent. One
 * transaction: all of it is removed or none.
 */
export async function deleteRecord(db: LockerDB, id: string): Promise<boolean> {
  return appendEntries(
    db,
    async () => {
      const row = await db.records.get(id);
      if (!row || row.deleted) return null;
      const targets = [row, ...(await addendaOf(db, id))];
      const at = new Date().toISOString();
      return {
        entries: targets.map((t) => ({ kind: 'tombstone' as const, recordId: t.id, recordHash: t.hash, ref: t.seq, caseId: t.caseId, at })),
        result: true,
        async write() {
          for (const t of targets) {
            await db.files.where('recordId').equals(t.id).delete();
            await db.records.update(t.id, { content: null, deleted: true, deletedAt: at, listedAt: undefined });
          }
          const c = await db.cases.get(row.caseId);
          if (c && row.entry === 'record') await db.cases.put({ ...c, records: Math.max(0, c.records - 1), updatedAt: at });
        },
      };
    },
    false,
  );
}

// ---- verifying -----------------------------------------------------------------

export interface LockerCheck extends ChainCheck {
  /** Chain entries checked. */
  entries: number;
}

/**
 * Check the locker: the chain (sequence, links, hashes, signatures,
 * references), every record against the hash its entry signed, every signed
 * record present or tombstoned, and, with `files`, every file against the
 * hash its record holds and no file left without its record.
 */
export async function verifyLocker(db: LockerDB, opts: { files?: boolean } = {}): Promise<LockerCheck> {
  const entries = await chainEntries(db);
  const rows = await db.records.toArray();
  if (entries.length === 0 && rows.length === 0) return { ok: true, problems: [], entries: 0 };
  const chain = entries.length ? await verifyChain(entries, await publicKeyJwk(db)) : { ok: true, problems: [] };
  const problems = [...chain.problems];
  const signed = new Map<string, ChainEntry>();
  const tombstoned = new Set<string>();
  for (const e of entries) {
    if (e.kind === 'tombstone') tombstoned.add(e.recordId);
    else signed.set(e.recordId, e);
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const entry = signed.get(row.id);
    if (!entry) {
      problems.push({ id: row.id, problem: 'record is not in the chain' });
      continue;
    }
    if (entry.seq !== row.seq) problems.push({ seq: row.seq, id: row.id, problem: `record claims entry ${row.seq} but is signed in entry ${entry.seq}` });
    if (row.deleted || !row.content) {
      if (!tombstoned.has(row.id)) problems.push({ seq: entry.seq, id: row.id, problem: 'record content removed without a tombstone' });
      continue;
    }
    if (tombstoned.has(row.id)) problems.push({ seq: entry.seq, id: row.id, problem: 'record was tombstoned but its content is still here' });
    const h = await sha256Hex(canonicalJson(row.content));
    if (h !== row.hash || entry.recordHash !== h) problems.push({ seq: entry.seq, id: row.id, problem: 'record content does not match its signed hash' });
    if (row.content.id !== row.id || row.content.caseId !== entry.caseId) problems.push({ seq: entry.seq, id: row.id, problem: 'record id or case differs from its chain entry' });
    if (opts.files) {
      for (const f of row.content.files) {
        const blob = await getFile(db, row.id, f.role);
        if (!blob) problems.push({ seq: entry.seq, id: row.id, problem: `${f.name} is missing` });
        else if ((await sha256Hex(blob)) !== f.sha256) problems.push({ seq: entry.seq, id: row.id, problem: `${f.name} does not match its hash` });
      }
    }
  }
  for (const [id, e] of signed) {
    if (!tombstoned.has(id) && !byId.has(id)) problems.push({ seq: e.seq, id, problem: 'a signed record is missing from the locker' });
  }
  if (opts.files) {
    for (const key of (await db.files.toCollection().primaryKeys()) as string[]) {
      const recordId = key.slice(0, key.lastIndexOf('/'));
      const row = byId.get(recordId);
      if (!row || row.deleted || !row.content?.files.some((f) => `${recordId}/${f.role}` === key)) {
        problems.push({ id: recordId, problem: `file ${key} belongs to no live record` });
      }
    }
  }
  return { ok: problems.length === 0, problems, entries: entries.length };
}
