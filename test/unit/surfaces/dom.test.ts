import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMeaningful } from '../../../lib/surfaces/dom';

const REFERENCE = /[\p{L}\p{N}]/u;

describe('isMeaningful', () => {
  it('answers like the Unicode letter-or-digit test', () => {
    for (const s of ['', ' ', '，。！', '・', '——', '→ ←', '加', 'a', '7', '々', '〇', 'é', 'Я', '١', '😀', '😀x', '　', '】【']) {
      expect(isMeaningful(s), JSON.stringify(s)).toBe(REFERENCE.test(s));
    }
  });

  it('agrees with the reference on random text of every plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => isMeaningful(s) === REFERENCE.test(s)),
      { numRuns: 3_000 },
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }), (codes) => {
        const s = String.fromCharCode(...codes);
        return isMeaningful(s) === REFERENCE.test(s);
      }),
      { numRuns: 5_000 },
    );
  });
});
