/**
 * Literal prefilters for phrase regexes: from a pattern's source, a set of
 * strings such that every match contains at least one of them. The one-pass
 * scanner reports whether any is in the text, and a pattern whose strings are
 * all absent is not run: most rules' triggers are single common characters
 * (加, 私, 码…), while the pattern needs "加我", "私聊", "收款码"…
 *
 * Sound by construction, never exact: whenever the parser meets something it
 * does not model (a class it cannot list, an optional part, a flag), that
 * part counts as "could be anything", and when a whole pattern is like that
 * the result is null (no prefilter, the pattern always runs). One pass over
 * the source, no multiplying out of alternatives: it runs at start-up.
 */

/** What a piece of a pattern needs. */
interface Info {
  /** Strings one of which every match contains; null = no such set known. */
  req: Set<string> | null;
  /** A plain literal: this string and nothing else (runs of them are merged while parsing). */
  str?: string;
}

/** Largest class listed as a set of one-character strings. */
const MAX_CLASS = 32;

const ANY: Info = { req: null };
/** Matches only the empty string (a lookaround, an anchor). */
const EMPTY: Info = { req: null, str: '' };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := seq ('|' seq)* */
  alt(): Info {
    const first = this.seq();
    if (this.src[this.i] !== '|') return first;
    // every match matches one alternative: the union of what each needs
    let req: Set<string> | null = first.req === null ? null : new Set(first.req);
    while (this.src[this.i] === '|') {
      this.i++;
      const p = this.seq();
      if (req && p.req) for (const x of p.req) req.add(x);
      else req = null;
    }
    return { req };
  }

  /** seq := (atom quantifier?)* */
  seq(): Info {
    const items: Info[] = [];
    const src = this.src;
    while (this.i < src.length && src[this.i] !== '|' && src[this.i] !== ')') {
      // fast path, most of a pattern: a run of plain characters none of which is repeated
      const from = this.i;
      let k = from;
      while (k < src.length && isPlain(src.charCodeAt(k)) && !isQuantifier(src.charCodeAt(k + 1))) k++;
      if (k > from) {
        this.i = k;
        const run = src.slice(from, k);
        const last = items[items.length - 1];
        if (last?.str !== undefined) items[items.length - 1] = lit(last.str + run);
        else items.push(lit(run));
        continue;
      }
      const item = this.quantified(this.atom());
      const last = items[items.length - 1];
      // a run of plain characters is one literal: "不走平台", not four one-character candidates
      if (item.str !== undefined && last?.str !== undefined) items[items.length - 1] = lit(last.str + item.str);
      else items.push(item);
    }
    return seqInfo(items);
  }

  quantified(item: Info): Info {
    const c = this.src[this.i];
    let min: number;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      min = 1;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('unsupported quantifier');
      min = Number(m[1]);
      this.i += m[0].length;
    } else return item;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    // at least one repetition: whatever one repetition needs, the whole needs
    return { req: min >= 1 ? item.req : null };
  }

  atom(): Info {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      this.i++;
      let look = false;
      if (src[this.i] === '?') {
        const k = src[this.i + 1];
        if (k === ':') this.i += 2;
        else if (k === '=' || k === '!') {
          look = true;
          this.i += 2;
        } else if (k === '<' && (src[this.i + 2] === '=' || src[this.i + 2] === '!')) {
          look = true;
          this.i += 3;
        } else throw new Error('unsupported group');
      }
      const inner = this.alt();
      if (src[this.i] !== ')') throw new Error('unbalanced group');
      this.i++;
      // a lookaround consumes nothing: it adds nothing to what a match contains
      return look ? EMPTY : inner;
    }
    if (c === '[') return this.klass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if ('*+?{'.includes(c)) throw new Error('nothing to repeat');
    // one code point (a surrogate pair stays whole)
    const cp = src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return lit(ch);
  }

  escape(): Info {
    const src = this.src;
    const d = src[this.i + 1];
    if (d === undefined) throw new Error('trailing backslash');
    this.i += 2;
    if (d === 'd') return charSet('0123456789'.split(''));
    if (d === 'b' || d === 'B') return EMPTY;
    if (d === 'n') return lit('\n');
    if (d === 't') return lit('\t');
    if (d === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(this.i, this.i + 4))) {
      const ch = String.fromCharCode(parseInt(src.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return lit(ch);
    }
    if (/[\\/.*+?()[\]{}|^$-]/.test(d)) return lit(d);
    if (/[sSwWD]/.test(d)) return ANY;
    // backreferences, \p{…}, \x…: not modelled
    throw new Error('unsupported escape');
  }

  klass(): Info {
    const src = this.src;
    const close = src.indexOf(']', this.i + 1);
    if (close < 0) throw new Error('unclosed class');
    const body = src.slice(this.i + 1, close);
    this.i = close + 1;
    // negated classes and classes with escapes or astral characters: any one character
    if (body.startsWith('^') || body.includes('\\') || /[\ud800-\udfff]/.test(body)) return ANY;
    const set: string[] = [];
    for (let k = 0; k < body.length; k++) {
      if (body[k + 1] === '-' && k + 2 < body.length) {
        const a = body.charCodeAt(k);
        const b = body.charCodeAt(k + 2);
        if (b - a > MAX_CLASS) return ANY;
        for (let x = a; x <= b; x++) set.push(String.fromCharCode(x));
        k += 2;
      } else set.push(body[k]!);
    }
    return charSet(set);
  }
}

