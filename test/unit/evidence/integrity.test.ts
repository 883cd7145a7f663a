import { describe, expect, it } from 'vitest';
import {
  b64urlToBytes,
  bytesToB64url,
  canonicalJson,
  entryHash,
  GENESIS,
  makeKeyPair,
  sha256Hex,
  signHash,
  verifyChain,
  type ChainEntry,
  type EntryBody,
} from '@/lib/evidence/integrity';

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    // The RFC's own example: "\u20ac" (€), "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6".
    const obj = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    const keys = Object.keys(JSON.parse(canonicalJson(obj)) as object);
    // JSON.parse puts the integer-like key first; read the order from the text instead.
    const text = canonicalJson(obj);
    const order = ['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33'].map((k) => text.indexOf(JSON.stringify(k)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(keys).toHaveLength(7);
  });

  it('serialises numbers as ECMAScript does (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([0, -0, 1, -1, 0.1, 1e21, 1e-7, 123456789012345680000, 5e-324, 1.5])).toBe(
      '[0,0,1,-1,0.1,1e+21,1e-7,123456789012345680000,5e-324,1.5]',
    );
  });

  it('escapes strings minimally and keeps non-ASCII as is', () => {
    expect(canonicalJson({ s: '加我薇信\n"q"\\\u0001\u2028' })).toBe('{"s":"加我薇信\\n\\"q\\"\\\\\\u0001\u2028"}');
  });

  it('drops undefined members, writes undefined array slots as null, uses toJSON', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, null], c: new Date(Date.UTC(2026, 0, 2)) })).toBe('{"b":[null,null],"c":"2026-01-02T00:00:00.000Z"}');
  });

  it('is independent of key insertion order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
    expect(() => canonicalJson({ b: 1n })).toThrow(TypeError);
  });

  it('matches JSON.stringify for primitives', () => {
    for (const v of [null, true, false, 'a', 42, ''] as const) expect(canonicalJson(v)).toBe(JSON.stringify(v));
  });
});

describe('sha256Hex', () => {
  const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

  it('hashes strings as UTF-8, bytes, ArrayBuffers and Blobs alike', async () => {
    expect(await sha256Hex('')).toBe(EMPTY);
    expect(await sha256Hex('abc')).toBe(ABC);
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(ABC);
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]).buffer)).toBe(ABC);
    expect(await sha256Hex(new Blob(['abc']))).toBe(ABC);
    expect(await sha256Hex('薇信')).toBe(await sha256Hex(new TextEncoder().encode('薇信')));
  });

  it('changes when one bit changes', async () => {
    expect(await sha256Hex(new Uint8Array([1, 2, 3]))).not.toBe(await sha256Hex(new Uint8Array([1, 2, 2])));
  });

  it('round-trips base64url', () => {
    const bytes = new Uint8Array([0, 255, 62, 63, 128, 7]);
    expect(bytesToB64url(bytes)).not.toMatch(/[+/=]/);
    expect([...b64urlToBytes(bytesToB64url(bytes))]).toEqual([...bytes]);
  });
});

// ---- verifyChain over hand-made chains ------------------------------------------

type Draft = Omit<EntryBody, 'seq' | 'prev'>;

async function chainOf(drafts: Draft[], key: CryptoKey): Promise<ChainEntry[]> {
  const out: ChainEntry[] = [];
  let prev = GENESIS;
  for (const [i, d] of drafts.entries()) {
    const body: EntryBody = { seq: i + 1, prev, ...d };
    const hash = await entryHash(body);
    out.push({ ...body, hash, sig: await signHash(key, hash) });
    prev = hash;
  }
  return out;
}

/** Re-hash and re-sign from `from` on, as a forger with the key would have to. */
async function resign(entries: ChainEntry[], key: CryptoKey, from = 0): Promise<ChainEntry[]> {
  const out = entries.slice(0, from);
  let prev = from === 0 ? GENESIS : out[from - 1]!.hash;
  for (const e of entries.slice(from)) {
    const { hash: _h, sig: _s, ...rest } = e;
    const body = { ...rest, prev };
    const hash = await entryHash(body);
    out.push({ ...body, hash, sig: await signHash(key, hash) });
    prev = hash;
  }
  return out;
}

const H = (c: string) => c.repeat(64);
const rec = (id: string, h = H('a')): Draft => ({ kind: 'record', recordId: id, recordHash: h, caseId: 'c1', at: '2026-11-22T10:00:00.000Z' });

