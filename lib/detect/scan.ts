/**
 * Shared scanning helpers over canonical text: keyword lexicons, handle and
 * number readers, clause bounds, negation/warning context. Everything here is
 * linear (bounded look-around windows, no backtracking regexes).
 */
import { escapeRe } from './escape-re';
import { isGapUnit, type Normalised } from './normalise';
import { IM_STRONG, NEGATIONS, NUMBER_LABELS, PROTECTIONS, QQ_STRONG, RECOUNT_ASKED, RECOUNT_REFUSED, REFUSED_AFTER, SAFETY_QUESTIONS, WARNINGS, WECHAT_STRONG } from './lexicon/words';

export interface Hit {
  start: number;
  end: number;
  word: string;
}

export function isAsciiLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Every lexicon ever made, by id: the one-pass scanner matches all of them at once. */
const LEXICONS: Lexicon[] = [];

/** A compiled list of literal keywords. Latin keywords only match as whole words. */
export class Lexicon {
  private regex: RegExp | undefined;
  /** Index in the scanner's tables. */
  readonly id: number;
  constructor(readonly words: readonly string[]) {
    this.id = LEXICONS.length;
    LEXICONS.push(this);
  }

  /**
   * The keywords as one alternation, longest first. Made on first use: the
   * scanner answers most lookups, and the rule modules make their lexicons
   * while the content script loads, where sorting and escaping every list
   * cost about 6 ms of its first task.
   */
  get re(): RegExp {
    if (this.regex === undefined) {
      const sorted = [...new Set(this.words)].sort((a, b) => b.length - a.length);
      this.regex = new RegExp(sorted.map(escapeRe).join('|'), 'g');
    }
    return this.regex;
  }

  /** Leftmost-longest, non-overlapping hits (the scanner gives the same list for all lexicons in one pass). */
  find(canon: string): Hit[] {
    const out: Hit[] = [];
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
      const w = m[0];
      const s = m.index;
      const e = s + w.length;
      if (!wordBounded(canon, s, e)) {
        re.lastIndex = s + 1;
        continue;
      }
      out.push({ start: s, end: e, word: w });
      if (out.length > MAX_HITS) break;
    }
    return out;
  }

  test(canon: string): boolean {
    return this.find(canon).length > 0;
  }
}

const MAX_HITS = 5000;

/** Every presence set ever made: the scanner reports which occur, in the same pass. */
const PRESENCES: Presence[] = [];

/**
 * "Does the text contain one of these strings?" — `/a|bc|d/.test(canon)` for
 * plain literals (anywhere, no word bounds), answered by the one-pass scanner
 * instead of a regex pass of its own per message.
 */
export class Presence {
  /** Index among every presence set: word `id >>> 5`, bit `id & 31` of the scanner's presence mask. */
  readonly id: number;
  constructor(readonly words: readonly string[]) {
    this.id = PRESENCES.length;
    PRESENCES.push(this);
  }
  test(canon: string): boolean {
    for (const w of this.words) if (canon.includes(w)) return true;
    return false;
  }
}

/** A Latin keyword must not run into more Latin letters on either side. */
function wordBounded(canon: string, s: number, e: number): boolean {
  if (isAsciiLetter(canon.charCodeAt(s)) && s > 0 && isAsciiLetter(canon.charCodeAt(s - 1))) return false;
  if (isAsciiLetter(canon.charCodeAt(e - 1)) && e < canon.length && isAsciiLetter(canon.charCodeAt(e))) return false;
  return true;
}

/**
 * The literal strings a simple trigger regex stands for (`a|bc|[x-z]d|\d`),
 * or null when the pattern is more than alternatives of literals and classes.
 * `re.test(t)` is then exactly "t contains one of the strings".
 */
export function triggerLiterals(re: RegExp): string[] | null {
  if (re.flags.replace(/[gy]/g, '') !== '') return null;
  const src = re.source;
  const out: string[] = [];
  let alts: string[] = [''];
  let i = 0;
  const times = (set: string[]): void => {
    const next: string[] = [];
    for (const a of alts) for (const c of set) next.push(a + c);
    alts = next;
  };
  while (i <= src.length) {
    if (alts.length > 4096) return null;
    const c = src[i];
    if (c === undefined || c === '|') {
      if (alts.some((a) => a === '')) return null;
      out.push(...alts);
      alts = [''];
      i++;
      continue;
    }
    if (c === '\\') {
      const d = src[i + 1];
      if (d === undefined) return null;
      if (d === 'd') times('0123456789'.split(''));
      else if (/[.\\+*?()[\]{}|^$\/-]/.test(d)) times([d]);
      else return null;
      i += 2;
      continue;
    }
    if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0 || src[i + 1] === '^') return null;
      const body = src.slice(i + 1, close);
      if (body.includes('\\') || /[\ud800-\udfff]/.test(body)) return null;
      const set: string[] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          for (let x = body.charCodeAt(k); x <= body.charCodeAt(k + 2); x++) set.push(String.fromCharCode(x));
          k += 2;
        } else set.push(body[k]!);
      }
      times(set);
      i = close + 1;
      continue;
    }
    if ('()?*+{}.^$]'.includes(c)) return null;
    times([c]);
    i++;
  }
  return out;
}

/**
 * One pass over the canonical text that finds, at once, the hits of every
 * lexicon and which rule triggers occur: a trie over all keywords and trigger
 * strings, walked from each position. Replaces one regex pass per lexicon and
 * per trigger.
 *
 * The trie's edges live in one open-addressed hash table, key (parent node,
 * code unit) and child side by side in one typed array, not a Map per node:
 * the walk does one lookup per character of every keyword prefix it follows,
 * and a Map.get per step was the single largest cost of a short message. A
 * node's trigger and presence bits sit side by side too (one cache line).
 */
export class Scanner {
  /** first code unit → node (0 = none); 16-bit (nodes stay below 0x10000): half the cache footprint of Chinese text */
  private readonly root = new Uint16Array(65536);
  /** lexicon ids whose keyword ends at this node */
  private readonly ends: (number[] | null)[];
  /** per node: trigger bits */
  private readonly bits: Int32Array;
  /**
   * per node: its `presenceWords` words of presence bits. There is no cap on
   * presence sets: one past a fixed mask was tested with includes() per
   * word on every text that reached it, a few hundred passes per message.
   */
  private readonly presBits: Int32Array;
  /** Int32 words of the presence mask; the sets made before this scanner are answered */
  readonly presenceWords: number;
  readonly presenceKnown: number;
  /** per node: 1 = has children, 2 = some keyword ends here, 4 = some presence word ends here */
  private readonly flags: Uint8Array;
  /** per node: bit (c & 31) set for each child's code unit c — most steps find no child, and this says so without a probe */
  private readonly kidBits: Int32Array;
  /** per slot: [node << 16 | code unit, child]; child 0 = empty slot */
  private readonly edges: Int32Array;
  private readonly edgeMask: number;
  /** nodes made so far (0 is "none") */
  private nodes = 1;
  readonly lexCount: number;
  private readonly best: Int32Array;
  private readonly next: Int32Array;
  private readonly touched: Int32Array;
  /** Trigger bits of the last scan. */
  triggers = 0;
  /** ASCII digits in the last scanned text (rules that need a long number skip texts without enough). */
  digits = 0;
  /** Presence mask of the last scan (a fresh array per scan: a MatchContext keeps it). */
  present: Int32Array = new Int32Array(0);
  /** The last text has two ASCII letters right before two digits (how an IBAN starts). */
  lettersDigits = false;

