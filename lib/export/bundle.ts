/**
 * One zip a case: manifest.json, report.html, the complaint drafts,
 * VERIFY.txt, then each record's files under records/<seq>-<id>/.
 *
 * Streaming: the manifest and the reading aids are written from what the
 * locker already knows (records, stored hashes); the files themselves are
 * pulled from their Blobs one at a time as the zip reaches them, so a case
 * of hundreds of screenshots never sits in memory whole. Build it in an
 * extension page, not the service worker (no object URLs there).
 */
import { entryInfo, keyFingerprint, SIGNING_DESCRIPTION } from './binding';
import { complaintDrafts } from './complaints';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type FileRef, type Manifest, type ManifestRecord } from './manifest';
import { bundleFileName, recordDir, safeFileName } from './names';
import { renderReport } from './report';
import { verifyText } from './verify-text';
import type { ViewCase, ViewItem } from './view';
import { zipStream, type ZipInput } from './zip';
import { sha256Hex } from './binding';

export { bundleFileName } from './names';

export interface SourceFile {
  /** What the file is to the record: screenshot, pageText, mhtml… */
  role: string;
  /** File name inside the record's folder. */
  name: string;
  /** SHA-256 the locker recorded for it. */
  sha256: string;
  size: number;
  mime?: string;
  /** The bytes, read only when the zip reaches this file. */
  open: () => Promise<Blob | Uint8Array | string>;
}

/** The fields of the report's item that come from the record itself. */
export type SourceView = Omit<ViewItem, 'seq' | 'id' | 'dir' | 'files' | 'screenshot' | 'image' | 'recordHash' | 'prevHash' | 'entryHash' | 'signature' | 'seenAgain'>;

export interface SourceRecord {
  seq: number;
  id: string;
  /** The record exactly as the locker hashed it. */
  record: Record<string, unknown>;
  recordHash: string;
  files: SourceFile[];
  view: SourceView;
  signature?: string;
}

export interface BundleSource {
  caseId: string;
  caseName: string;
  extensionVersion: string;
  publicKeyJwk: JsonWebKey;
  /** Every entry of the locker's chain, first to last, as the locker stores them. */
  chain: unknown[];
  /** The case's records, any order (they are written in chain order). */
  records: SourceRecord[];
  bundleId?: string;
  createdAt?: Date;
}

