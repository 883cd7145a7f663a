/** ESLint-style tester for payload rules: `valid` payloads must not match the rule, `invalid` ones must. */
import { describe, expect, it } from 'vitest';
import { detectPayload, PAYLOAD_RULES } from '../../../../lib/detect/index';

export interface PayloadCase {
  payload: string;
  /** Host of the page the code was seen on. */
  pageHost?: string;
}

export interface PayloadCases {
  valid: (string | PayloadCase)[];
  invalid: (string | PayloadCase)[];
}

const asCase = (c: string | PayloadCase): PayloadCase => (typeof c === 'string' ? { payload: c } : c);

export function payloadTester(ruleId: string, cases: PayloadCases): void {
  const rule = PAYLOAD_RULES.find((r) => r.id === ruleId);
  describe(`payload rule ${ruleId}`, () => {
    it('is registered', () => {
      expect(rule, `payload rule ${ruleId} is not in PAYLOAD_RULES`).toBeDefined();
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    if (!rule) return;
    for (const c of cases.valid.map(asCase)) {
      it(`valid: ${c.payload}${c.pageHost ? ` on ${c.pageHost}` : ''}`, () => {
        const r = detectPayload(c.payload, { pageHost: c.pageHost ?? 'shop.example.com' });
        expect(r.findings.filter((f) => f.rule === ruleId)).toEqual([]);
      });
    }
    for (const c of cases.invalid.map(asCase)) {
      it(`invalid: ${c.payload}${c.pageHost ? ` on ${c.pageHost}` : ''}`, () => {
        const r = detectPayload(c.payload, { pageHost: c.pageHost ?? 'shop.example.com' });
        expect(r.findings.map((f) => f.rule), JSON.stringify(r)).toEqual([ruleId]);
        const f = r.findings[0]!;
        expect(f.kind).toBe(rule.kind);
        expect(f.severity).toBe(rule.severity);
        expect(f.value).toBe(c.payload.trim());
        expect(c.payload.slice(f.start, f.end)).toBe(f.text);
        expect(r.flagged).toBe(true);
      });
    }
  });
}
