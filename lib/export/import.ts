/**
 * Import a bundle made on another computer (or another browser profile).
 *
 * Imported evidence is kept apart from this browser's own locker: its own
 * Dexie database `opg-imports`, keyed by the signer's key fingerprint and
 * the bundle id. The local locker's chain is never touched, so it stays
 * valid, and the imported records keep their original content, hashes,
 * chain entries, signatures and the signer's public key: an imported case
 * remembers which locker key signed it and can be re-verified (and
 * re-exported as the very same bundle) at any time.
 *
 * Only a bundle that verifies is imported; anything else is refused with
 * the reason and nothing is written (one transaction).
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Manifest } from './manifest';
import { verifyContents, type VerifyResult } from './verify';

export interface ImportedBundle {
  /** `${keyFingerprint}:${bundleId}` */
  key: string;
  bundleId: string;
  keyFingerprint: string;
  publicKeyJwk: JsonWebKey;
  caseId: string;
  caseName: string;
  importedAt: string;
  /** The manifest as it came, so the bundle can be re-verified and re-exported unchanged. */
  manifest: Manifest;
  /** The reading aids as they came (report.html, drafts, VERIFY.txt). */
  derived: Record<string, Blob>;
}

export interface ImportedRecord {
  /** `${keyFingerprint}:${seq}`: the signer's chain position, unique per signing key. */
  key: string;
  bundleKey: string;
  keyFingerprint: string;
  seq: number;
  id: string;
  caseId: string;
  record: Record<string, unknown>;
  recordHash: string;
  entry: unknown;
}

export interface ImportedFile {
  /** `${bundleKey}:${path}` */
  key: string;
  bundleKey: string;
  recordKey: string;
  path: string;
  sha256: string;
  blob: Blob;
}

export type ImportDb = Dexie & {
  bundles: EntityTable<ImportedBundle, 'key'>;
  records: EntityTable<ImportedRecord, 'key'>;
  files: EntityTable<ImportedFile, 'key'>;
};

export const IMPORT_DB_NAME = 'opg-imports';

export function openImportDb(name = IMPORT_DB_NAME): ImportDb {
  const db = new Dexie(name) as ImportDb;
  db.version(1).stores({
    bundles: 'key, bundleId, keyFingerprint, caseId, importedAt',
    records: 'key, bundleKey, keyFingerprint, [keyFingerprint+id], caseId',
    files: 'key, bundleKey, recordKey',
  });
  return db;
}

export type ImportResult =
  | { ok: true; already: boolean; bundleKey: string; caseId: string; caseName: string; records: number; keyFingerprint: string }
  | { ok: false; reason: string; verification?: VerifyResult };

function mimeOf(path: string): string {
  if (path.endsWith('.png')) return 'image/png';
  if (path.endsWith('.jpg') || path.endsWith('.jpeg')) return 'image/jpeg';
  if (path.endsWith('.html')) return 'text/html';
  if (path.endsWith('.mhtml')) return 'multipart/related';
  if (path.endsWith('.txt')) return 'text/plain';
  return 'application/octet-stream';
}

function blobOf(bytes: Uint8Array, path: string): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeOf(path) });
}

export async function importBundle(db: ImportDb, zip: Uint8Array | Blob | ArrayBuffer): Promise<ImportResult> {
  const v = await verifyContents(zip);
  const { manifest: m, files, ...verification } = v;
  if (!v.readable) return { ok: false, reason: v.problems[0]?.problem ?? 'not a readable zip', verification };
  if (!v.ok || !m || !files) {
    return { ok: false, reason: `the bundle does not verify (${v.problems.length} problem${v.problems.length === 1 ? '' : 's'})`, verification };
  }
  const bundleKey = `${m.keyFingerprint}:${m.bundleId}`;
  const base = { bundleKey, caseId: m.case.id, caseName: m.case.name, records: m.records.length, keyFingerprint: m.keyFingerprint };
  const existing = await db.bundles.get(bundleKey);
  if (existing) return { ok: true, already: true, ...base };

  const derived: Record<string, Blob> = {};
  for (const d of m.derived) derived[d.path] = blobOf(files.get(d.path)!, d.path);
  const entries = new Map<number, unknown>();
  for (const e of m.chain.entries) entries.set(e.seq, e);

  const records: ImportedRecord[] = [];
  const fileRows: ImportedFile[] = [];
  for (const r of m.records) {
    const key = `${m.keyFingerprint}:${r.seq}`;
    records.push({ key, bundleKey, keyFingerprint: m.keyFingerprint, seq: r.seq, id: r.id, caseId: m.case.id, record: r.record, recordHash: r.recordHash, entry: entries.get(r.seq) });
    for (const f of r.files) fileRows.push({ key: `${bundleKey}:${f.path}`, bundleKey, recordKey: key, path: f.path, sha256: f.sha256, blob: blobOf(files.get(f.path)!, f.path) });
  }
  await db.transaction('rw', db.bundles, db.records, db.files, async () => {
    await db.bundles.add({
      key: bundleKey,
      bundleId: m.bundleId,
      keyFingerprint: m.keyFingerprint,
      publicKeyJwk: m.publicKeyJwk as JsonWebKey,
      caseId: m.case.id,
      caseName: m.case.name,
      importedAt: new Date().toISOString(),
      manifest: m,
      derived,
    });
    // The same record may come in two bundles of the same signer (a later export of a grown case): keep one copy.
    await db.records.bulkPut(records);
    await db.files.bulkPut(fileRows);
  });
  return { ok: true, already: false, ...base };
}

/** For the locker page's ImportView. */
export async function importBundleIntoLocker(zip: Blob): Promise<ImportResult> {
  return importBundle(openImportDb(), zip);
}

/** The imported cases, newest first (for the locker page to list). */
export async function listImported(db: ImportDb = openImportDb()): Promise<ImportedBundle[]> {
  return (await db.bundles.orderBy('importedAt').reverse().toArray());
}