describe('verifyChain', () => {
  it('accepts a good chain with an addendum and a tombstone', async () => {
    const pair = await makeKeyPair();
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const chain = await chainOf(
      [rec('r1'), rec('r2', H('b')), { ...rec('a1', H('c')), kind: 'addendum', ref: 1 }, { kind: 'tombstone', recordId: 'r2', recordHash: H('b'), ref: 2, caseId: 'c1', at: '2026-11-22T11:00:00.000Z' }],
      pair.privateKey,
    );
    expect(await verifyChain(chain, jwk)).toEqual({ ok: true, problems: [] });
    expect(await verifyChain([], jwk)).toEqual({ ok: true, problems: [] });
  });

  async function setup() {
    const pair = await makeKeyPair();
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const chain = await chainOf([rec('r1'), rec('r2', H('b')), rec('r3', H('c')), rec('r4', H('d'))], pair.privateKey);
    return { pair, jwk, chain };
  }

  it.each<[string, (c: ChainEntry[]) => ChainEntry[], RegExp]>([
    ['an edited entry', (c) => c.map((e, i) => (i === 1 ? { ...e, recordHash: H('f') } : e)), /hash does not match/],
    ['a missing entry', (c) => c.filter((_, i) => i !== 1), /sequence number 3 where 2|prev hash differs/],
    ['two reordered entries', (c) => [c[0]!, c[2]!, c[1]!, c[3]!], /sequence number|prev hash/],
    ['an inserted entry', (c) => [c[0]!, { ...c[1]!, recordId: 'forged' }, ...c.slice(1)], /hash does not match|sequence/],
    ['a truncated signature', (c) => c.map((e, i) => (i === 2 ? { ...e, sig: e.sig.slice(0, 20) } : e)), /signature/],
    ['a non-object', (c) => [c[0]!, 'junk' as unknown as ChainEntry, ...c.slice(1)], /not an object/],
  ])('catches %s', async (_name, tamper, why) => {
    const { jwk, chain } = await setup();
    const v = await verifyChain(tamper(chain), jwk);
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.problem).join('\n')).toMatch(why);
  });

  it('catches a chain re-signed by another key', async () => {
    const { jwk, chain } = await setup();
    const other = await makeKeyPair();
    const v = await verifyChain(await resign(chain, other.privateKey), jwk);
    expect(v.ok).toBe(false);
    expect(v.problems.every((p) => /signature/.test(p.problem))).toBe(true);
    expect(v.problems).toHaveLength(4);
  });

  it('catches an entry removed and the rest re-linked with the right key but old seq numbers', async () => {
    const { pair, jwk, chain } = await setup();
    const v = await verifyChain(await resign([chain[0]!, chain[2]!, chain[3]!], pair.privateKey, 1), jwk);
    expect(v.problems.map((p) => p.problem)).toContain('sequence number 3 where 2 was expected');
  });

  it('rejects an unusable public key', async () => {
    const { chain } = await setup();
    const v = await verifyChain(chain, { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' });
    expect(v.ok).toBe(false);
    expect(v.problems[0]!.problem).toMatch(/public key/);
  });

  it('checks what tombstones and addenda refer to', async () => {
    const pair = await makeKeyPair();
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    const tomb = (id: string, ref: number, h: string): Draft => ({ kind: 'tombstone', recordId: id, recordHash: h, ref, caseId: 'c1', at: '2026-11-22T11:00:00.000Z' });
    const cases: [Draft[], RegExp][] = [
      [[rec('r1'), tomb('nope', 1, H('a'))], /not earlier in the chain/],
      [[rec('r1'), rec('r2', H('b')), tomb('r2', 1, H('b'))], /refers to entry 1, but the record is entry 2/],
      [[rec('r1'), tomb('r1', 1, H('e'))], /different record hash/],
      [[rec('r1'), tomb('r1', 1, H('a')), tomb('r1', 1, H('a'))], /removed twice/],
      [[rec('r1'), { ...rec('a1'), kind: 'addendum', ref: 5 }], /not an earlier record/],
      [[rec('r1'), { ...rec('a1'), kind: 'addendum', ref: 1, caseId: 'c2' }], /another case/],
      [[rec('r1'), rec('r1')], /same record id appears twice/],
    ];
    for (const [drafts, why] of cases) {
      const v = await verifyChain(await chainOf(drafts, pair.privateKey), jwk);
      expect(v.ok, String(why)).toBe(false);
      expect(v.problems.map((p) => p.problem).join('\n')).toMatch(why);
    }
  });
});
