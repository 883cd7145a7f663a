/** ESLint-style rule tester: `valid` texts must not match, `invalid` ones must match exactly. */
import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../../lib/detect/engine';
import { getRule } from '../../../lib/detect/index';

export interface InvalidCase {
  text: string;
  /** expected UTF-16 span in the original text, and the canonical value */
  start: number;
  end: number;
  value: string;
}

export interface RuleCases {
  valid: string[];
  invalid: InvalidCase[];
}

export function ruleTester(ruleId: string, cases: RuleCases): void {
  const rule = getRule(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rule, `rule ${ruleId} is not in RULES`).toBeDefined();
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    if (!rule) return;
    for (const text of cases.valid) {
      it(`valid: ${text}`, () => {
        expect(detectFindings(text, [rule])).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text}`, () => {
        const found = detectFindings(c.text, [rule]);
        const hit = found.find((f) => f.start === c.start && f.end === c.end);
        expect(hit, `expected ${ruleId} at ${c.start}-${c.end} in ${JSON.stringify(c.text)}, got ${JSON.stringify(found)}`).toBeDefined();
        expect(hit!.value).toBe(c.value);
        expect(hit!.kind).toBe(rule.kind);
        expect(hit!.text).toBe(c.text.slice(c.start, c.end));
      });
    }
  });
}
