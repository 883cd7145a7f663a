/**
 * Offline verification of a bundle: the same code for the Node CLI
 * (scripts/verify.ts), the locker's verify view and import. It checks what
 * the locker signs, with the locker's own functions (./binding):
 *  - manifest.json against its schema;
 *  - every file's SHA-256, and that it is the hash its signed record names;
 *  - every record's hash (SHA-256 of its canonical JSON) against its entry;
 *  - the whole locker chain: links, entry hashes, signatures (verifyChain);
 *  - case completeness: every record entry of this case is in the bundle
 *    or was deleted by a signed tombstone (a record removed shows);
 *  - chain order of the records (two records swapped show);
 *  - report.html and the other reading aids against their listed hashes;
 *  - files in the zip the manifest does not list.
 */
import { canonicalJson, entryInfo, keyFingerprint, recordFileHashes, sha256Hex, verifyChain, type EntryInfo } from './binding';
import { DERIVED_FILES, ManifestSchema, type Manifest } from './manifest';
import { readZip, toBytes, ZipReadError } from './zip';

export interface Problem {
  path?: string;
  record?: string;
  problem: string;
}

export interface VerifySummary {
  caseId?: string;
  caseName?: string;
  bundleId?: string;
  createdAt?: string;
  keyFingerprint?: string;
  records: number;
  files: number;
  chainEntries: number;
  signatures: number;
}

export interface VerifyResult {
  ok: boolean;
  /** false when the input is not a readable zip at all (the CLI exits 2). */
  readable: boolean;
  problems: Problem[];
  summary: VerifySummary;
}

/** What import needs besides the verdict. */
export interface VerifiedContents extends VerifyResult {
  manifest?: Manifest;
  files?: Map<string, Uint8Array>;
}

const EMPTY: VerifySummary = { records: 0, files: 0, chainEntries: 0, signatures: 0 };

export async function verifyBundle(zip: Uint8Array | Blob | ArrayBuffer): Promise<VerifyResult> {
  const { manifest: _m, files: _f, ...result } = await verifyContents(zip);
  return result;
}

