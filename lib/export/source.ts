/**
 * Assembles a BundleSource for one case from the locker.
 *
 * `ExportLocker` is the narrow view of the locker the export reads through:
 * the public key, the whole chain in order, a case's name and its records
 * with their stored file hashes and lazily opened Blobs. The binding to
 * lib/evidence's Dexie database (`opg-locker`) implements it.
 */
import type { LockerDB } from '../evidence/db';
import { chainEntries, getFile, openLocker, publicKeyJwk } from '../evidence/locker';
import type { EvidenceRecord, RecordRow } from '../evidence/schema';
import type { BundleSource, SourceRecord } from './bundle';

export interface ExportLocker {
  extensionVersion(): string;
  publicKeyJwk(): Promise<JsonWebKey>;
  /** Every chain entry, first to last, as stored. */
  chain(): Promise<unknown[]>;
  caseName(caseId: string): Promise<string | undefined>;
  caseRecords(caseId: string): Promise<SourceRecord[]>;
}

export async function loadBundleSource(locker: ExportLocker, caseId: string, now: Date = new Date()): Promise<BundleSource> {
  const [name, publicKeyJwk, chain, records] = await Promise.all([
    locker.caseName(caseId),
    locker.publicKeyJwk(),
    locker.chain(),
    locker.caseRecords(caseId),
  ]);
  if (name === undefined) throw new Error(`no case ${caseId} in the locker`);
  if (records.length === 0) throw new Error('this case has no records to export');
  return { caseId, caseName: name, extensionVersion: locker.extensionVersion(), publicKeyJwk, chain, records, createdAt: now };
}

/** The locker of this browser profile, read for export. */
export function openLockerForExport(db: LockerDB = openLocker()): ExportLocker {
  return {
    extensionVersion: () => extensionVersion(),
    publicKeyJwk: () => publicKeyJwk(db),
    chain: () => chainEntries(db),
    caseName: async (caseId) => (await db.cases.get(caseId))?.name,
    async caseRecords(caseId) {
      const rows = await db.records.where('caseId').equals(caseId).toArray();
      return rows
        .filter((r): r is RecordRow & { content: EvidenceRecord } => !r.deleted && r.content !== null)
        .sort((a, b) => a.seq - b.seq)
        .map((r) => toSourceRecord(db, r));
    },
  };
}

function extensionVersion(): string {
  const rt = (globalThis as { chrome?: { runtime?: { getManifest?: () => { version: string } } } }).chrome?.runtime;
  try {
    return rt?.getManifest?.().version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function toSourceRecord(db: LockerDB, r: RecordRow & { content: EvidenceRecord }): SourceRecord {
  const c = r.content;
  return {
    seq: r.seq,
    id: r.id,
    record: c as unknown as Record<string, unknown>,
    recordHash: r.hash,
    files: c.files.map((f) => ({
      ...f,
      open: async () => {
        const blob = await getFile(db, r.id, f.role);
        if (!blob) throw new Error(`${f.name} of record ${r.id} is missing from the locker`);
        return blob;
      },
    })),
    view: {
      capturedAt: c.capturedAt,
      timeZone: c.timeZone,
      url: c.page.url,
      title: c.page.title,
      ...(c.page.platform ? { platform: c.page.platform } : {}),
      ...(c.page.seller ? { seller: c.page.seller } : {}),
      message: c.message,
      ...(c.author ? { author: c.author } : {}),
      ...(c.role ? { role: c.role } : {}),
      findings: c.findings,
      context: c.context,
      ...(c.image ? { imageSrc: c.image.src } : {}),
    },
  };
}
