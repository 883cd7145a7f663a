/**
 * Normalisation: one canonical text per input plus a map back to the original
 * UTF-16 offsets, so rules match on the canonical form and findings still point
 * at exactly the characters the user saw.
 *
 * Canonical form: NFKC (width, circled, mathematical letters), lower case,
 * traditional → simplified for keyword characters (and a few Cantonese words → Mandarin), hearts folded to one, format
 * characters (zero-width, variation selectors, keycaps) dropped, Chinese numeral
 * runs and English number-word runs turned into digits, Cyrillic, Greek, Armenian and Cherokee look-alikes of Latin
 * letters read as Latin inside Latin words.
 */
import { WECHAT_ALT } from './app-names';
import { CANON_HEART, CANTONESE_PAIRS, CN_DIGITS, CN_DIGITS_WEAK, EN_DIGITS, EN_ZERO_WORDS, HEARTS, HEART_NAME_STEMS, HOMOGLYPH_PAIRS, LEET_DIGITS, LEET_NAMES, LEET_WORDS, TRADITIONAL_PAIRS, extraFold, SPELLED_WORDS, HYPHEN_SPELLED, LEET_SYMBOLS, LEET_SYMBOL_WORDS, LINK_HOSTS, WALLET_SCHEMES, WEB_TLDS, SIGN_WORDS, LINK_TLDS, STAR_BEFORE, KUAN_AFTER, MA_AFTER, INITIALLED_WORDS, TEXTSPEAK_YOUR, TEXTSPEAK_YOUR_BEFORE, SPLIT_NAME_NOT, SPLIT_CHARS, TYPO_NAMES, TYPO_NOT } from './lexicon/chars';

export interface Normalised {
  /** The original text. */
  readonly text: string;
  /** The canonical text rules match on. */
  readonly canon: string;
  /** For canonical UTF-16 unit i: original start offset. */
  readonly startOf: Int32Array;
  /** For canonical UTF-16 unit i: original end offset (exclusive). */
  readonly endOf: Int32Array;
  /** A slot for what a reader of this text derives from it once (the engine's findings); normalise leaves it alone. */
  derived?: unknown;
}

