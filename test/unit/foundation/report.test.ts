import { describe, expect, it } from 'vitest';
import { toTabFindings } from '@/lib/background/report';
import { TabFindingSchema } from '@/lib/messages';

describe('report → contract-2 findings', () => {
  it('one entry per finding, carrying the whole message, url and time', () => {
    const at = new Date('2026-11-22T12:00:00Z');
    const out = toTabFindings(
      {
        type: 'findings/report',
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
});
