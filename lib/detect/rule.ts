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
export class Phrases {
  private readonly all: readonly RegExp[];
  private pre: readonly (Presence | null)[] | undefined;
  /** the patterns to run, by bit mask of the runnable ones (made on first use) */
  private readonly subsets: (readonly RegExp[] | undefined)[] = [];
  constructor(patterns: readonly RegExp[]) {
    this.all = patterns;
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
    let mask = 0;
    for (let i = 0; i < this.all.length; i++) {
      const p = pre[i]!;
      if (p !== null && !ctx.has(p)) continue;
      mask |= 1 << i;
    }
    return (this.subsets[mask] ??= this.all.filter((_, i) => (mask & (1 << i)) !== 0));
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
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (refusedAfter(canon, m.index + m[0].length) || !keep(m, canon)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
      if (out.length > MAX_MATCHES_PER_RULE) return out;
    }
  }
  return out;
}