  /**
   * `triggers[i]` are the strings of trigger bit i. Words go straight into
   * the typed arrays (sized by the total length of all words, an upper bound
   * on nodes and edges): building it is part of the first detect() call.
   */
  constructor(triggers: readonly (readonly string[])[]) {
    this.lexCount = LEXICONS.length;
    let total = 0;
    for (const lex of LEXICONS) for (const w of lex.words) total += w.length;
    for (const list of triggers) for (const w of list) total += w.length;
    for (const p of PRESENCES) for (const w of p.words) total += w.length;
    // (the words' length bounds the nodes; the node ids themselves must fit 16 bits, checked as they are made)
    const maxNodes = total + 1;
    // (filled ahead, so the array stays a packed one: written at scattered node ids as it was, V8 kept it as a dictionary)
    this.ends = new Array<number[] | null>(maxNodes).fill(null);
    this.presenceKnown = PRESENCES.length;
    const W = (this.presenceWords = (PRESENCES.length + 31) >>> 5);
    this.bits = new Int32Array(maxNodes);
    this.presBits = new Int32Array(maxNodes * W);
    this.flags = new Uint8Array(maxNodes);
    this.kidBits = new Int32Array(maxNodes);
    let size = 16;
    while (size < total * 2) size *= 2;
    this.edgeMask = size - 1;
    this.edges = new Int32Array(size * 2);
    for (const lex of LEXICONS) {
      for (const w of lex.words) {
        const node = this.add(w);
        if (node === 0) continue;
        const e = (this.ends[node] ??= []);
        if (!e.includes(lex.id)) e.push(lex.id);
        this.flags[node]! |= 2;
      }
    }
    triggers.forEach((list, bit) => {
      for (const w of list) this.bits[this.add(w)]! |= 1 << bit;
    });
    for (const p of PRESENCES) {
      for (const w of p.words) {
        const node = this.add(w);
        this.presBits[node * W + (p.id >>> 5)]! |= 1 << (p.id & 31);
        this.flags[node]! |= 4;
      }
    }
    // an empty word lands on node 0, which is never walked
    this.bits[0] = 0;
    this.flags[0] = 0;
    this.best = new Int32Array(this.lexCount).fill(-1);
    this.next = new Int32Array(this.lexCount);
    this.touched = new Int32Array(this.lexCount);
  }

  /**
   * A fresh node id. Ids are 16-bit (the root table, and the edge key's upper half: above 0x7fff the key is a negative
   * Int32, which compares the same). The limit counts nodes, not the words' units: shared prefixes share nodes.
   */
  private newNode(): number {
    if (this.nodes > 0xffff) throw new Error('scanner: more than 65,535 trie nodes');
    return this.nodes++;
  }

  /** The node `word` ends at, made as needed (0 for the empty word). */
  private add(word: string): number {
    if (word.length === 0) return 0;
    const c0 = word.charCodeAt(0);
    let node = this.root[c0]!;
    if (node === 0) {
      node = this.newNode();
      this.root[c0] = node;
    }
    const { edges, edgeMask } = this;
    for (let k = 1; k < word.length; k++) {
      const c = word.charCodeAt(k);
      const key = (node << 16) | c;
      let h = edgeHash(node, c) & edgeMask;
      for (;;) {
        const to = edges[2 * h + 1]!;
        if (to === 0) {
          const nx = this.newNode();
          edges[2 * h] = key;
          edges[2 * h + 1] = nx;
          this.flags[node]! |= 1;
          this.kidBits[node]! |= 1 << (c & 31);
          node = nx;
          break;
        }
        if (edges[2 * h] === key) {
          node = to;
          break;
        }
        h = (h + 1) & edgeMask;
      }
    }
    return node;
  }

  /** Hits of every lexicon (undefined = none); the trigger bits present and the digit count are left in `triggers` and `digits`. */
  scan(canon: string): (Hit[] | undefined)[] {
    const n = canon.length;
    const hits: (Hit[] | undefined)[] = new Array(this.lexCount);
    const { root, ends, bits, presBits, presenceWords: W, flags, kidBits, edges, edgeMask, best, next, touched } = this;
    next.fill(0);
    let mask = 0;
    const present = new Int32Array(W);
    let digits = 0;
    let letterRun = 0;
    let lettersDigits = false;
    for (let s = 0; s < n; s++) {
      const c0 = canon.charCodeAt(s);
      if (c0 >= 48 && c0 <= 57) {
        digits++;
        if (letterRun >= 2 && s + 1 < n && isDigit(canon.charCodeAt(s + 1))) lettersDigits = true;
        letterRun = 0;
      } else if (c0 >= 97 && c0 <= 122) letterRun++;
      else letterRun = 0;
      let node = root[c0]!;
      if (node === 0) continue;
      let k = s + 1;
      let nt = 0;
      for (;;) {
        mask |= bits[node]!;
        const fl = flags[node]!;
        if ((fl & 4) !== 0) for (let w = 0, b = node * W; w < W; w++) present[w]! |= presBits[b + w]!;
        if ((fl & 2) !== 0) {
          const le = ends[node]!;
          for (let q = 0; q < le.length; q++) {
            const L = le[q]!;
            if (best[L] === -1) touched[nt++] = L;
            best[L] = k; // deeper = longer: the longest keyword at s wins, as in the regex alternation
          }
        }
        if ((fl & 1) === 0 || k >= n) break;
        const c = canon.charCodeAt(k);
        if ((kidBits[node]! & (1 << (c & 31))) === 0) break;
        const key = (node << 16) | c;
        let h = edgeHash(node, c) & edgeMask;
        let nx = 0;
        for (;;) {
          const to = edges[2 * h + 1]!;
          if (to === 0) break;
          if (edges[2 * h] === key) {
            nx = to;
            break;
          }
          h = (h + 1) & edgeMask;
        }
        if (nx === 0) break;
        node = nx;
        k++;
      }
      for (let t = 0; t < nt; t++) {
        const L = touched[t]!;
        const e = best[L]!;
        best[L] = -1;
        if (s < next[L]! || !wordBounded(canon, s, e)) continue;
        let list = hits[L];
        if (list === undefined) {
          list = [];
          hits[L] = list;
        }
        list.push({ start: s, end: e, word: canon.slice(s, e) });
        next[L] = list.length > MAX_HITS ? 0x7fffffff : e;
      }
    }
    this.triggers = mask;
    this.present = present;
    this.digits = digits;
    this.lettersDigits = lettersDigits;
    return hits;
  }
}

