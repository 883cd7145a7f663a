/**
 * Deterministic noise behind a PNG signature: it does not compress, like a
 * real screenshot, so sizes and timings in tests and benchmarks are honest.
 */
export function noisePng(n: number, seed = 1): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let x = seed;
  for (let i = 8; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}
