import { describe, expect, it } from 'vitest';
import { canCompleteThread, detectThread } from '../../../lib/detect';
import { bareValue, joinLength, opensWithValue } from '../../../lib/detect/thread-gate';

describe('canCompleteThread', () => {
  it('is true for fragments and bare values', () => {
    for (const m of ['V', '信', '微', 'mm_8866', '139 1234', '一二三四五', 'abc_12', '＠qz_5577']) expect(canCompleteThread(m), m).toBe(true);
  });
  it('is false for ordinary messages', () => {
    for (const m of ['主播这个多少钱', '你加我', '好的谢谢', 'is it still available?', '发货了吗？']) expect(canCompleteThread(m), m).toBe(false);
  });
  it('is true for a message that opens with a value, words after it', () => {
    for (const m of ['0928-517-063 ，晚上都可以', 'ayu_tw77 詳談', '(415) 862-0937 anytime', 'ｄａｉｌｉａｎ ＿８８１ 呗', 'jenna.sells, I post there', '_tw520 加一下']) {
      expect(canCompleteThread(m), m).toBe(true);
    }
    // a plain word opens no value, unless the message before ends with the at sign of a handle
    expect(opensWithValue('thriftbyjules for the bundle')).toBe(false);
    expect(opensWithValue('thriftbyjules for the bundle', 'DM me on insta @')).toBe(true);
    expect(opensWithValue('好的谢谢')).toBe(false);
  });
  // The gate is only sound if every cross-message finding ends in a message it lets through:
  // skipping the thread pass for the others must never lose a finding.
  it('a thread finding never needs a last message the gate refuses', () => {
    const threads = [
      ['你加我', 'V', 'mm_8866'],
      ['加', '微', '信', 'abc_123'],
      ['有事打我电话', '139', '1234', '5678'],
      ['加我', '扣扣', '12345678'],
      ['好的', '加我微信', '稍等', 'qz_5577'],
      ['加我', '企鹅', '4412-8890-3 注明来意'],
      ['汇款账号', '62220211', '02004567893', '工行 张三'],
      ['手续费太贵了', '你转这张卡', '6217 0000 1000 0000 003 建行'],
      ['走平台要扣点', '钱转我这张卡', '𝟔𝟐𝟐𝟖 𝟒𝟖𝟎𝟑 𝟏𝟓𝟗𝟕 𝟐𝟔𝟒𝟑', '农行 周'],
      ['货款直接打我卡上', '6228✨4803✨1597✨2643', '农行'],
      ['想面交的話直接打給我', '0936-284-517 ，下班後都在'],
      ['全新未拆 有意者請加微信號', 'mika_tw66 詳談'],
      ['Collection only. ring or text', '07911 482 306 after six'],
      ['微信號', 'kiki', '_tw903 加一下'],
      ['email me at', 'dana', '.makes@gmail.com for sizes'],
      ['DM me on insta @', 'hollowpinegoods for the rest'],
      // a handle's first piece ending a message of words, the rest sent in pieces that open with an underscore
      ['加哪个', '薇信 搜 lin', '_mo', '_1987 拼起来就是'],
    ];
    for (const t of threads) {
      for (let n = 1; n <= t.length; n++) {
        const prefix = t.slice(0, n);
        const before = n > 1 ? detectThread(t.slice(0, n - 1)).findings.length : 0;
        const now = detectThread(prefix).findings.length;
        if (now > before && !canCompleteThread(prefix[n - 1]!, prefix[n - 2])) {
          // a new finding appeared with a message the gate would skip: it must be that message's own finding
          const own = detectThread([prefix[n - 1]!]).findings.length;
          expect(now - before, `${prefix.join(' / ')}`).toBeLessThanOrEqual(own);
        }
      }
      expect(detectThread(t).flagged, t.join(' / ')).toBe(true);
    }
  });
});

// A number in a message of its own is as short, and as bare, however it is typed: styled (bold digits are two
// UTF-16 units each), with zero-width characters or emoji between its digits, dotted digit by digit, or in words.
describe('thread: a value styled, spaced out or spelled in its own message', () => {
  it('measures and reads the message on its canonical text', () => {
    expect(joinLength('𝟔𝟐𝟐𝟖 𝟒𝟖𝟎𝟑 𝟏𝟓𝟗𝟕 𝟐𝟔𝟒𝟑')).toBe(16);
    expect(joinLength('6\u200b2\u200b2\u200b8\u200b4\u200b8\u200b0\u200b3')).toBe(8);
    expect(joinLength('6.2.1.7.0.0.3.2')).toBe(8);
    expect(joinLength('six two two eight four eight zero three')).toBe(8);
    expect(joinLength('好的，明天见')).toBe(6);
    expect(bareValue('0719✨2846✨35')).toBe('0719284635');
    expect(bareValue('6228★4803')).toBe('62284803');
    expect(bareValue('好✨的')).toBeUndefined();
  });
  it('finds the account after the words that ask for it', () => {
    const threads: [string[], number][] = [
      [['走平台要扣点', '钱转我这张卡', '𝟔𝟐𝟐𝟖 𝟒𝟖𝟎𝟑 𝟏𝟓𝟗𝟕 𝟐𝟔𝟒𝟑', '农行 周'], 2],
      [['走平台要扣点', '钱转我这张卡', '6\u200b2\u200b2\u200b8\u200b4\u200b8\u200b0\u200b3\u200b1\u200b5\u200b9\u200b7\u200b2\u200b6\u200b4\u200b3', '农行 周'], 2],
      [['货款直接打我卡上', 'six two two eight four eight zero three one five nine seven two six four three', '农行'], 1],
      [['货款直接打我卡上', '6228✨4803✨1597✨2643', '农行'], 1],
      [['货款直接打我卡上', '6.2.1.7.0.0.3.2.4.8.1.5.9.0.0.4.7', '建行'], 1],
      [['Please pay to', 'Bank: Access Bank', 'Acct no: 0719✨2846✨35', 'Name: Okafor Traders Ventures Ltd'], 2],
    ];
    for (const [t, at] of threads) {
      const f = detectThread(t).findings.find((x) => x.kind === 'bank_account');
      expect(f?.message, t.join(' / ')).toBe(at);
    }
  });
  it('leaves a styled number among small talk alone', () => {
    expect(detectThread(['今天天气不错', '６２２８ ４８０３', '好的']).flagged).toBe(false);
  });
});

