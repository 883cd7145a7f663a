/**
 * Normalisation: one canonical text per input plus a map back to the original
 * UTF-16 offsets, so rules match on the canonical form and findings still point
 * at exactly the characters the user saw.
 *
 * Canonical form: NFKC (width, circled, mathematical letters), lower case,
 * traditional → simplified for keyword characters, hearts folded to one, format
 * characters (zero-width, variation selectors, keycaps) dropped, Chinese numeral
 * runs and English number-word runs turned into digits.
 */
import { CANON_HEART, CN_DIGITS, CN_DIGITS_WEAK, EN_DIGITS, HEARTS, TRADITIONAL_PAIRS, extraFold } from './lexicon/chars';

export interface Normalised {
  /** The original text. */
  readonly text: string;
  /** The canonical text rules match on. */
  readonly canon: string;
  /** For canonical UTF-16 unit i: original start offset. */
  readonly startOf: Int32Array;
  /** For canonical UTF-16 unit i: original end offset (exclusive). */
  readonly endOf: Int32Array;
}

const TRAD = new Map<string, string>();
for (const pair of TRADITIONAL_PAIRS.split(' ')) {
  if (pair.length === 2) TRAD.set(pair[0]!, pair[1]!);
}
const HEART_SET = new Set<number>();
for (const ch of HEARTS) HEART_SET.add(ch.codePointAt(0)!);

function isFormat(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x20e3 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0000 && cp <= 0xe01ef)
  );
}

/** Per-code-point fold, cached: most pages reuse a small alphabet. */
const foldCache = new Map<number, string>();
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (isFormat(cp)) out = '';
  else if (HEART_SET.has(cp)) out = CANON_HEART;
  else {
    const extra = extraFold(cp);
    if (extra !== undefined) out = extra;
    else {
      const ch = String.fromCodePoint(cp);
      // CJK ideographs are stable under NFKC apart from the compatibility block; skip the call for speed.
      const nf = cp >= 0x4e00 && cp <= 0x9fff ? ch : ch.normalize('NFKC').toLowerCase();
      let t = '';
      for (const c of nf) {
        const c2 = TRAD.get(c) ?? c;
        const cp2 = c2.codePointAt(0)!;
        if (isFormat(cp2)) continue;
        t += HEART_SET.has(cp2) ? CANON_HEART : c2;
      }
      out = t;
    }
  }
  if (foldCache.size < 20_000) foldCache.set(cp, out);
  return out;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Separator allowed inside a numeral run (spaces and light punctuation). */
function isRunGap(c: string): boolean {
  return c === ' ' || c === '-' || c === '.' || c === '·';
}

/**
 * Chinese numerals → digits, only inside runs that look like a digit sequence:
 * at least 4 digit-like characters, or 3 when the run stands alone (not inside a
 * longer Chinese phrase). Run members may be separated by spaces/dashes.
 */
function convertChineseNumerals(chars: string[]): void {
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const c = chars[i]!;
    if (CN_DIGITS[c] === undefined || CN_DIGITS_WEAK.includes(c) && c !== '幺' && c !== '两') {
      i++;
      continue;
    }
    // extend run: numerals, ascii digits, single gaps between them
    let j = i;
    let count = 0;
    let numerals = 0;
    let last = i;
    while (j < n) {
      const d = chars[j]!;
      if (CN_DIGITS[d] !== undefined) {
        count++;
        numerals++;
        last = j;
        j++;
      } else if (d.length === 1 && isAsciiDigit(d.charCodeAt(0))) {
        count++;
        last = j;
        j++;
      } else if (isRunGap(d) && j + 1 < n && (CN_DIGITS[chars[j + 1]!] !== undefined || isAsciiDigit(chars[j + 1]!.charCodeAt(0)))) {
        j++;
      } else break;
    }
    // also count ascii digits directly before the run (mixed "1三8…")
    let k = i;
    while (k > 0 && chars[k - 1]!.length === 1 && isAsciiDigit(chars[k - 1]!.charCodeAt(0))) {
      k--;
      count++;
    }
    const before = k > 0 ? chars[k - 1]! : '';
    const after = last + 1 < n ? chars[last + 1]! : '';
    const standalone = !isCjkChar(before) && !isCjkChar(after);
    if (numerals > 0 && (count >= 5 || (count >= 4 && !(before === '第')) || (count >= 3 && standalone))) {
      for (let p = i; p <= last; p++) {
        const v = CN_DIGITS[chars[p]!];
        if (v !== undefined) chars[p] = v;
      }
    }
    i = last + 1;
  }
}

function isCjkChar(c: string): boolean {
  if (c.length !== 1) return false;
  const x = c.charCodeAt(0);
  return x >= 0x3400 && x <= 0x9fff;
}

const EN_WORD_RUN =
  /\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b(?:[\s,.-]{1,3}\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b){2,40}/g;
