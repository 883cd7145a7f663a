/** Every payload rule file is registered, tested and explained; severities follow the taxonomy. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPayload, explainPayload, PAYLOAD_RULES, RULES } from '../../../../lib/detect/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const rulesDir = path.resolve(here, '../../../../lib/detect/payload/rules');
const ruleFiles = readdirSync(rulesDir).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.slice(0, -3));

describe('payload rule registry', () => {
  it('registers every rule file under its file name', () => {
    expect(PAYLOAD_RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });
  it('keeps the catch-all web link last', () => {
    expect(PAYLOAD_RULES[PAYLOAD_RULES.length - 1]!.id).toBe('external-link');
  });
  it('does not reuse a text rule id', () => {
    const text = new Set(RULES.map((r) => r.id));
    for (const r of PAYLOAD_RULES) expect(text.has(r.id), r.id).toBe(false);
  });
  it.each(ruleFiles)('%s has a test file with valid and invalid cases', (id) => {
    const src = readFileSync(path.join(here, `${id}.test.ts`), 'utf8');
    expect(src).toContain(`payloadTester('${id}'`);
    expect(src).toMatch(/valid:\s*\[\s*\S/);
    expect(src).toMatch(/invalid:\s*\[\s*\S/);
  });
  it('uses the taxonomy severities', () => {
    const high = new Set(['bank_account', 'payment_account', 'payment_qr', 'off_platform_payment']);
    for (const r of PAYLOAD_RULES) expect(r.severity, r.id).toBe(high.has(r.kind) ? 'high' : r.kind === 'contact_request' ? 'low' : 'medium');
  });
  it.each(PAYLOAD_RULES.map((r) => r.id))('%s explains itself in zh and en', (id) => {
    for (const lang of ['zh', 'en'] as const) {
      const e = explainPayload(id, lang)!;
      expect(e.asked.length).toBeGreaterThan(5);
      expect(e.risk.length).toBeGreaterThan(5);
      expect(e.instead.length).toBeGreaterThan(5);
    }
  });
});

describe('detectPayload', () => {
  it('reads a payload that is plain words like a message', () => {
    const r = detectPayload('加我微信 mm_8866 下单便宜');
    expect(r.flagged).toBe(true);
    expect(r.findings.map((f) => f.kind)).toContain('wechat');
    expect(r.findings.find((f) => f.kind === 'wechat')!.value).toBe('mm_8866');
  });
  it('stays quiet on a link to the page’s own platform and on plain shop words', () => {
    expect(detectPayload('https://item.taobao.com/item.htm?id=1', { pageHost: 'shop1.taobao.com' }).flagged).toBe(false);
    expect(detectPayload('正品保障 假一赔三').flagged).toBe(false);
    expect(detectPayload('   ').flagged).toBe(false);
  });
  it('treats any web link as external when the page is unknown', () => {
    expect(detectPayload('https://item.taobao.com/item.htm?id=1').findings[0]?.kind).toBe('external_channel');
  });
  it('names an app even on a page of the same company', () => {
    expect(detectPayload('https://qr.alipay.com/fkx12345abcdef', { pageHost: 'item.taobao.com' }).findings[0]?.kind).toBe('payment_qr');
  });
  it('bounds what it reads', () => {
    const r = detectPayload('https://evil.example/' + 'a'.repeat(20_000), { pageHost: 'item.taobao.com' });
    expect(r.findings[0]!.value.length).toBeLessThanOrEqual(2_000);
  });
});