describe('thread: a wallet address typed in two messages', () => {
  it('reads the two pieces as one address when together they are as long as the coin’s address', () => {
    const threads: string[][] = [
      ['USDT 走 TRC20，地址：TQ3hZr8Wb5sKm2', 'Xy7NcLd4FvHe6GuAx9jP'],
      ['btc only, send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaN', 'VN2 and I ship today'],
    ];
    for (const t of threads) {
      const f = detectThread(t).findings.filter((x) => x.kind === 'payment_account');
      expect(f.map((x) => x.message).sort(), t.join(' / ')).toEqual([0, 1]);
    }
  });
  it('leaves two pieces whose lengths make no address, or a code with no coin named', () => {
    expect(detectThread(['USDT 地址：TQ3hZr8Wb5sKm2', 'Xy7Nc 明天发']).flagged).toBe(false);
    expect(detectThread(['订单号 TQ3hZr8Wb5sKm2', 'Xy7NcLd4FvHe6GuAx9jP'])).toMatchObject({ flagged: false });
  });
});

describe('thread: who speaks written at the head of each message (round 64)', () => {
  it('reads a number or handle typed over messages that each open with the speaker’s label', () => {
    const threads: [string[], string, number[]][] = [
      [['賣家：有事打手機 0917', '賣家：482 306'], 'phone', [0, 1]],
      [['买家：能再便宜点吗', '卖家：你加我', '卖家：薇', '卖家：lin_mei_2290'], 'wechat', [2, 3]],
      [['Seller: text my cell 0921', 'Seller: 773 518'], 'phone', [0, 1]],
    ];
    for (const [t, kind, at] of threads) {
      const f = detectThread(t).findings.filter((x) => x.kind === kind && x.value !== '');
      expect(f.map((x) => x.message).sort(), t.join(' / ')).toEqual(at);
      for (const x of f) expect(t[x.message]!.slice(x.start, x.end)).toBe(x.text);
      for (const x of f) expect(x.text.startsWith('賣家') || x.text.startsWith('卖家') || x.text.startsWith('Seller')).toBe(false);
    }
  });
  it('does not join what the buyer and the seller typed when neither is a contact', () => {
    expect(detectThread(['買家：訂單號多少', '賣家：2024 0315 8890']).flagged).toBe(false);
    expect(detectThread(['買家：尺寸 155', '賣家：好的 有貨 160 也可以']).flagged).toBe(false);
  });
});

describe('thread: the payment sent to the marketplace named, answering the other side (round 64)', () => {
  it('clears the buyer’s ask for a code or a wallet when the seller answers 付款请在虾皮', () => {
    expect(detectThread(['買家：可以傳收款碼給我嗎？', '賣家：抱歉喔，請在Shopee結帳就好']).flagged).toBe(false);
    expect(detectThread(['买家：收款码发我一下吧', '卖家：亲，付款请在淘宝完成哦']).flagged).toBe(false);
  });
  it('keeps a contact the same speaker gave before naming the checkout, and threads with no labels', () => {
    expect(detectThread(['賣家：加我微信 abc_123', '賣家：付款請在蝦皮完成']).flagged).toBe(true);
    expect(detectThread(['收款码发你', '付款请在虾皮完成也行']).flagged).toBe(true);
  });
});

describe('thread: a short label at the head of the message that hands over the value (round 93)', () => {
  it('reads the handle after "id:" or "id -" as opening the message, the ask ending the one before', () => {
    const threads: [string[], string, string][] = [
      [['sure, quicker to show the rest of the photos on wechat', 'id: kiko-lens_21'], 'wechat', 'kiko-lens_21'],
      [['ok it is easier to show you more photos on wechat', 'id - mori_cam88'], 'wechat', 'mori_cam88'],
    ];
    for (const [t, kind, value] of threads) {
      const f = detectThread(t).findings.filter((x) => x.kind === kind && x.value !== '');
      expect(f.map((x) => x.value), t.join(' / ')).toContain(value);
      for (const x of f) expect(t[x.message]!.slice(x.start, x.end)).toBe(x.text);
    }
  });
  it('leaves an order id or a tracking number handed over after a question about it', () => {
    expect(detectThread(['sure, can you tell me the order id', 'id: 2024-88113']).flagged).toBe(false);
    expect(detectThread(["what's the tracking number", 'no: SF1029384756']).flagged).toBe(false);
  });
});
