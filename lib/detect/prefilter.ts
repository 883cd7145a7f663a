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
 * the result is null (no prefilter, the pattern always runs).
 */

/** What a piece of a pattern can match. */
interface Info {
  /** Every string it can match, when that set is finite and small; null otherwise. */
  exact: Set<string> | null;
  /** Strings one of which every match contains; null = no such set known. */
  req: Set<string> | null;
}

/** Largest literal set kept while multiplying out sequences. */
const MAX_SET = 64;
/** Longest literal worth building (the trie walks one code unit per character). */
const MAX_LEN = 8;

const ANY: Info = { exact: null, req: null };
const EMPTY: Info = { exact: new Set(['']), req: null };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  /** alternation := seq ('|' seq)* */
  alt(): Info {
    const parts: Info[] = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      parts.push(this.seq());
    }
    if (parts.length === 1) return parts[0]!;
    let exact: Set<string> | null = new Set();
    let req: Set<string> | null = new Set();
    for (const p of parts) {
      if (exact && p.exact && exact.size + p.exact.size <= MAX_SET) for (const s of p.exact) exact.add(s);
      else exact = null;
      const r = reqOf(p);
      if (req && r) for (const s of r) req.add(s);
      else req = null;
    }
    return { exact, req };
  }

  /** seq := (atom quantifier?)* */
  seq(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
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
    // exact set: item repeated min..max times, when small
    let exact: Set<string> | null = null;
    if (item.exact && max <= 4) {
      exact = new Set();
      let power = new Set(['']);
      for (let k = 0; k <= max && exact; k++) {
        if (k >= min) for (const s of power) exact.add(s);
        if (k < max) {
          const p = product(power, item.exact);
          if (p === null) exact = null;
          else power = p;
        }
        if (exact && exact.size > MAX_SET) exact = null;
      }
    }
    // at least one repetition: whatever every repetition needs, the whole needs
    const req = min >= 1 ? reqOf(item) : null;
    return { exact, req: exact ? (exact.has('') ? null : exact) : req };
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

function lit(ch: string): Info {
  const s = new Set([ch]);
  return { exact: s, req: s };
}

function charSet(chars: string[]): Info {
  if (chars.length === 0 || chars.length > MAX_SET) return ANY;
  const s = new Set(chars);
  return { exact: s, req: s };
}

/** The strings every match contains one of; the exact set serves when there is no other. */
function reqOf(p: Info): Set<string> | null {
  if (p.exact && !p.exact.has('')) return p.exact;
  return p.req;
}

/** All concatenations a·b, or null when too many or too long. */
function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    if (x.length + y.length > MAX_LEN) return null;
    out.add(x + y);
  }
  return out;
}

/**
 * A sequence: its exact set when every item has one; its required set the
 * best of (a) the required set of any single item and (b) the products of runs
 * of consecutive exact items, "best" meaning the shortest string in it is
 * longest (fewer texts contain it), then fewest strings.
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
  const consider = (s: Set<string> | null): void => {
    if (s === null || s.size === 0 || s.has('')) return;
    if (best === null || better(s, best)) best = s;
  };
  for (const it of items) consider(reqOf(it));
  for (let a = 0; a < items.length; a++) {
    let run: Set<string> | null = new Set(['']);
    for (let b = a; b < items.length && run; b++) {
      const e = items[b]!.exact;
      run = e ? product(run, e) : null;
      // an item that may be empty ("的?") still joins: the product lists both
      consider(run);
    }
  }
  return { exact, req: best };
}

function minLen(s: Set<string>): number {
  let m = Infinity;
  for (const x of s) m = Math.min(m, x.length);
  return m;
}
function better(a: Set<string>, b: Set<string>): boolean {
  const la = minLen(a);
  const lb = minLen(b);
  return la !== lb ? la > lb : a.size < b.size;
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
    if (req === null || req.size === 0 || req.has('')) return null;
    return [...req];
  } catch {
    return null;
  }
}
