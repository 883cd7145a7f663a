/** Quality gates on the shared corpora (CI has ../shared beside the repo). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseJsonl } from '../../../lib/detect/evaluate';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
function load(name: string) {
  const file = path.resolve(projectRoot, '../shared/corpus', name);
  if (!existsSync(file)) throw new Error(`corpus file missing: ${file} (expected ../shared/corpus beside the repo)`);
  return parseJsonl(readFileSync(file, 'utf8'));
}

/** Sets written apart from the rules (test/corpus/README.md): each was measured once unseen, then used for tuning. */
function loadIndependent(n: number) {
  return parseJsonl(readFileSync(path.resolve(projectRoot, 'test/corpus', `independent-${n}.jsonl`), 'utf8'));
}

/** Precision and recall at least these, with the ids of what went wrong in the failure message. */
function expectQuality(r: ReturnType<typeof evaluate>, precision: number, recall: number, label: string): void {
  const why = `precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)}\nmisses: ${r.misses.map((m) => m.id).join(' ')}\nfalse alarms: ${r.falseAlarms.map((m) => m.id).join(' ')}`;
  console.log(`[${label}] ${why.split('\n')[0]}`);
  expect(r.precision, why).toBeGreaterThanOrEqual(precision);
  expect(r.recall, why).toBeGreaterThanOrEqual(recall);
}

