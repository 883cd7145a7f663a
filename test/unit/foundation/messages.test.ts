import { describe, expect, it } from 'vitest';
import { parseMessage } from '@/lib/messages';

const finding = { kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 0, end: 3, text: 'abc', value: 'abc' };

describe('message protocol', () => {
  it('accepts a valid report', () => {
    const r = parseMessage({
      type: 'findings/report',
      page: { url: 'https://x.test/', title: 't' },
      units: [{ message: 'abc', findings: [finding] }],
    });
    expect(r.ok).toBe(true);
  });

  it.each([
    ['unknown type', { type: 'evil/do' }],
    ['no type', { tabId: 1 }],
    ['a string', 'findings/get'],
    ['null', null],
    ['wrong field type', { type: 'findings/get', tabId: '1' }],
    ['negative tab', { type: 'findings/get', tabId: -1 }],
    ['bad kind', { type: 'findings/report', page: { url: 'u', title: 't' }, units: [{ message: 'm', findings: [{ ...finding, kind: 'x' }] }] }],
    ['empty units', { type: 'findings/report', page: { url: 'u', title: 't' }, units: [] }],
    ['huge message', { type: 'findings/report', page: { url: 'u', title: 't' }, units: [{ message: 'x'.repeat(20_001), findings: [finding] }] }],
  ])('rejects %s with a reason', (_name, raw) => {
    const r = parseMessage(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });

  it('names the failing field', () => {
    const r = parseMessage({ type: 'findings/get', tabId: 'x' });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.reason).toContain('tabId');
  });
});
