/**
 * The export's one door to the evidence locker's integrity functions. The
 * bundle is checked with exactly the functions the locker hashes and signs
 * with (lib/evidence/integrity.ts); nothing else in lib/export knows the
 * locker's field names.
 */
import { canonicalJson, GENESIS, sha256Hex, verifyChain, type ChainCheck, type ChainEntry, type Json } from '../evidence/integrity';

export { canonicalJson, GENESIS, sha256Hex, verifyChain };
export type { ChainCheck, Json };

/** What a chain entry says, read through the locker's field names. */
export interface EntryInfo {
  seq: number;
  hash: string;
  prev: string;
  kind: 'record' | 'tombstone' | 'addendum' | 'other';
  recordId?: string;
  recordHash?: string;
  caseId?: string;
  at?: string;
}

export function entryInfo(entry: unknown): EntryInfo {
  const e = entry as Partial<ChainEntry>;
  return {
    seq: typeof e.seq === 'number' ? e.seq : -1,
    hash: typeof e.hash === 'string' ? e.hash : '',
    prev: typeof e.prev === 'string' ? e.prev : '',
    kind: e.kind === 'record' || e.kind === 'tombstone' || e.kind === 'addendum' ? e.kind : 'other',
    ...(typeof e.recordId === 'string' ? { recordId: e.recordId } : {}),
    ...(typeof e.recordHash === 'string' ? { recordHash: e.recordHash } : {}),
    ...(typeof e.caseId === 'string' ? { caseId: e.caseId } : {}),
    ...(typeof e.at === 'string' ? { at: e.at } : {}),
  };
}

export const SIGNING_DESCRIPTION =
  'Record hash = SHA-256 of the canonical JSON of the record (keys sorted, no whitespace, UTF-8); the record holds the SHA-256 of each of its files. ' +
  'Each chain entry {seq, prev, kind, recordId, recordHash, caseId, at} is hashed as SHA-256 of its canonical JSON (without hash and sig); prev is the hash of the entry before (64 zeros for the first). ' +
  'sig = ECDSA P-256 / SHA-256 signature (raw r||s, base64url) over the UTF-8 bytes of the entry hash (hex), by a non-extractable key made in the capturing browser; publicKeyJwk is its public half.';

/** SHA-256 of the canonical JSON of the key's public members. */
export async function keyFingerprint(jwk: { kty?: string; crv?: string; x?: string; y?: string }): Promise<string> {
  return sha256Hex(canonicalJson({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }));
}

/** The files a record names, with the hashes it committed to (by role). */
export function recordFileHashes(record: Record<string, unknown>): { role: string; sha256: string }[] {
  const files = (record as { files?: unknown }).files;
  if (!Array.isArray(files)) return [];
  return files
    .filter((f): f is { role: string; sha256: string } => !!f && typeof f === 'object' && typeof (f as { role?: unknown }).role === 'string' && typeof (f as { sha256?: unknown }).sha256 === 'string')
    .map((f) => ({ role: f.role, sha256: f.sha256 }));
}