export interface BuiltBundle {
  name: string;
  manifest: Manifest;
  stream: ReadableStream<Uint8Array>;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Everything but the record files, ready to stream. */
export async function prepareBundle(src: BundleSource): Promise<{ name: string; manifest: Manifest; texts: [string, string][]; records: SourceRecord[] }> {
  const createdAt = src.createdAt ?? new Date();
  const bundleId = src.bundleId ?? newId();
  const name = bundleFileName(src.caseName, createdAt);
  const records = src.records.slice().sort((a, b) => a.seq - b.seq);
  const jwk = src.publicKeyJwk as { kty?: string; crv?: string; x?: string; y?: string };
  const fingerprint = await keyFingerprint(jwk);

  const infos = src.chain.map(entryInfo);
  const bySeq = new Map(infos.map((i) => [i.seq, i]));
  const ids = new Set(records.map((r) => r.id));

  const manifestRecords: ManifestRecord[] = [];
  const items: ViewItem[] = [];
  for (const r of records) {
    const dir = recordDir(r.seq, r.id);
    const used = new Set<string>();
    const files: FileRef[] = r.files.map((f) => {
      let fname = safeFileName(f.name, f.role);
      while (used.has(fname)) fname = `_${fname}`;
      used.add(fname);
      return { path: dir + fname, sha256: f.sha256, size: f.size, ...(f.mime ? { mime: f.mime } : {}), role: f.role };
    });
    manifestRecords.push({ seq: r.seq, id: r.id, dir, record: r.record, recordHash: r.recordHash, files });
    const entry = bySeq.get(r.seq);
    const shot = files.find((f) => f.role === 'screenshot');
    const image = files.find((f) => f.role === 'image');
    items.push({
      ...r.view,
      seq: r.seq,
      id: r.id,
      dir,
      files,
      ...(shot ? { screenshot: shot.path } : {}),
      ...(image ? { image: image.path } : {}),
      recordHash: r.recordHash,
      ...(entry ? { prevHash: entry.prev, entryHash: entry.hash } : {}),
      ...(r.signature ? { signature: r.signature } : {}),
      seenAgain: infos.filter((i) => i.kind === 'addendum' && i.recordId === r.id && i.at).map((i) => i.at!),
    });
  }
  const deleted = infos
    .filter((i) => i.kind === 'tombstone' && i.caseId === src.caseId && i.recordId && !ids.has(i.recordId))
    .map((i) => ({ id: i.recordId!, seq: i.seq, ...(i.at ? { at: i.at } : {}) }));

  const view: ViewCase = {
    caseId: src.caseId,
    caseName: src.caseName,
    bundleId,
    createdAt: createdAt.toISOString(),
    extensionVersion: src.extensionVersion,
    keyFingerprint: fingerprint,
    items,
    deleted,
    bundleFiles: ['manifest.json', 'report.html', 'VERIFY.txt'],
  };
  const texts: [string, string][] = [
    ['report.html', renderReport(view)],
    ...Object.entries(complaintDrafts(view, name)),
    ['VERIFY.txt', verifyText({ bundleName: name, keyFingerprint: fingerprint, recordCount: records.length })],
  ];
  const enc = new TextEncoder();
  const derived: FileRef[] = [];
  for (const [path, text] of texts) {
    const bytes = enc.encode(text);
    derived.push({ path, sha256: await sha256Hex(bytes), size: bytes.length, mime: path.endsWith('.html') ? 'text/html' : 'text/plain' });
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    version: MANIFEST_VERSION,
    bundleId,
    createdAt: createdAt.toISOString(),
    extensionVersion: src.extensionVersion,
    case: { id: src.caseId, name: src.caseName },
    publicKeyJwk: { ...(src.publicKeyJwk as Manifest['publicKeyJwk']) },
    keyFingerprint: fingerprint,
    signing: SIGNING_DESCRIPTION,
    chain: { entries: src.chain as Manifest['chain']['entries'] },
    records: manifestRecords,
    derived,
  };
  return { name, manifest, texts, records };
}

async function* entries(prep: Awaited<ReturnType<typeof prepareBundle>>, when: Date): AsyncGenerator<ZipInput> {
  yield { name: 'manifest.json', input: JSON.stringify(prep.manifest, null, 2), lastModified: when };
  for (const [path, text] of prep.texts) yield { name: path, input: text, lastModified: when };
  for (const [i, r] of prep.records.entries()) {
    const refs = prep.manifest.records[i]!.files;
    for (const [j, f] of r.files.entries()) {
      yield { name: refs[j]!.path, input: f.open, lastModified: when };
    }
  }
}

/** The bundle as a byte stream (pipe it to a Blob, a file or a verifier). */
export async function buildBundle(src: BundleSource): Promise<ReadableStream<Uint8Array>> {
  return (await buildBundleWithInfo(src)).stream;
}

export async function buildBundleWithInfo(src: BundleSource): Promise<BuiltBundle> {
  const prep = await prepareBundle(src);
  const when = new Date(prep.manifest.createdAt);
  return { name: prep.name, manifest: prep.manifest, stream: zipStream(entries(prep, when)) };
}

/** For the locker page: read the case from the locker and stream its bundle. */
export async function exportCase(caseId: string): Promise<BuiltBundle> {
  const { openLockerForExport, loadBundleSource } = await import('./source');
  return buildBundleWithInfo(await loadBundleSource(openLockerForExport(), caseId));
}