const EN_ANY = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine)\b/;

/** Per-BMP-code-unit cache of single-unit folds: 0 = unknown, 0xffff = not a single unit. */
const FOLD16 = new Uint16Array(65536);
const DROP = 0xfffe;
const MULTI = 0xffff;
const NUMERAL_RE = /[〇零一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖貳參陸兩洞拐勾]/;

const UTF16 = new TextDecoder('utf-16le');
function shortString(codes: Uint16Array, len: number): string {
  let out = '';
  for (let p = 0; p < len; p++) out += String.fromCharCode(codes[p]!);
  return out;
}

/** Normalise `text`. Linear in the length of the input. */
/**
 * Recent results, by text. A chat message is read on its own and then again
 * in each thread window it belongs to (five windows): the same short text is
 * normalised once. Results are immutable, so sharing them is safe.
 */
const MEMO_MAX = 512;
const MEMO_TEXT_MAX = 2_000;
const memo = new Map<string, Normalised>();

export function normalise(text: string): Normalised {
  if (text.length > MEMO_TEXT_MAX) return normaliseNow(text);
  const hit = memo.get(text);
  if (hit) return hit;
  const made = normaliseNow(text);
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value as string);
  memo.set(text, made);
  return made;
}

function normaliseNow(text: string): Normalised {
  const n = text.length;
  let cap = n + 16;
  let codes = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  const grow = (need: number): void => {
    if (len + need <= cap) return;
    cap = Math.max(cap * 2, len + need + 16);
    const c2 = new Uint16Array(cap);
    c2.set(codes);
    codes = c2;
    const s2 = new Int32Array(cap);
    s2.set(starts);
    starts = s2;
    const e2 = new Int32Array(cap);
    e2.set(ends);
    ends = e2;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      codes[len] = c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 13 ? 32 : c;
      starts[len] = i;
      ends[len] = i + 1;
      len++;
      i++;
      continue;
    }
    if (c < 0xd800 || c > 0xdfff) {
      let f = FOLD16[c]!;
      if (f === 0) {
        const folded = foldCodePoint(c);
        f = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MULTI;
        FOLD16[c] = f;
      }
      if (f === DROP) {
        i++;
        continue;
      }
      if (f !== MULTI) {
        codes[len] = f;
        starts[len] = i;
        ends[len] = i + 1;
        len++;
        i++;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    const cl = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    grow(folded.length + 1);
    for (let u = 0; u < folded.length; u++) {
      codes[len] = folded.charCodeAt(u);
      starts[len] = i;
      ends[len] = i + cl;
      len++;
    }
    i += cl;
  }
  let canon = len < 64 ? shortString(codes, len) : UTF16.decode(codes.subarray(0, len));
  let startOf: Int32Array = starts.subarray(0, len);
  let endOf: Int32Array = ends.subarray(0, len);
  if (NUMERAL_RE.test(canon)) {
    const chars = canon.split('');
    convertChineseNumerals(chars);
    canon = chars.join('');
  }
  if (EN_ANY.test(canon)) {
    ({ canon, startOf, endOf } = convertEnglishNumberWords(canon, startOf, endOf));
  }
  return { text, canon, startOf, endOf };
}

function convertEnglishNumberWords(
  canon: string,
  startOf: Int32Array,
  endOf: Int32Array,
): { canon: string; startOf: Int32Array; endOf: Int32Array } {
  let out = '';
  const s: number[] = [];
  const e: number[] = [];
  let last = 0;
  const copy = (from: number, to: number): void => {
    out += canon.slice(from, to);
    for (let p = from; p < to; p++) {
      s.push(startOf[p]!);
      e.push(endOf[p]!);
    }
  };
  EN_WORD_RUN.lastIndex = 0;
  for (let m = EN_WORD_RUN.exec(canon); m !== null; m = EN_WORD_RUN.exec(canon)) {
    copy(last, m.index);
    const word = /[a-z]+/g;
    const run = m[0];
    for (let w = word.exec(run); w !== null; w = word.exec(run)) {
      out += EN_DIGITS[w[0]] ?? '';
      const a = m.index + w.index;
      s.push(startOf[a]!);
      e.push(endOf[a + w[0].length - 1]!);
    }
    last = m.index + run.length;
  }
  copy(last, canon.length);
  return { canon: out, startOf: Int32Array.from(s), endOf: Int32Array.from(e) };
}

/** Map a canonical span [a, b) back to original offsets. */
export function toOriginal(norm: Normalised, a: number, b: number): { start: number; end: number } {
  if (norm.canon.length === 0) return { start: 0, end: 0 };
  const aa = Math.min(Math.max(a, 0), norm.canon.length - 1);
  const bb = Math.min(Math.max(b, aa + 1), norm.canon.length);
  return { start: norm.startOf[aa]!, end: norm.endOf[bb - 1]! };
}
