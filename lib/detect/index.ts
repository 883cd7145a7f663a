/**
 * Public API of the detection engine (pure TypeScript: no DOM, no extension API).
 *
 *   detect(text)            → { flagged, severity, findings }
 *   detectThread(messages)  → same, each finding with `message` (its index)
 *   getRule(id), explain(ruleId, lang), RULES
 */
import type { Explanation, Rule } from './rule';
import { RULES } from './rules/index';
import { GENERIC_EXPLANATION } from './generic-explanation';

export { detect, detectThread, type ThreadOptions } from './engine';
export type { DetectResult, ThreadFinding, ThreadResult } from './engine';
export type { Explanation, Rule } from './rule';
export { RULES } from './rules/index';
export { normalise } from './normalise';
export { canCompleteThread } from './thread-gate';
export * from './kinds';

const BY_ID = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The plain-language explanation of a rule; unknown ids get a generic text. */
export function explain(ruleId: string, lang: 'zh' | 'en'): Explanation {
  const r = BY_ID.get(ruleId);
  return r ? r.explain[lang] : GENERIC_EXPLANATION[lang];
}
export { detectPayload, explainPayload, PAYLOAD_RULES, samePlatform } from './payload/index';
export type { PayloadContext, PayloadRule } from './payload/index';