const TRAD = new Map<string, string>();
for (const pair of `${TRADITIONAL_PAIRS} ${CANTONESE_PAIRS}`.split(' ')) {
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

/** Original character → the ASCII letter or digit it passes for (lexicon HOMOGLYPH_PAIRS). */
const LOOK_ALIKE = new Uint8Array(65536);
for (const pair of HOMOGLYPH_PAIRS.split(' ')) if (pair.length === 2) LOOK_ALIKE[pair.charCodeAt(0)] = pair.charCodeAt(1);
/** Canonical (lower-cased) units of the scripts the look-alikes come from: Greek, Cyrillic, Armenian, Cherokee. */
function isForeignScript(c: number): boolean {
  return (c >= 0x370 && c < 0x590) || (c >= 0x13a0 && c < 0x1400) || (c >= 0xab70 && c < 0xabc0);
}
const LOOK_ALIKE_SEEN = /[\u0370-\u058f\u13a0-\u13ff\uab70-\uabbf]/;

/**
 * Letters of other scripts written for Latin ones ("pаy" with Cyrillic а, "Wһatsapp", "加 νх"), read as the Latin
 * letter: in a word that also has ASCII letters or digits, and in a whole word of look-alikes when the text has no
 * other letter of those scripts and has Latin or Chinese words. A Russian or Greek text keeps every letter
 * ("пароль", "это сор", "ΚΑΙ", "ТЕКСТ ОК"): it has letters with no Latin twin, or nothing but its own script. In place, one unit for one unit; `original(p)` is unit p's character as written, whose
 * case decides (Н is H, н is nothing); `cased` keeps a capital's case (the cased text). Returns whether anything
 * changed.
 */
function readLookAlikes(codes: Uint16Array | number[], n: number, original: (p: number) => number, cased: boolean): boolean {
  const isLetterUnit = (c: number): boolean => isAlnum(c) || (c >= 65 && c <= 90) || isForeignScript(c);
  let genuine = false;
  let beside = false;
  for (let p = 0; p < n && !genuine; p++) {
    const c = codes[p]!;
    if (isForeignScript(c)) genuine = LOOK_ALIKE[original(p)] === 0 && /\p{L}/u.test(String.fromCharCode(c));
    else beside ||= isAsciiLetter(c | 32) || isCjkUnit(c);
  }
  /** whole words of look-alikes read as Latin too: among Latin or Chinese text, with no other letter of their script */
  const wholeWords = !genuine && beside;
  let changed = false;
  let i = 0;
  while (i < n) {
    if (!isLetterUnit(codes[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let latin = false;
    let foreign = false;
    for (; j < n && isLetterUnit(codes[j]!); j++) {
      if (isForeignScript(codes[j]!)) foreign = true;
      else latin = true;
    }
    if (foreign && (latin || wholeWords)) {
      for (let p = i; p < j; p++) {
        if (!isForeignScript(codes[p]!)) continue;
        const o = original(p);
        const to = LOOK_ALIKE[o]!;
        if (to === 0) continue;
        const capital = cased && String.fromCharCode(o).toLowerCase() !== String.fromCharCode(o);
        codes[p] = capital && to >= 97 ? to - 32 : to;
        changed = true;
      }
    }
    i = j;
  }
  return changed;
}

/** Separator allowed inside a numeral run (spaces and light punctuation). */
function isRunGap(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 0xb7;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isCjkUnit(x: number): boolean {
  return x >= 0x3400 && x <= 0x9fff;
}

function isDigitLike(c: number): boolean {
  return CN_DIGIT_OF[c] !== 0 || isAsciiDigit(c);
}

/** The list commas 、 and ，(already ',' in the canonical text): a number read aloud in groups is often typed with them. */
function isListGap(c: number): boolean {
  return c === 0x3001 || c === 44;
}

/** `min` to four digit-like units from p, then no more. */
function digitGroupAhead(codes: Uint16Array, p: number, n: number, min: number): boolean {
  let k = p;
  while (k < n && k - p < 5 && isDigitLike(codes[k]!)) k++;
  return k - p >= min && k - p <= 4;
}

/** Canonical code unit → its digit's char code, for the Chinese numerals (0 = not a numeral). */
const CN_DIGIT_OF = new Uint8Array(65536);
for (const [ch, d] of Object.entries(CN_DIGITS)) CN_DIGIT_OF[ch.charCodeAt(0)] = d.charCodeAt(0);
/** The lowest numeral (〇): ASCII text never reads the table. */
const CN_DIGIT_MIN = Math.min(...Object.keys(CN_DIGITS).map((ch) => ch.charCodeAt(0)));
/** Weak numerals that cannot start a run ('幺' and '两' can; '么' as below). */
const WEAK_START = new Uint8Array(65536);
for (const ch of CN_DIGITS_WEAK) if (ch !== '幺' && ch !== '两') WEAK_START[ch.charCodeAt(0)] = 1;
/**
 * 么 is Taiwan's way to write 幺 (one, read yāo) in a number, and 参 (參) is the financial three there; both are
 * ordinary words too (什么, 这么, 好么; 参加, 参考). 么 starts a run only right before another Chinese numeral and not
 * after the characters that make words with it; neither ends a run, except 么 after other Chinese numerals
 * ("…六七三 二五么": 么 as a question particle follows digits, "8888么", not a spelled number).
 */
const YAO_TW = 0x4e48; // 么
const CAN_3 = 0x53c2; // 参
const YAO_WORD_HEADS = new Set([...'什怎这那多要为干甚是好对行来去吗'].map((c) => c.charCodeAt(0)));
function yaoStarts(codes: Uint16Array, i: number, n: number): boolean {
  if (i + 1 >= n || CN_DIGIT_OF[codes[i + 1]!] === 0) return false;
  return i === 0 || !YAO_WORD_HEADS.has(codes[i - 1]!);
}

/**
 * Chinese numerals → digits, only inside runs that look like a digit sequence:
 * at least 4 digit-like characters, or 3 when the run stands alone (not inside a
 * longer Chinese phrase). Run members may be separated by spaces/dashes.
 * Works in place on canonical code units; one unit stays one unit, so the offset map holds.
 * Returns whether anything changed.
 */
function convertChineseNumerals(codes: Uint16Array, n: number): boolean {
  let changed = false;
  let i = 0;
  while (i < n) {
    const c = codes[i]!;
    if (CN_DIGIT_OF[c] === 0 || (WEAK_START[c] === 1 && !(c === YAO_TW && yaoStarts(codes, i, n)))) {
      i++;
      continue;
    }
    // extend run: numerals, ascii digits, single gaps between them
    let j = i;
    let count = 0;
    let numerals = 0;
    /** Chinese numerals other than 么 and 参 */
    let plain = 0;
    let last = i;
    /** digit-like units since the last gap */
    let group = 0;
    while (j < n) {
      const d = codes[j]!;
      if (CN_DIGIT_OF[d] !== 0) {
        count++;
        numerals++;
        if (d !== YAO_TW && d !== CAN_3) plain++;
        group++;
        last = j;
        j++;
      } else if (isAsciiDigit(d)) {
        count++;
        group++;
        last = j;
        j++;
      } else if (isRunGap(d) && j + 1 < n && isDigitLike(codes[j + 1]!)) {
        group = 0;
        j++;
      } else if (isListGap(d) && group >= 3 && group <= 4 && digitGroupAhead(codes, j + 1, n, d === 44 ? 4 : 3)) {
        // "幺三八、零二六七、四五九一": groups of three or four split by list commas (never "一、二、三");
        // after a comma the group has four, so thousands ("三,000") stay apart
        group = 0;
        j++;
      } else break;
    }
    // (a run does not end on 参, nor on 么 without other Chinese numerals)
    while (last > i && (codes[last] === CAN_3 || (codes[last] === YAO_TW && plain === 0))) {
      count--;
      numerals--;
      last--;
      while (last > i && !isDigitLike(codes[last]!)) last--;
    }
    // also count ascii digits directly before the run (mixed "1三8…")
    let k = i;
    while (k > 0 && isAsciiDigit(codes[k - 1]!)) {
      k--;
      count++;
    }
    const after = last + 1 < n ? codes[last + 1]! : -1;
    // and single digits spaced out before it, as a number is dictated ("zhangwei 8 8 1 二 at…"): each digit alone
    // between spaces, and no word glued after the run, so a date, a size or a list before a word ("2024-01-12 二手",
    // "1 2 3 二手") stays apart
    if (k === i && !isCjkUnit(after)) {
      while (k >= 2 && codes[k - 1] === 32 && isAsciiDigit(codes[k - 2]!) && (k === 2 || !isAlnum(codes[k - 3]!))) {
        k -= 2;
        count++;
      }
    }
    const before = k > 0 ? codes[k - 1]! : -1;
    // (three numerals before a web address's 点 and its letters stand alone too: a domain dictated, 幺二六点com; 三点 with
    // no letters after it is a time of day)
    const domainDot = after === 0x70b9 /* 点 */ && last + 2 < n && isAsciiLetter(codes[last + 2]!);
    const standalone = !isCjkUnit(before) && (!isCjkUnit(after) || domainDot);
    if (numerals > 0 && (count >= 5 || (count >= 4 && before !== 0x7b2c /* 第 */) || (count >= 3 && standalone))) {
      for (let p = i; p <= last; p++) {
        const v = CN_DIGIT_OF[codes[p]!]!;
        if (v !== 0) {
          codes[p] = v;
          changed = true;
        }
      }
    }
    i = last + 1;
  }
  return changed;
}

const HEAVY_PLUS = 0x2795; // ➕
const JIA = 0x52a0; // 加
/**
 * Units people put between the characters of a word to dodge filters (spaces,
 * dots, dashes, symbols, emoji halves), as a table. Filled from the list and
 * ranges, not by testing all 65,536 units: that loop ran while the content
 * script loads, in its first task.
 */
const GAP = new Uint8Array(65536);
for (const c of [32, 46, 45, 95, 42, 47, 124, 126, 0xb7, 0x2022, 0x2027, 0x30fb, 0x2665]) GAP[c] = 1;
GAP.fill(1, 0x2190, 0x2c00); // arrows, symbols, dingbats
GAP.fill(1, 0xd800, 0xe000); // surrogates: emoji and other astral symbols
export function isGapUnit(c: number): boolean {
  return GAP[c] === 1;
}
/** Dots that spell out an abbreviation letter by letter (z.f.b, v·x). */
function isDotGap(c: number): boolean {
  return c === 46 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 0x30fb;
}
function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c);
}
/** A spelled-out letter ends here: not more of a word or a handle ("f&f", "a.b", "x_1", "a@"). */
function isTokenEnd(c: number): boolean {
  return !isAlnum(c) && c !== 38 && c !== 64 && c !== 46 && c !== 95 && c !== 45 && c !== 39;
}
/** Longest gap (in code units) between two spelled-out characters: " 🌸 " is four. */
const GAP_MAX = 4;

/**
 * Cheap look-behind while folding, so the gap pass runs only when it can drop
 * something. Called with the unit about to be written at `len`.
 * Returns 1 when a drop is possible, 2 when it is possible if the next unit is
 * not a Chinese character (the right-hand character stands alone), else 0.
 */
function gapHint(codes: Uint16Array, len: number, f: number): number {
  if (isAsciiLetter(f)) {
    if (len < 2 || !isAsciiLetter(codes[len - 2]!)) return 0;
    const p = codes[len - 1]!;
    // "z.f": two dotted letters; "x y z": three spaced letters
    if (isDotGap(p)) return len < 3 || !isAlnum(codes[len - 3]!) ? 1 : 0;
    // "q r": the code's two letters spaced
    if (f === 114 && p === 32 && codes[len - 2] === 113 && (len < 3 || !isAlnum(codes[len - 3]!))) return 1;
    // "ab . m e": two spaced letters after a web address's spaced dot
    if (p === 32 && len >= 7 && codes[len - 3] === 32 && isDotGap(codes[len - 4]!) && codes[len - 5] === 32 && isAsciiLetter(codes[len - 6]!) && isAsciiLetter(codes[len - 7]!)) return 1;
    if (p !== 32 || len < 4 || codes[len - 3] !== 32 || !isAsciiLetter(codes[len - 4]!)) return 0;
    return len < 5 || !isAlnum(codes[len - 5]!) ? 1 : 0;
  }
  if (!isCjkUnit(f) || len === 0 || !isGapUnit(codes[len - 1]!)) return 0;
  // one letter spaced between Chinese characters ("丝 Q 群")
  if (len >= 4 && codes[len - 1] === 32 && isAsciiLetter(codes[len - 2]!) && codes[len - 3] === 32 && isCjkUnit(codes[len - 4]!)) return 1;
  let g = len - 1;
  while (g >= 0 && len - g <= GAP_MAX && isGapUnit(codes[g]!)) g--;
  if (g < 0 || !isCjkUnit(codes[g]!)) return 0;
  // (a heavy plus in the gap is read as 加 whatever stands on either side; a gap of hearts alone is dropped so too)
  for (let k = g + 1; k < len; k++) if (codes[k] === HEAVY_PLUS) return 1;
  if (allHearts(codes, g + 1, len)) return 1;
  // (a Chinese numeral before it may still become a digit)
  return g === 0 || !isCjkUnit(codes[g - 1]!) || CN_DIGIT_OF[codes[g - 1]!] !== 0 ? 1 : 2;
}

const HEART = CANON_HEART.charCodeAt(0);
const HEART_STEM = new Set([...HEART_NAME_STEMS].map((c) => c.charCodeAt(0)));
const XIN = 0x4fe1; // 信
/** The gap [i, j) is hearts and nothing else. */
function allHearts(codes: Uint16Array, i: number, j: number): boolean {
  if (i >= j) return false;
  for (let k = i; k < j; k++) if (codes[k] !== HEART) return false;
  return true;
}
/** The gap [i, j) is a heart after a stem of WeChat's heart names (薇❤同号), not inside 微❤信: part of the name. */
function heartName(codes: Uint16Array, i: number, j: number, left: number, right: number): boolean {
  if (!HEART_STEM.has(left) || right === XIN) return false;
  for (let k = i; k < j; k++) if (codes[k] === HEART) return true;
  return false;
}

/**
 * Drop the separators of a word spelled out character by character, in place:
 * between two Chinese characters when one of them stands alone between gaps
 * ("好 评 返 现", "收.款.码", "微🌸信": not "全新 正品", two words), and the
 * dots between single Latin letters ("z.f.b", "v·x"). The offset map keeps
 * every remaining unit's original span. Returns the new length.
 */
function dropSpellingGaps(codes: Uint16Array, starts: Int32Array, ends: Int32Array, n: number, mapped: boolean): { len: number; mapped: boolean; plus: boolean } {
  /** the input's offset map is the identity (not written in starts/ends) */
  const identity = !mapped;
  let w = 0;
  /** Before the first unit moves, write the identity map of what is already out. */
  const ensureMapped = (): void => {
    if (mapped) return;
    writeIdentityMap(starts, ends, w);
    mapped = true;
  };
  /** original units before i (the buffer before w is already rewritten) */
  let p1 = -1;
  let p2 = -1;
  let p3 = -1;
  let p4 = -1;
  /** a ➕ was read as 加 (the length may not change) */
  let readPlus = false;
  let i = 0;
  while (i < n) {
    let c = codes[i]!;
    if (p1 >= 0 && isGapUnit(c)) {
      let j = i + 1;
      while (j < n && j - i < GAP_MAX + 1 && isGapUnit(codes[j]!)) j++;
      const r = j < n ? codes[j]! : -1;
      const r2 = j + 1 < n ? codes[j + 1]! : -1;
      let drop = false;
      if (c === 32 && j === i + 1 && isCjkUnit(p1) && isAsciiLetter(r) && r2 === 32 && j + 2 < n && isCjkUnit(codes[j + 2]!)) {
        // One Latin letter spaced between Chinese characters ("粉 丝 Q 群", "加 V 信"): OCR's spacing or the
        // typographic space around Latin text; the letter is part of the word ("Q群", "V信").
        ensureMapped();
        codes[w] = r;
        starts[w] = identity ? j : starts[j]!;
        ends[w] = identity ? j + 1 : ends[j]!;
        w++;
        p4 = p3 = -1;
        p2 = 32;
        p1 = r;
        i = j + 2;
        continue;
      }
      if (j - i <= GAP_MAX && isCjkUnit(p1) && isCjkUnit(r) && !heartName(codes, i, j, p1, r)) {
        // (hearts alone between two characters are dropped whatever stands around them: people do not part two
        // words with a heart the way they part them with a space, and sellers put one inside a word, 私💕下转账)
        drop = !isCjkUnit(p2) || !isCjkUnit(r2) || allHearts(codes, i, j);
        // a gap kept between two words, with a heavy plus in it (想要的➕我微信, 商量 ➕我详谈): the plus still reads 加
        if (!drop) {
          for (let k = i; k < j; k++) {
            if (codes[k] !== HEAVY_PLUS) continue;
            codes[k] = JIA;
            readPlus = true;
          }
          c = codes[i]!;
        }
      }
      else if (
        // (round 95: or after a quote's opening mark, "'q.q 2219…'": an apostrophe with no letter before it opens a quote,
        // it is no contraction's, "it's")
        j - i === 1 && isAsciiLetter(p1) && isAsciiLetter(r) && (isTokenEnd(p2) || (p2 === 39 && !isAlnum(p3))) &&
        (isDotGap(c) ? !isDotGap(p2) && !isAlnum(r2) : c === 32 && isTokenEnd(r2) && !(p2 === 32 && (isAlnum(p3) || p3 === 95) && isTokenEnd(p4)))
      ) {
        // The whole run must be single letters: "z.f.b", "w e c h a t"; not "j.w.lee", "a.b.com",
        // nor a spelled handle with digits or an underscore ("s a r a h 7 7", "z h o u _ 8 8", read whole by the
        // handle and address readers).
        const at = (q: number): number => (q < n ? codes[q]! : -1);
        const dotted = c !== 32;
        const sepOk = (x: number): boolean => (dotted ? isDotGap(x) : x === 32);
        let k = j;
        while (sepOk(at(k + 1)) && isAsciiLetter(at(k + 2)) && (dotted ? !isAlnum(at(k + 3)) : isTokenEnd(at(k + 3)))) k += 2;
        const after = at(k + 1);
        const after2 = at(k + 2);
        // (two spaced letters are joined only as "q r", the QR code's name spelled to pass a filter: "v x 好" or a
        // list's "a b" stay apart)
        const qr = k === j && p1 === 113 && r === 114;
        // (…and two spaced letters as the part of a spelled web address after its spaced dot, "p a y p a l . m e /": a
        // host of two letters or more before the dot)
        const hostPart = k === j && p2 === 32 && isDotGap(p3) && p4 === 32 && w >= 6 && isAsciiLetter(codes[w - 5]!) && isAsciiLetter(codes[w - 6]!);
        const runOk = dotted
          ? !(isDotGap(after) && isAlnum(after2))
          : (k >= j + 2 || qr || hostPart) && !(after === 32 && (isAlnum(after2) || after2 === 95) && isTokenEnd(at(k + 3)));
        if (runOk) {
          // drop every dot of the run now; p1/p2 end on its last letter
          ensureMapped();
          const last = codes[k]!;
          for (let q = j; q <= k; q += 2) {
            codes[w] = codes[q]!;
            starts[w] = identity ? q : starts[q]!;
            ends[w] = identity ? q + 1 : ends[q]!;
            w++;
          }
          // (the copy may have overwritten units before k: the run's shape gives the last four)
          p4 = c;
          p3 = 97;
          p2 = c;
          p1 = last;
          i = k + 1;
          continue;
        }
      }
      if (drop) {
        ensureMapped();
        // a heavy plus among the gap is 加 said with a symbol (你 ➕ 我, 有需要的➕我): kept as the word, not dropped
        const plus = codes.subarray(i, j).indexOf(HEAVY_PLUS);
        if (plus >= 0) {
          codes[w] = JIA;
          starts[w] = identity ? i + plus : starts[i + plus]!;
          ends[w] = identity ? i + plus + 1 : ends[i + plus]!;
          w++;
          readPlus = true;
        }
        // the next character has a gap before it: it reads as standing alone on that side
        p4 = p3 = p2 = -1;
        p1 = plus >= 0 ? JIA : codes[j - 1]!;
        i = j;
        continue;
      }
    }
    // (a ➕ read as 加 in a dropped gap leaves w at i with the map already begun: written from here on too)
    if (w !== i || (identity && mapped)) {
      codes[w] = c;
      starts[w] = identity ? i : starts[i]!;
      ends[w] = identity ? i + 1 : ends[i]!;
    }
    w++;
    p4 = p3;
    p3 = p2;
    p2 = p1;
    p1 = c;
    i++;
  }
  return { len: w, mapped, plus: readPlus };
}

/** LEET_DIGITS by char code ('' = a digit that stands for no letter). */
const LEET_OF: string[] = Array.from({ length: 58 }, (_, c) => LEET_DIGITS[String.fromCharCode(c)] ?? '');
const LEET_SET = new Set(LEET_NAMES);
/** the rules' English words (LEET_WORDS): read only with fewer digits than letters ("0ff", "d1rect"; not "ca11") */
const LEET_WORD_SET = new Set(LEET_WORDS);
const LEET_MIN = Math.min(...[...LEET_NAMES, ...LEET_WORDS].map((w) => w.length));
const LEET_MAX = Math.max(...[...LEET_NAMES, ...LEET_WORDS].map((w) => w.length));
/**
 * Units that join a word to a handle, an address, a path or a model code: a word touching one is part of it, no name
 * (a full stop after it only when a letter or digit follows: "z3lle." ends a sentence).
 */
function joinsWord(c: number): boolean {
  return c === 95 || c === 64 || c === 46 || c === 47 || c === 45;
}

/**
 * An app's name with digits for some of its letters ("v3nmo", "wh4tsapp", "s1gnal"): a whole word of letters and at
 * most three digits that reads as a LEET_NAMES name is written as it; so is one of the rules' English words
 * (LEET_WORDS: "0ff", "d1rect", "g00gle") with fewer digits than letters. A number, a size or a model code reads as
 * neither ("d1", "A1B2", "5kg", "100ml"). A word may touch a hyphen before another word ("0ff-platform"), not a
 * handle's or an address's marks. In place; one unit stays one unit.
 */
function readLeetNames(codes: Uint16Array, n: number): boolean {
  let changed = false;
  let i = 0;
  while (i < n) {
    if (!isAlnum(codes[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let digits = 0;
    let plain = true;
    while (j < n && isAlnum(codes[j]!)) {
      const c = codes[j]!;
      if (c <= 57) {
        digits++;
        if (LEET_OF[c] === '') plain = false;
      }
      j++;
    }
    const len = j - i;
    if (plain && digits > 0 && digits <= 3 && len - digits >= 2 && len >= LEET_MIN && len <= LEET_MAX && (i === 0 || !joinsWord(codes[i - 1]!) || hyphenWord(codes, n, i - 1, -1)) && (j === n || !joinsWord(codes[j]!) || (codes[j] === 46 && (j + 1 === n || !isAlnum(codes[j + 1]!))) || hyphenWord(codes, n, j, 1))) {
      const name = leetName(codes, i, j);
      if (name !== null && (LEET_SET.has(name) || digits < len - digits)) {
        for (let k = 0; k < len; k++) codes[i + k] = name.charCodeAt(k);
        changed = true;
      }
    }
    i = j;
  }
  return changed;
}
/** A hyphen at p with a letter past it (dir: the side away from the word): a compound word ("0ff-platform"), no code. */
function hyphenWord(codes: Uint16Array, n: number, p: number, dir: number): boolean {
  const q = p + dir;
  return codes[p] === 45 && q >= 0 && q < n && isAsciiLetter(codes[q]!);
}
/** The name or word the word [i, j) reads as, trying each letter a digit may stand for, or null. */
function leetName(codes: Uint16Array, i: number, j: number): string | null {
  let words = [''];
  for (let k = i; k < j; k++) {
    const c = codes[k]!;
    const opts = c <= 57 ? LEET_OF[c]! : String.fromCharCode(c);
    const next: string[] = [];
    for (const w of words) for (const o of opts) next.push(w + o);
    words = next;
  }
  for (const w of words) if (LEET_SET.has(w) || LEET_WORD_SET.has(w)) return w;
  return null;
}

/** OCR's letters for digits: o for 0, l and i (a capital I folded) for 1. */
function isDigitLetter(c: number): boolean {
  return c === 111 || c === 108 || c === 105;
}
function digitOfLetter(c: number): number {
  return c === 111 ? 48 : 49;
}

/**
 * The letter O written for the digit 0 inside a number ("2O4", "138OOO",
 * "139 OO12 3456"): a token of digits and o's only, with a digit, that starts
 * with a digit and has two, or sits next to a group of digits, becomes all
 * digits. Text read from an image by OCR also gives l or I for 1 ("092l-336"):
 * those only in a token that starts with a digit, is mostly digits and does not
 * end on the letter unless digits follow ("500l", "1080i", "320i" stay), and in a
 * number spaced digit by digit ("7 8 2 O 1 5", "0 9 2 l - 3 3 6"), when the run
 * has six digits and at most one letter for three of them. In place; one unit
 * stays one unit.
 */
function readLetterO(codes: Uint16Array, n: number): boolean {
  let changed = false;
  let i = 0;
  const isWord = (c: number): boolean => isAlnum(c) || c === 95;
  const at = (p: number): number => (p >= 0 && p < n ? codes[p]! : -1);
  /** a digit group across one light separator from position p (dir = -1 before, 1 after) */
  const digitGroupAt = (p: number, dir: number): boolean => {
    const sep = at(p);
    return (sep === 32 || sep === 45 || sep === 46) && isAsciiDigit(at(p + dir));
  };
  /** the digits in the groups from p on, across single spaces, dashes and dots */
  const digitsAfter = (p: number): number => {
    let d = 0;
    for (let k = p; k < n && k - p < 16; k++) {
      const u = at(k);
      if (isAsciiDigit(u)) d++;
      else if (!((u === 32 || u === 45 || u === 46) && isAsciiDigit(at(k + 1)))) break;
    }
    return d;
  };
  /** a single digit or digit letter standing alone at p */
  const lone = (p: number): boolean => (isAsciiDigit(at(p)) || isDigitLetter(at(p))) && !isWord(at(p - 1)) && !isWord(at(p + 1));
  /** after the lone unit at p: where the next lone unit starts across one to three spaces, dashes or dots, else -1 */
  const nextLone = (p: number): number => {
    let k = p + 1;
    while (k - p <= 3 && (at(k) === 32 || at(k) === 45 || at(k) === 46)) k++;
    return k > p + 1 && lone(k) ? k : -1;
  };
  while (i < n) {
    const c = codes[i]!;
    if (!isWord(c) || (i > 0 && isWord(codes[i - 1]!))) {
      i++;
      continue;
    }
    if (lone(i)) {
      // a number spaced unit by unit
      let digits = 0;
      let letters = 0;
      let last = i;
      for (let k = i; k >= 0; k = nextLone(k)) {
        if (isAsciiDigit(codes[k]!)) digits++;
        else letters++;
        last = k;
      }
      // (a lone l or I at either end is a size or the pronoun: "sizes 3 4 5 6 7 8 L", "I 2 …")
      const endsOk = (codes[i] === 111 || isAsciiDigit(codes[i]!)) && (codes[last] === 111 || isAsciiDigit(codes[last]!));
      if (letters > 0 && digits >= 6 && letters * 3 <= digits && endsOk) {
        for (let p = i; p <= last; p++) if (isDigitLetter(codes[p]!)) codes[p] = digitOfLetter(codes[p]!);
        changed = true;
      }
      i = last + 1;
      continue;
    }
    let j = i;
    let digits = 0;
    let os = 0;
    let ls = 0;
    let other = false;
    while (j < n && isWord(codes[j]!)) {
      const d = codes[j]!;
      if (isAsciiDigit(d)) digits++;
      else if (d === 111) os++;
      else if (d === 108 || d === 105) ls++;
      else other = true;
      j++;
    }
    const oRead = ls === 0 && os > 0 && digits > 0 && ((isAsciiDigit(c) && digits >= 2) || digitGroupAt(i - 1, -1) || digitGroupAt(j, 1));
    // (or a short group between two groups of digits: "0912 34l 678")
    const lRead =
      ls > 0 &&
      ((isAsciiDigit(c) && digits >= 3 && (os + ls) * 3 <= digits && (isAsciiDigit(codes[j - 1]!) || digitGroupAt(j, 1))) ||
        (os + ls === 1 && digits >= 2 && digitGroupAt(i - 1, -1) && digitGroupAt(j, 1)) ||
        // (round 86: or a number's first group led by the letter O with an l or I in it, "O8I3.572.640": four units at most,
        // half of them digits, and six digits or more in the groups after it)
        (c === 111 && j - i <= 4 && digits >= 2 && os + ls <= digits && digitGroupAt(j, 1) && digitsAfter(j) >= 6));
    if (!other && (oRead || lRead)) {
      for (let p = i; p < j; p++) if (isDigitLetter(codes[p]!)) codes[p] = digitOfLetter(codes[p]!);
      changed = true;
    }
    i = j;
  }
  return changed;
}

/** An n about to be written at `len` after an l that starts a word: maybe "ln…" for "In…" (readCapitalI). */
function lnBefore(codes: Uint16Array, len: number): boolean {
  return len > 0 && codes[len - 1] === 108 && (len < 2 || !isAlnum(codes[len - 2]!));
}

/**
 * A capital I that OCR or a sans-serif font gives as l at a word's start ("lnstagram", "lnbox", "lnfo"): no
 * English word starts "ln", so a word of four letters or more that does is read with i. In place.
 */
function readCapitalI(codes: Uint16Array, n: number): boolean {
  let changed = false;
  for (let i = 0; i + 3 < n; i++) {
    if (codes[i] !== 108 || codes[i + 1] !== 110 || (i > 0 && (isAlnum(codes[i - 1]!) || codes[i - 1] === 95))) continue;
    if (isAsciiLetter(codes[i + 2]!) && isAsciiLetter(codes[i + 3]!)) {
      codes[i] = 105;
      changed = true;
    }
  }
  return changed;
}

/**
 * A run of number words, single digits mixed in ("four zero four, five five 2, 7 one 8 9"). A word may touch the
 * digits before or after it ("1354eight eight two…", "621483zero one…": the number's first part in digits, or
 * in Chinese numerals, then the rest spelled out), not letters.
 */
// ("double seven", "triple 0": the digit said two or three times, as a number is read out in the UK and India)
const EN_TOKEN = String.raw`(?:(?<![a-z_])(?:double|triple)[ -])?(?:(?<![a-z_])(?:zero|one|two|three|four|five|six|seven|eight|nine)(?![a-z_])|(?<![\d.])\d(?![\d.]))`;
const EN_REPEAT: Readonly<Record<string, number>> = { double: 2, triple: 3 };
/**
 * "oh" or "o" said for zero inside the run ("six four six, two oh eight", "oh seven seven oh nine …"), never on its own:
 * after a token of the run, or first only when a number word follows across spaces (a long run, checked below: "oh,
 * one more thing" stays). Not "o'clock".
 */
const EN_ZERO_TOKEN = `(?<![a-z_])(?:${EN_ZERO_WORDS.join('|')})(?![a-z_'’])`;
const EN_WORD_RUN = new RegExp(`(?:${EN_TOKEN}|${EN_ZERO_TOKEN}(?=\\s{1,3}${EN_TOKEN}))(?:[\\s,.-]{1,3}(?:${EN_TOKEN}|${EN_ZERO_TOKEN})){2,40}`, 'g');
const EN_RUN_TOKEN = /[a-z]+|\d/g;
const EN_ZERO_SET = new Set(EN_ZERO_WORDS);
/** A run that starts with a word for zero is a number only when this long (a UK mobile read out: "oh seven seven …"). */
const EN_ZERO_FIRST_MIN = 7;
/** "plus" right before a number-word run, as a word of its own. */
const PLUS_BEFORE = /(?<![a-z])plus ?$/;
const EN_ANY = /(?<![a-z_])(?:zero|one|two|three|four|five|six|seven|eight|nine)(?![a-z_])/;

/**
 * The units readSpellings' passes read, marked while the text is folded (one look-up a unit): zhuyin, the symbols
 * typed for letters, a hyphen or a slash, 点 and 。 for a dot, 前 and 上 of a number's part labels.
 */
const SPELL_MARK = new Uint8Array(65536);
SPELL_MARK.fill(1, 0x3105, 0x3130);
for (const c of '!|@$-/点。前上') SPELL_MARK[c.charCodeAt(0)] = 1;
/**
 * Per-BMP-code-unit fold, filled on first sight: 0 = not seen yet, DROP =
 * removed, MULTI = folds to several units (or needs the code point), else the
 * single canonical unit. ASCII is filled at load: it is most of the text.
 */
const FOLD16 = new Uint16Array(65536);
const DROP = 0xfffe;
const MULTI = 0xffff;
for (let c = 0; c < 0x80; c++) FOLD16[c] = c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 13 ? 32 : c;
// (the signs read as words take the slow path, where their neighbours are looked at: no test on any other unit)
for (const cp of Object.keys(SIGN_WORDS).map(Number)) if (cp <= 0xffff) FOLD16[cp] = MULTI;
const SIGN_CHARS = new Map<number, string>(Object.entries(SIGN_WORDS).map(([cp, w]) => [Number(cp), w]));
const BU = 0x4e0d; // 不
const XING = 0x661f; // 星
const HONG = 0x7ea2; // 红
const BAO = 0x5305; // 包
/** After 包: a free-shipping 包邮, a bag (包包, 包装, 包裹), where a heart is no 红. Before it: a person who loves the bag. */
const RED_BAO_NOT = new Set([...'包邮郵装裝裹'].map((c) => c.charCodeAt(0)));
const RED_BAO_NOT_BEFORE = new Set([...'我你您他她它们們都也'].map((c) => c.charCodeAt(0)));
const STAR_AFTER = new Set([...STAR_BEFORE].map((c) => c.charCodeAt(0)));
const KUAN = 0x6b3e; // 款
const MA = 0x7801; // 码
const KUAN_BEFORE = new Set([...KUAN_AFTER].map((c) => c.charCodeAt(0)));
const MA_BEFORE = new Set([...MA_AFTER].map((c) => c.charCodeAt(0)));
const SI = 0x79c1; // 私, of 私信
const WO = 0x6211; // 我
/** What follows an app's logo that makes it the label of a handle. */
const LABEL_MARKS = ':：@';

/**
 * A sign at [i, i + cl) of the text read as the word it stands for (SIGN_WORDS), or undefined: 不 before a Chinese
 * character, 下 and 上 between two (the one before already canonical, at codes[len - 1]); a star as 星 right after a
 * Chinese numeral or 颗, or after a digit with a Chinese character next (五⭐, 5⭐好评). Variation selectors and
 * zero-width characters after the sign are passed over.
 */
function signWord(text: string, i: number, cl: number, cp: number, codes: Uint16Array, len: number): string | undefined {
  const w = SIGN_CHARS.get(cp);
  if (w === undefined) return undefined;
  let k = i + cl;
  while (k < text.length && isFormat(text.charCodeAt(k))) k++;
  const cjkNext = k < text.length && isCjkUnit(text.charCodeAt(k));
  const before = len === 0 ? -1 : codes[len - 1]!;
  if (w.charCodeAt(0) === HONG) return k < text.length && text.charCodeAt(k) === BAO && !RED_BAO_NOT.has(text.charCodeAt(k + 1)) && !RED_BAO_NOT_BEFORE.has(before) ? w : undefined;
  // (收💰码, 付💵方式: the money after a payment verb, a character next; 收款🐎, 二维🐎: the horse after 款, 维 or 扫; not a
  // picture put between the word's own characters, 收💰款💰码, which the gaps' reading joins)
  const nextUnit = k < text.length ? text.charCodeAt(k) : -1;
  if (w.charCodeAt(0) === KUAN) return cjkNext && nextUnit !== KUAN && KUAN_BEFORE.has(before) ? w : undefined;
  if (w.charCodeAt(0) === MA) return nextUnit !== MA && nextUnit !== 0x78bc /* 碼 */ && MA_BEFORE.has(before) ? w : undefined;
  if (w.charCodeAt(0) === SI || w === '电话') return k < text.length && text.charCodeAt(k) === WO ? w : undefined;
  if (w === 'snapchat') {
    while (k < text.length && text.charCodeAt(k) === 32) k++;
    // (round 75: or the ghost used as the verb, "👻 me: x.y", "👻 us @x", as "snap me" is: still a label's mark after it)
    const asVerb = /^(?:me|us)(?![a-z0-9_])/i.exec(text.slice(k, k + 3));
    if (asVerb !== null) {
      k += 2;
      while (k < text.length && text.charCodeAt(k) === 32) k++;
    }
    return k < text.length && LABEL_MARKS.includes(text[k]!) ? w : undefined;
  }
  if (w.charCodeAt(0) === XING) return before < 0 ? undefined : CN_DIGIT_OF[before] !== 0 || STAR_AFTER.has(before) || (cjkNext && isAsciiDigit(before)) ? w : undefined;
  if (!cjkNext) return undefined;
  if (w.charCodeAt(0) !== BU && !isCjkUnit(before)) return undefined;
  return w;
}

function foldUnit(c: number): number {
  const folded = foldCodePoint(c);
  const f = folded.length === 0 ? DROP : folded.length === 1 ? folded.charCodeAt(0) : MULTI;
  FOLD16[c] = f;
  return f;
}

/**
 * Scratch buffers reused by every call: allocating three typed arrays per
 * message cost more than the whole fold. Results copy out what they keep.
 */
let cap = 1024;
let CODES = new Uint16Array(cap);
let STARTS = new Int32Array(cap);
let ENDS = new Int32Array(cap);
function ensure(need: number): void {
  if (need <= cap) return;
  const c2 = Math.max(cap * 2, need + 64);
  const a = new Uint16Array(c2);
  a.set(CODES);
  const s = new Int32Array(c2);
  s.set(STARTS);
  const e = new Int32Array(c2);
  e.set(ENDS);
  CODES = a;
  STARTS = s;
  ENDS = e;
  cap = c2;
}

const CHUNK = 4096;
function codesToString(codes: Uint16Array, len: number): string {
  if (len <= 256) {
    // a short text: `apply` on a plain array of the right length beats a typed subarray
    // (and a reused array, whose length setter is a runtime call)
    const units = new Array<number>(len);
    for (let i = 0; i < len; i++) units[i] = codes[i]!;
    return String.fromCharCode.apply(null, units);
  }
  if (len <= CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let p = 0; p < len; p += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(p, Math.min(len, p + CHUNK)) as unknown as number[]);
  }
  return out;
}

/**
 * A normalised text. When every original unit became exactly one canonical
 * unit (most text: ASCII, CJK, full-width punctuation) the offset map is the
 * identity and is only materialised if someone reads it.
 */
class Norm implements Normalised {
  derived: unknown = undefined;
  constructor(
    readonly text: string,
    readonly canon: string,
    private s: Int32Array | null,
    private e: Int32Array | null,
  ) {}
  get identity(): boolean {
    return this.s === null;
  }
  get startOf(): Int32Array {
    if (this.s === null) this.materialise();
    return this.s!;
  }
  get endOf(): Int32Array {
    if (this.e === null) this.materialise();
    return this.e!;
  }
  private materialise(): void {
    const n = this.canon.length;
    const s = new Int32Array(n);
    const e = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    this.s = s;
    this.e = e;
  }
}

/**
 * Recent results, by text. A chat message is read on its own, then by the
 * thread gate and in each thread window it belongs to (five windows): the same
 * short text is normalised once. Results are immutable, so sharing them is safe.
 *
 * A small table looked up by a tag of the length and a few characters, two
 * entries per slot, compared with `===` only when the tags agree (the same
 * string object comes back, so that compare is mostly a pointer check), not a
 * large Map: a Map that deletes its oldest entry on every insert walks past
 * the deleted ones each time, and that cost more than normalising the message.
 */
const MEMO_SLOTS = 64;
export const MEMO_TEXT_MAX = 2_000;
const memoKeys: (string | undefined)[] = new Array<string | undefined>(MEMO_SLOTS * 2).fill(undefined);
const memoVals: (Normalised | undefined)[] = new Array<Normalised | undefined>(MEMO_SLOTS * 2).fill(undefined);
/** per slot: which of its two entries to replace next */
const memoOlder = new Uint8Array(MEMO_SLOTS);
const memoTags = new Int32Array(MEMO_SLOTS * 2);

/** Length and the first, middle and last two characters, mixed. */
function memoTag(text: string, len: number): number {
  if (len === 0) return 0;
  let h = Math.imul(len, 0x9e3779b1) ^ text.charCodeAt(0);
  h = Math.imul(h, 0x85ebca6b) ^ text.charCodeAt(len >> 1);
  h = Math.imul(h, 0xc2b2ae35) ^ text.charCodeAt(len - 1);
  h = Math.imul(h, 0x27d4eb2f) ^ (len > 1 ? text.charCodeAt(len - 2) : 0);
  return h ^ (h >>> 15);
}

let memoOn = true;
/**
 * Benchmarks only: without the memo, a corpus repeated as it is measures the
 * engine, not the memo (nor the findings memoised on a text's Normalised).
 */
export function setMemo(on: boolean): void {
  memoOn = on;
}

/** Normalise `text`. Linear in the length of the input. */
export function normalise(text: string): Normalised {
  const len = text.length;
  if (len > MEMO_TEXT_MAX || !memoOn) return normaliseNow(text);
  const tag = memoTag(text, len);
  const slot = tag & (MEMO_SLOTS - 1);
  const a = slot * 2;
  if (memoTags[a] === tag && memoKeys[a] === text) return memoVals[a]!;
  if (memoTags[a + 1] === tag && memoKeys[a + 1] === text) return memoVals[a + 1]!;
  const made = normaliseNow(text);
  const at = a + memoOlder[slot]!;
  memoTags[at] = tag;
  memoKeys[at] = text;
  memoVals[at] = made;
  memoOlder[slot] = memoOlder[slot]! ^ 1;
  return made;
}

/** Normalise without the memo: for a text read once (a single message). */
export function normaliseFresh(text: string): Normalised {
  return normaliseNow(text);
}

/** A digit right before `len`, or across one space (OCR spacing): the letter about to be written may stand for a digit. */
function digitBefore(codes: Uint16Array, len: number): boolean {
  const p = codes[len - 1]!;
  return isAsciiDigit(p) || (p === 32 && len > 1 && isAsciiDigit(codes[len - 2]!));
}
/** The same seen from the digit: an o, l or i right before it, or across one space. */
function digitLetterBefore(codes: Uint16Array, len: number): boolean {
  const p = codes[len - 1]!;
  return isDigitLetter(p) || (p === 32 && len > 1 && isDigitLetter(codes[len - 2]!));
}

function normaliseNow(text: string): Normalised {
  const n = text.length;
  ensure(n + 16);
  let codes = CODES;
  let starts = STARTS;
  let ends = ENDS;
  let len = 0;
  /** canon differs from text */
  let changed = false;
  /** some unit was dropped or expanded: the offset map is no longer the identity */
  let shifted = false;
  let numerals = false;
  let letters = false;
  /** an 'o' right after a digit: maybe a number written with the letter O */
  let letterO = false;
  /** a word starting "ln": maybe a capital I read as l */
  let lnStart = false;
  /** a gap before a Chinese character or between dotted letters: maybe a word spelled out */
  let gaps = false;
  /** a Chinese character after a gap whose left-hand character is inside a word: droppable if it stands alone */
  let pendingRight = -2;
  /** a Greek, Cyrillic, Armenian or Cherokee unit: maybe a look-alike of a Latin letter */
  let foreign = false;
  /** a digit and a Latin letter side by side: maybe an app's name with digits for letters (v3nmo) */
  let leet = false;
  /** a unit one of readSpellings' passes reads (zhuyin, 点, a symbol…): maybe a word spelled to pass a filter */
  let spell = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let f = FOLD16[c]!;
    if (f === 0) f = c >= 0xd800 && c <= 0xdfff ? MULTI : foldUnit(c);
    if (f < DROP) {
      if (f !== c) changed = true;
      if (f >= CN_DIGIT_MIN && CN_DIGIT_OF[f] !== 0) numerals = true;
      else if (f <= 57 && f >= 48) {
        if (len > 0 && digitLetterBefore(codes, len)) letterO = true;
        if (len > 0 && isAsciiLetter(codes[len - 1]!)) leet = true;
      } else if (f >= 97 && f <= 122) {
        letters = true;
        if (len > 0 && isAsciiDigit(codes[len - 1]!)) leet = true;
        if (len > 0 && isDigitLetter(f) && digitBefore(codes, len)) letterO = true;
        else if (f === 110 && lnBefore(codes, len)) lnStart = true;
      } else if (f >= 0x370 && f < 0xac00 && isForeignScript(f)) foreign = true;
      if (SPELL_MARK[f] === 1) spell = true;
      if (pendingRight === len - 1 && (!isCjkUnit(f) || CN_DIGIT_OF[f] !== 0)) gaps = true;
      if (len > 1 && GAP[codes[len - 1]!] === 1 && !gaps && (f >= 0x3400 || (f >= 97 && f <= 122))) {
        const hint = gapHint(codes, len, f);
        if (hint === 1) gaps = true;
        else if (hint === 2) pendingRight = len;
      }
      codes[len] = f;
      if (shifted) {
        starts[len] = i;
        ends[len] = i + 1;
      }
      len++;
      i++;
      continue;
    }
    // dropped or expanded: from here on the offsets need a map
    if (!shifted) {
      shifted = true;
      writeIdentityMap(starts, ends, len);
    }
    changed = true;
    if (f === DROP) {
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const cl = cp > 0xffff ? 2 : 1;
    const folded = (cp >= 0x2191 && signWord(text, i, cl, cp, codes, len)) || foldCodePoint(cp);
    if (len + folded.length + (n - i) + 16 > cap) {
      ensure(len + folded.length + (n - i) + 16);
      codes = CODES;
      starts = STARTS;
      ends = ENDS;
    }
    for (let u = 0; u < folded.length; u++) {
      const fu = folded.charCodeAt(u);
      if (CN_DIGIT_OF[fu] !== 0) numerals = true;
      else if (fu >= 97 && fu <= 122) {
        letters = true;
        if (len > 0 && isDigitLetter(fu) && digitBefore(codes, len)) letterO = true;
        // (styled letters come this way: "𝐥𝐧𝐬𝐭𝐚𝐠𝐫𝐚𝐦" is the same capital I read as l)
        else if (fu === 110 && lnBefore(codes, len)) lnStart = true;
      } else if (fu <= 57 && fu >= 48 && len > 0 && digitLetterBefore(codes, len)) letterO = true;
      if (SPELL_MARK[fu] === 1) spell = true;
      if (pendingRight === len - 1 && (!isCjkUnit(fu) || CN_DIGIT_OF[fu] !== 0)) gaps = true;
      if (!gaps && len > 1) {
        const hint = gapHint(codes, len, fu);
        if (hint === 1) gaps = true;
        else if (hint === 2) pendingRight = len;
      }
      codes[len] = fu;
      starts[len] = i;
      ends[len] = i + cl;
      len++;
    }
    i += cl;
  }
  if (foreign && readLookAlikes(codes, len, (p) => text.charCodeAt(shifted ? starts[p]! : p), false)) {
    // the letters read now were not seen by the cheap look-behinds above: let every letter pass look
    changed = letters = letterO = lnStart = gaps = true;
  }
  if (numerals && convertChineseNumerals(codes, len)) changed = true;
  // (before the letter O is read as a digit: "l1ne" is a name, not a number)
  if (leet && readLeetNames(codes, len)) changed = true;
  if (letterO && readLetterO(codes, len)) changed = true;
  if (lnStart && readCapitalI(codes, len)) changed = true;
  if (pendingRight === len - 1) gaps = true;
  if (gaps) {
    const r = dropSpellingGaps(codes, starts, ends, len, shifted);
    if (r.len !== len || r.plus) {
      changed = true;
      shifted = r.mapped;
      len = r.len;
    }
  }
  const canon = changed ? codesToString(codes, len) : text;
  const s = shifted ? starts.slice(0, len) : null;
  const e = shifted ? ends.slice(0, len) : null;
  let st: Stage = { canon, s, e };
  if (letters && EN_ANY.test(canon)) {
    const r = convertEnglishNumberWords(canon, s ?? identityMap(len, 0), e ?? identityMap(len, 1));
    if (r.canon !== canon) st = { canon: r.canon, s: r.startOf, e: r.endOf };
  }
  // (text with none of the marks and no letters has nothing spelled; letters alone may be a word in pinyin, or "dot")
  if (spell || letters) st = readSpellings(st, letters, spell);
  // (after the spellings: "w h a t s a p" joined is then read as a slip like any other)
  if (letters) st = rewrite(st, nextMisspeltName, slipAsName);
  if (letters && TEXTSPEAK_GATE.test(st.canon)) st = rewrite(st, TEXTSPEAK_RE, textspeakWord);
  // (显, 线, 鲜 or 县 for its homophone 现 of 返现, the sum or a stop after it: 好评返显5元; not 往返线路, 返县城, 寄返显卡)
  if (st.canon.includes('返') || st.canon.includes('反')) st = rewrite(st, XIAN_RE, (m) => [['现', m.index, m.index + 1]]);
  // (丝 for its homophone 私 of the private ask, 丝聊, 丝下交易: not 粉丝信任, 蕾丝下摆, 真丝下水)
  if (st.canon.includes('丝')) st = rewrite(st, SI_RE, (m) => [['私', m.index, m.index + 1]]);
  // (反 for its homophone 返 in a reward, 好评反现, 反红包: not 反现代, 反现实, 反现象, 反现状)
  if (st.canon.includes('反')) st = rewrite(st, FAN_RE, (m) => [['返', m.index, m.index + 1]]);
  // (马 or 玛 for its homophone 码 of a payment code, 收款马, 付款玛, 二维马: not 付款马上发货, "at once")
  if (st.canon.includes('马') || st.canon.includes('玛')) st = rewrite(st, MA_RE, (m) => [['码', m.index, m.index + 1]]);
  // (a character written as its two halves, 禾厶 for 私, 扌口 for 扣, 纟工 for 红: the halves read as the one character)
  if (SPLIT_GATE.test(st.canon)) st = rewrite(st, SPLIT_RE, (m) => [[SPLIT_OF.get(m[0])!, m.index, m.index + 2]]);
  return new Norm(text, st.canon, st.s, st.e);
}

/** TYPO_NAMES by their first letter's code */
const TYPO_BY_FIRST: (string[] | undefined)[] = [];
for (const name of TYPO_NAMES) (TYPO_BY_FIRST[name.charCodeAt(0)] ??= []).push(name);
const TYPO_NOT_SET = new Set(TYPO_NOT);
/** each name's letters as bits (a = 1) */
const TYPO_MASK = new Map(TYPO_NAMES.map((w) => [w, [...w].reduce((m, ch) => m | (1 << (ch.charCodeAt(0) - 97)), 0)]));
/** Letters of canon[i, j) that `mask` lacks (a '*' is none). */
function lettersOutside(canon: string, i: number, j: number, mask: number): number {
  let k = 0;
  for (let p = i; p < j; p++) {
    const c = canon.charCodeAt(p);
    if (c !== 42 && (mask & (1 << (c - 97))) === 0) k++;
  }
  return k;
}
const TYPO_MAX = Math.max(...TYPO_NAMES.map((w) => w.length)) + 2;
const TYPO_MIN = 5;
/** one DP row pair for slipOf (no allocation per word) */
const SLIP_ROWS = new Int32Array(3 * (TYPO_MAX + 1));

/**
 * The next word of ASCII letters (one '*' at a time between letters) that is a slip of a TYPO_NAMES name, as a match
 * whose [1] is the name, or null. A word joined to a handle, an address or a path is none ("lily_watsapp", "watsap.com").
 */
function nextMisspeltName(canon: string, from: number): RegExpExecArray | null {
  const n = canon.length;
  let i = from;
  while (i < n) {
    const c = canon.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let j = i + 1;
    let stars = 0;
    for (; j < n; j++) {
      const d = canon.charCodeAt(j);
      if (d >= 97 && d <= 122) continue;
      if (d === 42 && canon.charCodeAt(j - 1) !== 42 && j + 1 < n && canon.charCodeAt(j + 1) >= 97 && canon.charCodeAt(j + 1) <= 122) {
        stars++;
        continue;
      }
      break;
    }
    const names = TYPO_BY_FIRST[c];
    const len = j - i;
    if (names !== undefined && len >= TYPO_MIN && len <= TYPO_MAX && stars <= 2 && (i === 0 || !typoJoined(canon.charCodeAt(i - 1))) && (j === n || !typoJoinedAfter(canon, j))) {
      for (const name of names) {
        const max = name.length >= 8 && len >= 6 ? 2 : 1;
        // (cheap tests first, on most words of the text: the length, then the letters the name does not have)
        if (len - name.length > max + stars || name.length - len > max || lettersOutside(canon, i, j, TYPO_MASK.get(name)!) > max) continue;
        const word = canon.slice(i, j);
        if (TYPO_NOT_SET.has(word) || LEET_SET.has(word)) break;
        // (a plural is the app's posts or messages, no address: "tiktoks", "telegrams")
        if (word.length === name.length + 1 && word.endsWith('s') && word.startsWith(name)) continue;
        if (slipOf(word, name, max)) {
          const m = [word, name] as unknown as RegExpExecArray;
          m.index = i;
          return m;
        }
      }
    }
    i = j;
  }
  return null;
}
/** The slip nextMisspeltName found, written as its name over the slip's units. */
function slipAsName(m: RegExpExecArray): Piece[] {
  return [[m[1]!, m.index, m.index + m[0].length]];
}
/** A letter, a digit or a mark that joins a word to a handle, an address or a path. */
function typoJoined(c: number): boolean {
  return isAlnum(c) || joinsWord(c) || c === 39;
}
function typoJoinedAfter(canon: string, j: number): boolean {
  const c = canon.charCodeAt(j);
  // (a full stop ends the word unless a letter or digit follows: "watsap." against "watsap.com")
  if (c === 46) return j + 1 < canon.length && isAlnum(canon.charCodeAt(j + 1));
  return isAlnum(c) || joinsWord(c);
}
/**
 * The word is at most `max` edits from the name (insert, delete, replace, or swap two neighbours), where a '*' stands
 * for any one letter or for none.
 */
function slipOf(word: string, name: string, max: number): boolean {
  const m = word.length;
  const n = name.length;
  if (m - n > max + 2 || n - m > max) return false;
  const w = n + 1;
  // rows i-2, i-1, i of the table, by i % 3
  for (let j = 0; j <= n; j++) SLIP_ROWS[j] = j;
  for (let i = 1; i <= m; i++) {
    const a = word.charCodeAt(i - 1);
    const cur = (i % 3) * w;
    const prev = ((i - 1) % 3) * w;
    const prev2 = ((i + 1) % 3) * w;
    const del = a === 42 ? 0 : 1;
    SLIP_ROWS[cur] = SLIP_ROWS[prev]! + del;
    let least = SLIP_ROWS[cur]!;
    for (let j = 1; j <= n; j++) {
      const b = name.charCodeAt(j - 1);
      let v = SLIP_ROWS[prev + j - 1]! + (a === b || a === 42 ? 0 : 1);
      const up = SLIP_ROWS[prev + j]! + del;
      if (up < v) v = up;
      const left = SLIP_ROWS[cur + j - 1]! + 1;
      if (left < v) v = left;
      if (i > 1 && j > 1 && a === name.charCodeAt(j - 2) && word.charCodeAt(i - 2) === b && SLIP_ROWS[prev2 + j - 2]! + 1 < v) v = SLIP_ROWS[prev2 + j - 2]! + 1;
      SLIP_ROWS[cur + j] = v;
      if (v < least) least = v;
    }
    if (least > max) return false;
  }
  return SLIP_ROWS[(m % 3) * w + n]! <= max;
}

/** Halves of SPLIT_CHARS and the character they make; the gate is any first half with its second after it. */
const SPLIT_OF = new Map<string, string>(SPLIT_CHARS.map(([h, c]) => [h, c]));
const SPLIT_RE = new RegExp(SPLIT_CHARS.map(([h]) => h).join('|'), 'g');
const SPLIT_GATE = new RegExp(SPLIT_RE.source);

/** A canonical text and its offset map (null: the identity). */
interface Stage {
  canon: string;
  s: Int32Array | null;
  e: Int32Array | null;
}
/** Text to put for [from, to) of the stage's canon: as long as its source, unit by unit; else every unit spans it all. */
type Piece = readonly [text: string, from: number, to: number];

/** Replace each match of re that fn reads (pieces; null leaves it) and carry the offset map along. */
function rewrite(st: Stage, re: RegExp | ((canon: string, from: number) => RegExpExecArray | null), fn: (m: RegExpExecArray) => Piece[] | null): Stage {
  // (no closures here: this runs for many messages, and each made function costs)
  const { canon } = st;
  const S = st.s;
  const E = st.e;
  let out = '';
  const s: number[] = [];
  const e: number[] = [];
  let last = 0;
  let any = false;
  let from = 0;
  for (;;) {
    let m: RegExpExecArray | null;
    if (typeof re === 'function') m = re(canon, from);
    else {
      re.lastIndex = from;
      m = re.exec(canon);
    }
    if (m === null) break;
    from = m.index + Math.max(1, m[0].length);
    if (m[0].length === 0) continue;
    const pieces = fn(m);
    if (pieces === null) continue;
    any = true;
    out += canon.slice(last, m.index);
    for (let p = last; p < m.index; p++) {
      s.push(S === null ? p : S[p]!);
      e.push(E === null ? p + 1 : E[p]!);
    }
    for (const [t, a, b] of pieces) {
      const one = t.length === b - a;
      for (let k = 0; k < t.length; k++) {
        out += t[k];
        const x = one ? a + k : a;
        const y = one ? a + k : b - 1;
        s.push(S === null ? x : S[x]!);
        e.push(E === null ? y + 1 : E[y]!);
      }
    }
    last = m.index + m[0].length;
  }
  if (!any) return st;
  out += canon.slice(last);
  for (let p = last; p < canon.length; p++) {
    s.push(S === null ? p : S[p]!);
    e.push(E === null ? p + 1 : E[p]!);
  }
  return { canon: out, s: Int32Array.from(s), e: Int32Array.from(e) };
}

const BOPOMOFO = /[\u3105-\u312f]/;
const TONE = '[\u02c9\u02ca\u02c7\u02cb\u02d9]?';
/** One syllable of SPELLED_WORDS: the character, its pinyin or its zhuyin (a tone mark after it or not). */
function syllableRe(han: string, py: string | undefined, zy: string): string {
  return `(?:${[han, ...(py === undefined ? [] : [py]), zy + TONE].join('|')})`;
}
/** Each word's syllables as groups, to map each character back to the syllable that spelled it. */
const SPELLED_PARTS = SPELLED_WORDS.map(([w, py, zy]) => new RegExp(`^${[...w].map((h, k) => `(${syllableRe(h, py[k], zy[k]!)})`).join('[ -]?')}$`));
const SPELLED_RE = new RegExp(
  // (with the typographic space a Chinese writer puts around Latin text: 直接 zhuan zhang 给我 is 直接转账给我; and the
  // space between two spelled words, xian xia jiao yi)
  `(?:(?<=[\\u3400-\\u9fff]|[a-z]) )?(?<![a-z])(?:${SPELLED_WORDS.map(([w, py, zy]) => `(${[...w].map((h, k) => syllableRe(h, py[k], zy[k]!)).join('[ -]?')})`).join('|')})(?![a-z])(?: (?=[\\u3400-\\u9fff]))?`,
  'g',
);
/** Every spelled word has a syllable in pinyin or zhuyin: a text with none of them has nothing to read. */
const PINYIN_SYLLABLES = new Set(SPELLED_WORDS.flatMap(([, py]) => py));
const SYLLABLE_MAX = Math.max(...[...PINYIN_SYLLABLES].map((s) => s.length));
/** A spelled word has at most four syllables, so a longer run of letters is a word of some language, not one spelled. */
const SPELL_RUN_SYLLABLES = 4;
const isZhuyin = (c: number): boolean => c >= 0x3105 && c <= 0x312f;

/** The run of letters canon[s, e) is one to four of the syllables and nothing more ("zhuan", "fanxian"; not "size"). */
function spelledRun(canon: string, s: number, e: number): boolean {
  const n = e - s;
  if (n > SPELL_RUN_SYLLABLES * SYLLABLE_MAX) return false;
  // (fewest syllables that make up the first j letters; cut every way, so "xian" as xi+an or xian both count)
  const fewest = new Array<number>(n + 1).fill(Infinity);
  fewest[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let k = Math.max(0, j - SYLLABLE_MAX); k < j; k++) {
      if (fewest[k]! + 1 < fewest[j]! && PINYIN_SYLLABLES.has(canon.slice(s + k, s + j))) fewest[j] = fewest[k]! + 1;
    }
  }
  return fewest[n]! <= SPELL_RUN_SYLLABLES;
}

/**
 * Where the next place a spelled word may be starts, from `from` on: a whole word of Latin letters made of the syllables
 * (spelledRun), or a zhuyin letter; -1 when there is none. A loop, not one pattern of the syllables: V8 took 5–30 ms
 * to compile that pattern (its bounded repeat written out four times over), on the first text with a letter in it.
 */
function nextSpellRun(canon: string, from: number): number {
  let i = from;
  // (a word already begun before `from` is not a word of its own)
  while (i > 0 && i < canon.length && isAsciiLetter(canon.charCodeAt(i - 1)) && isAsciiLetter(canon.charCodeAt(i))) i++;
  for (; i < canon.length; i++) {
    const c = canon.charCodeAt(i);
    if (isZhuyin(c)) return i;
    if (!isAsciiLetter(c)) continue;
    let e = i + 1;
    while (e < canon.length && isAsciiLetter(canon.charCodeAt(e))) e++;
    if (spelledRun(canon, i, e)) return i;
    i = e - 1;
  }
  return -1;
}
const SPELLED_STICKY = new RegExp(SPELLED_RE.source, 'y');
/** Characters a spelled word may open with before its first spelled syllable. */
const SPELLED_FIRST = new Set(SPELLED_WORDS.map(([w]) => w[0]!));
/** How far before its first spelled syllable a spelled word may start (three characters and their spaces, a space). */
const SPELL_BACK = 7;
/**
 * The next spelled word from `from` on: tried only around the runs of letters or zhuyin (the one big pattern at every
 * character of a Chinese text cost more than the rest of the normalisation), earliest start first so the longest word
 * wins, and only a match that takes in the run.
 */
function spelledAt(canon: string, from: number): RegExpExecArray | null {
  for (let r = nextSpellRun(canon, from); r >= 0; r = nextSpellRun(canon, r + 1)) {
    for (let p = Math.max(from, r - SPELL_BACK); p <= r; p++) {
      // (a word starts with its first character, the typographic space, or the run itself)
      if (p < r && canon[p] !== ' ' && !SPELLED_FIRST.has(canon[p]!)) continue;
      SPELLED_STICKY.lastIndex = p;
      const m = SPELLED_STICKY.exec(canon);
      if (m !== null && m.index + m[0].length > r) return m;
    }
  }
  return null;
}
const FAN_RE = /反(?=现(?![代实象状])|红包)/g;
/**
 * 显/线/鲜/县 for 现 right after 返 (or 反, read as 返 after it): cash back written by its homophone to get past a word
 * filter (好评返显三元, 返线5块). Only with a sum, 金 or a stop after it: 往返线路, 返县城, 寄返显卡 keep their words.
 */
const XIAN_RE = /(?<=[返反])[显线鲜县](?= ?(?:金|红包|\d|[一二三四五六七八九十两]|[元块蚊]|[,.!?;:，。！？；：~～ ]|$))/g;
/**
 * 丝 for its homophone 私 (sī) in the private ask: 丝聊, 丝信, 丝讯, 丝下 with the deal after it (丝下交易, 丝下转账); 丝我
 * is contact-request's own, read there only where an ask is plain.
 * Only where 丝 starts a word: at the start, after a stop, a space, a letter or digit, or after the few words that go
 * before the ask (咱, 们, 请, 就, 直接, 先, 可以, 亲, 宝…); not the second half of 粉丝, 真丝, 蕾丝, 螺丝, 铁丝, 土豆丝.
 */
const SI_RE = /(?<![\u3400-\u9fff](?<![咱们请就接先要来可以能都再亲宝家快速赶你]))丝(?=聊|信(?!号|息|用|心|任)|讯|下(?:交易|转|联系|付|沟通|聊|加|约|面交|收|汇|打款|成交|谈|买|卖))/g;
/**
 * 马/玛 for 码 right after a payment code's first word (收款, 收钱, 付款, 转账, 二维), where the noun ends: at a stop, a
 * space or a letter, or before the few words that follow a code (发, 给, 在, 扫, 呢…). Not where 马 starts a word of its
 * own (马上 "at once", 马虎, 马甲, 马克杯, 玛丽珍鞋): those are too many to list.
 */
const MA_RE = /(?<=收款|收钱|付款|转账|二维)[马玛](?![\u3400-\u9fff](?<![发给在扫呢吗了的已截图放贴就都是有我你]))/g;
/**
 * The words of INITIALLED_WORDS, each spelling with at least one initial, its parts a space apart or not (three or more
 * of them): an initial with no Latin letter or digit touching it.
 */
const INITIALLED_RE = new RegExp(
  INITIALLED_WORDS.map(([, parts, notBefore]) => {
    let combos: string[][] = [[]];
    for (const opts of parts) combos = combos.flatMap((c) => opts.map((o) => [...c, o]));
    const spelled = combos.filter((c) => c.some((x) => /[a-z]/.test(x)));
    const alts = spelled.map((c) => {
      const head = /[a-z]/.test(c[0]!) ? '(?<![a-z0-9])' : '';
      const tail = /[a-z]/.test(c[c.length - 1]!) ? '(?![a-z0-9])' : '';
      // (a space between the parts only in a longer word: "g 🀄 h" is one, "p 台" two words)
      return head + c.join(c.length >= 3 ? ' ?' : '') + tail;
    });
    return `(?:${alts.join('|')})${notBefore ? `(?![${notBefore}])` : ''}`;
  }).join('|'),
  'g',
);
const INITIALLED_GATE = new RegExp(INITIALLED_RE.source);
/** The word each initialled spelling reads as, by its letters and characters with the spaces left out. */
const INITIALLED_OF = new Map<string, string>();
for (const [word, parts] of INITIALLED_WORDS) {
  let combos: string[] = [''];
  for (const opts of parts) combos = combos.flatMap((c) => opts.map((o) => c + o));
  for (const c of combos) INITIALLED_OF.set(c, word);
}
/** The app names read when typed in two parts (SPLIT_NAME_RE): SPLIT_NAME_NOT aside. */
const SPLIT_NAMES = LEET_NAMES.filter((w) => !SPLIT_NAME_NOT.includes(w));
/** An app's name in two halves a space apart (insta gram, snap chat): SPLIT_NAME_NOT aside, each half three letters or more. */
/** Every SPLIT_NAMES name of five letters or more cut once by `sep` (a regex source), two letters or more each side. */
function cutOnce(sep: string): string {
  return SPLIT_NAMES.filter((w) => w.length >= 5)
    .flatMap((w) => Array.from({ length: w.length - 3 }, (_, k) => `${w.slice(0, k + 2)}${sep}${w.slice(k + 2)}`))
    .join('|');
}
const SPLIT_NAME_RE = new RegExp(
  `(?<![a-z0-9'@_.])(?:${SPLIT_NAMES
    .flatMap((w) => Array.from({ length: Math.max(0, w.length - 5) }, (_, k) => `${w.slice(0, k + 3)} ${w.slice(k + 3)}`))
    .join('|')})(?![a-z0-9_])` +
    // (round 80: WeChat spelled by sound, "wee chat me", read as "weechat"; not Scots' noun, "a wee chat", "for a quick wee chat")
    // (round 84: or hyphened, "wee-chat", which no Scots noun is)
    `|(?<![a-z0-9'@_.])(?<!(?<![a-z])(?:a|an|quick|little|nice|lovely|good|short|proper|friendly|brief|our|my|your) )wee chat(?![a-z0-9_])|(?<![a-z0-9'@_.-])wee-chat(?![a-z0-9_-])` +
    // (round 85: or "my wee chat is" or "our wee chat:" before a handle with a dot, an underscore or a digit in it, "my wee
    // chat is lin.trading"; not "my wee chat with her", nor "my wee chat is over")
    `|(?<=(?<![a-z])(?:my|our) )wee chat(?=(?: (?:id|name|handle))?(?: is|:| =) ?[a-z][a-z0-9]*[._\\d])` +
    // (round 87: or a name of five letters or more cut by one dot, "ven.mo", "pay.pal", "tele.gram", each half two letters
    // or more; not inside an address or a host, "ven.mo@…", "pay.pal.com", whose dot or @ goes on)
    `|(?<![a-z0-9'@_.])(?:${cutOnce('\\.')})(?![a-z0-9_@]|\\.[a-z0-9])` +
    // (round 91: or cut by one hyphen the same way, "pay-pal", "ven-mo", as a filter-dodging writer types it; not inside a
    // longer hyphened run or a host, "pay-pal-style", "pay-pal.net")
    `|(?<![a-z0-9'@_.-])(?:${cutOnce('-')})(?![a-z0-9_@]|[.-][a-z0-9])` +
    // (round 95: or cut by one space with two letters on a side, "ven mo", "zel le", "pay pa l" aside, only right before a
    // handle's sign, "send to ven mo @kayla": the handle says an account is named; not "ven mo" alone, nor "mo @ 5pm")
    `|(?<![a-z0-9'@_.-])(?:${cutOnce(' ')})(?= ?[@$][a-z0-9_])` +
    // (or right after the word that names the way to pay or to reach someone, "pay me on ven mo", "send it via zel le",
    // "add me on tele gram": no other word is cut that way there)
    `|(?<=(?<![a-z])(?:on|via|with|through|thru|by|use|using) )(?:${cutOnce(' ')})(?![a-z0-9_])`,
  'g',
);
const SPLIT_NAME_GATE = new RegExp(SPLIT_NAME_RE.source);
/**
 * A handle's marks said aloud, as dictation writes them: "underscore" between two parts ("sam underscore 88" → sam_88),
 * "at sign" and "dollar sign" before a name ("at sign lucy_8" → @lucy_8, "dollar sign tom" → $tom). Only the words
 * with "sign" after at and dollar (not "at sign language", "at sign up", nor "the dollar sign" talked about), and underscore with a letter or digit on each
 * side. "dash" and "hyphen" too ("hank dash fishing dash 52" → hank-fishing-52), but only between a word and a number,
 * or next to a word that another mark joins: a dash is also a pinch ("a dash of salt") and a car's ("dash cam").
 */
const NUMBER_WORD = `(?:[0-9]|(?:${Object.keys(EN_DIGITS).join('|')}|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![a-z]))`;
const SPOKEN_MARK_RE = new RegExp(
  '(?<=[a-z0-9]) underscore (?=[a-z0-9])|(?<![a-z0-9])(?<!(?:the|a|that|this) )(?:at|dollar) sign (?=[a-z0-9])(?!(?:language|up|in|on|out|off|ups|ins)(?![a-z0-9]))' +
    `|(?<=(?<![a-z0-9])[a-z0-9]{2,}) (?:dash|hyphen) (?=${NUMBER_WORD}|[a-z0-9]+ (?:dash|hyphen|underscore) [a-z0-9])` +
    // (or the last piece after a piece that a mark joined: "kate dash rose dash shop")
    '|(?<=(?:dash|hyphen|underscore) [a-z0-9]+) (?:dash|hyphen) (?=[a-z0-9])',
  'g',
);
const SPOKEN_MARK_GATE = /underscore| sign | dash | hyphen /;
const SPOKEN_MARK_TEST = new RegExp(SPOKEN_MARK_RE.source);
/** "ur" or "yr" for "your" before a contact word (send me ur number). */
const TEXTSPEAK_YOUR_RE = new RegExp(`(?<![a-z0-9'])(?:${TEXTSPEAK_YOUR.join('|')})(?= (?:${TEXTSPEAK_YOUR_BEFORE.join('|')})(?![a-z]))`, 'g');
const TEXTSPEAK_YOUR_GATE = new RegExp(TEXTSPEAK_YOUR_RE.source);
/**
 * Chat's one-letter words and short spellings among English words: "u" for you ("i'll give u $5 back"), "n" for and
 * ("friends n family", "cancel it n pay me"), "thru" for through. Read as the words, so that every rule's English forms
 * read them; a letter standing alone in a code, a handle, an address, "U.S." or "U盘" is none.
 */
const TEXTSPEAK_RE = /(?<![a-z0-9'@_.$#/\\&+-])(?:u|n|thru)(?![a-z0-9'@_/\\&+-]|\.[a-z0-9])/g;
const TEXTSPEAK_GATE = new RegExp(TEXTSPEAK_RE.source);
function textspeakWord(m: RegExpExecArray): Piece[] | null {
  const canon = m.input;
  const w = m[0];
  // (the words beside it of two letters or more: a letter among single letters spells a handle, "h u a h u a 8 8")
  const before = /(?:^|[^a-z0-9])([a-z0-9]*)[,!?]? ?$/.exec(canon.slice(Math.max(0, m.index - 12), m.index))![1]!;
  const after = /^ ?([a-z0-9]*)/.exec(canon.slice(m.index + w.length, m.index + w.length + 12))![1]!;
  if (before.length === 1 || after.length === 1) return null;
  const latinBefore = /^[a-z]{2,}$/.test(before);
  const latinAfter = /^[a-z]{2,}$/.test(after);
  // (not a name with its "'n'": Touch 'n Go, Grab n Go)
  if (w === 'n') return latinBefore && latinAfter && after !== 'go' ? [['and', m.index, m.index + 1]] : null;
  if (w === 'u') return latinBefore || latinAfter ? [['you', m.index, m.index + 1]] : null;
  return [['through', m.index, m.index + w.length]];
}
/**
 * "DM" or "PM" typed as two spaced letters before "me" or "us" ("D M me for the price", "Ｐ Ｍ us"): the two letters are
 * the one word. (Two spaced letters elsewhere are most often initials, so only before the pronoun.)
 */
// (round 80: or dotted as an abbreviation, "d.m. me", "D. M. us", "p.m me", whose initials an earlier pass may have
// joined to "dm."; not a time's "5 p.m.", a digit before it)
// (round 83: or before Tagalog-English's "mo ko", "mo ako", "niyo kami" (DM me, us), as "p.m. mo ko": the person after mo)
const DM_WHO = String.raw`(?:me|us|(?:mo|niyo|nyo) (?:ako|ko|kami|sakin|samin))(?![a-z])`;
const SPACED_DM_RE = new RegExp(String.raw`(?<![a-z0-9])[dp] m(?= ${DM_WHO})|(?<![a-z0-9.])(?<!\d ?)[dp] ?\. ?m\.?(?= ${DM_WHO})|(?<![a-z0-9.])(?<!\d ?)[dp]m\.(?= ${DM_WHO})`, 'g');
const SPACED_DM_GATE = new RegExp(SPACED_DM_RE.source);
/**
 * A messaging app's two-letter short name typed as two spaced letters after "on", "via", "over" or "through" ("DM us on
 * I G", "find me via T G"): the two letters are the name, as "d m" before "me" is the word. (Two spaced letters
 * elsewhere are most often initials, so only after the preposition and only these names.)
 */
const SPACED_APP_RE = /(?<=(?<![a-z0-9])(?:on|via|over|through) )(?:i g|t g|w a|f b)(?![a-z0-9_@.'&-])/g;
const SPACED_APP_GATE = new RegExp(SPACED_APP_RE.source);
/**
 * A handle after its @ typed with the dots spaced ("@ the . sample . room", "@ jo . bkk"): the letters already joined into
 * words, the spaces beside each dot left out so the handle reads whole. A dot with a space on each side is rarely a
 * sentence's stop; only right after the @.
 */
// (round 65: or after a cashtag's $, or after a messaging or payment app's name and a colon or a dash, where the handle
// was spelled letter by letter and its dot typed apart: "snapchat: j o e . d e a l s", "cash app — $ j o e . s h o p")
const HANDLE_APPS = '(?:snapchat|snap|telegram|kik|instagram|insta|ig|discord|whatsapp|signal|viber|venmo|cash ?app|cashtag)';
// (a piece after the dot may still be spelled apart, its letters mixed with digits, which the letter-joining leaves:
// "snap: kate . r o s e 9" is kate.rose9, not kate.r)
const SPACED_PIECE = String.raw`(?:[a-z0-9](?: [a-z0-9]){1,19}(?![a-z0-9_])|[a-z0-9_]{1,20})`;
const SPACED_HANDLE_RE = new RegExp(`(?<=@ ?|(?<![a-z])${HANDLE_APPS} ?(?:[:=]|-|—|–) ?)[a-z][a-z0-9_]{0,19}(?: [._] ${SPACED_PIECE})+(?![a-z0-9_])|(?<=@ ?)[0-9_][a-z0-9_]{0,19}(?: [._] [a-z0-9_]{1,20})+(?![a-z0-9_])|(?<=(?<![a-z])(?:cash ?app|venmo|cashtag)(?: is)? ?(?:[:=]|-|—|–)? ?)\\$ ?[a-z][a-z0-9_]{0,19}(?: [._] [a-z0-9_]{1,20})*(?![a-z0-9_])`, 'g');
/** A word that opens the next sentence after a full stop typed with a space before it ("wx: jo_92 . I give u…"). */
const SENTENCE_WORD = '(?:i|we|you|u|he|she|it|my|the|and|or|so|pls|please|thanks|thx|ok|add|dm|text|msg|call|price|reply)';
// (or after WeChat's name, its "ID" or 号, or a colon, a dash or "is" after it, with the pieces' dots, underscores or
// hyphens typed apart: "WeChat ID: mei - shop - 2024", "微信号 tian . mi . 88". The ID is Latin letters first, each
// later piece two characters or more, or spelled apart ("微信号：xiao . y u 8 8"); a hyphen with spaces on each side is
// prose elsewhere, so only here.)
/** WeChat's name and what labels the ID after it: its "ID" or 号, or a colon, a dash or "is". */
const WECHAT_ID_LABEL = `(?<![a-z])(?:${WECHAT_ALT})(?: ?(?:id|号) ?(?:[:：=]|-|—|–|is)?| ?(?:[:：=]|-|—|–|is)) ?`;
const SPACED_WECHAT_ID_RE = new RegExp(`(?<=${WECHAT_ID_LABEL})[a-z][a-z0-9_]{0,19}(?: [._-] (?!${SENTENCE_WORD}(?![a-z0-9_]))(?:[a-z0-9](?: [a-z0-9]){1,19}(?![a-z0-9_])|[a-z0-9_]{2,20}))+(?![a-z0-9_])`, 'g');
const SPACED_HANDLE_GATE = new RegExp(SPACED_HANDLE_RE.source);
// (the gate reads forward from the name, so V8 looks for the names' letters instead of trying the look-behind everywhere)
const SPACED_WECHAT_ID_GATE = new RegExp(`${WECHAT_ID_LABEL}[a-z][a-z0-9_]{0,19} [._-] `);
/** Two or more spaces between Latin words (a word spelled out letter by letter, then a wide gap: "p a y   o f f"). */
const WIDE_SPACE = /(?<=[a-z]) {2,8}(?=[a-z])/g;
const WIDE_SPACE_GATE = /[a-z] {2,8}[a-z]/;
const HYPHEN_SET = new Set(HYPHEN_SPELLED);
// (cheap tests first: each pass below runs only on text that has what it reads)
const HYPHEN_NEAR = /[a-z]-[a-z](?![a-z])/;
// (each host by its longest label: alipay, tenpay, 95516, paypal…)
const HOST_NEAR = new RegExp(LINK_HOSTS.map((h) => h.split('.').reduce((a, b) => (b.length > a.length ? b : a))).join('|'));
const SCHEME_NEAR = /\s:|:\s|\/\s+\//;
const WEB_DOT_NEAR = /[a-z0-9](?:点|。| dot | ?[([]dot[)\]] ?)[a-z]/;
const HYPHEN_RE = /(?<![a-z0-9_.@-])[a-z](?:-[a-z]){1,11}(?![a-z0-9_@]|-[a-z0-9])/g;
const LEET_SYMBOL_SET = new Set(LEET_SYMBOL_WORDS);
// (one to three symbols, each with letters on both sides or at the word's edge: "|ine", "b!o", "wh@ts@pp")
// (a word opens with a symbol only as "|" for l or i: "@name" is a handle, "$5" a price)
// (a word of a hyphened compound is read too, "sc@n-to-p@y", "p@y-off": a hyphen with a letter beyond it, not a domain's dot)
const LEET_SYMBOL_RE = /(?<![a-z0-9@.!|$_]|(?<![a-z])-)(?:[a-z]{1,8}(?:[!|@$][a-z]{1,8}){1,3}|\|[a-z]{1,8}(?:[!|@$][a-z]{1,8}){0,2})(?![a-z0-9!|@$_]|-(?![a-z])|\.[a-z])|(?<![a-z0-9@.!|$_-])[a-z]{1,8}[!|@$](?=[\s,.!?]|$)/g;
const LEET_SYMBOL_MIN = Math.min(...LEET_SYMBOL_WORDS.map((w) => w.length));
const LEET_SYMBOL_MAX = Math.max(...LEET_SYMBOL_WORDS.map((w) => w.length));
const LEET_SYMBOL_NEAR = /[a-z][!|@$](?![a-z]*\.[a-z])|(?<![a-z0-9])\|[a-z]/;
/** The word m reads as through LEET_SYMBOLS, or null. */
function leetSymbolWord(m: string): string | null {
  let words = [''];
  for (const c of m) {
    const opts = LEET_SYMBOLS[c] ?? c;
    words = words.flatMap((w) => [...opts].map((o) => w + o));
  }
  for (const w of words) if (LEET_SYMBOL_SET.has(w)) return w;
  return null;
}
/** Round 90: labels joined by a bracketed dot, "[.]" or "(.)", then a path or a web ending (not "(.)" in a smiley or a list). */
const DEFANGED_RE = new RegExp(String.raw`(?<![a-z0-9])[a-z0-9][a-z0-9-]{0,30}(?:[([]\.[)\]][a-z0-9-]{1,30}){1,3}(?=\/[a-z0-9])|(?<![a-z0-9])[a-z0-9][a-z0-9-]{0,30}(?:[([]\.[)\]][a-z0-9-]{1,30}){0,2}[([]\.[)\]](?:${LINK_TLDS.join('|')})(?![a-z0-9])`, 'g');
const SPACED_DOT = String.raw`\s?(?:\.|dot|点|\(dot\)|\[dot\])\s?`;
const HOST_RE = new RegExp(`(?<![a-z0-9])(?:${LINK_HOSTS.map((h) => h.split('.').join(SPACED_DOT)).join('|')})\\s?/\\s?`, 'g');
const SCHEME_RE = new RegExp(`(?<![a-z0-9])(${WALLET_SCHEMES.join('|')})\\s{0,2}:\\s{0,2}/\\s{0,2}/\\s{0,2}`, 'g');
/**
 * A web address with its dots typed as 点 (點), the ideographic full stop or " dot " ("www点shop点tw", "www。shop。com",
 * "www dot shop dot com"): anchored on the domain's end. " dot " only after www or with two dots, so "the dot com
 * bubble" stays words.
 */
// (or a typed dot with a space on either side, "www . shop-x . com", read as " dot " is: after www, or with two dots)
const WEB_DOT = '(?:点|。| dot | ?\\(dot\\) ?| ?\\[dot\\] ?| \\. ?|\\. )';
// (www may be typed apart too, "ww w . shop . com", "w w w . shop . com")
const WEB_DIAN_RE = new RegExp(`(?<![a-z0-9-])(?:(?:w ?w ?w|[a-z0-9][a-z0-9-]{0,40})${WEB_DOT})(?:[a-z0-9][a-z0-9-]{0,40}${WEB_DOT}){0,2}(?:${WEB_TLDS.join('|')})(?![a-z0-9])`, 'g');
/** A typed dot with a space beside it, right before a web ending: where a spaced address may be (most ". " ends a sentence). */
const WEB_SPACED_NEAR = new RegExp(`(?: \\.|\\. )(?:${WEB_TLDS.join('|')})(?![a-z0-9])`);
const WEB_DOT_SPLIT = new RegExp(WEB_DOT, 'g');
/**
 * A link with its slash said as a word ("bit dot ly slash sale24", "qr dot alipay dot com slash fkx…", "shop.link (slash)
 * x", "wa点me斜杠…" excepted below): the host's dots typed or said, then the slash word right before the path. The slash
 * said is what makes it a link, so one dot will do and any of LINK_TLDS may end the host. Read as host/path.
 */
const LINK_DOT = String.raw`(?: ?\. ?|点| dot | ?\(dot\) ?| ?\[dot\] ?)`;
const SLASH_WORD = String.raw`(?: (?:forward )?slash |\s*[(\[]slash[)\]]\s*|\s*(?:斜杠|斜线)\s*)`;
const SLASH_LINK_RE = new RegExp(`(?<![a-z0-9-])((?:[a-z0-9][a-z0-9-]{0,40}${LINK_DOT}){1,3}(?:${LINK_TLDS.join('|')}))${SLASH_WORD}(?=[a-z0-9~@+_-])`, 'g');
const LINK_DOT_SPLIT = new RegExp(LINK_DOT, 'g');
/** The messaging apps' own short links, which the im-handle rule reads spelled (a phone number after them may be spaced). */
const APP_SHORT_HOST = /^(?:wa|t|telegram|line|m|ig|discord)\.(?:me|gg)$/;
/**
 * A number sent in two labelled halves (前半 …，后半 …; 上半段 …，下半段 …; 前六位 …，后五位 …; "first half … second half …"): one number,
 * read as the number readers would read it whole. Only with both labels.
 */
const HALF_NUM = String.raw`[0-9一二三四五六七八九十]{1,2}`;
const HALVES_RE = new RegExp(
  String.raw`(?:[前上]半(?:段|部分|截)?|前${HALF_NUM}位数?|first (?:half|part|${HALF_NUM}(?: digits)?))\s?(?:是|为|:)?\s?(\d[\d ]{1,14}\d)[^0-9]{1,12}?` +
    // (or in three parts, 前三位 / 中间四位 / 后四位, "first 3 … middle 4 … last 4")
    String.raw`(?:(?:中间(?:段|部分|${HALF_NUM}位数?)?|middle(?: part| ${HALF_NUM}(?: digits)?)?)\s?(?:是|为|:)?\s?(\d[\d ]{1,14}\d)[^0-9]{1,12}?)?` +
    String.raw`(?:[后下]半(?:段|部分|截)?|后${HALF_NUM}位数?|(?:second|other) (?:half|part)|last ${HALF_NUM}(?: digits)?|the rest)\s?(?:是|为|:)?\s?(\d[\d ]{1,14}\d)(?![\d])`,
  'dg',
);

/**
 * Words spelled to get past a filter, read as the words: by sound (pinyin, zhuyin), letter by letter with hyphens, with
 * "!" for an i; links with their dots and slashes spaced; 点 as a web address's dot; a number sent in two labelled halves.
 */
/**
 * A match whose units other than spaces each become one unit of `word` in turn (word has one unit for each), the
 * spaces dropped: "p 台" → 平台.
 */
function spacesLeftOut(m: RegExpExecArray, word: string): Piece[] {
  const pieces: Piece[] = [];
  let k = 0;
  for (let p = 0; p < m[0].length; p++) {
    if (m[0][p] === ' ') continue;
    pieces.push([word[k++]!, m.index + p, m.index + p + 1]);
  }
  return pieces;
}

/** A match's units as themselves, one each, those in `dropped` left out: "snap chat" → snapchat, "d.m." → dm, "wee-chat" → weechat. */
function unitsKept(m: RegExpExecArray, dropped: string): Piece[] {
  const pieces: Piece[] = [];
  for (let p = 0; p < m[0].length; p++) {
    const c = m[0][p]!;
    if (!dropped.includes(c)) pieces.push([c, m.index + p, m.index + p + 1]);
  }
  return pieces;
}

function readSpellings(st0: Stage, letters: boolean, marked: boolean): Stage {
  const syllables = letters && nextSpellRun(st0.canon, 0) >= 0;
  // (a dot typed with spaces: tested cheaply here, once, and again below only when it is there)
  const spacedDot = letters && (st0.canon.includes(' .') || st0.canon.includes('. ')) && WEB_SPACED_NEAR.test(st0.canon);
  const initialled = letters && INITIALLED_GATE.test(st0.canon);
  const wide = letters && WIDE_SPACE_GATE.test(st0.canon);
  const textspeak = letters && TEXTSPEAK_YOUR_GATE.test(st0.canon);
  const spacedDm = letters && SPACED_DM_GATE.test(st0.canon);
  const spacedApp = letters && SPACED_APP_GATE.test(st0.canon);
  const spacedHandle = letters && (st0.canon.includes('@') || st0.canon.includes(' . ') || st0.canon.includes(' _ ') || st0.canon.includes('$ ')) && SPACED_HANDLE_GATE.test(st0.canon);
  const spacedWechatId = letters && (st0.canon.includes(' . ') || st0.canon.includes(' _ ') || st0.canon.includes(' - ')) && SPACED_WECHAT_ID_GATE.test(st0.canon);
  const split = letters && SPLIT_NAME_GATE.test(st0.canon);
  const spokenMark = letters && SPOKEN_MARK_GATE.test(st0.canon) && SPOKEN_MARK_TEST.test(st0.canon);
  if (!syllables && !marked && !spacedDot && !initialled && !wide && !textspeak && !spacedDm && !spacedApp && !spacedHandle && !spacedWechatId && !split && !spokenMark && !(letters && (st0.canon.includes('dot') || st0.canon.includes('first')))) return st0;
  let st = st0;
  // (words spelled letter by letter and already joined, a wide gap left between them: "pay   off   the app" reads as
  // the phrase typed with one space)
  if (wide) st = rewrite(st, WIDE_SPACE, (m) => [[' ', m.index, m.index + 1]]);
  if (textspeak) st = rewrite(st, TEXTSPEAK_YOUR_RE, (m) => [['your', m.index, m.index + m[0].length]]);
  if (spacedDm) st = rewrite(st, SPACED_DM_RE, (m) => unitsKept(m, ' .'));
  if (spacedApp) st = rewrite(st, SPACED_APP_RE, (m) => unitsKept(m, ' '));
  if (spacedHandle) st = rewrite(st, SPACED_HANDLE_RE, (m) => unitsKept(m, ' '));
  if (spacedWechatId) st = rewrite(st, SPACED_WECHAT_ID_RE, (m) => unitsKept(m, ' '));
  // (an app's name in two halves, "snap chat": the space left out)
  if (split) st = rewrite(st, SPLIT_NAME_RE, (m) => unitsKept(m, ' -.'));
  if (spokenMark) st = rewrite(st, SPOKEN_MARK_RE, (m) => [[m[0] === ' underscore ' ? '_' : m[0].startsWith(' ') ? '-' : m[0].startsWith('at') ? '@' : '$', m.index, m.index + m[0].length]]);
  // (a word with a syllable as its pinyin initial: 不走p台, 关注g🀄h; each unit for the letter or character it spells,
  // the spaces between them left out)
  if (initialled) {
    st = rewrite(st, INITIALLED_RE, (m) => {
      const word = INITIALLED_OF.get(m[0].replace(/ /g, ''));
      return word === undefined ? null : spacesLeftOut(m, word);
    });
  }
  // (most text with letters is English with no Chinese beside it: a word spelled by sound there needs one of the long
  // syllables, so the big pattern runs only when one is in it)
  if (syllables || BOPOMOFO.test(st.canon)) {
    // (two syllables of pinyin with no Chinese anywhere may be English words side by side: "ping tai chi")
    const chinese = /[\u3105-\u312f\u3400-\u9fff]/.test(st.canon);
    st = rewrite(st, spelledAt, (m) => {
      if (!/[a-z\u3105-\u312f]/.test(m[0])) return null;
      let k = 1;
      while (m[k] === undefined) k++;
      const [word, py] = SPELLED_WORDS[k - 1]!;
      if (py.length === 0 && !BOPOMOFO.test(m[0])) return null;
      if (!chinese && word.length < 3) return null;
      const lead = m[0].startsWith(' ') ? 1 : 0;
      const core = m[0].trim();
      const parts = SPELLED_PARTS[k - 1]!.exec(core);
      if (parts === null) return null;
      const pieces: Piece[] = [];
      let at = m.index + lead;
      for (let g = 1; g < parts.length; g++) {
        const from = m.index + m[0].indexOf(parts[g]!, at - m.index);
        pieces.push([word[g - 1]!, from, from + parts[g]!.length]);
        at = from + parts[g]!.length;
      }
      return pieces;
    });
  }
  if (letters) {
    if (HYPHEN_NEAR.test(st.canon)) {
      st = rewrite(st, HYPHEN_RE, (m) => {
        const w = m[0].replace(/-/g, '');
        if (!HYPHEN_SET.has(w)) return null;
        return [...w].map((c, k): Piece => [c, m.index + 2 * k, m.index + 2 * k + 1]);
      });
    }
    // (a symbol touching a Latin letter: most "!" and "|" follow Chinese text or end an English sentence)
    if (LEET_SYMBOL_NEAR.test(st.canon)) {
      st = rewrite(st, LEET_SYMBOL_RE, (m) => {
        const w = m[0].length >= LEET_SYMBOL_MIN && m[0].length <= LEET_SYMBOL_MAX && /[!|@$]/.test(m[0]) ? leetSymbolWord(m[0]) : null;
        return w === null ? null : [[w, m.index, m.index + w.length]];
      });
    }
    if (st.canon.includes('slash') || st.canon.includes('斜')) {
      st = rewrite(st, SLASH_LINK_RE, (m) => {
        const host = m[1]!.split(LINK_DOT_SPLIT).join('.');
        if (!host.includes('.') || APP_SHORT_HOST.test(host) || !/[a-z]/.test(host.slice(0, host.lastIndexOf('.')))) return null;
        return [[`${host}/`, m.index, m.index + m[0].length]];
      });
    }
    // round 90: a link "defanged" with its dot in brackets ("forms[.]gle/x", "shop(.)link/sale"), as a filter's evasion:
    // read as the dot, only with a path after the last label or a web ending there
    if (st.canon.includes('[.]') || st.canon.includes('(.)')) {
      st = rewrite(st, DEFANGED_RE, (m) => [[m[0].replace(/[([]\.[)\]]/g, '.'), m.index, m.index + m[0].length]]);
    }
    if (st.canon.includes('/')) {
      if (HOST_NEAR.test(st.canon)) {
        st = rewrite(st, HOST_RE, (m) => {
          const host = m[0].replace(/\s|\(|\)|\[|\]/g, '').replace(/dot|点/g, '.');
          return host === m[0] ? null : [[host, m.index, m.index + m[0].length]];
        });
      }
      if (SCHEME_NEAR.test(st.canon)) {
        st = rewrite(st, SCHEME_RE, (m) => (/\s/.test(m[0]) ? [[`${m[1]!}://`, m.index, m.index + m[0].length]] : null));
      }
    }
    if (spacedDot || WEB_DOT_NEAR.test(st.canon)) {
      st = rewrite(st, WEB_DIAN_RE, (m) => {
        const labels = m[0].split(WEB_DOT_SPLIT);
        if (/^w ?w ?w$/.test(labels[0]!)) labels[0] = 'www';
        else if (labels[0]!.includes(' ')) return null;
        if (!labels.slice(0, -1).some((l) => /[a-z]/.test(l))) return null;
        // (" dot " words and spaced dots: a www address, or two dots; "dot" in brackets is only ever typed for a dot, so
        // one will do, but not before a path: the app's link readers take "line(dot)me/…" whole)
        const end = m.index + m[0].length;
        const dotInBrackets = /[([]dot[)\]]/.test(m[0]);
        const bracketed = dotInBrackets && st.canon[end] !== '/';
        // (a path right after the ending makes one spoken dot an address too: "luxe dot co/app"; "the dot com bubble" has none)
        const path = !dotInBrackets && st.canon[end] === '/' && /[a-z0-9]/.test(st.canon[end + 1] ?? '');
        if (/dot| \.|\. /.test(m[0]) && !bracketed && !path && labels[0] !== 'www' && labels.length < 3) return null;
        return [[labels.join('.'), m.index, m.index + m[0].length]];
      });
    }
  }
  if (/前|上半|first/.test(st.canon)) {
    st = rewrite(st, HALVES_RE, (m) => {
      const ix = (m as RegExpExecArray & { indices: [number, number][] }).indices;
      return [1, 2, 3].filter((g) => m[g] !== undefined).map((g): Piece => [m[g]!, ix[g]![0], ix[g]![1]]);
    });
  }
  return st;
}

/** The first n units map to themselves: written out when the map stops being the identity. */
function writeIdentityMap(starts: Int32Array, ends: Int32Array, n: number): void {
  for (let p = 0; p < n; p++) {
    starts[p] = p;
    ends[p] = p + 1;
  }
}

function identityMap(n: number, add: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i + add;
  return a;
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
    let run = m[0];
    // three number words, or two with digits among them: digits alone are left to the number readers (a word for
    // zero is no number word here: it only stands inside one)
    let words = 0;
    let tokens = 0;
    let firstEnd = 0;
    let lastStart = 0;
    let rep = 1;
    for (let w = EN_RUN_TOKEN.exec(run); w !== null; w = EN_RUN_TOKEN.exec(run)) {
      if (EN_REPEAT[w[0]] !== undefined) {
        rep = EN_REPEAT[w[0]]!;
        continue;
      }
      if (tokens === 0) firstEnd = w.index + w[0].length;
      tokens += rep;
      rep = 1;
      lastStart = w.index;
      if (w[0].length > 1 && !EN_ZERO_SET.has(w[0])) words++;
    }
    EN_RUN_TOKEN.lastIndex = 0;
    // a run opened by "oh"/"o" and short: the interjection before a number, read from the next token on
    if (EN_ZERO_SET.has(run.slice(0, firstEnd)) && tokens < EN_ZERO_FIRST_MIN) {
      EN_WORD_RUN.lastIndex = m.index + firstEnd;
      continue;
    }
    // ("… three four, oh wait": a closing "oh" before a word is the interjection)
    if (EN_ZERO_SET.has(run.slice(lastStart)) && /^\s*[a-z]/.test(canon.slice(m.index + run.length, m.index + run.length + 4))) {
      run = run.slice(0, lastStart).replace(/[\s,.-]+$/, '');
      tokens--;
      if (tokens < 3) continue;
    }
    // (one word among a phone's worth of single digits is a digit too: "+44 seven 7 0 0, 9 0 0 4 6 2"; not a leading
    // "one", the article before a count, unless a country code stands before it: "+60 one 2 3 …")
    const lone = words === 1 && tokens >= 7 && (!/^one(?![a-z])/.test(run) || /[+\d][\s-]?$/.test(canon.slice(Math.max(0, m.index - 2), m.index)));
    if ((words < 2 && !lone) || (words === 2 && !/\d/.test(run))) continue;
    // "plus four four, …": the word for the international sign reads as '+'
    const plus = PLUS_BEFORE.exec(canon.slice(Math.max(last, m.index - 6), m.index));
    if (plus !== null) {
      const p0 = m.index - plus[0].length;
      copy(last, p0);
      out += '+';
      s.push(startOf[p0]!);
      e.push(endOf[p0 + 3]!);
    } else copy(last, m.index);
    let times = 1;
    let from = -1;
    for (let w = EN_RUN_TOKEN.exec(run); w !== null; w = EN_RUN_TOKEN.exec(run)) {
      const a = m.index + w.index;
      if (EN_REPEAT[w[0]] !== undefined) {
        times = EN_REPEAT[w[0]]!;
        from = a;
        continue;
      }
      // (each digit said twice or thrice spans "double seven" whole)
      for (let k = 0; k < times; k++) {
        out += EN_DIGITS[w[0]] ?? (EN_ZERO_SET.has(w[0]) ? '0' : w[0]);
        s.push(startOf[from >= 0 ? from : a]!);
        e.push(endOf[a + w[0].length - 1]!);
      }
      times = 1;
      from = -1;
    }
    EN_RUN_TOKEN.lastIndex = 0;
    last = m.index + run.length;
  }
  copy(last, canon.length);
  return { canon: out, startOf: Int32Array.from(s), endOf: Int32Array.from(e) };
}

/** The original text read as plain letters and digits with the case kept, and a map back to it. */
export interface CasedText {
  readonly text: string;
  /** For unit i of `text`: original start and end offsets; null when every unit is its own original unit. */
  readonly startOf: Int32Array | null;
  readonly endOf: Int32Array | null;
}
const casedMemo = new WeakMap<Normalised, CasedText>();

/**
 * The original text with styled letters and digits read as plain ones (full-width, mathematical bold, circled:
 * NFKC) and invisible format characters dropped, but not lower-cased: a value whose case is part of it (a crypto
 * address in base58, where l and I, o and O are different letters) cannot be read from the canonical text, and
 * reading the raw text missed it whenever it was styled or had zero-width characters between its letters.
 */
export function casedText(norm: Normalised): CasedText {
  const known = casedMemo.get(norm);
  if (known !== undefined) return known;
  const text = norm.text;
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) plain = text.charCodeAt(i) < 0x80;
  let made: CasedText;
  if (plain) made = { text, startOf: null, endOf: null };
  else {
    let out = '';
    const s: number[] = [];
    const e: number[] = [];
    for (let i = 0; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      const cl = cp > 0xffff ? 2 : 1;
      let f: string;
      if (cp < 0x80) f = text[i]!;
      else if (isFormat(cp)) f = '';
      else {
        const extra = extraFold(cp);
        // (the enclosed and squared capitals folded by extraFold are capitals)
        f = extra !== undefined ? (cp >= 0x1f130 && cp <= 0x1f1ff ? extra.toUpperCase() : extra) : String.fromCodePoint(cp).normalize('NFKC');
      }
      for (let u = 0; u < f.length; u++) {
        s.push(i);
        e.push(i + cl);
      }
      out += f;
      i += cl;
    }
    // (look-alike capitals are capitals: "ТJVх…" is a Tron address)
    if (LOOK_ALIKE_SEEN.test(out)) {
      const units = Array.from({ length: out.length }, (_, p) => out.charCodeAt(p));
      if (readLookAlikes(units, units.length, (p) => text.charCodeAt(s[p]!), true)) out = units.map((c) => String.fromCharCode(c)).join('');
    }
    made = { text: out, startOf: Int32Array.from(s), endOf: Int32Array.from(e) };
  }
  casedMemo.set(norm, made);
  return made;
}

/** Map a span [a, b) of casedText(norm) back to original offsets. */
export function casedToOriginal(c: CasedText, a: number, b: number): { start: number; end: number } {
  if (c.startOf === null || c.endOf === null) return { start: a, end: b };
  return { start: c.startOf[a]!, end: c.endOf[b - 1]! };
}

/** Map a canonical span [a, b) back to original offsets. */
export function toOriginal(norm: Normalised, a: number, b: number): { start: number; end: number } {
  const n = norm.canon.length;
  if (n === 0) return { start: 0, end: 0 };
  const aa = Math.min(Math.max(a, 0), n - 1);
  const bb = Math.min(Math.max(b, aa + 1), n);
  if (norm instanceof Norm && norm.identity) return { start: aa, end: bb };
  // a keycap or variation selector dropped right after the last character belongs to it ("8️⃣")
  const text = norm.text;
  let end = norm.endOf[bb - 1]!;
  for (let k = 0; k < 4 && end < text.length; k++) {
    const c = text.charCodeAt(end);
    if (c !== 0x20e3 && !(c >= 0xfe00 && c <= 0xfe0f)) break;
    end++;
  }
  return { start: norm.startOf[aa]!, end };
}
