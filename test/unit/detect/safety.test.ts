/** Random and adversarial input: no exception, findings well-formed, time grows about linearly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, detectThread } from '../../../lib/detect/index';
import { growthRatio } from './growth';

describe('safety', () => {
  it('never throws on random Unicode; spans stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const r = detect(s);
        for (const f of r.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(s.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.text).toBe(s.slice(f.start, f.end));
        }
      }),
      { numRuns: 400 },
    );
  });
  it('never throws on mixtures of trigger words, digits and separators', () => {
    const piece = fc.constantFrom('微信', 'vx', 'V', '：', ' ', '1', '3', '8', '①', '幺', '@', '.', 'qq', '扣扣', '加我', '支付宝', '\u200b', '🌸', 'a', '_', '\n', '请勿', 'at', 'dot', 'ｖ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        detect(parts.join(''));
        detectThread(parts.join('').split('\n'));
      }),
      { numRuns: 300 },
    );
  });
  it.each([
    ['digits', (n: number) => '1'.repeat(n)],
    ['微信', (n: number) => '微信'.repeat(Math.floor(n / 2))],
    ['mixed scripts', (n: number) => 'a微1①𝐯\u200bб٣ـ😀'.repeat(Math.floor(n / 10))],
    ['spaced digits', (n: number) => '1 '.repeat(Math.floor(n / 2))],
    ['handles', (n: number) => '加vx a_b '.repeat(Math.floor(n / 9))],
  ])('time grows about linearly: %s', (_name, make) => {
    // linear → ~4×, quadratic → ~16×; allow lots of noise on a busy 2-core box
    expect(growthRatio(make(50_000), make(200_000))).toBeLessThan(10);
  }, 60_000);
  it('handles 200 KB of digits and 50,000 × 微信 without error', () => {
    expect(() => detect('8'.repeat(200_000))).not.toThrow();
    expect(() => detect('微信'.repeat(50_000))).not.toThrow();
  });
});
