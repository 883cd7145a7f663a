// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatFinder, collectGeneric, collectGenericSteps } from '../../../lib/surfaces/generic';
import { pickAdapter } from '../../../lib/surfaces/index';
import type { ScanUnit } from '../../../lib/surfaces/types';
import { loadFixture } from './load-fixture';

/** A unit as what the scanner keeps of it: its element and text. */
const key = (u: ScanUnit) => u.el;
const same = (a: ScanUnit[], b: ScanUnit[]) => {
  expect(a.length).toBe(b.length);
  const byEl = new Map(b.map((u) => [key(u), u.text]));
  for (const u of a) expect(byEl.get(key(u))).toBe(u.text);
};

function bigPage(): void {
  const sections = Array.from({ length: 40 }, (_, s) =>
    `<section><h2>第${s}节</h2>${Array.from({ length: 12 }, (_, p) => `<div><p>说明 ${s}-${p} 支持七天无理由</p><span>价格 ${p}9 元</span></div>`).join('')}</section>`,
  ).join('');
  const chat = `<div id="log" role="log">${Array.from({ length: 120 }, (_, i) => `<div class="m"><span class="n">用户${i}：</span><span>第 ${i} 条消息 主播好</span></div>`).join('')}</div>`;
  // Rows of one shape with message-like text: read as a list of items, like a long review list.
  const rows = `<div id="rows">${Array.from({ length: 400 }, (_, r) => `<div class="row"><span>尺码 S M L ${r}</span><span>货号 A-${r}</span></div>`).join('')}</div>`;
  document.body.innerHTML = `<header><nav><a href="/">首页</a><a href="/c">分类</a></nav></header><main>${sections}${chat}${rows}</main><footer><p>客服热线见平台</p></footer>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collect in steps (the scanner reads a big page in slices)', () => {
  it('finds exactly what collect finds on a big page, in many small steps', () => {
    bigPage();
    const whole = collectGeneric(document, { chats: new ChatFinder() });
    const steps = [...collectGenericSteps(document, { chats: new ChatFinder() })];
    same(steps.flat(), whole);
    expect(whole.length).toBeGreaterThan(1000);
    expect(steps.length).toBeGreaterThan(20);
    // No step does the page's work at once: a subtree of at most 300 elements or 25 chat items.
    expect(Math.max(...steps.map((s) => s.length))).toBeLessThanOrEqual(300);
  });

  it('a long chat is read 25 items a step, and items it gets meanwhile are left to the observers (never read as blocks)', () => {
    bigPage();
    const log = document.getElementById('log')!;
    const gen = collectGenericSteps(log, { chats: new ChatFinder() });
    const first = gen.next();
    expect(first.done).toBe(false);
    expect((first.value as ScanUnit[]).length).toBe(25);
    const late = document.createElement('div');
    late.className = 'm';
    late.innerHTML = '<span class="n">新人：</span><span>刚进来 加我薇信 ab_123</span>';
    log.append(late);
    const rest = [first.value as ScanUnit[], ...gen].flat();
    expect(rest).toHaveLength(120);
    expect(rest.every((u) => u.chat === log)).toBe(true);
    expect(rest.some((u) => late.contains(u.el) || u.el.contains(late))).toBe(false);
  });

  it('a site adapter steps through the same units as its collect', () => {
    for (const [id, url] of [
      ['douyin', 'https://live.douyin.com/123'],
      ['taobao', 'https://item.taobao.com/item.htm?id=1'],
      ['generic-shop', 'https://shop.example/item'],
    ] as const) {
      const { doc, win } = loadFixture(id, url);
      const whole = pickAdapter(new URL(url)).collect(doc);
      const stepped = [...{ [Symbol.iterator]: () => pickAdapter(new URL(url)).collectSteps!(doc) }].flat();
      same(stepped, whole);
      expect(whole.length, id).toBeGreaterThan(3);
      void win.happyDOM.close();
    }
  });
});
