/**
 * Metamorphic checks: the evasions of taxonomy.md ("Evasions a detector must see through") applied to every message
 * of the tuned corpora that the engine flags with its labelled kind must keep it flagged with that kind, and the
 * style evasions applied to benign messages must not flag them. Floors sit a little under what is reached, so later
 * rule work may move a message or two without breaking the test; a real regression of a whole family does.
 *
 * Also: every traditional form (OpenCC, an independent converter) of a Han character the rules are written with
 * folds to the same canonical text as the simplified character.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detect, detectThread, normalise } from '../../../lib/detect/index';

const require = createRequire(import.meta.url);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter: (o: { from: string; to: string }) => (s: string) => string };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The sets tuned on (corpus.test.ts): the unseen ones stay unread. */
const TUNED = [1, 2, 3, 4, 6, 7, 8, 9, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 32, 33, 34, 35, 36, 37];

interface Line {
  id: string;
  text: string;
  label: string;
  kind: string | null;
}
const parse = (file: string): Line[] =>
  readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const lines: Line[] = [
  ...parse(path.resolve(root, '../shared/corpus/dev.jsonl')),
  ...TUNED.flatMap((n) => parse(path.resolve(root, `test/corpus/independent-${n}.jsonl`))),
];

/** Kinds found in a text (a multi-line text is a chat thread), each original read once. */
const kindsOf = (t: string): Set<string> => {
  const r = t.includes('\n') ? detectThread(t.split('\n')) : detect(t);
  return new Set(r.findings.map((f) => f.kind));
};
const originalKinds = new Map<string, Set<string>>();
const kindsOfOriginal = (t: string): Set<string> => {
  let k = originalKinds.get(t);
  if (k === undefined) originalKinds.set(t, (k = kindsOf(t)));
  return k;
};

const mapAlnum = (s: string, f: (c: string, x: number) => string): string => s.replace(/[A-Za-z0-9]/g, (c) => f(c, c.charCodeAt(0)));
/** Runs of five or more digits standing alone (not inside links, addresses or handles). */
const digitRuns = (f: (run: string) => string) => (s: string) => s.replace(/(?<![A-Za-z0-9/.:@_-])\d{5,}(?![A-Za-z0-9_])/g, f);
const perDigit = (table: string) => digitRuns((r) => r.replace(/\d/g, (d) => table[+d]!));
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const s2hk = OpenCC.Converter({ from: 'cn', to: 'hk' });

interface Transform {
  apply: (s: string) => string;
  /** least share of flagged inducement that must stay flagged with its kind */
  floor: number;
  /** a style evasion: benign text so written must stay unflagged */
  style?: boolean;
}
/** An e-mail address (spelled out or not) or a crypto address: the QQ transforms leave those messages alone. */
const MAILISH = /@|\.com|bc1|\bdot\b|\bat\b|艾特|点 ?com|com$/i;
/** Cyrillic, Greek and Armenian letters that pass for Latin ones (taxonomy.md's look-alike characters). */
const LOOK_ALIKE: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј', h: 'һ', d: 'ԁ', w: 'ԝ', q: 'ԛ', v: 'ν',
  u: 'ս', n: 'ո', A: 'Α', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'Κ', M: 'М', N: 'Ν', O: 'О', P: 'Р', S: 'Ѕ',
  T: 'Т', X: 'Χ', Y: 'У', Z: 'Ζ',
};
/** Every `every`-th letter that has a look-alike, in each word of Latin letters (handles and addresses included). */
const lookAlikes = (every: number) => (s: string) =>
  s.replace(/(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])/g, (w) => {
    let k = 0;
    return w.replace(/[A-Za-z]/g, (c) => (LOOK_ALIKE[c] !== undefined && k++ % every === 0 ? LOOK_ALIKE[c] : c));
  });
/** Each Latin app name of six letters or more standing alone, as `f` writes it. */
const appNames = (f: (w: string) => string) => (s: string) =>
  s.replace(/(?<![A-Za-z0-9_@.])(?:whatsapp|telegram|instagram|snapchat|facebook|messenger|wechat|paypal|cashapp|revolut|tiktok|discord)(?![A-Za-z0-9_])/gi, f);
