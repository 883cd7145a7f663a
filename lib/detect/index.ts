/**
 * Public API of the detection engine (pure TypeScript: no DOM, no extension API).
 *
 *   detect(text)            → { flagged, severity, findings }
 *   detectThread(messages)  → same, each finding with `message` (its index)
 *   getRule(id), explain(ruleId, lang), RULES
 */
import type { Explanation, Rule } from './rule';
import { RULES } from './rules/index';

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
  if (r) return r.explain[lang];
  return lang === 'zh'
    ? { asked: '对方试图把交易引到平台外。', risk: '平台外交易没有担保，也无法7天无理由退货，平台难以介入。', instead: '留在平台内沟通和付款，并向平台举报。' }
    : { asked: 'The seller tried to move the deal off the platform.', risk: 'Off-platform deals have no escrow or returns, and the platform cannot help.', instead: 'Keep chatting and paying on the platform, and report the seller.' };
}
export { detectPayload, explainPayload, PAYLOAD_RULES, samePlatform } from './payload/index';
export type { PayloadContext, PayloadRule } from './payload/index';