/** A character that matches itself (BMP, not a regex metacharacter). */
function isPlain(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // \ ^ $ . | ? * + ( ) [ ] { }
  return !(c === 92 || c === 94 || c === 36 || c === 46 || c === 124 || c === 63 || c === 42 || c === 43 ||
    c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 || Number.isNaN(c));
}
function isQuantifier(c: number): boolean {
  return c === 63 || c === 42 || c === 43 || c === 123;
}

function lit(str: string): Info {
  return { req: str === '' ? null : new Set([str]), str };
}

function charSet(chars: string[]): Info {
  if (chars.length === 0 || chars.length > MAX_CLASS) return ANY;
  return { req: new Set(chars) };
}

/** A sequence needs what any one of its items needs: the best of those. */
function seqInfo(items: Info[]): Info {
  if (items.length === 0) return EMPTY;
  if (items.length === 1) return items[0]!;
  let best: Set<string> | null = null;
  let bestW = 0;
  for (const it of items) {
    const s = it.req;
    if (s === null || s.size === 0) continue;
    const w = minWeight(s);
    if (best === null || better(w, s.size, bestW, best.size)) {
      best = s;
      bestW = w;
    }
  }
  return { req: best };
}

/** How rare a string is, roughly: a Chinese character counts 2, a Latin letter or digit 1, a space 0. */
function weight(x: string): number {
  let w = 0;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    w += c >= 0x80 ? 2 : c === 32 ? 0 : 1;
  }
  return w;
}
function minWeight(s: Set<string>): number {
  let m = Infinity;
  for (const x of s) m = Math.min(m, weight(x));
  return m;
}
/**
 * Is a required set (min weight wa, na strings) a better prefilter than b? Up
 * to a weight of 4 (two Chinese characters, four letters) the rarer the
 * better: 加 or 码 alone is in most messages, 主页 or "dm me" in few. Past
 * that, fewer strings (a smaller trie, built at start-up) win.
 */
function better(wa: number, na: number, wb: number, nb: number): boolean {
  const la = Math.min(wa, 4);
  const lb = Math.min(wb, 4);
  if (la !== lb) return la > lb;
  if (na !== nb) return na < nb;
  return wa > wb;
}

/**
 * Key of a pattern in the precomputed table (lexicon/prefilters.json): its
 * length and a 32-bit FNV-1a hash of `String(re)` (source and flags). A
 * pattern that changed has another key, so it is never looked up stale.
 */
export function patternKey(re: RegExp): string {
  const s = String(re);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${s.length}:${(h >>> 0).toString(36)}`;
}

/**
 * requiredLiterals(re), from the table made ahead of time when it has the
 * pattern (parsing every pattern cost more at start-up than the rest of
 * loading the engine), computed now when it does not.
 */
export function prefilterOf(re: RegExp, table: Readonly<Record<string, readonly string[] | null>>): string[] | null {
  const hit = table[patternKey(re)];
  if (hit !== undefined) return hit === null ? null : [...hit];
  return requiredLiterals(re);
}

/**
 * Strings one of which every match of `re` contains, or null when none can be
 * given (the pattern must always run). Only the `g` and `y` flags are allowed:
 * with `i`, `m`, `s`, `u` or `v` the answer is null.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  if (re.flags.replace(/[gdy]/g, '') !== '') return null;
  try {
    const p = new Parser(re.source);
    const info = p.alt();
    if (p.i !== re.source.length) return null;
    const req = info.req;
    if (req === null || req.size === 0 || req.has('')) return null;
    return [...req];
  } catch {
    return null;
  }
}
