/**
 * The integrity primitives of the evidence locker, shared with the export
 * bundle and its verifier so a bundle is checked with exactly the rules the
 * locker hashed and signed with.
 *
 * - Record hash: SHA-256 of the record's canonical JSON (keys sorted, no
 *   whitespace, UTF-8). The record holds the SHA-256 of each of its files.
 * - Chain entry {seq, prev, kind, recordId, recordHash?, caseId, at}: its hash
 *   is SHA-256 of its canonical JSON; `prev` is the hash of the entry before
 *   (64 zeros for the first).
 * - Signature: ECDSA P-256 with SHA-256 (raw r‖s, base64url) over the UTF-8
 *   bytes of the entry hash (hex), by a non-extractable key made in this
 *   browser profile.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const GENESIS = '0'.repeat(64);

/** Object keys sorted by code unit, no whitespace, undefined members dropped (RFC 8785-like). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number in canonical JSON');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

async function bytesOf(data: Uint8Array | string | Blob | ArrayBuffer): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data as Uint8Array<ArrayBuffer>;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(await data.arrayBuffer());
}

export async function sha256Hex(data: Uint8Array | string | Blob | ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await bytesOf(data));
  return hex(new Uint8Array(digest));
}

function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function bytesToB64url(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let bin = '';
  for (const b of u8) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function b64urlToBytes(s: string): Uint8Array<ArrayBuffer> {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A chain entry as stored and exported. */
export interface ChainEntry {
  seq: number;
  prev: string;
  kind: 'record' | 'tombstone' | 'addendum';
  recordId: string;
  recordHash?: string;
  caseId: string;
  at: string;
  hash: string;
  sig: string;
}

export type EntryBody = Omit<ChainEntry, 'hash' | 'sig'>;

export async function entryHash(body: EntryBody): Promise<string> {
  return sha256Hex(canonicalJson(body));
}

export async function signHash(privateKey: CryptoKey, hash: string): Promise<string> {
  const sig = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, new TextEncoder().encode(hash));
  return bytesToB64url(sig);
}

export async function makeKeyPair(): Promise<CryptoKeyPair> {
  // Non-extractable: the private half can sign in this profile and never leave it.
  return (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
}

export interface ChainCheck {
  ok: boolean;
  problems: { seq?: number; id?: string; problem: string }[];
}

/** The whole chain, first to last: sequence, links, entry hashes, signatures. */
export async function verifyChain(entries: readonly unknown[], publicJwk: JsonWebKey): Promise<ChainCheck> {
  const problems: ChainCheck['problems'] = [];
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
  } catch (err) {
    return { ok: false, problems: [{ problem: `the public key cannot be used (${String(err)})` }] };
  }
  let prev = GENESIS;
  let expectSeq = 1;
  for (const raw of entries) {
    const e = raw as ChainEntry;
    if (e.seq !== expectSeq) problems.push({ seq: e.seq, id: e.recordId, problem: `sequence number ${e.seq} where ${expectSeq} was expected` });
    if (e.prev !== prev) problems.push({ seq: e.seq, id: e.recordId, problem: 'does not link to the entry before it (prev hash differs)' });
    const { hash, sig, ...body } = e;
    if ((await entryHash(body)) !== hash) problems.push({ seq: e.seq, id: e.recordId, problem: 'entry hash does not match its content' });
    let good = false;
    try {
      good = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, b64urlToBytes(sig), new TextEncoder().encode(hash));
    } catch {
      good = false;
    }
    if (!good) problems.push({ seq: e.seq, id: e.recordId, problem: 'signature does not verify against the key' });
    prev = hash;
    expectSeq = (typeof e.seq === 'number' ? e.seq : expectSeq) + 1;
  }
  return { ok: problems.length === 0, problems };
}
