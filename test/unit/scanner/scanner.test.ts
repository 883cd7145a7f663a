// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScanner, type ScannerOptions } from '../../../lib/content/scanner';
import { createGenericAdapter } from '../../../lib/surfaces/generic';
import { pickAdapter } from '../../../lib/surfaces/index';
import type { ScanUnit } from '../../../lib/surfaces/types';
import { loadFixture } from '../surfaces/load-fixture';

const sync = (cb: () => void) => cb();
const tick = () => new Promise((r) => setTimeout(r, 0));

let scanner: ReturnType<typeof createScanner> | null = null;
let batches: ScanUnit[][] = [];
const all = () => batches.flat().map((u) => u.text);

function start(opts: Partial<ScannerOptions> = {}) {
  scanner = createScanner({
    adapter: createGenericAdapter(),
    doc: document,
    process: (units) => batches.push(units),
    schedule: sync,
    ...opts,
  });
  scanner.start();
  return scanner;
}

function msg(text: string): HTMLElement {
  const d = document.createElement('div');
  d.className = 'm';
  d.innerHTML = `<span class="n">用户</span><span class="t">${text}</span>`;
  return d;
}

beforeEach(() => {
  batches = [];
  document.body.innerHTML = `<h1>店铺首页</h1><div id="log" role="log"><div class="m">第一条</div><div class="m">第二条</div></div><p id="p">说明文字</p>`;
});
afterEach(() => {
  scanner?.stop();
  scanner = null;
});