export async function verifyContents(zip: Uint8Array | Blob | ArrayBuffer): Promise<VerifiedContents> {
  let files: Map<string, Uint8Array>;
  let duplicates: string[];
  try {
    ({ files, duplicates } = readZip(await toBytes(zip)));
  } catch (err) {
    const problem = err instanceof ZipReadError ? err.message : `not a readable zip file (${String(err)})`;
    return { ok: false, readable: false, problems: [{ problem }], summary: EMPTY };
  }
  const problems: Problem[] = [];
  for (const d of new Set(duplicates)) problems.push({ path: d, problem: 'appears more than once in the zip' });

  const rawManifest = files.get('manifest.json');
  if (!rawManifest) {
    return { ok: false, readable: true, problems: [...problems, { path: 'manifest.json', problem: 'missing: this is not an evidence bundle' }], summary: EMPTY, files };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawManifest));
  } catch (err) {
    return { ok: false, readable: true, problems: [...problems, { path: 'manifest.json', problem: `not valid JSON (${String(err)})` }], summary: EMPTY, files };
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return {
      ok: false,
      readable: true,
      problems: [...problems, { path: 'manifest.json', problem: `does not match the manifest schema: ${issues.join('; ')}` }],
      summary: EMPTY,
      files,
    };
  }
  const m = parsed.data;
  const listed = new Set<string>(['manifest.json']);

  // The key.
  if ((await keyFingerprint(m.publicKeyJwk)) !== m.keyFingerprint) {
    problems.push({ path: 'manifest.json', problem: 'keyFingerprint is not the fingerprint of publicKeyJwk' });
  }

  // The whole chain: links, entry hashes, signatures — the locker's own check.
  const infos: EntryInfo[] = m.chain.entries.map(entryInfo);
  const bySeq = new Map<number, EntryInfo>();
  for (const i of infos) bySeq.set(i.seq, i);
  const recordBySeq = new Map(m.records.map((r) => [r.seq, r.id]));
  if (infos.length === 0) problems.push({ path: 'manifest.json', problem: 'the chain is empty' });
  const chain = await verifyChain(m.chain.entries, m.publicKeyJwk as JsonWebKey);
  for (const p of chain.problems) {
    const rec = p.seq !== undefined ? recordBySeq.get(p.seq) : undefined;
    problems.push({ ...(rec ? { record: rec } : {}), problem: `chain entry ${p.seq ?? '?'}: ${p.problem}` });
  }

  // The case's records.
  let lastSeq = -Infinity;
  const present = new Set<string>();
  let fileCount = 0;
  for (const r of m.records) {
    const label = `#${r.seq} ${r.id}`;
    if (r.seq <= lastSeq) problems.push({ record: label, problem: 'records are out of chain order (reordered or duplicated)' });
    lastSeq = Math.max(lastSeq, r.seq);
    present.add(r.id);
    const entry = bySeq.get(r.seq);
    const recordHash = await sha256Hex(canonicalJson(r.record));
    if (recordHash !== r.recordHash) problems.push({ record: label, problem: 'record content does not match its hash (the record was edited)' });
    if (!entry) {
      problems.push({ record: label, problem: `no chain entry with sequence number ${r.seq}` });
    } else {
      if (entry.kind !== 'record' && entry.kind !== 'addendum')
        problems.push({ record: label, problem: `chain entry ${r.seq} is not a record entry` });
      if (entry.recordId !== undefined && entry.recordId !== r.id)
        problems.push({ record: label, problem: `chain entry ${r.seq} belongs to record ${entry.recordId} (records swapped or replaced)` });
      if (entry.recordHash !== recordHash)
        problems.push({ record: label, problem: `record hash is not the one signed in chain entry ${r.seq}` });
      if (entry.caseId !== undefined && entry.caseId !== m.case.id)
        problems.push({ record: label, problem: `chain entry ${r.seq} puts this record in another case` });
    }
    // Files: each must be the one the signed record names, byte for byte.
    const committed = recordFileHashes(r.record);
    const committedByRole = new Map(committed.map((c) => [c.role, c.sha256]));
    for (const f of r.files) {
      fileCount++;
      listed.add(f.path);
      if (!f.path.startsWith(r.dir)) problems.push({ path: f.path, record: label, problem: `is outside the record's folder ${r.dir}` });
      const want = f.role !== undefined ? committedByRole.get(f.role) : undefined;
      if (want === undefined) problems.push({ path: f.path, record: label, problem: 'is not a file the signed record names' });
      else if (want !== f.sha256) problems.push({ path: f.path, record: label, problem: 'manifest hash differs from the hash in the signed record' });
      const bytes = files.get(f.path);
      if (!bytes) {
        problems.push({ path: f.path, record: label, problem: 'missing from the zip' });
        continue;
      }
      const actual = await sha256Hex(bytes);
      if (actual !== (want ?? f.sha256)) problems.push({ path: f.path, record: label, problem: 'content does not match its SHA-256 (the file was changed)' });
      else if (bytes.length !== f.size) problems.push({ path: f.path, record: label, problem: `size ${bytes.length} differs from ${f.size}` });
    }
    for (const c of committed) {
      if (!r.files.some((f) => f.role === c.role)) problems.push({ record: label, problem: `the record's ${c.role} file is missing from the bundle` });
    }
  }

  // Completeness: every record entry of this case is here or was deleted by a signed tombstone.
  const tombstoned = new Set(infos.filter((i) => i.kind === 'tombstone' && i.recordId).map((i) => i.recordId!));
  for (const i of infos) {
    const holdsContent = i.kind === 'record' || i.kind === 'addendum';
    if (holdsContent && i.caseId === m.case.id && i.recordId && !present.has(i.recordId) && !tombstoned.has(i.recordId)) {
      problems.push({ record: `#${i.seq} ${i.recordId}`, problem: 'belongs to this case in the signed chain but is missing from the bundle (record removed)' });
    }
  }

  // Reading aids.
  for (const d of m.derived) {
    listed.add(d.path);
    const bytes = files.get(d.path);
    if (!bytes) problems.push({ path: d.path, problem: 'missing from the zip' });
    else if ((await sha256Hex(bytes)) !== d.sha256) problems.push({ path: d.path, problem: 'content does not match its SHA-256 (the file was edited)' });
  }
  for (const req of DERIVED_FILES) {
    if (!m.derived.some((d) => d.path === req)) problems.push({ path: req, problem: 'not listed in the manifest' });
  }

  for (const name of files.keys()) {
    if (!listed.has(name)) problems.push({ path: name, problem: 'is in the zip but not in the manifest' });
  }

  const summary: VerifySummary = {
    caseId: m.case.id,
    caseName: m.case.name,
    bundleId: m.bundleId,
    createdAt: m.createdAt,
    keyFingerprint: m.keyFingerprint,
    records: m.records.length,
    files: fileCount,
    chainEntries: infos.length,
    signatures: infos.length,
  };
  return { ok: problems.length === 0, readable: true, problems, summary, manifest: m, files };
}
