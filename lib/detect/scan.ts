/**
 * Shared scanning helpers over canonical text: keyword lexicons, handle and
 * number readers, clause bounds, negation/warning context. Everything here is
 * linear (bounded look-around windows, no backtracking regexes).
 */
import type { Normalised } from './normalise';
import { NEGATIONS, NUMBER_LABELS, WARNINGS } from './lexicon/words';

export interface Hit {
  start: number;
  end: number;
  word: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** A compiled list of literal keywords. Latin keywords only match as whole words. */
export class Lexicon {
  readonly re: RegExp;
  constructor(readonly words: readonly string[]) {
    const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
    this.re = new RegExp(sorted.map(escapeRe).join('|'), 'g');
  }

  find(canon: string): Hit[] {
    const out: Hit[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
      const w = m[0];
      const s = m.index;
      const e = s + w.length;
      const firstLatin = isAsciiLetter(w.charCodeAt(0));
      const lastLatin = isAsciiLetter(w.charCodeAt(w.length - 1));
      if ((firstLatin && s > 0 && isAsciiLetter(canon.charCodeAt(s - 1))) || (lastLatin && e < canon.length && isAsciiLetter(canon.charCodeAt(e)))) {
        re.lastIndex = s + 1;
        continue;
      }
      out.push({ start: s, end: e, word: w });
      if (out.length > 5000) break;
    }
    return out;
  }

  test(canon: string): boolean {
    return this.find(canon).length > 0;
  }
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** Characters a handle is made of. */
export function isCore(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}
export function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x3040 && c <= 0x30ff);
}
/** Separators people put inside handles and numbers to dodge filters. */
export function isSep(c: number): boolean {
  return (
    c === 32 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 47 || c === 126 || c === 0x2795 || c === 43 ||
    (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff) || c === 0x3001 || c === 0x30fb || c === 0x2665
  );
}

export interface Token {
  start: number;
  end: number;
  /** Handle without separators, e.g. "lanlan8823". */
  value: string;
}

/**
 * Read a handle/number token starting at `pos` (which must be a core char or '@').
 * Joins spelled-out groups ("l a n l a n 8 8") and digit groups ("131 7572 2846").
 */
export function readToken(canon: string, pos: number, limit: number = canon.length): Token | null {
  let j = pos;
  let value = '';
  if (canon.charCodeAt(j) === 64) j++; // '@'
  const readGroup = (from: number): { end: number; text: string } => {
    let k = from;
    let t = '';
    while (k < limit) {
      const c = canon.charCodeAt(k);
      if (isCore(c)) {
        t += canon[k];
        k++;
      } else if ((c === 46 || c === 45) && t.length > 0 && k + 1 < limit && isCore(canon.charCodeAt(k + 1))) {
        // '.' and '-' inside a handle/number: keep for letters, drop between digits
        const prevDigit = isDigit(canon.charCodeAt(k - 1));
        const nextDigit = isDigit(canon.charCodeAt(k + 1));
        if (!(prevDigit && nextDigit)) t += canon[k];
        k++;
      } else break;
    }
    return { end: k, text: t };
  };
  let g = readGroup(j);
  if (g.text.length === 0) return null;
  value = g.text;
  let end = g.end;
  let prev = g.text;
  let allSingles = prev.length === 1;
  let groups = 1;
  while (end < limit && groups < 40) {
    let k = end;
    let seps = 0;
    while (k < limit && seps < 3 && (isSep(canon.charCodeAt(k)) || canon.charCodeAt(k) === 45 || canon.charCodeAt(k) === 46)) {
      k++;
      seps++;
    }
    if (k === end || k >= limit || !isCore(canon.charCodeAt(k))) break;
    const next = readGroup(k);
    const digitsBoth = /^\d+$/.test(prev) && /^\d+$/.test(next.text);
    const spelled = next.text.length === 1 && allSingles;
    if (!digitsBoth && !spelled) break;
    value += next.text;
    end = next.end;
    prev = next.text;
    allSingles = allSingles && prev.length === 1;
    groups++;
  }
  // trim trailing '.'/'-'
  while (value.length > 0 && (value.endsWith('.') || value.endsWith('-'))) value = value.slice(0, -1);
  return { start: pos, end, value };
}

export interface NumberRun {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  /** a letter is glued to the run (SF1402…, A2890) */
  alphaBefore: boolean;
  alphaAfter: boolean;
  /** '*' next to the run: a masked number */
  masked: boolean;
  groups: { start: number; end: number; digits: string }[];
}

function isNumSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 41 || c === 0xb7 || c === 0x2022 || c === 47 ||
    c === 0x2795 || (c >= 0x2190 && c <= 0x2bff && c !== 0x2665) || (c >= 0xd800 && c <= 0xdfff) || c === 0x30fb;
}

