/** The shape of a detection rule (one file per rule in ./rules). */
import type { Kind, Severity } from './kinds';
import { type MatchContext, Presence, refusedAfter } from './scan';
import { prefilterOf, triggerKey } from './prefilter';
// requiredLiterals() of every phrase pattern, made ahead of time (test/unit/detect/prefilter.test.ts pins and remakes it)
import PREFILTERS from './lexicon/prefilters.json';

/**
 * The literal strings a rule's trigger stands for (scan.ts triggerLiterals),
 * from the table made ahead of time: expanding the triggers was a quarter of
 * the engine's first call. Null when the table does not have it (a trigger
 * that is not plain literals, or a table not remade yet): the rule then tests
 * its trigger on every text, slower but never wrong.
 */
export function triggerWords(re: RegExp): string[] | null {
  const hit = (PREFILTERS as Record<string, string[] | null>)[triggerKey(re)];
  return hit === undefined || hit === null ? null : [...hit];
}

/** Every Phrases made. */
export const PHRASES: Phrases[] = [];

/** Makes every phrase prefilter, so the one-pass scanner (built next) answers them all. */
export function preparePhrases(): void {
  for (const p of PHRASES) p.prepare();
}

let skipping = true;
/** Tests only: run every phrase pattern on every text, to check that skipping changes no result. */
export function setPhraseSkipping(on: boolean): void {
  skipping = on;
}
/** The engine keeps findings of recent texts only for the normal setting, never for the test one. */
export function phraseSkipping(): boolean {
  return skipping;
}

/**
 * A rule's phrase patterns, and which of them can match a given text: each
 * pattern has a literal prefilter (prefilter.ts: strings one of which every
 * match contains), answered by the one-pass scanner, and a pattern none of
 * whose strings occurs is not run. (That also skips the Chinese patterns on
 * English text and the English ones on Chinese: their strings are in one
 * script.) It only skips passes that cannot match.
 */
/**
 * How long a phrase pattern may grow before V8 compiles its alternation badly: cashback-review's Chinese pattern went
 * from 18,700 to 22,700 characters in one session and from about 0.08 to 1.3 ms a message on real reviews (every
 * position tried against every alternative). The unit tests hold every phrase pattern under this.
 */
export const LONGEST_PATTERN_SOURCE = 12_000;
/**
 * The parts' size when a long alternation is split (splitAlternation): in parts of about 4,000 characters, each with
 * its own prefilter, cashback-review's pattern costs what it did at 18,700 characters, where 12,000 was still slow.
 */
export const PATTERN_PART_SOURCE = 4_000;
/**
 * The parts' size for the rules whose Phrases split every pattern (Phrases' `split`). Each part has its own
 * prefilter, so a message wakes only the parts whose words it has: "scan my payment QR instead of using checkout" woke
 * payment-qr's whole 5,800-character English pattern, about 35 µs of V8 trying every alternative at every position.
 */
export const PHRASE_PART_SOURCE = 2_000;

/**
 * `re` as regexes of at most `max` source characters each, cut between its top-level alternatives (a single
 * alternative longer than that stays whole). The parts are marked as one alternation (ALTERNATION_OF), and
 * phraseMatches runs them as one: the leftmost match, the earliest part at a tie, the search going on after it. So the
 * matches are the whole pattern's, the same spans.
 */
export function splitAlternation(re: RegExp, max: number): RegExp[] {
  const src = re.source;
  if (src.length <= max) return [re];
  const alts: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alts.push(src.slice(from, i));
      from = i + 1;
    }
  }
  alts.push(src.slice(from));
  if (alts.length < 2) return [re];
  const out: RegExp[] = [];
  let chunk: string[] = [];
  let size = 0;
  for (const a of alts) {
    if (chunk.length && size + a.length + 1 > max) {
      out.push(new RegExp(chunk.join('|'), re.flags));
      chunk = [];
      size = 0;
    }
    chunk.push(a);
    size += a.length + 1;
  }
  if (chunk.length) out.push(new RegExp(chunk.join('|'), re.flags));
  // (a part of a split pattern cut again stays in that pattern's alternation, and names the same whole)
  const group = ALTERNATION_OF.get(re) ?? nextAlternation++;
  const whole = wholePattern(re);
  for (const part of out) {
    ALTERNATION_OF.set(part, group);
    WHOLE_OF.set(part, whole);
  }
  return out;
}
/** The parts of one split pattern share a number (splitAlternation). */
const ALTERNATION_OF = new WeakMap<RegExp, number>();
let nextAlternation = 1;
/** The pattern a part was cut from. */
const WHOLE_OF = new WeakMap<RegExp, RegExp>();
/** The pattern `re` was cut from by splitAlternation, or `re` itself (a rule that tells its patterns apart asks this). */
export function wholePattern(re: RegExp): RegExp {
  return WHOLE_OF.get(re) ?? re;
}

