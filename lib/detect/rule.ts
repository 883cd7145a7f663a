/** The shape of a detection rule (one file per rule in ./rules). */
import type { Kind, Severity } from './types';
import type { MatchContext } from './scan';

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
}

export interface Rule {
  readonly id: string;
  readonly kind: Kind;
  readonly severity: Severity;
  readonly explain: { readonly zh: Explanation; readonly en: Explanation };
  /** Cheap test on the canonical text; the rule runs only when it passes. */
  readonly trigger?: RegExp;
  /** Negation words before the match ("请勿…", "never…") suppress it. Default true. */
  readonly negatable?: boolean;
  match(ctx: MatchContext): RawMatch[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