function edgeHash(node: number, c: number): number {
  return Math.imul(node * 65599 + c, 0x9e3779b1) >>> 7;
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
/** An arrow, symbol, dingbat or star, or half of an emoji (an astral code point). */
export function isPicture(c: number): boolean {
  return (c >= 0x2190 && c <= 0x2bff) || (c >= 0xd800 && c <= 0xdfff);
}
/** Separators people put inside handles and numbers to dodge filters. */
export function isSep(c: number): boolean {
  return (
    c === 32 || c === 0xb7 || c === 0x2022 || c === 0x2027 || c === 47 || c === 126 || c === 0x2795 || c === 43 ||
    isPicture(c) || c === 0x3001 || c === 0x30fb || c === 0x2665
  );
}

/**
 * Separators that glue the parts of one handle when nothing else is between them: emoji, symbols, hearts,
 * middle dots — the gap units of spelled-out words (normalise.ts) beyond ASCII.
 */
function isGlue(c: number): boolean {
  return c >= 0x80 && isGapUnit(c);
}

export interface Token {
  start: number;
  end: number;
  /** Handle without separators, e.g. "lanlan8823". */
  value: string;
}

/** Result of readGroup (module scratch: no object or closure per group). */
let groupEnd = 0;
let groupText = '';
/** One group of core chars from `from`, '.'/'-' inside kept for letters, dropped between digits. */
function readGroup(canon: string, from: number, limit: number): void {
  let k = from;
  let t = '';
  /** start of the part not yet copied into t */
  let seg = from;
  while (k < limit) {
    const c = canon.charCodeAt(k);
    if (isCore(c)) k++;
    else if ((c === 46 || c === 45) && k > from && k + 1 < limit && isCore(canon.charCodeAt(k + 1))) {
      // '.' and '-' inside a handle/number: keep for letters, drop between digits
      if (isDigit(canon.charCodeAt(k - 1)) && isDigit(canon.charCodeAt(k + 1))) {
        t += canon.slice(seg, k);
        seg = k + 1;
      }
      k++;
    } else if (c === 35 && discordTag(canon, from, k, limit)) {
      // a Discord tag's "#1234" after the name ("moyu#4471"): one handle, which ends there
      k += 5;
      break;
    } else break;
  }
  groupText = seg === from ? canon.slice(from, k) : t + canon.slice(seg, k);
  groupEnd = k;
}

/** '#' at k, right after a name with a letter, then exactly four digits: a Discord tag's discriminator. */
function discordTag(canon: string, from: number, k: number, limit: number): boolean {
  if (k === from || k + 5 > limit || !isCore(canon.charCodeAt(k - 1))) return false;
  for (let i = k + 1; i < k + 5; i++) if (!isDigit(canon.charCodeAt(i))) return false;
  if (k + 5 < canon.length && isCore(canon.charCodeAt(k + 5))) return false;
  for (let i = from; i < k; i++) if (isAsciiLetter(canon.charCodeAt(i))) return true;
  return false;
}

/**
 * A handle's mark said as a word in a spelled-out handle, with a spelled letter after it: what it stands for and where
 * the word ends (the separators after it are read as between any two letters).
 */
const MARK_WORDS: readonly [string, string][] = [['underscore', '_'], ['dot', '.'], ['period', '.'], ['dash', '-'], ['hyphen', '-']];
function spelledMarkAt(canon: string, k: number, limit: number): { char: string; end: number } | null {
  for (const [w, ch] of MARK_WORDS) {
    const e = k + w.length;
    if (e >= limit || !canon.startsWith(w, k) || isCore(canon.charCodeAt(e))) continue;
    // (a single letter or digit must follow, past a separator or a comma)
    let q = e;
    while (q < limit && q - e < 3 && (canon.charCodeAt(q) === 32 || canon.charCodeAt(q) === 44)) q++;
    if (q === e || q >= limit || !isCore(canon.charCodeAt(q)) || (q + 1 < limit && isCore(canon.charCodeAt(q + 1)))) return null;
    return { char: ch, end: e };
  }
  return null;
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * Read a handle/number token starting at `pos` (which must be a core char or '@').
 * Joins spelled-out groups ("l a n l a n 8 8") and digit groups ("131 7572 2846").
 */
/** Chat words that follow a handle, never a piece of it (readToken's underscore typed apart). */
const AFTER_HANDLE_WORDS = new Set(['btw', 'pls', 'plz', 'please', 'thanks', 'thx', 'ty', 'and', 'or', 'to', 'for', 'on', 'if', 'lol', 'ok', 'okay', 'here', 'there', 'too', 'also', 'tho', 'though', 'asap', 'now', 'then', 'dm', 'me', 'us', 'add', 'follow', 'msg', 'text', 'only', 'is', 'im', 'i', 'we']);
export function readToken(canon: string, pos: number, limit: number = canon.length): Token | null {
  let j = pos;
  let value = '';
  if (canon.charCodeAt(j) === 64) j++; // '@'
  readGroup(canon, j, limit);
  if (groupText.length === 0) return null;
  value = groupText;
  let end = groupEnd;
  let prev = groupText;
  let allSingles = prev.length === 1;
  let groups = 1;
  let commaListed = false;
  while (end < limit && groups < 40) {
    let k = end;
    let seps = 0;
    /** only emoji/symbols between the groups, no space: "aj🔥zhuan🔥mai" is one handle */
    let glued = true;
    /** only spaces between the groups: an underscore typed apart may join them ("luxe_outlet _ 88") */
    let spaced = true;
    // (letters spelled one by one may be listed with commas: "s, h, a, y, y"; the listing starts with the first comma,
    // so a comma after characters spaced out without them ends the token: "QQ 3 8 2 9 1 0 4 5 7 6, I reply there")
    const spelling = allSingles && prev.length === 1;
    const commaOk = spelling && (groups === 1 || commaListed);
    while (k < limit && seps < 3 && (isSep(canon.charCodeAt(k)) || canon.charCodeAt(k) === 45 || canon.charCodeAt(k) === 46 || (commaOk && canon.charCodeAt(k) === 44))) {
      if (!isGlue(canon.charCodeAt(k))) glued = false;
      if (canon.charCodeAt(k) !== 32) spaced = false;
      if (canon.charCodeAt(k) === 44) commaListed = true;
      k++;
      seps++;
    }
    // a mark said as its word between spelled letters ("y, y, underscore, k, i", "a b dot c d"): the mark itself
    const mark = spelling && groups >= 2 && k > end ? spelledMarkAt(canon, k, limit) : null;
    if (mark !== null) {
      value += mark.char;
      end = mark.end;
      groups++;
      continue;
    }
    // (a number dictated in parts, "528, then 133": see thenGroupAt)
    const then = prev.length >= 3 && (k >= limit || !isDigit(canon.charCodeAt(k))) && allDigits(prev) ? thenGroupAt(canon, end, countDigits(value)) : end;
    if (then > end) k = Math.min(then, limit);
    if (k === end || k >= limit || !isCore(canon.charCodeAt(k))) break;
    readGroup(canon, k, limit);
    const digitsBoth = allDigits(prev) && allDigits(groupText);
    const spelled = groupText.length === 1 && allSingles;
    // (a handle's underscore with spaces typed around it, "luxe_outlet _ 88", "mia_ 2024": an underscore is never prose)
    // (but not a chat word after a handle that ends on its underscore, "rosas.closet_ btw", "mia_ pls": the handle ends there)
    const underscored = spaced && seps <= 2 && (groupText.startsWith('_') || (prev.endsWith('_') && !AFTER_HANDLE_WORDS.has(groupText)));
    if (!digitsBoth && !spelled && !glued && !underscored) break;
    value += groupText;
    end = groupEnd;
    prev = groupText;
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
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
function isNumSep(c: number): boolean {
  // (round 85: an en or em dash between groups as a hyphen is, "9123 — 4567")
  return c === 32 || c === 45 || c === 0x2013 || c === 0x2014 || c === 46 || c === 41 || c === 0xb7 || c === 0x2022 || c === 47 ||
    c === 0x2795 || (c >= 0x2190 && c <= 0x2bff && c !== 0x2665) || (c >= 0xd800 && c <= 0xdfff) || c === 0x30fb;
}

/** From a list comma at p (、 or ','): "、0267、4591" or ", 555, 0199" up to the end; 0 when it is not that shape. */
function listNumberEnd(canon: string, p: number): number {
  const sep = canon.charCodeAt(p);
  if (sep !== 0x3001 && sep !== 44) return 0;
  let q = p;
  for (let g = 0; g < 2; g++) {
    if (canon.charCodeAt(q) !== sep) return 0;
    q += canon.charCodeAt(q + 1) === 32 ? 2 : 1;
    const s = q;
    while (q < canon.length && q - s < 5 && isDigit(canon.charCodeAt(q))) q++;
    if (q - s !== 4 && !(g === 0 && q - s === 3)) return 0;
  }
  return q;
}

/**
 * A number dictated in parts with "then" between them ("6222 然后 0209 然后 1743", "139 然后是 5207 最后 6681",
 * "528, then 133, then 074"): one number. Only between groups of three digits or more (the caller's and the next,
 * which may itself be spaced or dotted digit by digit: "98110, then 4 4 7 2 6"), so two quantities or prices told in
 * turn ("先买2个然后3个") stay apart.
 */
const THEN_JOIN = /[,，]?\n? ?(?:然后(?:是|再)?|接着(?:是)?|再来|最后(?:是)?|(?:and )?then|followed by|after that) ?(?=\d(?:[ .-]?\d){2})/y;
/**
 * The number's second half named as such, often on its own line ("177 0852\n后半截 3964", "6214 8301 后面 7260 4596",
 * "…, the rest is 6053"): only after six digits already, as 后面 alone is also "behind" or "later" (前面3件 后面200件).
 */
const HALF_JOIN = /[,，]?\n? ?(?:后半截|后半段|后半部分|下半截|后半|后面|后边|后几位|后四位|剩下的?|the rest|second half|last part)(?: ?(?:是|的是|is))?[:：]? ?(?=\d(?:[ .-]?\d){2})/y;
function countDigits(v: string): number {
  let d = 0;
  for (let p = 0; p < v.length; p++) if (isDigit(v.charCodeAt(p))) d++;
  return d;
}
function thenGroupAt(canon: string, k: number, digits: number): number {
  THEN_JOIN.lastIndex = k;
  if (THEN_JOIN.test(canon)) return THEN_JOIN.lastIndex;
  if (digits < 6) return k;
  HALF_JOIN.lastIndex = k;
  return HALF_JOIN.test(canon) ? HALF_JOIN.lastIndex : k;
}

function hasCloseParen(canon: string, a: number, b: number): boolean {
  for (let p = a; p < b; p++) if (canon.charCodeAt(p) === 41) return true;
  return false;
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
    let end = i;
    let digits = '';
    /** end of a number in list-comma groups that starts here (0: none) */
    let listEnd = 0;
    /** start of the last digit group (no array of groups: nothing else reads them) */
    let groupStart = i;
    for (;;) {
      let k = end;
      while (k < n && isDigit(canon.charCodeAt(k))) k++;
      groupStart = end;
      digits += canon.slice(end, k);
      end = k;
      let s = k;
      let seps = 0;
      // (an emoji outside the BMP is two code units but one separator: "6222 🌸 0241" has three, as "6222 ⭐ 0241")
      while (s < n && seps < 3 && isNumSep(canon.charCodeAt(s))) {
        s += isHighSurrogate(canon.charCodeAt(s)) && s + 1 < n && isLowSurrogate(canon.charCodeAt(s + 1)) ? 2 : 1;
        seps++;
      }
      // "138、0267、4591", "415,555,0199": list commas join a number in three groups (three digits, three or
      // four, four), and only that shape: "2600，3988" (two prices) and "150,000,000" stay apart
      if (s === k && groupStart === start && k - start === 3) listEnd = listNumberEnd(canon, k);
      if (s === k && listEnd > k) s = canon.charCodeAt(k + 1) === 32 ? k + 2 : k + 1;
      if ((s >= n || !isDigit(canon.charCodeAt(s))) && k - groupStart >= 3) s = thenGroupAt(canon, k, digits.length);
      if (s === k || s >= n || !isDigit(canon.charCodeAt(s)) || digits.length > 40) break;
      // ')' joins only "(212) 555…": the group must have opened with '('
      if (hasCloseParen(canon, k, s) && canon.charCodeAt(groupStart - 1) !== 40) break;
      // "( 212 )" style: a ')' or '(' only between groups
      end = s;
    }
    let p = start - 1;
    while (p >= 0 && (canon.charCodeAt(p) === 40 || canon.charCodeAt(p) === 32) && start - p < 3) p--;
    // '+', or the word for it ("whatsapp plus 44 7700…")
    const plus = p >= 0 && (canon.charCodeAt(p) === 43 || (canon.startsWith('plus', p - 3) && p >= 3 && canon.charCodeAt(p + 1) === 32 && !isAsciiLetter(canon.charCodeAt(p - 4))));
    const before = start > 0 ? canon.charCodeAt(start - 1) : 0;
    const after = end < n ? canon.charCodeAt(end) : 0;
    const masked = before === 42 || after === 42 || after === 0xd7 || (after === 120 && end + 1 < n && canon.charCodeAt(end + 1) === 120);
    out.push({ start, end, digits, plus, alphaBefore: isAsciiLetter(before), alphaAfter: isAsciiLetter(after), masked });
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

/** A text up to this long is one message: a warning in it covers all of it. */
const SHORT_MESSAGE = 200;
/** How far a warning reaches in a long text without sentence punctuation. */
const WARNING_REACH = 100;

/** Sentence end for warning scope: the sentence stops, and an English full stop before a space. */
function isWarningStop(canon: string, p: number): boolean {
  const c = canon.charCodeAt(p);
  return SENTENCE_STOP.has(c) || (c === 46 && canon.charCodeAt(p + 1) === 32);
}
function warningScopeStart(canon: string, pos: number): number {
  let p = pos;
  while (p > 0 && pos - p < WARNING_REACH && !isWarningStop(canon, p - 1)) p--;
  return p;
}
function warningScopeEnd(canon: string, pos: number): number {
  let p = pos;
  while (p < canon.length && p - pos < WARNING_REACH && !isWarningStop(canon, p)) p++;
  return p;
}

/** Index of the first hit (sorted, non-overlapping) whose end is after pos; hits.length when none. */
export function firstHitEndingAfter(hits: readonly Hit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const NEG = new Lexicon(NEGATIONS);
/**
 * A condition closed between the negation and the request (没有的话进我们q群, 不方便的话加我微信): the negation is the
 * case the request answers ("if you don't have one, …"), not the request denied. Only a short condition, and not
 * someone's words believed or heeded (不要听骗子的话, 别信陌生人的话: 的话 there is "what they say").
 */
const CONDITION_CLOSED = /^(?!要?(?:相信|信|听|理|管))[^，,。；;！!？?\n]{0,6}?的话/;
const HEEDED = /(?:信|听|理|管)$/;
/**
 * A notice's refusal words (谢绝, 婉拒…) and the verbs of refusing (拒绝, 不接受, 唔接受) bear on the item right after them
 * (谢绝私下交易, 谢绝任何形式的私下转账, 拒绝私下交易), not on the next phrase after a space or comma (谢绝议价 私下交易更便宜,
 * 拒绝议价 私下交易更便宜 refuse the haggling and offer the private deal). A colon right after the word opens what it
 * refuses (谢绝：私下交易); a space beside a Latin word is only the typographic one (我哋唔接受 FPS 私下过数).
 */
const REFUSAL_NEAR = new Set(['谢绝', '婉拒', '杜绝', '恕不', '概不', '拒绝', '不接受', '唔接受']);
const REFUSED_ITEM = /^(?:[^\s,，、;；:：]{0,8}、\s?){0,4}[^\s,，、;；:：]{0,8}$/;
/** Does the refusal word ending at `from` bear on what starts at `pos` (refusedItem's reach, REFUSED_ITEM)? */
function refusedItem(canon: string, from: number, pos: number): boolean {
  // (read with the item's first character, so a space before a Latin word is seen as typographic)
  const between = canon.slice(from, pos + 1).replace(/^\s?[:：]\s?/, '').replace(/\s(?=[a-z0-9])|(?<=[a-z0-9])\s/g, '');
  return REFUSED_ITEM.test(between.slice(0, -1));
}
const REFUSED = new Lexicon(REFUSED_AFTER);
/** How far after a request a judgement that forbids it is looked for. */
const REFUSED_REACH = 20;

/**
 * The request that ends at `end` is judged forbidden right after it, in the same clause or in the answer to it
 * ("私下转账？不行的", "paying outside Etsy is against the rules"). Reads at most REFUSED_REACH characters.
 */
export function refusedAfter(canon: string, end: number): boolean {
  let stop = end;
  let questions = 0;
  while (stop < canon.length && stop - end < REFUSED_REACH) {
    const c = canon.charCodeAt(stop);
    // a question mark right after the request is answered in what follows; other clause ends stop the look
    if (c === 63 && questions === 0 && stop - end <= 1) {
      questions++;
      stop++;
      continue;
    }
    if (CLAUSE_STOP.has(c) || c === 46) break;
    stop++;
  }
  // (the asked-back and retold-then-declined forms read past the clause, into the answer)
  const ahead = canon.slice(end, end + REFUSED_REACH + 16);
  if (stop === end) return ADD_DECLINED.test(ahead);
  const after = canon.slice(end, stop);
  // the verb of the request negated right after it: 外面聊不了, 私下转不成
  return /^不[了成](?:$|的|啦|哦|呢|吧|了)/.test(after) || REFUSED.test(after.replace(FEE_SPARED, ' ')) || LOSES_PROTECTION.test(after) ||
    (questions > 0 && DENIED.test(after)) || DECLINED.test(ahead) || ADD_DECLINED.test(ahead);
}
/**
 * The add told, then turned down by the writer after a comma, and the talk kept here or with the platform's service
 * (有个顾客要加我微信，不用加哦，问题在这里说): someone else's wish retold and refused. The stay must follow: 加我微信，
 * 不用加好友验证 is the ask itself.
 */
const ADD_DECLINED = /^[^\s,，。.!！?？]{0,4}[,，?？]\s*(?:不用加|不必加|别加|不加|无需加)(?:了|哦|啦|哈|的|喔)?[,，。.!！~～\s]{1,2}(?:有(?:什么)?(?:问题|事)的?话?)?(?:就|直接|请|都)?(?:在|留在|点|找|问|联系)?(?:平台|这边|这里|这儿|店里|客服|app里|app上|直播间)/;
/**
 * The request asked back and turned down in a word (要加我微信？不了, 私下转？算了吧), the writer then keeping the deal here in
 * the next clause (就在平台上买吧, 还是在这边拍): round 63. Only with the stay named, as 不用了 alone may answer anything.
 */
// (the app's name may stand between the request and the question: 要加我 | 微信？不了)
const DECLINED = /^[^\s,，。.!！?？]{0,4}\?\s*(?:不了|不用了|算了|不加了|不必了|还是算了|不用加了?)(?:吧|哦|啦|呢|喔|哈)?[,，。.!！~～\s]{1,2}(?:还是|就|直接)?(?:在|留在)?(?:平台|这边|这里|这儿|店里|app里|app上)/;
/**
 * A fee the act spares, told right after it (改面交付现 这样大家都不用手续费, 私下转账就不用付平台抽成): the selling point,
 * not the shop's "we don't use it" (都不用, 不用的).
 */
const FEE_SPARED = /(?:都|就|也|还)?不用(?:再)?(?:付|交|给|出|被扣|扣|收)?(?:平台|虾皮|淘宝|闲鱼)?(?:的)?(?:手续费|抽成|佣金|服务费|扣点|中介费|平台费)/;
/**
 * The request asked back and denied in one word (好评返现？没有的, 私下转账？冇喔): the writer says there is none. (Only
 * the bare word: 没有问题 is "no problem", 没有的话 "if not".)
 */
// (round 96: two particles and the shop's word for the buyer may follow, 没有的哈亲)
const DENIED = /^\?\s*(?:没有|木有|冇|没)(?:的|哦|啦|呢|喔|哈|噢|呀|喇|啊|嘅){0,2}(?:亲亲|亲|宝宝|宝)?(?=$|[\s,，。.!！~～])/;
/**
 * The protection the act loses, told right after it (脱离平台交易无法享受验货担保, 私下转账将不能获得退款保障, 私下交易得不到
 * 售后): a notice's consequence, whatever guarantee it names. (The guarantee must be named: 私下交易无法享受这个价 is not one.)
 */
/** Right after the act, before its cover is denied: when it goes wrong (出问题, 万一被骗), or who would cover it (我们, 平台). */
const NO_COVER_LEAD = '^(?:的话|后)?(?:(?:如果|万一|要是)?(?:出了?(?:问题|事|纠纷|状况)|有(?:问题|纠纷)|被骗)[^，,。！!？?]{0,6}?|(?:我们|我|平台|本店|店铺|商家|卖家|小店)(?:也|都|就|将)?)?';
const LOSES_PROTECTION = new RegExp(
  /(?:(?:无法|不能|不再|将不|将无法|没法)(?:再)?(?:享受|获得|得到|享有|受到)|得不到|享受不到|失去)[^，,。！!？?]{0,6}?(?:保障|担保|售后|退款|退货|保护|赔付|理赔|维权)/.source +
    // …or the shop or the platform unable to cover it when it goes wrong (私下交易出问题我们没法保障, 私下转账出了事平台管不了,
    // 私下交易被骗概不负责): the notice's consequence told by who would have helped
    `|${NO_COVER_LEAD}(?:没法|无法|不能|没办法|难以)(?:帮(?:你|您)|为(?:你|您)|给(?:你|您))?(?:保障|负责|处理|追回|维权|售后|赔付|担保)|${NO_COVER_LEAD}(?:保障不了|负不了责|概不负责|管不了)`,
);
const ASKED = new Lexicon(RECOUNT_ASKED);
const TURNED_DOWN = new Lexicon(RECOUNT_REFUSED);
/** How far before a request the report of it (叫我, "asked me to") is looked for. */
const RECOUNT_BEFORE = 32;
/**
 * Right before a refusal word: the act is the reader's or a condition ("if you already paid in the app, cancel it",
 * "once you've declined"), not the writer turning the request down.
 */
const READERS_ACT = /\b(?:if|you|you've|you have|once|unless|already|who)\s+$/;
/**
 * The refusal told first, the request after it as when it was made ("the seller refused when I asked to pay by bank
 * transfer", "they said no when we asked for Zelle"): the request is recounted, and turned down.
 */
const REFUSED_WHEN = /(?<![a-z])(?:refused|refuses|declined|declines|rejected|said no|says no|turned (?:it |me |us |that )?down)(?: (?:it|that|me|us))?,? (?:when|after) (?:i|we)(?: (?:had|have|first|politely))? $/;
/** How far after a request the writer's refusal is looked for (the next clause or sentence). */
const RECOUNT_AFTER = 60;
/**
 * 冇 that is no negation of what follows: 冇问题 (no problem), 冇所谓, 冇错; or the people "who did not get one" (冇抢到嘅朋友,
 * 冇买到的, 冇抽中嘅): a verb and its result, then 嘅/的, names who is addressed, not the act after it.
 */
const NOT_NEGATING = /^冇(?:问题|所谓|错|事|[\u3400-\u9fff]{1,2}[到中](?:嘅|的|既))/;
/** 别 as the second half of a word (识别, 区别, 特别, 告别…) is no "don't": 长按识别转账 asks for the transfer. */
const BIE_IN_WORD = /[识区分特告级类性辨鉴差个派离送判甄]$/;
/** The writer's promise to the reader (我直接联系你, 我第一时间通知您, 我再发你). */
const WRITER_PROMISE = /我(?:会|再|就|直接|第一时间|马上|立刻|单独|私下)*(?:联系|通知|找|发给?|私|告诉|叫|喊)(?:你|您)/;
/**
 * 有没有 / 有冇 asks "is there…?" (有没有现货 加我…): a question, no negation of what follows. (Not 所有没有…, "all that
 * did not…".)
 */
function askedWhether(canon: string, h: Hit): boolean {
  if ((h.word === '没有' || h.word === '冇') && canon.charCodeAt(h.start - 1) === 0x6709 && canon.charCodeAt(h.start - 2) !== 0x6240) return true;
  // the verb asked "A or not A" as the writer's offer: 要不要 ("would you like…?", 要不要加个企鹅), and 能不能 put to the
  // reader's judgement (您看能不能…, "see if we could…"); a bare 能不能 may be a buyer asking what is allowed
  if (h.word !== '不要' && h.word !== '不能') return false;
  if (canon.charCodeAt(h.start - 1) !== h.word.charCodeAt(1)) return false;
  if (h.word === '不要' || /(?:您|你)看(?:看|下|一下)?$/.test(canon.slice(Math.max(0, h.start - 5), h.start - 1))) return true;
  // …or 能不能 followed by what the writer will then do for the reader (能不能加个好友，有货我直接联系你): the writer's own
  // proposal, not a question about what is allowed
  return WRITER_PROMISE.test(canon.slice(h.end, sentenceEnd(canon, h.end, 40)));
}
/**
 * 不私下… as a condition (不私下交易的话要加20, 不私聊就没这个价): the private deal is the cheaper way offered. The same
 * for the contact not added or left (不加vx的话没法发实拍图, 不留扣扣就联系不上): the app is the way the writer presses for.
 */
const NOT_PRIVATE_IF = /^不[私加留][^，,。；;！!？?\n]{0,10}?(?:的话|就|要加|得加|加价|多收|贵)/;
/** 不用加钱 / 不必加价: no extra charge, a price told beside an offer, not the contact declined. */
const NO_EXTRA_CHARGE = /^不(?:用|必)加(?:钱|价|费|运费|邮费)/;
/**
 * 不会 as the writer's inability (我不会打字, 不太会弄这个, 我不会用这个软件): what they cannot manage is the typing or the
 * app, not what follows (…你加我扣扣). Not 不会用私人账户收款, a shop refusing: 用 only with the device or the app after it.
 */
const UNABLE = /^不会(?:打字|写字|打拼音|弄|操作|用(?:这个|这|手机|电脑|app|软件|这软件|这个软件|这app|这个app)(?![收付转私]))/;
/**
 * The platform's own order or payment told off (先别付款, 唔好喺度落单, 别在上面拍, 不要在网上付): the seller steering off
 * the platform, so the private act after it (…私下转给我, …私底下过数) is not what the negation denies, as
 * 别下单…私下转 is read already. Not 请勿 or 切勿, a notice's words.
 */
const PLATFORM_ACT_TOLD_OFF = /^(?:唔好|不要|别|千万别|不用)(?:再|先)?(?:喺度|系度|在(?:这里?|这边|这儿|上面|上头|网上|平台上?|这头|呢度|店里|直播间))?(?:落单|下单|拍(?![照视])|付款|付钱|[俾畀给]钱|过数|支付|结账|点小黄车)/;
function negating(canon: string, h: Hit): boolean {
  if (askedWhether(canon, h)) return false;
  if (PLATFORM_ACT_TOLD_OFF.test(canon.slice(h.start, h.start + 14))) return false;
  if (h.word === '不会' && UNABLE.test(canon.slice(h.start, h.start + 10))) return false;
  if (h.word === '不用加' || h.word === '不必加') return !NO_EXTRA_CHARGE.test(canon.slice(h.start, h.start + 6));
  if (/^不[私加留]/.test(h.word)) return !NOT_PRIVATE_IF.test(canon.slice(h.start, h.start + 16));
  if (h.word === '冇') return !NOT_NEGATING.test(canon.slice(h.start, h.start + 5));
  if (h.word.startsWith('别')) return !BIE_IN_WORD.test(canon.slice(Math.max(0, h.start - 1), h.start));
  // 谢绝 as a thanks running into 绝 (感谢绝大多数买家, 多谢绝对好评): no refusal
  if (h.word === '谢绝') return !/[感多致答酬道]$/.test(canon.slice(Math.max(0, h.start - 1), h.start));
  return true;
}
/** "Than" right before the act (比, 比起, 相比, 相较于, 总比, 好过, 胜过): the act is what something is compared with. */
const COMPARED_BEFORE = /(?:比起?|相比(?:于|起)?|相较(?:于)?)(?:加|用|走|去|找|跟)?$/;
const BETTER_THAN_BEFORE = /(?:好过|胜过|强过|总好过)(?:加|用|走|去|找|跟)?$/;
/** …and the other way called safer than it, in the rest of the sentence (放心, 安心, 有保障, 靠谱…). */
const SAFER_AFTER = /^[^。！？!?\n]{0,16}?(?:放心|安心|安全|有保障|保障|靠谱|稳妥|稳当|省心|保险|踏实|可靠|有保证)/;
const WARN = new Lexicon(WARNINGS);
/** Right before "lose buyer protection": the loss denied (won't, don't, never, not), a reassurance, not a warning. */
const PROTECTION_KEPT = /(?:n't|not|never|wont|dont|cannot|cant) (?:ever )?$/;
/**
 * Round 92: right before a protection's name (PROTECTIONS), its loss ("you'll lose the Mercari buyer protection") or the
 * act not covered by it ("won't be covered by Purchase Protection", "isn't eligible for the money-back guarantee"), with "the",
 * "your" and one name (the marketplace's) between: the platform's warning. Not the loss denied ("you won't lose…").
 */
const PROTECTION_LOST = /(?:(?<![a-z])(?<!(?:n't|not|never|wont|dont|cannot|cant) (?:ever )?)(?:lose|loses|losing|lost|forfeit|forfeits|void|voids)|(?:(?<![a-z])not|n't|(?<![a-z])no longer|(?<![a-z])never)(?: be| being)? (?:covered|protected|eligible) (?:by|under|for)) (?:(?:the|your|any|their) )?(?:[a-z]{2,15}(?:'s)? )?$/;
const PROTECTION_NAMED = new Set(PROTECTIONS);
const SAFETY_ASKED = new Set(SAFETY_QUESTIONS);
/** How far after a safety question (安全吗, "is it safe") its reassuring answer is looked for. */
const REASSURED_REACH = 80;
/**
 * The message's own reassurance after a safety question (放心，绝对安全; "don't worry, 100% safe"): the question was the
 * seller's rhetorical one before the ask, not a buyer's doubt. Not negated (不放心, 不太放心, "not 100% safe"), asked back
 * (没问题吧？, 放心吗) or can't be at ease (放心不下).
 */
const REASSURED = /(?<!不|没|别|难|不太|不是很|不怎么|没法|无法|不能|怎么|not |n't |not so |not that |not totally |not )(?:放心|绝对安全|很安全|非常安全|超安全|十分安全|当然安全|肯定安全|百分百|百分之百|100%安全|保证(?!金)|没问题|没事的|不会有事|不用担心|别担心|不用怕|安啦|don't worry|dont worry|do not worry|no worries|no worry|totally safe|completely safe|perfectly safe|100% safe|absolutely safe|it's safe|its safe|it is safe|very safe|super safe|safe as houses|trust me|i promise|guaranteed)(?![吗吧嘛?]|不下)/;
/** …the question answered at once after its question mark ("Is it safe to pay by Zelle? Totally, …", 安全吗？当然). */
const ANSWERED = /^\s?(?:totally|absolutely|definitely|of course(?! not)|sure(?! about)|yes|yep|yeah|100%|当然|肯定|绝对|必须的|是的)(?![吗吧嘛?])/;
/** …unless the reassurance is someone's words the writer reports (他说绝对安全, "the seller said don't worry"). */
const REASSURANCE_REPORTED = /(?:说|讲|称|保证说|(?:卖家|商家|他|她|对方|老板|客服|主播)(?:也|还|都)?|says|said|say|claims|claimed|told me|told us|promised|promises|swears|swore)\s?[:：,，]?\s?["'“]?$/;
/** Is the safety question `h` answered with the writer's own reassurance later in the message? */
function reassuredAfter(canon: string, h: Hit): boolean {
  const rest = canon.slice(h.end, h.end + REASSURED_REACH);
  const q = rest.indexOf('?');
  if (q >= 0 && q <= 40 && ANSWERED.test(rest.slice(q + 1))) return true;
  const m = REASSURED.exec(rest);
  return m !== null && !REASSURANCE_REPORTED.test(rest.slice(Math.max(0, m.index - 8), m.index));
}
/** How far the last item of a forbidden list may be from its prohibition. */
const LIST_REACH = 48;
/** A notice's prohibitions: plain 不要/别 also say "don't order on the platform, …" in an inducement, so only with 请/千万. */
const LIST_HEADS = new Set(['请勿', '切勿', '严禁', '禁止', '谨防', '警惕', '千万别', '别相信', '不要相信', '请勿相信', '切勿相信']);
/**
 * The English imperative "do not" / "don't" / "never" heading a list joined by "or" ("do not share your number or pay by
 * wire", "never send codes or pay by Zelle"): every item forbidden. Only with the item right after its " or " (LIST_OR)
 * and no comma between ("dont wait for the app or anything just pay outside" is no list).
 */
// (round 96: and "won't", as a seller lists the ways they turn down: "I won't accept bank transfers or PayPal F&F")
const EN_LIST_HEADS = new Set(['do not', "don't", 'dont', 'never', "won't", 'will not']);
const LIST_OR = / or (?:to |even |ever )?$/;
function listHead(canon: string, h: Hit): boolean {
  if (LIST_HEADS.has(h.word)) return true;
  if (EN_LIST_HEADS.has(h.word)) return true;
  return (h.word === '不要' || h.word === '别') && /(?:请|千万)$/.test(canon.slice(Math.max(0, h.start - 2), h.start));
}
const LIST_JOINER = /、|或|及/;
/** The list ends: a sentence stop, or a comma not followed by a joiner (…，也…, …，以免…). */
const LIST_BROKEN = /[。!?！？\n;；…]|,(?!\s*(?:或|以及|及))/;
const LABELS = new Lexicon(NUMBER_LABELS);
/**
 * Names of a contact channel. One standing between a label and the number
 * makes the number that channel's, not the label's ("大额订单加我QQ 2876…",
 * "订单问题打我电话 139…"). Words that also name an order's number ("number",
 * "code") are not here.
 */
const CHANNEL_NAMES = new Lexicon([...WECHAT_STRONG, ...QQ_STRONG, ...IM_STRONG, '电话', '手机', '手机号', 'phone', 'mobile', 'cell', 'tel', 'call me', 'text me']);

const NO_HITS: Hit[] = [];
const NO_PRESENCE = new Int32Array(0);
/** What may stand between a label and its number: the word for "number" and a colon or "is". */
const LABEL_TAIL = /^\s*(?:(?:number|no|num|nr|id|#)\.?\s*)?(?:is\s*)?[:：#=-]?\s*$/;

/**
 * A channel named after a label, words apart from it, takes the number back
 * ("订单问题加我微信 abc…"); one right after the label is what it labels ("型号 VX: 200").
 */
function channelAfter(ctx: MatchContext, labelEnd: number, pos: number): boolean {
  const c = ctx.near(CHANNEL_NAMES, labelEnd, pos);
  return c !== undefined && (WORDY.test(ctx.canon.slice(labelEnd, c.start)) || ASK_ME_AFTER.test(ctx.canon.slice(c.end, pos)));
}
/**
 * Round 70: the channel right after the label, then the writer to be asked or found on it (发货时间电话问我, 尺码问题手机找我):
 * the label is the errand, the channel the writer's own, as with words between ("型号 VX: 200" has no 问我).
 */
const ASK_ME_AFTER = /^(?:就|直接|可以)?(?:问|找|联系|联络|打给|咨询|call|text)\s?(?:我|me)(?!们|[a-z])/;
const WORDY = /[\p{L}\p{N}]/u;
/**
 * Round 95: the writer's ask to be texted or called right before the number, after a label's word ("want the whole lot
 * text me 0803…", "the invoice? call me on …"): the verb takes the number back from the label, as a channel does.
 */
const REACH_ME_BEFORE = /(?<![a-z])(?:text|txt|call|ring|phone|whatsapp|sms)(?: me| us)(?: on| at)?\s*[:：-]?\s*$/;
/**
 * Round 90: "no." after the writer's own or a phone's word ("my no. is …", "hp no: …", "contact no. …"): the phone
 * number, not an order's or an item's number label.
 */
const OWN_NO_BEFORE = /(?<![a-z])(?:my|our|hp|cp|handphone|cell|mobile|phone|contact|whatsapp|viber|tel)\s?$/;

/** Quotation marks that open a quoted example, each with its closing mark. */
const QUOTE_PAIR: Record<string, string> = { '「': '」', '『': '』', '“': '”', '"': '"', '‘': '’', "'": "'", '《': '》' };
const QUOTE_OPEN = new Set(Object.keys(QUOTE_PAIR));
/** How far the quote's marks may be from the contact inside it. */
const QUOTE_REACH = 40;
/** A line ends a quote's reach (a quote spans no message boundary). */
const QUOTE_STOP = /\n/;
/** Said, sent or written before the quote, or "such as" / "like": the quote is someone's words or a sample. */
const QUOTE_INTRO = /(?:说|称|讲|发|写|问|道|如|例如|比如|像|类似|诸如|(?:私信|私讯|私聊|发|传|告诉|跟|对)(?:你|您|大家)|(?<![a-z])(?:said|says|saying|say|wrote|writes|write|sent|send|like|e\.g\.|such as|asking|asks|asked|messages?|texts?))\s?[:：,，]?\s?$/;
/** …or named after it as a kind of message (这类消息, 之类的话, such messages). */
// (…or judged at once: "…"的都是骗子, "…"的一律是诈骗)
const QUOTE_KIND_AFTER = /^\s?(?:这类|之类|这种|这样的|这些|此类|等(?:消息|信息|话术|私信)|的?(?:都|全|一律|均)(?:是|为)?(?:骗子|诈骗|假冒|假的)|(?:and )?(?:such|messages like|or similar|or anything like))/;

/** Per-message matching context; expensive views are computed once, on demand. */
/**
 * A negation in brackets that close before pos ("on our app (not tiktok) → x.co"): the aside says what the thing is not,
 * and stops at its bracket.
 */
function asideClosed(canon: string, from: number, h: Hit, pos: number): boolean {
  // (full-width brackets are folded to these)
  const open = canon.lastIndexOf('(', h.start);
  return open >= from && !canon.slice(open, h.start).includes(')') && canon.slice(h.end, pos).includes(')');
}

/** Scam words a writer may deny of themselves (SCAM_DENIED_BEFORE). */
const SCAM_WORDS = new Set(['骗子', '骗局', '诈骗', 'scam', 'scammer']);
/** "不是", "绝不是", "not (a)", "no": the writer saying they are no scam, right before the word. */
const SCAM_DENIED_BEFORE = /(?:不是|并非|绝不是|绝对不是|也不是|又不是|(?<![a-z])(?:not|no|isn'?t|ain'?t|never)(?: a)? ?)$/;
export class MatchContext {
  readonly canon: string;
  private numbersCache: NumberRun[] | undefined;
  private hitCache: (Hit[] | undefined)[];
  private readonly lexCount: number;

  /** `hits`: what `scanned` just found in this text (lexicons it does not know are matched on demand). */
  constructor(
    readonly norm: Normalised,
    hits?: (Hit[] | undefined)[],
    scanned?: Scanner,
  ) {
    this.canon = norm.canon;
    this.hitCache = hits && scanned ? hits : [];
    this.lexCount = scanned ? scanned.lexCount : 0;
    this.digits = scanned ? scanned.digits : -1;
    this.present = scanned ? scanned.present : NO_PRESENCE;
    this.presenceKnown = scanned ? scanned.presenceKnown : 0;
    this.lettersDigits = scanned ? scanned.lettersDigits : /[a-z]{2}\d{2}/.test(this.canon);
  }

  /** Two ASCII letters right before two digits somewhere (`/[a-z]{2}\d{2}/`: how an IBAN starts). */
  readonly lettersDigits: boolean;

  private readonly present: Int32Array;
  /** presence sets with an id below this are in `present` */
  private readonly presenceKnown: number;

  /** Does the text contain one of p's strings? */
  has(p: Presence): boolean {
    if (p.id < this.presenceKnown) return (this.present[p.id >>> 5]! & (1 << (p.id & 31))) !== 0;
    return p.test(this.canon);
  }

  /** ASCII digits in the text (-1: not counted). */
  private readonly digits: number;

  /** At least `k` ASCII digits in the text: a rule that needs a number this long can stop early. */
  hasDigits(k: number): boolean {
    if (this.digits >= 0) return this.digits >= k;
    let d = 0;
    const canon = this.canon;
    for (let i = 0; i < canon.length && d < k; i++) if (isDigit(canon.charCodeAt(i))) d++;
    return d >= k;
  }

  hits(lex: Lexicon): Hit[] {
    if (lex.id < this.lexCount) return this.hitCache[lex.id] ?? NO_HITS;
    let h = this.hitCache[lex.id];
    if (h === undefined) {
      h = lex.find(this.canon);
      this.hitCache[lex.id] = h;
    }
    return h;
  }

  numbers(): NumberRun[] {
    this.numbersCache ??= numberRuns(this.canon);
    return this.numbersCache;
  }

  private warningCache: Hit[] | undefined;
  /**
   * The warning words of the text, less a safety question the message goes on to answer with reassurance (私下转账安全吗？
   * 放心，绝对安全，直接转我): that one is the seller's rhetorical question, not a buyer's doubt (reassuredAfter).
   */
  warnings(): Hit[] {
    if (this.warningCache !== undefined) return this.warningCache;
    const hits = this.hits(WARN);
    // (a copy only when one is dropped: nearly every text has no safety question)
    let out: Hit[] | undefined;
    for (let i = 0; i < hits.length; i++) {
      const h = hits[i]!;
      // (round 89: the protection said not to be lost, "you won't lose buyer protection", is a seller's reassurance)
      const dropped = (SAFETY_ASKED.has(h.word) && reassuredAfter(this.canon, h)) || (h.word.startsWith('lose ') && PROTECTION_KEPT.test(this.canon.slice(Math.max(0, h.start - 10), h.start)))
        || (PROTECTION_NAMED.has(h.word) && !PROTECTION_LOST.test(this.canon.slice(Math.max(0, h.start - 48), h.start)))
        // (round 98: the scam word denied by the writer, "真实有效不是骗子", "legit, not a scam": a seller's reassurance)
        || (SCAM_WORDS.has(h.word) && SCAM_DENIED_BEFORE.test(this.canon.slice(Math.max(0, h.start - 10), h.start)));
      if (dropped) out ??= hits.slice(0, i);
      else if (out !== undefined) out.push(h);
    }
    this.warningCache = out ?? hits;
    return this.warningCache;
  }

  /**
   * Is pos inside a scam warning? A warning covers its own sentence or line,
   * and all of a short message (a message that is itself a warning), never
   * the unrelated lines of a block of page text.
   */
  warnedAt(pos: number): boolean {
    const hits = this.warnings();
    if (hits.length === 0) return false;
    const canon = this.canon;
    if (canon.length <= SHORT_MESSAGE) return true;
    const a = warningScopeStart(canon, pos);
    const b = warningScopeEnd(canon, pos);
    const h = hits[firstHitEndingAfter(hits, a)];
    return h !== undefined && h.start < b;
  }

  /**
   * The contact at [start, end) sits inside a quotation that a scam warning holds up as an example (冒充客服说「加赖 @x 帮你
   * 退款」，请勿理会; 凡是发"薇信 ab_7788 加我便宜"这类消息的都是骗子; someone posing as us says "add me on Line: x" — a
   * scam): the quote is someone's words or a sample, introduced as said or sent before it or as "such messages" after it,
   * and the warning word stands outside the quote. A handle given after a warning, unquoted, is still the trick.
   */
  quotedExampleAt(start: number, end: number): boolean {
    if (this.warnings().length === 0) return false;
    const canon = this.canon;
    let a = start - 1;
    while (a >= 0 && start - a <= QUOTE_REACH && !QUOTE_OPEN.has(canon[a]!) && !QUOTE_STOP.test(canon[a]!)) a--;
    if (a < 0 || !QUOTE_OPEN.has(canon[a]!)) return false;
    const close = QUOTE_PAIR[canon[a]!]!;
    let b = end;
    while (b < canon.length && b - end <= QUOTE_REACH && canon[b] !== close && !QUOTE_STOP.test(canon[b]!)) b++;
    if (canon[b] !== close) return false;
    if (!QUOTE_INTRO.test(canon.slice(Math.max(0, a - 8), a)) && !QUOTE_KIND_AFTER.test(canon.slice(b + 1, b + 12))) return false;
    for (const h of this.warnings()) if (h.end <= a || h.start > b) return true;
    return false;
  }

  /**
   * A negation word earlier in the same clause, close to pos; or the request at pos recounted and refused
   * (recountedRefusedAt).
   */
  negatedAt(pos: number, window = 16, end = pos): boolean {
    if (this.recountedRefusedAt(pos, end)) return true;
    const hits = this.hits(NEG);
    if (hits.length === 0) return false;
    let from = Math.max(clauseStart(this.canon, pos, window), pos - window);
    // round 90: an English full stop and a space end the negation's sentence ("Price not final. Check my bio for my contact")
    const stop = this.canon.lastIndexOf('. ', pos - 1);
    if (stop >= from) from = stop + 2;
    for (const h of hits) {
      // A negation that starts before the match counts even when it runs into it ("别私下转账").
      if (h.start >= from && h.start < pos && negating(this.canon, h) && !(CONDITION_CLOSED.test(this.canon.slice(h.end, pos)) && !HEEDED.test(h.word)) && !(REFUSAL_NEAR.has(h.word) && !refusedItem(this.canon, h.end, pos)) && !asideClosed(this.canon, from, h, pos)) return true;
      if (h.start > pos) break;
    }
    return false;
  }

  /**
   * The act at pos..end named as what something else beats for safety (走平台托管付款…比私下给钱放心多了, 比起私下转账，
   * 平台担保安心多了, 相比私下交易更有保障): the act is the worse way the writer compares with, not one asked for. Only
   * safety and peace of mind after it; "cheaper" or "dearer" than the private way (平台价比私下转账贵20) still prices it.
   */
  comparedAgainstAt(pos: number, end: number): boolean {
    const canon = this.canon;
    const before = canon.slice(Math.max(0, pos - 4), pos);
    // (好过, 胜过, 强过 are "better than" themselves: 在平台下单靠谱，好过私下转账)
    if (BETTER_THAN_BEFORE.test(before)) return true;
    if (!COMPARED_BEFORE.test(before)) return false;
    return SAFER_AFTER.test(canon.slice(end, sentenceEnd(canon, end, 24)));
  }

  /**
   * A notice's prohibition (请勿, 切勿, 严禁, 请不要…) heading a list that pos is an item of: 请勿点击陌生链接、添加对方的
   * 私人联系方式或私下转账 forbids every item, however far the last one is. The items are joined by 、/或/及, and a comma
   * only continues the list when a joiner follows it (…手机号，或向陌生账户转账). Not for contacts: a notice never needs to
   * hand one out, and "…或加我微信 x" is the trick a warning covers.
   */
  listNegatedAt(pos: number): boolean {
    const hits = this.hits(NEG);
    if (hits.length === 0) return false;
    const canon = this.canon;
    for (const h of hits) {
      if (h.start >= pos) break;
      if (pos - h.end > LIST_REACH || !listHead(canon, h) || !negating(canon, h)) continue;
      const between = canon.slice(h.end, pos);
      if (LIST_BROKEN.test(between) || !(EN_LIST_HEADS.has(h.word) ? LIST_OR.test(between) : LIST_JOINER.test(between))) continue;
      return true;
    }
    return false;
  }

  /**
   * The request at pos is told as something someone asked of the writer, in the same sentence before it
   * (卖家叫我加…私下汇款, "the seller asked me to pay by Zelle"), and the writer's refusal follows
   * (我拒绝了, "I said no"): a buyer recounting a request they turned down, any rule's. The report may also stand
   * inside a request that begins with where it was seen (评论区有人留微信说返现, …是假的): then the refusal is after it.
   */
  recountedRefusedAt(pos: number, end = pos): boolean {
    const asked = this.hits(ASKED);
    if (asked.length === 0) return false;
    const canon = this.canon;
    const a = sentenceStart(canon, pos, RECOUNT_BEFORE);
    const first = firstHitEndingAfter(asked, a);
    const h = asked[first];
    if (h === undefined || h.start >= Math.max(pos + 4, end)) return false;
    for (let k = first; k < asked.length && asked[k]!.start < pos; k++) {
      const q = asked[k]!;
      // (the request in the same English sentence as the report: no full stop between)
      if (!/[.;] /.test(canon.slice(q.end, pos)) && REFUSED_WHEN.test(canon.slice(sentenceStart(canon, q.start, 40), q.start))) return true;
    }
    const refused = this.hits(TURNED_DOWN);
    if (refused.length === 0) return false;
    const from = h.start >= pos + 4 ? end : pos;
    // (a refusal word that runs into the request is not the refusal after it: 叫我唔好喺平台… holds 我唔)
    let i = firstHitEndingAfter(refused, from);
    const readers = (r: Hit): boolean => READERS_ACT.test(canon.slice(Math.max(0, r.start - 10), r.start));
    while (i < refused.length && (refused[i]!.start <= from || readers(refused[i]!))) i++;
    const r = refused[i];
    return r !== undefined && r.start - from <= RECOUNT_AFTER;
  }

  /**
   * A non-contact label (order no., tracking, price…) just before pos in the same clause. A label followed only by
   * the words that name a number ("order number", "tracking no. is", "invoice ID:") reaches it however long they are.
   */
  labelledAt(pos: number, window = 12): boolean {
    const hits = this.hits(LABELS);
    if (hits.length === 0) return false;
    const from = Math.max(clauseStart(this.canon, pos, window), pos - window);
    for (const h of hits) {
      if (h.start > pos) break;
      const applies = h.end <= pos && (h.start >= from || (pos - h.end <= 16 && LABEL_TAIL.test(this.canon.slice(h.end, pos))));
      if (applies && !channelAfter(this, h.end, pos) && !(h.end < pos && REACH_ME_BEFORE.test(this.canon.slice(h.end, pos))) && !(h.word.startsWith('no') && OWN_NO_BEFORE.test(this.canon.slice(Math.max(0, h.start - 10), h.start)))) return true;
    }
    return false;
  }

  /**
   * Any keyword of lex within [a, b). Hits are sorted and do not overlap, so
   * the first one starting at or after a is the only candidate (a later one
   * starts after its end): a binary search, not a walk from the first hit.
   */
  near(lex: Lexicon, a: number, b: number): Hit | undefined {
    const hits = this.hits(lex);
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hits[mid]!.start >= a) hi = mid;
      else lo = mid + 1;
    }
    const h = hits[lo];
    return h !== undefined && h.end <= b && h.start < b ? h : undefined;
  }
}