export class Phrases {
  private readonly all: readonly RegExp[];
  private pre: readonly (Presence | null)[] | undefined;
  /**
   * the patterns to run (made on first use), by the runnable ones as a number's bits (a float holds 52 exactly), or, past
   * 52 patterns, by their indices as a string's code units
   */
  private readonly subsets = new Map<number, readonly RegExp[]>();
  private readonly manySubsets = new Map<string, readonly RegExp[]>();
  /**
   * `split`: cut every pattern longer than this between its top-level alternatives (splitAlternation), for a rule
   * that runs its patterns through phraseMatches or forEachPhraseMatch, which match the parts as their whole. Not for
   * a rule that reads capture groups: a part numbers its groups afresh.
   */
  constructor(patterns: readonly RegExp[], options: { split?: number } = {}) {
    const split = options.split;
    this.all = split === undefined ? patterns : patterns.flatMap((re) => splitAlternation(re, split));
    PHRASES.push(this);
  }
  /**
   * Looks the prefilters up. Not in the constructor: rule modules make their
   * Phrases while the content script loads, and the lookups (a hash of each
   * pattern's source) belong with the scanner's first build, in an idle task
   * (preparePhrases). A Presence made after the scanner is still answered, by a plain test.
   */
  prepare(): readonly (Presence | null)[] {
    return (this.pre ??= this.all.map((re) => {
      const lits = prefilterOf(re, PREFILTERS as Record<string, string[] | null>);
      return lits ? new Presence(lits) : null;
    }));
  }
  /** Every pattern (for the test that pins the precomputed prefilters). */
  get patterns(): readonly RegExp[] {
    return this.all;
  }
  for(ctx: MatchContext): readonly RegExp[] {
    if (!skipping) return this.all;
    const pre = this.pre ?? this.prepare();
    const n = this.all.length;
    if (n > 52) return this.manyFor(ctx, pre);
    let key = 0;
    for (let i = 0, bit = 1; i < n; i++, bit *= 2) {
      const p = pre[i]!;
      if (p === null || ctx.has(p)) key += bit;
    }
    let subset = this.subsets.get(key);
    if (subset === undefined) {
      const k = key;
      subset = this.all.filter((_, i) => Math.floor(k / 2 ** i) % 2 === 1);
      this.subsets.set(key, subset);
    }
    return subset;
  }
  private manyFor(ctx: MatchContext, pre: readonly (Presence | null)[]): readonly RegExp[] {
    let key = '';
    for (let i = 0; i < this.all.length; i++) {
      const p = pre[i]!;
      if (p === null || ctx.has(p)) key += String.fromCharCode(i);
    }
    let subset = this.manySubsets.get(key);
    if (subset === undefined) {
      subset = Array.from(key, (c) => this.all[c.charCodeAt(0)]!);
      this.manySubsets.set(key, subset);
    }
    return subset;
  }
}

export interface Explanation {
  /** What the seller asked for. */
  asked: string;
  /** Why it is risky. */
  risk: string;
  /** What to do instead. */
  instead: string;
}

/** A match in canonical offsets; the engine maps it back to the original text. */
export interface RawMatch {
  start: number;
  end: number;
  value: string;
  /** offsets are already original UTF-16 offsets (for case-sensitive matches on the raw text) */
  original?: boolean;
  /**
   * The value is a contact or account someone could use (a handle, a number, an address).
   * A scam warning does not cover it: a warning forbids the act, it never needs to hand out
   * a contact ("谨防诈骗，认准官方客服微信 …" is a warning used as cover). A negation still does.
   */
  contact?: boolean;
}

