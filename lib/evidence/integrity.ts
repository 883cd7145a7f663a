/**
 * The integrity primitives of the evidence locker, shared with the export
 * bundle and its verifier so a bundle is checked with exactly the rules the
 * locker hashed and signed with.
 *
 * - Record hash: SHA-256 of the record's canonical JSON (keys sorted, no
 *   whitespace, UTF-8). The record holds the SHA-256 of each of its files.
 * - Chain entry {seq, prev, kind, recordId, recordHash?, ref?, caseId, at}: its hash
 *   is SHA-256 of its canonical JSON; `prev` is the hash of the entry before
 *   (64 zeros for the first).
 * - Signature: ECDSA P-256 with SHA-256 (raw r‖s, base64url) over the UTF-8
 *   bytes of the entry hash (hex), by a non-extractable key made in this
 *   browser profile.
 */

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export const GENESIS = '0'.repeat(64);

/**
 * Canonical JSON in the manner of RFC 8785 (JCS): object members sorted by
 * UTF-16 code units, no whitespace, numbers and strings serialised as
 * ECMAScript's JSON.stringify does (which is what JCS specifies). Members
 * whose value is undefined are dropped, as JSON.stringify drops them; an
 * undefined array element becomes null. Objects with toJSON (Date) are
 * serialised through it. Non-finite numbers and BigInt are refused: they have
 * no JSON form, and silently writing null would hash a different value than
 * the one stored. (JCS also refuses lone surrogates; page text cut at the
 * wrong place can hold one, so they are kept, escaped as \uXXXX, which is
 * still deterministic.)
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  }
  if (typeof value === 'bigint') throw new TypeError('BigInt in canonical JSON');
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('non-finite number in canonical JSON');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' || typeof v === 'symbol' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined && typeof obj[k] !== 'function' && typeof obj[k] !== 'symbol')
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
  /** Tombstone: seq of the removed record's entry. Addendum: seq of the record it adds to. */
  ref?: number;
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

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * The whole chain, first to last: sequence numbers 1..n without gaps,
 * every `prev` the hash of the entry before, every entry hash recomputed
 * from its content, every signature checked against the public key, and the
 * references of tombstones and addenda (to an earlier entry of the same
 * record, with the same record hash; a record removed at most once).
 * Missing, reordered, inserted or edited entries all show as problems.
 * Pure: no database, so the export verifier runs exactly this.
 */
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
  const bySeq = new Map<number, ChainEntry>();
  const contentOf = new Map<string, ChainEntry>();
  const removed = new Set<string>();
  for (const raw of entries) {
    if (!raw || typeof raw !== 'object') {
      problems.push({ seq: expectSeq, problem: 'entry is not an object' });
      expectSeq++;
      continue;
    }
    const e = raw as ChainEntry;
    const at = { seq: e.seq, ...(typeof e.recordId === 'string' ? { id: e.recordId } : {}) };
    if (e.seq !== expectSeq) problems.push({ ...at, problem: `sequence number ${e.seq} where ${expectSeq} was expected` });
    if (e.prev !== prev) problems.push({ ...at, problem: 'does not link to the entry before it (prev hash differs)' });
    if (e.kind !== 'record' && e.kind !== 'addendum' && e.kind !== 'tombstone') problems.push({ ...at, problem: `unknown entry kind ${String(e.kind)}` });
    if (typeof e.hash !== 'string' || !HEX64.test(e.hash)) problems.push({ ...at, problem: 'entry hash is missing or malformed' });
    const { hash, sig, ...body } = e;
    let bodyHash = '';
    try {
      bodyHash = await entryHash(body);
    } catch (err) {
      problems.push({ ...at, problem: `entry cannot be hashed (${String(err)})` });
    }
    if (bodyHash !== hash) problems.push({ ...at, problem: 'entry hash does not match its content' });
    let good = false;
    try {
      good = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, b64urlToBytes(sig), new TextEncoder().encode(hash));
    } catch {
      good = false;
    }
    if (!good) problems.push({ ...at, problem: 'signature does not verify against the key' });

    // References: a tombstone removes a record the chain holds, once; an addendum adds to a record before it.
    if (e.kind === 'record' || e.kind === 'addendum') {
      if (contentOf.has(e.recordId)) problems.push({ ...at, problem: 'the same record id appears twice in the chain' });
      contentOf.set(e.recordId, e);
    }
    if (e.kind === 'addendum' && e.ref !== undefined) {
      const target = bySeq.get(e.ref);
      if (!target || target.kind !== 'record') problems.push({ ...at, problem: `addendum refers to entry ${e.ref}, which is not an earlier record` });
      else if (target.caseId !== e.caseId) problems.push({ ...at, problem: `addendum refers to entry ${e.ref} of another case` });
    }
    if (e.kind === 'tombstone') {
      const target = contentOf.get(e.recordId);
      if (!target) problems.push({ ...at, problem: 'tombstone for a record that is not earlier in the chain' });
      else {
        if (e.ref !== undefined && e.ref !== target.seq) problems.push({ ...at, problem: `tombstone refers to entry ${e.ref}, but the record is entry ${target.seq}` });
        if (e.recordHash !== undefined && e.recordHash !== target.recordHash) problems.push({ ...at, problem: 'tombstone names a different record hash than the one signed' });
      }
      if (removed.has(e.recordId)) problems.push({ ...at, problem: 'record removed twice' });
      removed.add(e.recordId);
    }
    if (typeof e.seq === 'number') bySeq.set(e.seq, e);
    prev = typeof hash === 'string' ? hash : '';
    expectSeq = (typeof e.seq === 'number' ? e.seq : expectSeq) + 1;
  }
  return { ok: problems.length === 0, problems };
}
