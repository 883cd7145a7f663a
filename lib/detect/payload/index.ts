/**
 * Classify what a code in an image decodes to (a QR payload):
 *
 *   detectPayload('wxp://f2f0…', { pageHost })  → { flagged, severity, findings }
 *
 * Links and app schemes go through the payload rules (one file each in
 * ./rules, first match wins); a payload that is plain text ("加V: mm_8866")
 * goes through the text rules, so the code is read like a message. Every
 * finding of a link carries the whole payload as `value`, spanning it.
 */
import { detect } from '../engine';
import type { DetectResult } from '../engine';
import { worstSeverity, type Finding } from '../kinds';
import type { Explanation } from '../rule';
import { parsePayload, type PayloadContext } from './rule';
import { PAYLOAD_RULES } from './rules/index';

export type { PayloadContext, PayloadRule, ParsedPayload } from './rule';
export { PAYLOAD_RULES } from './rules/index';
export { registrableDomain, samePlatform } from './platforms';

/** Longest payload read; a QR code holds at most about 7 000 characters. */
export const MAX_PAYLOAD = 8_000;
const MAX_VALUE = 2_000;

export function detectPayload(payload: string, ctx: PayloadContext = {}): DetectResult {
  const raw = payload.slice(0, MAX_PAYLOAD);
  const p = parsePayload(raw);
  if (!p.text) return { flagged: false, severity: 'none', findings: [] };
  const rule = PAYLOAD_RULES.find((r) => r.match(p, ctx));
  if (rule) {
    const start = raw.indexOf(p.text);
    const shown = p.text.slice(0, MAX_VALUE);
    const finding: Finding = { kind: rule.kind, severity: rule.severity, rule: rule.id, start, end: start + shown.length, text: shown, value: shown };
    return { flagged: true, severity: rule.severity, findings: [finding] };
  }
  // A web link no rule claims leads back to the page's own platform.
  if (p.host) return { flagged: false, severity: 'none', findings: [] };
  // Words, a vCard, `tel:`/`mailto:`: read it as a message.
  const r = detect(raw);
  return { flagged: r.flagged, severity: worstSeverity(r.findings), findings: r.findings };
}

const BY_ID = new Map(PAYLOAD_RULES.map((r) => [r.id, r]));

/** The explanation of a payload rule, or undefined for a text rule's id. */
export function explainPayload(ruleId: string, lang: 'zh' | 'en'): Explanation | undefined {
  return BY_ID.get(ruleId)?.explain[lang];
}