const TRANSFORMS: Record<string, Transform> = {
  HOMOGLYPH: { apply: lookAlikes(2), floor: 0.995, style: true },
  HOMOGLYPH_ALL: { apply: lookAlikes(1), floor: 0.995, style: true },
  FW: { apply: (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)), floor: 0.995, style: true },
  BOLD: {
    apply: (s) => mapAlnum(s, (c, x) => String.fromCodePoint(x <= 57 ? 0x1d7ce + x - 48 : x <= 90 ? 0x1d400 + x - 65 : 0x1d41a + x - 97)),
    floor: 0.995,
    style: true,
  },
  CIRCLED: {
    apply: (s) => mapAlnum(s, (c, x) => (x === 48 ? '⓪' : String.fromCodePoint(x <= 57 ? 0x2460 + x - 49 : x <= 90 ? 0x24b6 + x - 65 : 0x24d0 + x - 97))),
    floor: 0.995,
  },
  // (links and hex addresses are left whole: nobody can type them split)
  ZW: { apply: (s) => (/:\/\/|www\.|\.com|0x/i.test(s) ? s : [...s].join('\u200b')), floor: 0.995, style: true },
  SP: { apply: digitRuns((r) => r.split('').join(' ')), floor: 0.99, style: true },
  DOT: { apply: digitRuns((r) => r.split('').join('.')), floor: 0.99, style: true },
  DASH: { apply: digitRuns((r) => r.replace(/(\d{3,4})(?=\d)/g, '$1-')), floor: 0.99 },
  EMOJI: { apply: digitRuns((r) => r.replace(/(\d{3})(?=\d)/g, '$1✨')), floor: 0.99 },
  CN: { apply: perDigit('零一二三四五六七八九'), floor: 0.995, style: true },
  CN_YAO: { apply: perDigit('〇幺二三四五六七八九'), floor: 0.995 },
  CAP: { apply: perDigit('零壹贰叁肆伍陆柒捌玖'), floor: 0.995 },
  MIX: { apply: digitRuns((r) => r.replace(/\d/g, (d, i: number) => (i % 2 ? '零一二三四五六七八九'[+d]! : d))), floor: 0.995 },
  ENW: { apply: digitRuns((r) => r.split('').map((d) => EN[+d]).join(' ')), floor: 0.995, style: true },
  TW: { apply: (s) => s2tw(s), floor: 0.995, style: true },
  HK: { apply: (s) => s2hk(s), floor: 0.995, style: true },
  // (MAILISH: an e-mail address, spelled out or not, or a crypto address)
  // homophones and look-alikes of app names, read inside every rule that names an app (lib/detect/app-names.ts);
  // QQ's skip messages with an e-mail address or a crypto address (qq.com written 扣扣.com is no evasion anyone uses)
  WX: { apply: (s) => s.replace(/微信/g, '薇信'), floor: 0.995 },
  WX2: { apply: (s) => s.replace(/微信/g, 'V信'), floor: 0.995 },
  WX_WEI: { apply: (s) => s.replace(/微信/g, '威信'), floor: 0.995 },
  WX_GREEN: { apply: (s) => s.replace(/微信/g, '绿泡泡'), floor: 0.995 },
  WX_HEART: { apply: (s) => s.replace(/微信/g, '薇❤'), floor: 0.995 },
  QQ: { apply: (s) => (MAILISH.test(s.normalize('NFKC')) ? s : s.replace(/QQ|qq/g, '扣扣')), floor: 0.995 },
  QQ_PENGUIN: { apply: (s) => (MAILISH.test(s.normalize('NFKC')) ? s : s.replace(/QQ|qq/g, '企鹅')), floor: 0.99 },
  ZFB_TRAD: { apply: (s) => s.replace(/支付宝/g, '支付寳'), floor: 0.995 },
  ZFB: { apply: (s) => s.replace(/支付宝/g, 'zfb'), floor: 0.995 },
  // an app's name typed with a slip, its fourth letter left out or masked ("whasapp", "tel*gram")
  SLIP: { apply: appNames((w) => w.slice(0, 3) + w.slice(4)), floor: 0.99, style: true },
  SLIP_STAR: { apply: appNames((w) => `${w.slice(0, 3)}*${w.slice(4)}`), floor: 0.99, style: true },
};

describe('evasions keep inducement flagged with its kind', () => {
  for (const [name, t] of Object.entries(TRANSFORMS)) {
    it(`${name}: kept ≥ ${t.floor}${t.style ? ', no benign message newly flagged' : ''}`, () => {
      let n = 0;
      let kept = 0;
      const lost: string[] = [];
      const flagged: string[] = [];
      for (const l of lines) {
        const x = t.apply(l.text);
        if (x === l.text) continue;
        if (l.label === 'inducement') {
          if (!kindsOfOriginal(l.text).has(l.kind!)) continue;
          n++;
          if (kindsOf(x).has(l.kind!)) kept++;
          else lost.push(l.id);
        } else if (t.style && kindsOfOriginal(l.text).size === 0 && kindsOf(x).size > 0) flagged.push(l.id);
      }
      expect(n).toBeGreaterThan(0);
      expect(kept / n, `${name} lost: ${lost.join(' ')}`).toBeGreaterThanOrEqual(t.floor);
      expect(flagged, `${name}: benign newly flagged`).toEqual([]);
    });
  }
});

/**
 * Traditional forms deliberately not folded to the simplified character: 著 is a simplified character of its own
 * (著名, 显著), not only the traditional 着; 么 is read as a digit only inside spelled numbers (Taiwan writes it for
 * 幺), never folded to 幺 (什么); 帳 folds to 账 (帳號 is 账号), which the rules list beside 帐.
 */
const NOT_FOLDED = new Set(['著→着', '么→幺', '帳→帐']);

describe('traditional forms of the rules’ characters', () => {
  it('fold to the canonical text of the simplified character', () => {
    const han = new Set<string>();
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|json)$/.test(f) && f !== 'chars.ts') for (const ch of readFileSync(p, 'utf8')) if (/\p{Script=Han}/u.test(ch)) han.add(ch);
      }
    };
    walk(path.resolve(root, 'lib/detect'));
    const convs = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    const gaps: string[] = [];
    for (const s of han) {
      for (const c of convs) {
        const t = c(s);
        if (t === s || [...t].length !== 1 || NOT_FOLDED.has(`${t}→${s}`)) continue;
        if (normalise(t).canon !== normalise(s).canon && !gaps.includes(`${t}→${s}`)) gaps.push(`${t}→${s}`);
      }
    }
    expect(han.size).toBeGreaterThan(500);
    expect(gaps).toEqual([]);
  });
});
