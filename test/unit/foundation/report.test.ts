import { describe, expect, it } from 'vitest';
import { MAX_REPORT_AGE_MS, toTabFindings } from '@/lib/background/report';
import { TabFindingSchema } from '@/lib/messages';

describe('report → contract-2 findings', () => {
  it('one entry per finding, carrying the whole message, url and time', () => {
    const at = new Date('2026-11-22T12:00:00Z');
    const out = toTabFindings(
      {
        page: { url: 'https://item.taobao.com/x', title: 'x', platform: 'taobao', seller: '兰兰女装' },
        units: [
          {
            message: '加我薇信 abc_123 私聊',
            hidden: true,
            findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 2, end: 12, text: '薇信 abc_123', value: 'abc_123' }],
          },
        ],
      },
      at,
    );
    expect(out).toHaveLength(1);
    expect(TabFindingSchema.parse(out[0])).toMatchObject({
      kind: 'wechat',
      value: 'abc_123',
      message: '加我薇信 abc_123 私聊',
      url: 'https://item.taobao.com/x',
      at: '2026-11-22T12:00:00.000Z',
      hidden: true,
      platform: 'taobao',
      seller: '兰兰女装',
    });
  });

  it('a unit dated by the content script keeps its time, within MAX_REPORT_AGE_MS before arrival and never after it', () => {
    const arrived = new Date('2026-11-22T12:00:00Z');
    const unit = (at: number) => ({
      message: '加我薇信 abc_123',
      at,
      findings: [{ kind: 'wechat' as const, severity: 'medium' as const, rule: 'wechat-id', start: 2, end: 12, text: '薇信 abc_123', value: 'abc_123' }],
    });
    const times = toTabFindings(
      { page: { url: 'https://x.test/', title: 'x' }, units: [unit(arrived.getTime() - 180), unit(arrived.getTime() + 60_000), unit(arrived.getTime() - 3_600_000)] },
      arrived,
    ).map((f) => f.at);
    expect(times).toEqual(['2026-11-22T11:59:59.820Z', '2026-11-22T12:00:00.000Z', new Date(arrived.getTime() - MAX_REPORT_AGE_MS).toISOString()]);
  });
});
