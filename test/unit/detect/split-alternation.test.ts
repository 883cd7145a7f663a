/** Long phrase patterns run as parts (rule.ts: splitAlternation, phraseMatches) and give the whole pattern's matches. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import '../../../lib/detect/index';
import { LONGEST_PATTERN_SOURCE, PATTERN_PART_SOURCE, PHRASES, Phrases, forEachPhraseMatch, phraseMatches, splitAlternation, wholePattern } from '../../../lib/detect/rule';

const spans = (canon: string, patterns: readonly RegExp[]) => phraseMatches(canon, patterns).map((m) => `${m.start}-${m.end}:${m.value}`);

describe('splitAlternation', () => {
  it('cuts between top-level alternatives only, each part at most the limit', () => {
    const re = /ab(?:c|d)|[|x]y|e\|f|gh|ij/g;
    const parts = splitAlternation(re, 12);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.source.length).toBeLessThanOrEqual(12);
    expect(parts.map((p) => p.source).join('|')).toBe(re.source);
    expect(parts.every((p) => p.flags === 'g')).toBe(true);
  });
  it('leaves a short pattern, or one alternative longer than the limit, whole', () => {
    const short = /ab|cd/g;
    expect(splitAlternation(short, 100)).toEqual([short]);
    const one = /(?:abc|def)ghi/g;
    expect(splitAlternation(one, 4)).toEqual([one]);
  });
  it('gives the whole pattern’s matches: leftmost first, the earlier alternative at a tie, on from each match’s end', () => {
    // overlapping alternatives in different parts: the whole would take "好评" at 0 and never report "评返现" inside it
    const whole = /好评|评返现|返现\d元|现\d|\d元红包|a+|ab/g;
    const parts = splitAlternation(whole, 8);
    expect(parts.length).toBeGreaterThan(2);
    for (const t of ['好评返现5元红包', '评返现5元红包好评', 'aab 好评 ab', '现5元红包']) expect(spans(t, parts)).toEqual(spans(t, [whole]));
  });
  it('matches as the whole does on random text over the patterns’ alphabet', () => {
    const whole = /好评|评返|返现\d?|现金|\d元|[返现]{2,3}|评\d/g;
    const parts = splitAlternation(whole, 10);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('好', '评', '返', '现', '金', '5', '元', ' '), { maxLength: 40 }), (chars) => {
        const t = chars.join('');
        expect(spans(t, parts)).toEqual(spans(t, [whole]));
      }),
    );
  });
});

describe('the rules’ phrase patterns', () => {
  it(`are each at most ${LONGEST_PATTERN_SOURCE} source characters (past that V8 compiles an alternation badly: split it)`, () => {
    const long = PHRASES.flatMap((p) => p.patterns).filter((re) => re.source.length > LONGEST_PATTERN_SOURCE);
    expect(long.map((re) => `${re.source.length}: ${re.source.slice(0, 40)}`)).toEqual([]);
  });
  it('name no alternative twice within one rule (a merge that kept both sides of a conflict ran the same form twice)', () => {
    const twice: string[] = [];
    for (const p of PHRASES) {
      const seen = new Set<string>();
      for (const re of p.patterns) {
        for (const alt of splitAlternation(new RegExp(re.source, re.flags), 1)) {
          if (seen.has(alt.source)) twice.push(alt.source.slice(0, 80));
          seen.add(alt.source);
        }
      }
    }
    expect(twice).toEqual([]);
  });
  it('split ones match as the whole: a Phrases of the parts of a long alternation', () => {
    const forms = Array.from({ length: 2_000 }, (_, i) => `好评${i}返现`);
    const whole = new RegExp(forms.join('|'), 'g');
    const phrases = new Phrases(splitAlternation(whole, PATTERN_PART_SOURCE));
    expect(phrases.patterns.length).toBeGreaterThan(1);
    for (const p of phrases.patterns) expect(p.source.length).toBeLessThanOrEqual(PATTERN_PART_SOURCE);
    const t = '好评7返现，好评123返现 好评1999返现';
    expect(spans(t, phrases.patterns)).toEqual(spans(t, [whole]));
    expect(spans(t, phrases.patterns)).toHaveLength(3);
  });
});

describe('Phrases with `split`', () => {
  const forms = Array.from({ length: 400 }, (_, i) => `好评${i}返现`);
  const whole = new RegExp(forms.join('|'), 'g');
  const other = /私聊我|加我/g;
  const phrases = new Phrases([whole, other], { split: 100 });

  it('cuts each long pattern into parts that name it as their whole', () => {
    expect(phrases.patterns.length).toBeGreaterThan(31);
    for (const p of phrases.patterns) expect(p.source.length).toBeLessThanOrEqual(100);
    expect(phrases.patterns.slice(0, -1).every((p) => wholePattern(p) === whole)).toBe(true);
    expect(wholePattern(phrases.patterns.at(-1)!)).toBe(other);
  });
  it('keeps a part cut again in its whole’s alternation', () => {
    const [first] = splitAlternation(whole, 3_000);
    const again = splitAlternation(first!, 600);
    expect(again.length).toBeGreaterThan(1);
    expect(again.every((p) => wholePattern(p) === whole)).toBe(true);
    const t = '好评12返现 好评1返现';
    expect(spans(t, again)).toEqual(spans(t, [whole]));
  });
  it('gives each match with its whole, in the patterns’ order', () => {
    const t = '好评7返现，加我，好评399返现 好评1234返现';
    const seen: string[] = [];
    forEachPhraseMatch(t, phrases.patterns, (m, w) => {
      seen.push(`${m[0]}@${w === whole ? 'whole' : w === other ? 'other' : '?'}`);
      return false;
    });
    expect(seen).toEqual(['好评7返现@whole', '好评399返现@whole', '加我@other']);
    expect(spans(t, phrases.patterns)).toEqual([...spans(t, [whole]), ...spans(t, [other])]);
  });
  it('stops when told to', () => {
    let n = 0;
    forEachPhraseMatch('好评1返现 好评2返现 加我', phrases.patterns, () => ++n === 1);
    expect(n).toBe(1);
  });
});
