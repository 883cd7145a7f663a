/** Every rule file is registered, documented and tested; every kind has a rule. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KINDS, RULES, explain, getRule } from '../../../lib/detect/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const rulesDir = path.resolve(here, '../../../lib/detect/rules');
const testsDir = path.resolve(here, 'rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));

describe('rule registry', () => {
  it('registers every rule file under its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });
  it.each(ruleFiles)('%s has a test file with valid and invalid cases', (id) => {
    const src = readFileSync(path.join(testsDir, `${id}.test.ts`), 'utf8');
    expect(src).toContain(`ruleTester('${id}'`);
    expect(src).toMatch(/valid:\s*\[\s*\S/);
    expect(src).toMatch(/invalid:\s*\[\s*\{/);
  });
  it('covers every taxonomy kind', () => {
    for (const k of KINDS) expect(RULES.some((r) => r.kind === k), k).toBe(true);
  });
  it('uses the taxonomy severities', () => {
    const high = new Set(['bank_account', 'payment_account', 'payment_qr', 'off_platform_payment']);
    for (const r of RULES) expect(r.severity, r.id).toBe(high.has(r.kind) ? 'high' : r.kind === 'contact_request' ? 'low' : 'medium');
  });
  it.each(RULES.map((r) => r.id))('%s explains itself in zh and en', (id) => {
    for (const lang of ['zh', 'en'] as const) {
      const e = explain(id, lang);
      expect(e.asked.length).toBeGreaterThan(5);
      expect(e.risk.length).toBeGreaterThan(5);
      expect(e.instead.length).toBeGreaterThan(5);
    }
    expect(getRule(id)?.id).toBe(id);
  });
});