describe('corpus', () => {
  // Tuned against since: these guard what was won, at a margin below the measured values.
  for (const n of [1, 2, 3, 4, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37, 39, 40, 41, 42, 43, 44, 46, 47, 48, 51, 52, 53, 54, 55, 56, 57, 60, 61, 62, 63, 64, 65, 67, 66, 68, 71, 69, 72, 73, 80, 75, 77, 76, 82, 81, 83, 86, 85, 88, 89, 90, 92, 93, 94, 95, 98, 99, 100, 101, 104, 103, 106, 110, 108, 113]) {
    it(`independent-${n}.jsonl: precision ≥ 0.97 and recall ≥ 0.93`, () => {
      expectQuality(evaluate(loadIndependent(n)), 0.97, 0.93, `independent-${n}`);
    });
  }
  // Written from taxonomy.md and design.md only, by a helper: the four kinds that carry no contact detail (contact request,
  // off-platform payment, cashback review, external channel), 30 each, often indirect, in English across regions, with 120
  // near-misses. Measured unseen at 0.966 / 0.475 / 2; tuned in round 94 to 1.000 / 0.917 / 0.
  it('independent-112.jsonl: precision ≥ 0.96 and recall ≥ 0.88', () => {
    expectQuality(evaluate(loadIndependent(112)), 0.96, 0.88, 'independent-112');
  });
  // Never tuned on: measured unseen at 1.000 / 0.917 after round 4, 1.000 / 0.933 now. A guard against losing ground.
  it('independent-5.jsonl: precision ≥ 0.97 and recall ≥ 0.88', () => {
    expectQuality(evaluate(loadIndependent(5)), 0.97, 0.88, 'independent-5');
  });
  // Measured unseen at 0.982 / 0.925 after round 6, and the same after round 7 (which tuned on set 9).
  it('independent-10.jsonl: precision ≥ 0.96 and recall ≥ 0.9', () => {
    expectQuality(evaluate(loadIndependent(10)), 0.96, 0.9, 'independent-10');
  });
  // Measured unseen at 0.983 / 0.950 after round 7; never tuned on.
  it('independent-11.jsonl: precision ≥ 0.96 and recall ≥ 0.92', () => {
    expectQuality(evaluate(loadIndependent(11)), 0.96, 0.92, 'independent-11');
  });
  // Measured unseen after round 13: 0.991 / 0.958 / 1 false alarm.
  it('independent-18.jsonl: precision ≥ 0.96 and recall ≥ 0.92', () => {
    expectQuality(evaluate(loadIndependent(18)), 0.96, 0.92, 'independent-18');
  });

  // Written from taxonomy.md and design.md only, as a realistic average of traffic (not a stress test of one style).
  // Measured unseen after round 23, and again after rounds 24-25, the evasion and the thread work: 1.000 / 0.975 / 0.
  it('independent-31.jsonl: precision ≥ 0.97 and recall ≥ 0.95', () => {
    expectQuality(evaluate(loadIndependent(31)), 0.97, 0.95, 'independent-31');
  });

  // Written from taxonomy.md and design.md only, as a realistic average of a month, no single theme.
  // Measured unseen at the end of the sixth session, after round 31: 0.991 / 0.958 / 1. Never tuned on.
  it('independent-38.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(38)), 0.97, 0.93, 'independent-38');
  });

  // Written from taxonomy.md and design.md only: crafts, instruments, cameras, plants, weddings, game accounts and
  // supplements, zh, zh-Hant and en. Measured unseen at the start of the tenth session (after round 36): 0.991 / 0.967 / 1;
  // after round 37 (sets 43 and 44), still unseen: the same. Never tuned on.
  it('independent-45.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(45)), 0.97, 0.93, 'independent-45');
  });

  // Written from taxonomy.md and design.md only: a month of traffic with half the inducement evasive, like set 48.
  // Measured unseen after rounds 38 and 39: 1.000 / 0.933 / 0 (0.991 / 0.925 / 1 with round 37's code); after round 40
  // (set 48), still unseen: 1.000 / 0.942 / 0. Never tuned on.
  it('independent-49.jsonl: precision ≥ 0.97 and recall ≥ 0.9', () => {
    expectQuality(evaluate(loadIndependent(49)), 0.97, 0.9, 'independent-49');
  });

  // Written from taxonomy.md and design.md only, at the end of the tenth session: a realistic month, about a third of
  // the inducement evasive. Measured unseen after round 40 and the payment links: 1.000 / 0.967 / 0. Never tuned on.
  it('independent-50.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(50)), 0.97, 0.93, 'independent-50');
  });

  // Written from taxonomy.md and design.md only, after rounds 44–46 were merged: second-hand goods, rentals and services
  // between private people (haggling, meet-ups), 25 % traditional Chinese, 35 % English. Measured unseen at
  // 1.000 / 0.933 / 0. Never tuned on.
  it('independent-58.jsonl: precision ≥ 0.97 and recall ≥ 0.9', () => {
    expectQuality(evaluate(loadIndependent(58)), 0.97, 0.9, 'independent-58');
  });
  // Written from taxonomy.md and design.md only, after rounds 44–47 were merged: a realistic week by a new hand (Chinese
  // and overseas platforms, every kind of writer). Measured unseen at 0.992 / 0.975 / 1. Never tuned on.
  it('independent-59.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(59)), 0.97, 0.93, 'independent-59');
  });
  // Written from taxonomy.md and design.md only, at the start of the fifteenth session: a realistic week across Chinese
  // and overseas platforms by a new hand, 25 % English, 15 % traditional Chinese. Measured unseen at 0.991 / 0.958 / 1.
  // Never tuned on.
  it('independent-70.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(70)), 0.97, 0.93, 'independent-70');
  });
  // Written from taxonomy.md and design.md only, at the end of the fifteenth session (after rounds 57-61): a realistic
  // fortnight across Chinese and overseas platforms, 25 % English, 15 % traditional Chinese. Measured unseen at
  // 0.991 / 0.942 / 1. Never tuned on.
  it('independent-74.jsonl: precision ≥ 0.97 and recall ≥ 0.9', () => {
    expectQuality(evaluate(loadIndependent(74)), 0.97, 0.9, 'independent-74');
  });
  // Written from taxonomy.md and design.md only, at the start of the sixteenth session (before rounds 63-65): a realistic
  // month across Chinese and overseas platforms, about a quarter of the inducement evasive, 27 % English. Measured unseen
  // at 0.975 / 0.983 / 3. Never tuned on.
  it('independent-78.jsonl: precision ≥ 0.96 and recall ≥ 0.95', () => {
    expectQuality(evaluate(loadIndependent(78)), 0.96, 0.95, 'independent-78');
  });
  // Written from taxonomy.md and design.md only, in the sixteenth session while rounds 63-65 ran (which never saw it): a
  // realistic fortnight across Chinese and overseas platforms, 26 % English, 15 % traditional Chinese. Measured unseen at
  // 0.966 / 0.933 / 4. Never tuned on.
  it('independent-79.jsonl: precision ≥ 0.95 and recall ≥ 0.9', () => {
    expectQuality(evaluate(loadIndependent(79)), 0.95, 0.9, 'independent-79');
  });
  // Written from taxonomy.md and design.md only, at the start of the seventeenth session (before rounds 70-77): a
  // realistic fortnight across Chinese and overseas platforms, 27 % English, 16 % traditional Chinese. Measured unseen at
  // 0.991 / 0.958 / 1. Never tuned on.
  it('independent-84.jsonl: precision ≥ 0.97 and recall ≥ 0.93', () => {
    expectQuality(evaluate(loadIndependent(84)), 0.97, 0.93, 'independent-84');
  });
  // Written from taxonomy.md and design.md only, in the seventeenth session after rounds 70-72 (which never saw it): a
  // realistic English marketplace week (eBay, Etsy, Facebook Marketplace, Depop, Vinted…), 81 % English. Measured unseen at
  // 0.991 / 0.900 / 1. Never tuned on.
  it('independent-87.jsonl: precision ≥ 0.97 and recall ≥ 0.88', () => {
    expectQuality(evaluate(loadIndependent(87)), 0.97, 0.88, 'independent-87');
  });
  // Written from taxonomy.md and design.md only, at the start of the eighteenth session (before rounds 79-81): a
  // realistic English marketplace fortnight (eBay, Etsy, Depop, Vinted, Facebook Marketplace, Carousell, Shopee…), 82 %
  // English, the rest mixed with Malay, Tagalog, Spanish or Chinese words. Measured unseen at 0.990 / 0.858 / 1. Never
  // tuned on.
  it('independent-91.jsonl: precision ≥ 0.97 and recall ≥ 0.83', () => {
    expectQuality(evaluate(loadIndependent(91)), 0.97, 0.83, 'independent-91');
  });
  // Written from taxonomy.md and design.md only, in the eighteenth session after rounds 79-83 (before round 84): a
  // realistic fortnight across Chinese and overseas platforms, 45 % English, 15 % traditional Chinese. Measured unseen at
  // 0.983 / 0.950 / 2. Never tuned on.
  it('independent-96.jsonl: precision ≥ 0.96 and recall ≥ 0.92', () => {
    expectQuality(evaluate(loadIndependent(96)), 0.96, 0.92, 'independent-96');
  });
  // Written from taxonomy.md and design.md only, at the start of the nineteenth session (after round 84): a realistic
  // English fortnight on US, UK and Australian resale apps (Depop, Vinted, Poshmark, Mercari, OfferUp, Craigslist,
  // Gumtree, Carousell, eBay, Etsy, Grailed), 90 % English, texted casually. Measured unseen at 0.991 / 0.875 / 1. Never
  // tuned on.
  it('independent-97.jsonl: precision ≥ 0.97 and recall ≥ 0.85', () => {
    expectQuality(evaluate(loadIndependent(97)), 0.97, 0.85, 'independent-97');
  });
  // Written from taxonomy.md and design.md only, in the nineteenth session after rounds 85-88: a realistic fortnight of
  // ordinary shopping traffic across Chinese and overseas sites, 40 % English, the rest Chinese (a fifth of it
  // traditional) and mixed. Measured unseen at 1.000 / 0.983 / 0. Never tuned on.
  it('independent-102.jsonl: precision ≥ 0.97 and recall ≥ 0.95', () => {
    expectQuality(evaluate(loadIndependent(102)), 0.97, 0.95, 'independent-102');
  });
  // Written from taxonomy.md and design.md only, at the start of the twentieth session: a realistic English fortnight
  // across English-speaking regions and marketplaces. Measured unseen at 1.000 / 0.817 / 0, and 1.000 / 0.833 / 0 after
  // the session's rounds (89-91) and engine changes. Never tuned on.
  it('independent-105.jsonl: precision ≥ 0.97 and recall ≥ 0.8', () => {
    expectQuality(evaluate(loadIndependent(105)), 0.97, 0.8, 'independent-105');
  });
  // Written from taxonomy.md and design.md only, at the end of the twentieth session: a realistic fortnight on a
  // cross-border platform, 45 % English. Measured unseen at 1.000 / 0.975 / 0 (the same with the session's start).
  it('independent-107.jsonl: precision ≥ 0.97 and recall ≥ 0.95', () => {
    expectQuality(evaluate(loadIndependent(107)), 0.97, 0.95, 'independent-107');
  });
  // Written from taxonomy.md and design.md only, at the start of the twenty-first session: a realistic English month of
  // live-stream selling and the DMs after it (TikTok Shop LIVE, Whatnot, Instagram, YouTube, Shopee and Lazada live,
  // Amazon Live). Measured unseen at 0.971 / 0.850 / 3 with the session's starting code. Never tuned on.
  it('independent-109.jsonl: precision ≥ 0.96 and recall ≥ 0.82', () => {
    expectQuality(evaluate(loadIndependent(109)), 0.96, 0.82, 'independent-109');
  });
  // Written from taxonomy.md and design.md only, in the twenty-first session while its rounds ran: a realistic fortnight of a
  // moderator's queue of English shopping text from every region (reviews, Q&A, seller messages, live comments, product
  // pages), a fifth of it mixed with another language. Measured unseen at 0.980 / 0.825 / 2 with the session's starting
  // code. Never tuned on.
  it('independent-111.jsonl: precision ≥ 0.96 and recall ≥ 0.8', () => {
    expectQuality(evaluate(loadIndependent(111)), 0.96, 0.8, 'independent-111');
  });
  // Written from taxonomy.md and design.md only, in the twenty-first session after round 94, to the same design as set 112
  // (the four kinds that carry no contact detail, 30 each, often indirect): measured unseen at 0.970 / 0.542 / 2 with the
  // session's starting code and 0.973 / 0.608 / 2 after rounds 92-94. Never tuned on: it measures how far round 94's families
  // reach beyond the set they were written from.
  it('independent-114.jsonl: precision ≥ 0.96 and recall ≥ 0.58', () => {
    expectQuality(evaluate(loadIndependent(114)), 0.96, 0.58, 'independent-114');
  });

  // Written in the twenty-fourth session by helpers from taxonomy.md only, each measured unseen before any rule work on it, then
  // tuned on in turn (sets 115-120): 115 and 116, the four kinds with no contact detail in Chinese (115) and in English and
  // other languages (116), 64 asks and 36 near-misses each, unseen 0.978 / 0.703 / 1 and 0.923 / 0.563 / 3; 117 and 118,
  // 80 asks of every kind and 40 near-misses in Chinese (117) and English (118), unseen 1.000 / 0.863 / 0 and 1.000 / 0.713 / 0
  // with the session's starting code (1.000 / 0.863 / 0 and 1.000 / 0.725 / 0 after its first round); 119 and 120, the four
  // kinds, 20 each, and 40 near-misses in Chinese (119) and English (120), unseen 0.980 / 0.600 / 1 and 1.000 / 0.588 / 0 at
  // the start, 0.981 / 0.637 / 1 and 1.000 / 0.600 / 0 after two rounds.
  for (const [n, precision, recall] of [[115, 0.97, 0.93], [116, 0.97, 0.87], [117, 0.97, 0.88], [118, 0.97, 0.83], [119, 0.96, 0.87], [120, 0.97, 0.83]] as const) {
    it(`independent-${n}.jsonl: precision ≥ ${precision} and recall ≥ ${recall}`, () => {
      expectQuality(evaluate(loadIndependent(n)), precision, recall, `independent-${n}`);
    });
  }
  // Written in the twenty-fourth session by a helper from taxonomy.md only, after sets 115-120: the four kinds with no contact
  // detail, 25 each, half Chinese and half English, and 60 near-misses. Measured unseen at 1.000 / 0.640 / 0 with the
  // session's starting code and again after its second and third rounds, unchanged. Never tuned on: it measures how far the
  // rounds' forms reach beyond the sets they were written from.
  it('independent-121.jsonl: precision ≥ 0.96 and recall ≥ 0.6', () => {
    expectQuality(evaluate(loadIndependent(121)), 0.96, 0.6, 'independent-121');
  });

  it('dev.jsonl: precision ≥ 0.98 and recall ≥ 0.95', () => {
    expectQuality(evaluate(load('dev.jsonl')), 0.98, 0.95, 'dev');
  });
  it('real_reviews.jsonl: false-alarm rate ≤ 0.5%', () => {
    const r = evaluate(load('real_reviews.jsonl'));
    console.log(`[real_reviews] false alarms ${r.falsePositives}/${r.negatives} = ${(r.falseAlarmRate * 100).toFixed(3)}%, recall ${r.recall.toFixed(3)}`);
    expect(r.falseAlarmRate, r.falseAlarms.map((m) => m.id).join(' ')).toBeLessThanOrEqual(0.005);
  }, 60_000);
});
