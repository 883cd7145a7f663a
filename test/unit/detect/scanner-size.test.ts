/** The one-pass scanner's trie past the old 32,768-node bound, and its hard limit. */
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../../lib/detect/scan';

/** n distinct words of `len` letters that share nothing after their first two (each adds about len - 2 nodes). */
function words(n: number, len: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    let x = i * 2654435761 + 12345;
    for (let k = 0; k < len; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(0x4e00 + (x % 20000));
    }
    out.push(w);
  }
  return out;
}

describe('scanner trie size', () => {
  it('keeps every trigger word when the trie has more than 32,768 nodes', () => {
    // (3,000 words, about 36,000 nodes on top of the rules' own 18,000: past 32,768 with room under the hard limit, which
    // 4,000 words met once the rules' lexicons grew, round 86)
    const list = words(3000, 12);
    const sc = new Scanner([list]);
    sc.scan(`前面 ${list[2999]} 后面`);
    expect(sc.triggers & 1).toBe(1);
    sc.scan(`前面 ${list[0]!.slice(0, 11)} 后面`);
    expect(sc.triggers & 1).toBe(0);
  });

  it('refuses more than 65,535 nodes with a clear error, not a silent wrap of the ids', () => {
    expect(() => new Scanner([words(7000, 12)])).toThrow(/65,535 trie nodes/);
  });
});