/** All digit runs, digit groups joined across light separators. */
export function numberRuns(canon: string): NumberRun[] {
  const out: NumberRun[] = [];
  const n = canon.length;
  let i = 0;
  while (i < n) {
    if (!isDigit(canon.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    const groups: NumberRun['groups'] = [];
    let end = i;
    let digits = '';
    for (;;) {
      let k = end;
      let g = '';
      while (k < n && isDigit(canon.charCodeAt(k))) {
        g += canon[k];
        k++;
      }
      groups.push({ start: end, end: k, digits: g });
      digits += g;
      end = k;
      let s = k;
      let seps = 0;
      while (s < n && seps < 3 && isNumSep(canon.charCodeAt(s))) {
        s++;
        seps++;
      }
      if (s === k || s >= n || !isDigit(canon.charCodeAt(s)) || digits.length > 40) break;
      // ')' joins only "(212) 555…": the group must have opened with '('
      if (canon.slice(k, s).includes(')') && canon.charCodeAt(groups[groups.length - 1]!.start - 1) !== 40) break;
      // "( 212 )" style: a ')' or '(' only between groups
      end = s;
    }
    let p = start - 1;
    while (p >= 0 && (canon.charCodeAt(p) === 40 || canon.charCodeAt(p) === 32) && start - p < 3) p--;
    const plus = p >= 0 && canon.charCodeAt(p) === 43;
    const before = start > 0 ? canon.charCodeAt(start - 1) : 0;
    const after = end < n ? canon.charCodeAt(end) : 0;
    const masked = before === 42 || after === 42 || after === 0xd7 || (after === 120 && end + 1 < n && canon.charCodeAt(end + 1) === 120);
    out.push({ start, end, digits, plus, alphaBefore: isAsciiLetter(before), alphaAfter: isAsciiLetter(after), masked, groups });
    i = end;
    if (out.length > 5000) break;
  }
  return out;
}

const CLAUSE_STOP = new Set([0xff0c, 44, 0x3002, 0xff01, 33, 0xff1f, 63, 0xff1b, 59, 10, 0x2026]);
const SENTENCE_STOP = new Set([0x3002, 0xff01, 33, 0xff1f, 63, 10, 0x2026]);

/** Start of the clause containing pos (commas and sentence punctuation end clauses). */
export function clauseStart(canon: string, pos: number, max = 40): number {
  let p = pos;
  while (p > 0 && pos - p < max && !CLAUSE_STOP.has(canon.charCodeAt(p - 1))) p--;
  return p;
}
export function clauseEnd(canon: string, pos: number, max = 40): number {
  let p = pos;
  while (p < canon.length && p - pos < max && !CLAUSE_STOP.has(canon.charCodeAt(p))) p++;
  return p;
}
export function sentenceEnd(canon: string, pos: number, max = 60): number {
  let p = pos;
  while (p < canon.length && p - pos < max && !SENTENCE_STOP.has(canon.charCodeAt(p))) p++;
  return p;
}
export function sentenceStart(canon: string, pos: number, max = 60): number {
  let p = pos;
  while (p > 0 && pos - p < max && !SENTENCE_STOP.has(canon.charCodeAt(p - 1))) p--;
  return p;
}

const NEG = new Lexicon(NEGATIONS);
const WARN = new Lexicon(WARNINGS);
const LABELS = new Lexicon(NUMBER_LABELS);

/** Per-message matching context; expensive views are computed once, on demand. */
export class MatchContext {
  readonly canon: string;
  private numbersCache: NumberRun[] | undefined;
  private hitCache = new Map<Lexicon, Hit[]>();
  private warnedCache: boolean | undefined;
  private labelCache: Hit[] | undefined;
  private negCache: Hit[] | undefined;

  constructor(readonly norm: Normalised) {
    this.canon = norm.canon;
  }

  hits(lex: Lexicon): Hit[] {
    let h = this.hitCache.get(lex);
    if (h === undefined) {
      h = lex.find(this.canon);
      this.hitCache.set(lex, h);
    }
    return h;
  }

  numbers(): NumberRun[] {
    this.numbersCache ??= numberRuns(this.canon);
    return this.numbersCache;
  }

  /** The whole message is a scam warning. */
  warned(): boolean {
    this.warnedCache ??= WARN.find(this.canon).length > 0;
    return this.warnedCache;
  }

  /** A negation word earlier in the same clause, close to pos. */
  negatedAt(pos: number, window = 16): boolean {
    this.negCache ??= NEG.find(this.canon);
    const from = Math.max(clauseStart(this.canon, pos, window), pos - window);
    for (const h of this.negCache) {
      // A negation that starts before the match counts even when it runs into it ("别私下转账").
      if (h.start >= from && h.start < pos) return true;
      if (h.start > pos) break;
    }
    return false;
  }

  /** A non-contact label (order no., tracking, price…) just before pos in the same clause. */
  labelledAt(pos: number, window = 12): boolean {
    this.labelCache ??= LABELS.find(this.canon);
    const from = Math.max(clauseStart(this.canon, pos, window), pos - window);
    for (const h of this.labelCache) {
      if (h.start >= from && h.end <= pos) return true;
      if (h.start > pos) break;
    }
    return false;
  }

  /** Any keyword of lex within [a, b). */
  near(lex: Lexicon, a: number, b: number): Hit | undefined {
    for (const h of this.hits(lex)) {
      if (h.start >= a && h.end <= b) return h;
      if (h.start >= b) break;
    }
    return undefined;
  }
}