describe('scanner', () => {
  it('does one full pass at start', () => {
    const s = start();
    expect(all()).toEqual(['第一条', '第二条', '店铺首页', '说明文字']);
    expect(s.stats()).toMatchObject({ units: 4, queued: 0, capped: false });
  });

  it('hands the units of a slice to process together, up to the 100 of a detection request (each call is a message to the worker)', () => {
    document.body.innerHTML = `<div id="log" role="log">${Array.from({ length: 250 }, (_, i) => `<div class="m">消息${i}</div>`).join('')}</div>`;
    // A frozen clock: the first pass is one slice however long it takes.
    start({ now: () => 0 });
    expect(all()).toHaveLength(250);
    expect(batches.map((b) => b.length)).toEqual([100, 100, 50]);
  });

  it('with a gap, messages arriving soon after a slice wait and are read together; a quiet page is read at once', async () => {
    let clock = 0;
    start({ gapMs: 120, now: () => clock });
    batches = [];
    const log = document.getElementById('log')!;
    log.append(msg('第一句'));
    await tick();
    expect(batches.length).toBe(0); // the first pass just emptied the queue at t=0: wait out the gap
    await new Promise((r) => setTimeout(r, 130));
    expect(all()).toEqual(['第一句']);
    clock = 50; // 50 ms after that slice
    batches = [];
    log.append(msg('第二句'));
    await tick();
    log.append(msg('第三句'));
    await tick();
    expect(batches.length).toBe(0);
    await new Promise((r) => setTimeout(r, 90));
    expect(batches).toHaveLength(1); // both in one slice
    expect(all()).toEqual(['第二句', '第三句']);
    clock = 10_000; // long after
    batches = [];
    log.append(msg('第四句'));
    await tick();
    expect(all()).toEqual(['第四句']);
  });

  it('appended messages → process gets only the new ones (observer delivers, slices run)', async () => {
    start();
    batches = [];
    const log = document.getElementById('log')!;
    log.append(msg('加我薇信 abc_123'), msg('你好'));
    await tick();
    expect(all()).toEqual(['加我薇信 abc_123', '你好']);
    expect(batches.flat().every((u) => u.chat === log)).toBe(true);
  });

  it('changed text is scanned again; a mutation that leaves the text unchanged is not', () => {
    const s = start();
    batches = [];
    const p = document.getElementById('p')!;
    p.firstChild!.nodeValue = '说明文字 加我V: zz_99';
    s.flush();
    expect(all()).toEqual(['说明文字 加我V: zz_99']);
    batches = [];
    // Same text, new nodes (a framework re-render).
    p.replaceChildren(document.createTextNode('说明文字 加我V: zz_99'));
    s.flush();
    expect(all()).toEqual([]);
    expect(s.stats().skipped).toBeGreaterThan(0);
    // A child added inside an existing message changes that message.
    const first = document.querySelector('#log .m')!;
    first.append(document.createElement('b'));
    first.lastElementChild!.textContent = ' 追加';
    s.flush();
    expect(all()).toEqual(['第一条 追加']);
  });

  it('removing part of a unit rescans it, without collecting the container', () => {
    document.body.innerHTML = '<p id="p">加我<b>薇信</b> abc</p>';
    const s = start();
    batches = [];
    document.querySelector('#p b')!.remove();
    s.flush();
    expect(all()).toEqual(['加我 abc']);
  });

  it('scans open shadow roots at start and ones added later', () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>影子消息 加我微信 sh_01</p>';
    document.body.append(host);
    const s = start();
    expect(all()).toContain('影子消息 加我微信 sh_01');
    batches = [];
    const host2 = document.createElement('chat-widget');
    const sr2 = host2.attachShadow({ mode: 'open' });
    sr2.innerHTML = '<div role="log"><div>客服：你好呀</div></div>';
    document.body.append(host2);
    s.flush();
    expect(all()).toContain('客服：你好呀');
    // Mutations inside the shadow root are observed too.
    batches = [];
    sr2.querySelector('[role=log]')!.append(msg('影子里新来的'));
    s.flush();
    expect(all()).toEqual(['影子里新来的']);
  });

  it('ignores our own UI (data-opg-ui), inside and as added nodes', () => {
    const s = start();
    batches = [];
    const ui = document.createElement('div');
    ui.setAttribute('data-opg-ui', '');
    ui.innerHTML = '<p>警告：疑似诱导加微信 abc_123</p>';
    document.body.append(ui);
    s.flush();
    ui.querySelector('p')!.textContent = '警告已更新';
    s.flush();
    expect(all()).toEqual([]);
  });

  it('respects the unit cap and stops taking work', () => {
    const s = start({ maxUnitsPerPage: 5 });
    expect(s.stats()).toMatchObject({ units: 4, capped: false });
    batches = [];
    const log = document.getElementById('log')!;
    for (let i = 0; i < 5; i++) log.append(msg(`新消息 ${i}`));
    s.flush();
    expect(all()).toEqual(['新消息 0']);
    expect(s.stats()).toMatchObject({ units: 5, capped: true, queued: 0 });
    log.append(msg('之后的消息'));
    s.flush();
    expect(all()).toEqual(['新消息 0']);
  });

  it('cuts long text to maxTextPerUnit without splitting a surrogate pair', () => {
    document.body.innerHTML = `<p>${'a'.repeat(9)}😀tail</p>`;
    start({ maxTextPerUnit: 10 });
    expect(all()).toEqual(['a'.repeat(9)]);
  });

  it('works in slices of sliceMs, scheduling the rest', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>段落 ${i}</p>`).join('');
    let t = 0;
    const queue: (() => void)[] = [];
    const s = start({ now: () => (t += 1), sliceMs: 4, schedule: (cb) => queue.push(cb) });
    expect(batches.length).toBe(0);
    let runs = 0;
    while (queue.length) {
      queue.shift()!();
      runs++;
      if (runs === 2) expect(s.stats().queued).toBeGreaterThan(0);
    }
    expect(runs).toBeGreaterThan(5);
    expect(batches.length).toBeGreaterThan(5);
    expect(batches.every((b) => b.length <= 4)).toBe(true);
    expect(all().length).toBe(50);
    expect(new Set(all()).size).toBe(50);
  });

  it("reads a big page's first pass a piece per step, not the whole page in one slice", () => {
    document.body.innerHTML = Array.from(
      { length: 60 },
      (_, s) => `<section><h2>第${s}节</h2>${Array.from({ length: 40 }, (_, p) => `<div><p>说明 ${s}-${p}</p></div>`).join('')}</section>`,
    ).join('');
    let t = 0;
    const queue: (() => void)[] = [];
    const s = start({ now: () => (t += 1), sliceMs: 4, schedule: (cb) => queue.push(cb) });
    // 2,460 units on the page; no slice took more than a few sections' worth of them at once.
    let most = 0;
    while (queue.length) {
      queue.shift()!();
      most = Math.max(most, s.stats().queued);
    }
    expect(most).toBeLessThan(400);
    expect(all()).toHaveLength(60 * 41);
    expect(new Set(all()).size).toBe(60 * 41);
  });

  it('coalesces a burst of >1000 queued nodes into container rescans with the same result', () => {
    document.body.innerHTML = '<div id="big"></div>';
    const s = start();
    batches = [];
    const big = document.getElementById('big')!;
    const paras: HTMLElement[] = [];
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.textContent = `旧 ${i}`;
      big.append(p);
      paras.push(p);
    }
    s.flush();
    batches = [];
    // 1500 text nodes added inside existing paragraphs, 5 per paragraph.
    for (const p of paras) for (let k = 0; k < 5; k++) p.append(document.createTextNode(`+${k}`));
    s.flush();
    expect(all().length).toBe(300);
    expect(all()[0]).toBe('旧 0+0+1+2+3+4');
  });

  it('stop() disconnects: nothing is processed afterwards', async () => {
    const s = start();
    s.stop();
    batches = [];
    document.getElementById('log')!.append(msg('停止后'));
    await tick();
    s.flush();
    expect(all()).toEqual([]);
  });

  it('keeps up with a flood of 10,000 messages appended in chunks', () => {
    document.body.innerHTML = '<div role="log" id="log"></div>';
    const s = start();
    const log = document.getElementById('log')!;
    const t0 = performance.now();
    for (let done = 0; done < 10_000; ) {
      const frag = document.createDocumentFragment();
      for (let k = 0; k < 250; k++, done++) frag.append(msg(`加我薇信 fl_${done}`));
      log.append(frag);
      s.flush();
    }
    const ms = performance.now() - t0;
    expect(all().length).toBe(10_000);
    expect(s.stats()).toMatchObject({ units: 10_000, capped: false, queued: 0 });
    expect(ms).toBeLessThan(15_000);
  });

  it('scans a site fixture with its adapter, then only what a live room appends', () => {
    const { doc, win } = loadFixture('douyin', 'https://live.douyin.com/731234567890');
    const got: ScanUnit[] = [];
    const s = createScanner({ adapter: pickAdapter(new URL('https://live.douyin.com/1')), doc, process: (u) => got.push(...u), schedule: sync });
    s.start();
    const first = got.length;
    expect(got.some((u) => u.role === 'streamer' && u.text.includes('yang_zx_66'))).toBe(true);
    const chat = doc.getElementById('chat')!;
    const item = doc.createElement('div');
    item.className = 'webcast-chatroom___item';
    item.innerHTML = '<span class="webcast-chatroom___nickname">新观众：</span><span class="webcast-chatroom___content-with-emoji-text">扣1</span>';
    chat.append(item);
    s.flush();
    expect(got.length).toBe(first + 1);
    expect(got[got.length - 1]).toMatchObject({ text: '扣1', author: '新观众', chat });
    s.stop();
    void win.happyDOM.close();
  });
});

describe('scanner bursts', () => {
  afterEach(() => {
    scanner?.stop();
    scanner = null;
  });

  it('a burst appended to a long, mostly old list stays per node (old messages are not redone)', () => {
    document.body.innerHTML = `<div role="log" id="log">${Array.from({ length: 1500 }, (_, i) => `<div>旧消息 ${i}</div>`).join('')}</div>`;
    batches = [];
    const s = start();
    expect(s.stats().units).toBe(1500);
    batches = [];
    const log = document.getElementById('log')!;
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 1200; i++) frag.append(msg(`新消息 ${i}`));
    log.append(frag);
    const skippedBefore = s.stats().skipped;
    s.flush();
    expect(all().length).toBe(1200);
    expect(s.stats().skipped - skippedBefore).toBeLessThan(50);
  });
});
