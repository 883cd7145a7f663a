/** Literal prefilters: sound on their own (every match contains a required string) and change no result. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detect, detectThread } from '../../../lib/detect/index';
import { patternKey, requiredLiterals, triggerKey } from '../../../lib/detect/prefilter';
import { PHRASES, setPhraseSkipping } from '../../../lib/detect/rule';
import { RULES } from '../../../lib/detect/rules/index';
import { triggerLiterals } from '../../../lib/detect/scan';

function corpus(name: string): string[] {
  const file = path.resolve(__dirname, '../../../../shared/corpus', name);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);
}

describe('requiredLiterals', () => {
  it('lists what every match must contain', () => {
    // the rarest short set: 好友 rather than 加 or the three spellings with 加
    expect(requiredLiterals(/私我|加(?:个|一下)?好友/g)?.sort()).toEqual(['好友', '私我']);
    expect(requiredLiterals(/(?:收款|付款)(?:二维)?码/g)?.sort()).toEqual(['付款', '收款']);
    // lookarounds and \b consume nothing; an optional part needs nothing
    expect(requiredLiterals(/\bdm me\b|留(?:v|vx)(?![a-z])/g)?.sort()).toEqual(['dm me', '留v', '留vx']);
    expect(requiredLiterals(/看(?:我的?)?主页(?:联系方式|简介)?/g)).toEqual(['主页']);
    // a common character alone is a poor filter: multiplied out with what precedes it
    expect(requiredLiterals(/(?:联系|加|找)我/g)?.sort()).toEqual(['加我', '找我', '联系我']);
  });
  it('gives up (null) on what it does not model, never guesses', () => {
    expect(requiredLiterals(/a?|b/g)).toBeNull(); // may match the empty string
    expect(requiredLiterals(/[^x]+/g)).toBeNull();
    expect(requiredLiterals(/(a)\1/g)).toBeNull(); // backreference
    expect(requiredLiterals(/abc/i)).toBeNull(); // case-insensitive
    expect(requiredLiterals(/\s+/g)).toBeNull();
    expect(requiredLiterals(/x*/g)).toBeNull();
  });
  it('is sound on random patterns and texts', () => {
    const atom = fc.constantFrom('a', 'b', 'c', '加', '我', '(?:a|b)', '(?:ab|c)?', '[ab]', '[^a]', '\\d', '\\s', 'a{1,2}', '(?:加|我)+', '.', '\\b', '(?!a)', 'c*', '[a-c]{0,3}?');
    const pattern = fc.array(fc.array(atom, { minLength: 1, maxLength: 5 }).map((a) => a.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '加', '我', '1', ' ', 'x'), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (src, texts) => {
        const re = new RegExp(src, 'g');
        const lits = requiredLiterals(re);
        if (lits === null) return;
        for (const t of texts) {
          re.lastIndex = 0;
          for (let m = re.exec(t); m !== null; m = re.exec(t)) {
            if (m[0].length === 0) {
              re.lastIndex++;
              // a pattern that can match the empty string must not get a prefilter
              expect(lits).toBeNull();
              continue;
            }
            expect(lits.some((l) => m![0].includes(l))).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('precomputed prefilters', () => {
  const file = path.resolve(__dirname, '../../../lib/detect/lexicon/prefilters.json');
  it('lib/detect/lexicon/prefilters.json is requiredLiterals() of every phrase pattern and triggerLiterals() of every rule trigger, nothing else (UPDATE_PREFILTERS=1 remakes it)', () => {
    const want: Record<string, string[] | null> = {};
    for (const p of PHRASES) for (const re of p.patterns) want[patternKey(re)] = requiredLiterals(re);
    for (const rule of RULES) if (rule.trigger) want[triggerKey(rule.trigger)] = triggerLiterals(rule.trigger);
    if (process.env.UPDATE_PREFILTERS) writeFileSync(file, JSON.stringify(want, null, 1) + '\n');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(want);
  });
});

describe('skipping phrase patterns', () => {
  afterEach(() => setPhraseSkipping(true));
  const results = (texts: string[]): string[] => texts.map((t) => JSON.stringify(detect(t)));

  // (12,000 texts read twice, the second time with every phrase pattern run: 10-25 s on two busy cores, past the suite's
  // default timeout when the other test files run beside it)
  it('changes no finding on the corpora', { timeout: 120_000 }, () => {
    const texts = [...corpus('dev.jsonl'), ...corpus('real_reviews.jsonl')];
    const skipped = results(texts);
    setPhraseSkipping(false);
    expect(results(texts)).toEqual(skipped);
  });
  it('changes no finding on mixtures of phrase pieces', () => {
    const piece = fc.constantFrom('加', '我', '微信', '私', '聊', '信', '收款', '码', '扫', '付', '转', '好评', '返现', '群', '进', 'dm', ' me', 'pay', ' directly', 'qr', 'code', '5', '-star', ' review', '，', '。', ' ', 'a', '1', '不走平台', '公众号', '联系', '主页', 'vx', '\n');
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 14 }).map((a) => a.join('')), { minLength: 1, maxLength: 20 }), (texts) => {
        const skipped = results(texts);
        const thread = JSON.stringify(detectThread(texts));
        setPhraseSkipping(false);
        try {
          expect(results(texts)).toEqual(skipped);
          expect(JSON.stringify(detectThread(texts))).toBe(thread);
        } finally {
          setPhraseSkipping(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
