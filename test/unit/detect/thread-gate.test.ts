import { describe, expect, it } from 'vitest';
import { canCompleteThread, detectThread } from '../../../lib/detect';
import { opensWithValue } from '../../../lib/detect/thread-gate';

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
      ['想面交的話直接打給我', '0936-284-517 ，下班後都在'],
      ['全新未拆 有意者請加微信號', 'mika_tw66 詳談'],
      ['Collection only. ring or text', '07911 482 306 after six'],
      ['微信號', 'kiki', '_tw903 加一下'],
      ['email me at', 'dana', '.makes@gmail.com for sizes'],
      ['DM me on insta @', 'hollowpinegoods for the rest'],
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
