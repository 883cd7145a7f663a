import { describe, expect, it } from 'vitest';
import { findingsInImage, READING_SEPARATOR } from '@/lib/ocr/findings';
import { lineText } from '@/lib/ocr/line-text';
import type { Box, OcrLine, OcrResult } from '@/lib/ocr/types';

/** A line of words laid out left to right at `y`, 20 px per character. */
function line(y: number, words: string[], x = 10): OcrLine {
  let cx = x;
  const ws = words.map((text) => {
    const box: Box = { x0: cx, y0: y, x1: cx + text.length * 20, y1: y + 30 };
    cx = box.x1 + 10;
    return { text, box, confidence: 90 };
  });
  return { words: ws, box: { x0: x, y0: y, x1: cx - 10, y1: y + 30 } };
}
const image = (...readings: OcrLine[][]): OcrResult => ({ width: 800, height: 600, readings: readings.map((lines) => ({ lines })) });

describe('lineText: words back into readable text', () => {
  it('glues Chinese words and spaces the rest, keeping each word span', () => {
    const t = lineText(line(0, ['私下', '转账', '加', 'QQ', '1847362950', '好', '。']));
    expect(t.text).toBe('私下转账加 QQ 1847362950 好。');
    expect(t.spans.map(([s, e]) => t.text.slice(s, e))).toEqual(['私下', '转账', '加', 'QQ', '1847362950', '好', '。']);
  });
  it('drops blank words without leaving double spaces', () => {
    expect(lineText(line(0, ['Add', ' ', 'me'])).text).toBe('Add me');
  });
});

describe('findingsInImage: findings that point into the image', () => {
  it('maps a WeChat ID back to the box of the words it was read from', () => {
    const r = findingsInImage(image([line(40, ['新款', '连衣裙']), line(100, ['加', '我', '微信', 'tw_bella520'])]));
    expect(r.flagged).toBe(true);
    expect(r.text).toBe('新款连衣裙\n加我微信 tw_bella520');
    const f = r.findings.find((x) => x.kind === 'wechat' && x.value !== '')!;
    expect(f.value).toBe('tw_bella520');
    expect(f.line).toBe(1);
    expect(r.text.slice(f.start, f.end)).toBe(f.text);
    // The box covers the ID word (x 120–340 on the second line) and stays on that line.
    expect(f.box.y0).toBe(100);
    expect(f.box.y1).toBe(130);
    expect(f.box.x0).toBeLessThanOrEqual(120);
    expect(f.box.x1).toBe(340);
  });

  it('finds a handle a poster splits over two lines (cue on one, ID on the next)', () => {
    const r = findingsInImage(image([line(40, ['加我微信']), line(100, ['lily_2024'])]));
    const f = r.findings.find((x) => x.kind === 'wechat' && x.value !== '');
    expect(f?.value).toBe('lily_2024');
    expect(f?.line).toBe(1);
    expect(f?.box).toEqual({ x0: 10, y0: 100, x1: 190, y1: 130 });
  });

  it('keeps ordinary shop text unflagged', () => {
    const r = findingsInImage(image([line(40, ['支持', '微信支付']), line(100, ['订单编号：2024051812345678'])]));
    expect(r.flagged).toBe(false);
    expect(r.severity).toBe('none');
  });

  it('reports a handle two readings both saw once, and one only the second saw with offsets into the joined text', () => {
    const first = [line(40, ['加', '我', '微信', 'tw_bella520'])];
    const second = [line(40, ['加', '我', '微信', 'tw_bella520']), line(200, ['私下', '转账'])];
    const r = findingsInImage(image(first, second));
    expect(r.findings.filter((f) => f.kind === 'wechat')).toHaveLength(1);
    const pay = r.findings.find((f) => f.kind === 'off_platform_payment')!;
    expect(pay.reading).toBe(1);
    expect(r.text.split(READING_SEPARATOR)).toHaveLength(2);
    expect(r.text.slice(pay.start, pay.end)).toBe(pay.text);
    expect(pay.box.y0).toBe(200);
    expect(r.severity).toBe('high');
  });

  it('an empty reading is no finding', () => {
    expect(findingsInImage(image([])).findings).toEqual([]);
  });
});
