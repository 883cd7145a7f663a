/**
 * Literal prefilters for phrase regexes: from a pattern's source, a set of
 * strings such that every match contains at least one of them. The one-pass
 * scanner reports whether any is in the text, and a pattern whose strings are
 * all absent is not run: most rules' triggers are single common characters
 * (加, 私, 码…), while the pattern needs "加我", "私聊", "收款码"…
 *
 * Sound by construction, never exact: whenever the parser meets something it
 * does not model (a class it cannot list, an unbounded repeat, a flag), that
 * part counts as "could be anything", and when a whole pattern is like that
 * the result is null (no prefilter, the pattern always runs). The rule
 * patterns' sets are made ahead of time (lexicon/prefilters.json): this
 * multiplies out small alternatives, more work than start-up should do.
 */

/** What a piece of a pattern can match. */
interface Info {
  /** Every string it can match, when that set is finite and small; null otherwise. */
  exact: Set<string> | null;
  /** Strings one of which every match contains; null = no such set known. */
  req: Set<string> | null;
  /** A plain literal: this string and nothing else (runs of them are merged while parsing). */
  str?: string;
}

/** Largest literal set kept while multiplying out. */
const MAX_SET = 64;
/** Longest literal built by multiplying out. */
const MAX_LEN = 16;

const ANY: Info = { exact: null, req: null };
/** Matches only the empty string (a lookaround, an anchor). */
const EMPTY: Info = { exact: new Set(['']), req: null, str: '' };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := seq ('|' seq)* */
  alt(): Info {
    const first = this.seq();
    if (this.src[this.i] !== '|') return first;
    // every match matches one alternative: the union of what each can match / needs
    let exact: Set<string> | null = first.exact ? new Set(first.exact) : null;
    const r0 = reqOf(first);
    let req: Set<string> | null = r0 ? new Set(r0) : null;
    while (this.src[this.i] === '|') {
      this.i++;
      const p = this.seq();
      if (exact && p.exact && exact.size + p.exact.size <= MAX_SET) for (const x of p.exact) exact.add(x);
      else exact = null;
      const r = reqOf(p);
      if (req && r) for (const x of r) req.add(x);
      else req = null;
    }
    return { exact, req };
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
    let max: number;
    if (c === '?') {
      min = 0;
      max = 1;
      this.i++;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
      this.i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Error('unsupported quantifier');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length;
    } else return item;
    if (this.src[this.i] === '?') this.i++; // lazy: matches the same strings
    // exact set: the item repeated min..max times, when small
    let exact: Set<string> | null = null;
    if (item.exact && max <= 4) {
      exact = new Set();
      let power: Set<string> | null = new Set(['']);
      for (let k = 0; k <= max && exact && power; k++) {
        if (k >= min) for (const x of power) exact.add(x);
        if (exact.size > MAX_SET) exact = null;
        else if (k < max) power = product(power, item.exact);
      }
      if (power === null) exact = null;
    }
    // at least one repetition: whatever one repetition needs, the whole needs
    return { exact, req: min >= 1 ? reqOf(item) : null };
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
        if (b - a > MAX_SET) return ANY;
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
  const e = new Set([str]);
  return { exact: e, req: str === '' ? null : e, str };
}

function charSet(chars: string[]): Info {
  if (chars.length === 0 || chars.length > MAX_SET) return ANY;
  const e = new Set(chars);
  return { exact: e, req: e };
}

/** All concatenations a·b, or null when too many or too long. */
function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (x.length + y.length > MAX_LEN) return null;
      out.add(x + y);
    }
  }
  return out;
}

/** Is s usable as a required set (non-empty, no empty string)? */
function usable(s: Set<string> | null): s is Set<string> {
  return s !== null && s.size > 0 && !s.has('');
}

/** The strings every match contains one of: the better of the exact set and the required set. */
function reqOf(p: Info): Set<string> | null {
  const e = usable(p.exact) ? p.exact : null;
  const r = usable(p.req) ? p.req : null;
  if (e === null || r === null) return e ?? r;
  return better(minWeight(r), r.size, minWeight(e), e.size) ? r : e;
}

/**
 * A sequence: its exact set when every item has one; what it needs, the best
 * of (a) what any one item needs and (b) the products of runs of consecutive
 * items with exact sets ("(?:联系|加|找)我" needs 联系我, 加我 or 找我, rarer than 我).
 */
function seqInfo(items: Info[]): Info {
  if (items.length === 0) return EMPTY;
  if (items.length === 1) return items[0]!;
  let exact: Set<string> | null = new Set(['']);
  for (const it of items) {
    exact = exact && it.exact ? product(exact, it.exact) : null;
    if (exact === null) break;
  }
  let best: Set<string> | null = null;
  let bestW = 0;
  const consider = (s: Set<string> | null): void => {
    if (!usable(s)) return;
    const w = minWeight(s);
    if (best === null || better(w, s.size, bestW, best.size)) {
      best = s;
      bestW = w;
    }
  };
  for (const it of items) consider(reqOf(it));
  for (let a = 0; a < items.length; a++) {
    let run: Set<string> | null = new Set(['']);
    for (let b = a; b < items.length && run; b++) {
      const e = items[b]!.exact;
      // an item that may be empty ("的?") still joins: the product lists both
      run = e ? product(run, e) : null;
      consider(run);
    }
  }
  return { exact, req: best };
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
 * length and a 32-bit FNV-1a hash of `String(re)` (source and flags), read
 * with a stride so that no pattern costs more than about 512 steps: start-up
 * keys every pattern (42,000 characters in all, about 3 ms cold, and the
 * patterns keep growing). A changed pattern whose key did not change is
 * caught by the test that pins the table (test/unit/detect/prefilter.test.ts),
 * which compares every pattern's entry with what the pattern requires now.
 */
export function patternKey(re: RegExp): string {
  const s = String(re);
  const step = Math.max(1, Math.floor(s.length / 512));
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += step) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `${s.length}:${(h >>> 0).toString(36)}`;
}

/** Key of a rule's trigger in the same table: a trigger stands for literals of its own (triggerLiterals), not a prefilter. */
export function triggerKey(re: RegExp): string {
  return `trigger ${patternKey(re)}`;
}

/**
 * requiredLiterals(re), from the table made ahead of time (parsing every
 * pattern cost more at start-up than the rest of loading the engine; and the
 * parser stays out of the bundle). A pattern the table does not have gets no
 * prefilter: it always runs, slower but never wrong, and the test that pins
 * the table fails until it is remade.
 */
export function prefilterOf(re: RegExp, table: Readonly<Record<string, readonly string[] | null>>): string[] | null {
  const hit = table[patternKey(re)];
  return hit === undefined || hit === null ? null : [...hit];
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
    const req = reqOf(info);
    return usable(req) ? [...req] : null;
  } catch {
    return null;
  }
}
