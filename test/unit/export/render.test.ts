import { describe, expect, it } from 'vitest';
import { escapeHtml, markSpans, mergeSpans, safeHref } from '../../../lib/export/html';
import { renderReport, REPORT_CSP } from '../../../lib/export/report';
import { BLANK_EN, BLANK_ZH, complaintDrafts } from '../../../lib/export/complaints';
import { formatLocal, formatUtc, platformName, type ViewCase, type ViewItem } from '../../../lib/export/view';

const HOSTILE = '<img src=x onerror=alert(1)>';

function item(over: Partial<ViewItem> = {}): ViewItem {
  const message = over.message ?? '亲，加我微信 mm_8866 私下转账便宜50';
  return {
    seq: 3,
    id: 'rec-a',
    dir: 'records/000003-rec-a/',
    capturedAt: '2024-05-01T08:30:00.000Z',
    timeZone: 'Asia/Shanghai',
    url: 'https://item.taobao.com/item.htm?id=1',
    title: '夏季连衣裙',
    platform: 'taobao',
    seller: '小美服饰',
    sellerUrl: 'https://shop123.taobao.com/',
    message,
    author: '小美服饰客服',
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', start: 3, end: 15, text: message.slice(3, 15), value: 'mm_8866', rule: 'wechat-id' }],
    context: [{ text: '这件有M码吗？', author: '我', role: 'buyer' }],
    screenshot: 'records/000003-rec-a/screenshot.png',
    files: [{ path: 'records/000003-rec-a/screenshot.png', sha256: 'ab'.repeat(32), size: 1234, mime: 'image/png', role: 'screenshot' }],
    recordHash: 'cd'.repeat(32),
    prevHash: '00'.repeat(32),
    entryHash: 'ef'.repeat(32),
    signature: 'c2lnbmF0dXJl',
    seenAgain: [],
    ...over,
  };
}

function view(items: ViewItem[]): ViewCase {
  return {
    caseId: 'case-1',
    caseName: '小美服饰 引导微信转账',
    bundleId: 'b-1',
    createdAt: '2024-05-02T00:00:00.000Z',
    extensionVersion: '0.1.0',
    keyFingerprint: '12'.repeat(32),
    items,
    deleted: [],
    bundleFiles: ['manifest.json', 'report.html', 'VERIFY.txt'],
  };
}

describe('escapeHtml', () => {
  it('escapes every markup character', () => {
    expect(escapeHtml(HOSTILE)).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a&b"c'd\`e`)).toBe('a&amp;b&quot;c&#39;d&#96;e');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml('x\u0000y')).toBe('xy');
  });
  it('marks spans, merging overlaps, escaping inside and out', () => {
    expect(mergeSpans([{ start: 5, end: 8 }, { start: 0, end: 2 }, { start: 7, end: 20 }], 10)).toEqual([
      { start: 0, end: 2 },
      { start: 5, end: 10 },
    ]);
    expect(markSpans('a<b>c', [{ start: 1, end: 4 }])).toBe('a<mark>&lt;b&gt;</mark>c');
    expect(markSpans('abc', [{ start: 5, end: 9 }])).toBe('abc');
  });
  it('links only http(s)', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('https://a.test/x')).toBe('https://a.test/x');
  });
});

describe('renderReport', () => {
  it('escapes hostile page text everywhere and has no script', () => {
    const html = renderReport(
      view([
        item({
          message: `hi ${HOSTILE} 加V mm_8866`,
          findings: [{ kind: 'wechat', severity: 'medium', start: 0, end: 2, text: 'hi', value: HOSTILE }],
          author: HOSTILE,
          title: `</title><script>alert(1)</script>`,
          seller: HOSTILE,
          url: `javascript:alert(1)//${HOSTILE}`,
          sellerUrl: `https://x.test/"><script>alert(1)</script>`,
          context: [{ text: HOSTILE, author: '<b>x</b>' }],
        }),
      ]),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(REPORT_CSP).toContain("default-src 'none'");
    // The only <img> elements are the bundle's screenshots, by relative path.
    const imgs = html.match(/<img [^>]*>/g) ?? [];
    expect(imgs).toHaveLength(1);
    expect(imgs[0]).toContain('src="records/000003-rec-a/screenshot.png"');
  });
  it('shows the timeline with UTC and local time, the highlight, context and hashes', () => {
    const html = renderReport(view([item(), item({ seq: 5, id: 'rec-b', capturedAt: '2024-05-01T09:00:00.000Z', screenshot: undefined })]));
    expect(html).toContain('2024-05-01 08:30:00 UTC');
    expect(html).toContain('2024-05-01 16:30:00 (Asia/Shanghai)');
    expect(html).toContain('亲，加<mark>我微信 mm_8866 </mark>私下转账');
    expect(html).toContain('这件有M码吗？');
    expect(html).toContain('cd'.repeat(32));
    expect(html).toContain('淘宝');
    expect(html.indexOf('Record #3')).toBeLessThan(html.indexOf('Record #5'));
  });
});

describe('complaint drafts', () => {
  const drafts = complaintDrafts(view([item()]), 'case_2024-05-02.zip');
  it('12315 draft has the facts from the record and blanks for the rest', () => {
    const t = drafts['complaint-12315.txt'];
    expect(t).toContain('小美服饰');
    expect(t).toContain('淘宝');
    expect(t).toContain('https://shop123.taobao.com/');
    expect(t).toContain('亲，加我微信 mm_8866 私下转账便宜50');
    expect(t).toContain('2024-05-01 08:30:00 UTC');
    expect(t).toMatch(/金额：【请填写】/);
    expect(t).toMatch(/订单号：【请填写】/);
    expect(t).toContain('退款');
    expect(t).toContain('records/000003-rec-a/screenshot.png');
    expect(t).toContain('case_2024-05-02.zip');
    expect(t.split(BLANK_ZH).length).toBeGreaterThan(4);
  });
  it('platform report cites the rule and names the platform', () => {
    const t = drafts['platform-report.txt'];
    expect(t).toContain('平台规则禁止引导用户站外交易/私下交易');
    expect(t).toContain('致淘宝平台');
    expect(t).toContain('mm_8866');
  });
  it('English complaint quotes the message and leaves blanks', () => {
    const t = drafts['complaint-en.txt'];
    expect(t).toContain('Taobao');
    expect(t).toContain('mm_8866');
    expect(t).toContain(`Amount: ${BLANK_EN}`);
    expect(t).toContain(`Order number: ${BLANK_EN}`);
  });
  it('invents nothing the records lack', () => {
    const t = complaintDrafts(view([item({ seller: undefined, sellerUrl: undefined, platform: undefined, url: 'https://unknown.test/p' })]), 'x.zip')[
      'complaint-12315.txt'
    ];
    expect(t).toContain(`名称/店铺：${BLANK_ZH}`);
    expect(t).toContain(`店铺链接：${BLANK_ZH}`);
    expect(t).toContain('unknown.test');
  });
});

describe('view helpers', () => {
  it('formats times and names platforms', () => {
    expect(formatUtc('2024-01-02T03:04:05.678Z')).toBe('2024-01-02 03:04:05 UTC');
    expect(formatLocal({ capturedAt: '2024-01-02T03:04:05Z', localTime: '2024-01-02 11:04:05', timeZone: '+08:00' })).toBe(
      '2024-01-02 11:04:05 (+08:00)',
    );
    expect(platformName({ url: 'https://www.ebay.com/itm/1' }, 'zh')).toBe('eBay');
    expect(platformName({ url: 'https://a.test/', platform: 'MyShop' }, 'en')).toBe('MyShop');
  });
});