export interface Rule {
  readonly id: string;
  readonly kind: Kind;
  readonly severity: Severity;
  readonly explain: { readonly zh: Explanation; readonly en: Explanation };
  /** Cheap test on the canonical text; the rule runs only when it passes. */
  readonly trigger?: RegExp;
  /** Negation words before the match ("请勿…", "never…") and a scam warning around it suppress it. Default true. */
  readonly negatable?: boolean;
  match(ctx: MatchContext): RawMatch[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Matches one rule may report for a message; more is a hostile or broken input. */
export const MAX_MATCHES_PER_RULE = 500;

const keepAll = (): boolean => true;

/**
 * Phrase alternatives joined `n` to a pattern: each pattern runs only when its
 * own literals occur (Phrases' prefilters), and compiles small (one large
 * alternation took 10+ ms to compile on its first run).
 */
export function alternationChunks(forms: readonly string[], n: number): RegExp[] {
  const out: RegExp[] = [];
  for (let i = 0; i < forms.length; i += n) out.push(new RegExp(forms.slice(i, i + n).join('|'), 'g'));
  return out;
}

/**
 * Every match of the rule's phrase patterns in the canonical text that
 * `keep` accepts (the place for context checks; it gets the text, so a rule
 * passes one module-level function instead of a closure made per message). Empty matches are skipped,
 * and the count is capped, so a hostile page cannot make one message expensive.
 * A request judged forbidden right after it ("私下转账？不行的", refusedAfter) is no request, in every phrase rule.
 */
export function phraseMatches(
  canon: string,
  patterns: readonly RegExp[],
  keep: (m: RegExpExecArray, canon: string) => boolean = keepAll,
): RawMatch[] {
  const out: RawMatch[] = [];
  forEachPhraseMatch(canon, patterns, (m) => {
    if (refusedAfter(canon, m.index + m[0].length) || !keep(m, canon)) return false;
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
    return out.length > MAX_MATCHES_PER_RULE;
  });
  return out;
}

/**
 * Every non-empty match of each pattern in turn, with the pattern it belongs to (the whole a split part was cut from,
 * wholePattern): the parts of one split alternation give the whole's matches. `each` returns true to stop.
 */
export function forEachPhraseMatch(
  canon: string,
  patterns: readonly RegExp[],
  each: (m: RegExpExecArray, whole: RegExp) => boolean,
): void {
  // (plain loops, not generators: this runs for every woken pattern of every message)
  for (let i = 0; i < patterns.length; ) {
    const group = ALTERNATION_OF.get(patterns[i]!);
    let j = i + 1;
    if (group !== undefined) while (j < patterns.length && ALTERNATION_OF.get(patterns[j]!) === group) j++;
    const whole = wholePattern(patterns[i]!);
    if (j - i === 1) {
      const re = patterns[i]!;
      re.lastIndex = 0;
      for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        if (each(m, whole)) return;
      }
    } else if (eachAlternationMatch(patterns, i, j, canon, whole, each)) return;
    i = j;
  }
}

/**
 * The matches of the parts of one split alternation as the whole would give them: at each step the leftmost match of
 * any part (the earliest part at a tie, as the whole tries its alternatives in order), then the search from its end.
 */
function eachAlternationMatch(
  patterns: readonly RegExp[],
  from: number,
  to: number,
  canon: string,
  whole: RegExp,
  each: (m: RegExpExecArray, whole: RegExp) => boolean,
): boolean {
  const next: (RegExpExecArray | null)[] = [];
  for (let r = from; r < to; r++) {
    const re = patterns[r]!;
    re.lastIndex = 0;
    next.push(re.exec(canon));
  }
  for (;;) {
    let k = -1;
    for (let r = 0; r < next.length; r++) if (next[r] && (k < 0 || next[r]!.index < next[k]!.index)) k = r;
    if (k < 0) return false;
    const m = next[k]!;
    const pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
    if (m[0].length > 0 && each(m, whole)) return true;
    for (let r = 0; r < next.length; r++) {
      if (next[r] === null || next[r]!.index >= pos) continue;
      const re = patterns[from + r]!;
      re.lastIndex = pos;
      next[r] = re.exec(canon);
    }
  }
}
