import { describe, expect, it } from 'vitest';
import { detectPayloads, detectUnits, explainRules } from '../../../lib/background/detect';
import { detect } from '../../../lib/detect';
import { CHARS_PER_REQUEST, RemoteDetector } from '../../../lib/content/remote-detector';
import { parseMessage, threadTexts, type Message } from '../../../lib/messages';

/** The background's handlers behind the protocol's parser, as the port delivers them (through a JSON round trip). */
function background(sent: Message[] = []) {
  return async (raw: Message): Promise<unknown> => {
    const parsed = parseMessage(JSON.parse(JSON.stringify(raw)));
    if (!parsed.ok) throw new Error(parsed.reason);
    const msg = parsed.message;
    sent.push(msg);
    if (msg.type === 'detect/units') return JSON.parse(JSON.stringify(detectUnits(msg)));
    if (msg.type === 'detect/payloads') return detectPayloads(msg);
    if (msg.type === 'detect/explain') return explainRules(msg);
    throw new Error(`unexpected ${msg.type}`);
  };
}

describe('RemoteDetector', () => {
  it('gives each text its findings, in the order sent, and learns their explanations', async () => {
    const d = new RemoteDetector(background(), 'en');
    const texts = ['nice live today', 'add me on WhatsApp +44 20 7946 0958, cheaper', '扣1', '加我vx: shop_8866'];
    const results = await d.units(texts.map((text) => ({ text })));
    expect(results.map((r) => r.findings)).toEqual(texts.map((t) => detect(t).findings));
    const rule = results[1]!.findings[0]!.rule;
    expect(d.explain(rule)?.asked).toBeTruthy();
    expect(d.explain('never-seen')).toBeUndefined();
  });

  it('splits a big batch into requests the protocol accepts, and keeps the order', async () => {
    const sent: Message[] = [];
    const d = new RemoteDetector(background(sent), 'zh');
    const texts = Array.from({ length: 250 }, (_, i) => (i === 180 ? '加我微信 abc_12345' : `第${i}条评论 好看`));
    const results = await d.units(texts.map((text) => ({ text })));
    expect(sent.map((m) => (m.type === 'detect/units' ? m.units.length : 0))).toEqual([100, 100, 50]);
    expect(results.flatMap((r, i) => (r.findings.length ? [i] : []))).toEqual([180]);
  });

  it('carries the waiting report on the first request it sends, asked for only as that request leaves', async () => {
    const sent: Message[] = [];
    const d = new RemoteDetector(background(sent), 'zh');
    const report = {
      page: { url: 'https://live.test/room', title: 'room' },
      units: [{ message: '加我微信 abc_12345', at: 1_800_000_000_000, findings: detect('加我微信 abc_12345').findings.slice() }],
    };
    let asked = 0;
    const waiting = () => (asked++ === 0 ? report : undefined);
    // the first call is in flight while the second is made: the second asks for the report only when it leaves
    const first = d.units([{ text: '第一条' }]);
    const second = d.units(Array.from({ length: 150 }, (_, i) => ({ text: `第${i}条` })), waiting);
    expect(asked).toBe(0);
    await Promise.all([first, second]);
    expect(asked).toBe(1);
    const carried = sent.map((m) => (m.type === 'detect/units' ? m.report ?? null : null));
    expect(carried).toEqual([null, report, null]);
  });

  it('keeps each request to a bounded amount of text, and one request of a frame in flight at a time', async () => {
    const answer = background();
    const sizes: number[] = [];
    let inFlight = 0;
    let most = 0;
    const send = async (msg: Message) => {
      inFlight++;
      most = Math.max(most, inFlight);
      if (msg.type === 'detect/units') sizes.push(msg.units.reduce((n, u) => n + u.text.length, 0));
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return answer(msg);
    };
    const d = new RemoteDetector(send, 'zh');
    const block = '商品详情 '.repeat(3_000); // 15,000 characters, as the scanner cuts a big block
    const first = d.units(Array.from({ length: 30 }, () => ({ text: block })));
    const second = d.units([{ text: '加我微信 abc_12345' }]);
    const [a, b] = await Promise.all([first, second]);
    expect(a).toHaveLength(30);
    expect(b[0]!.findings.length).toBeGreaterThan(0);
    expect(most).toBe(1);
    expect(sizes.length).toBeGreaterThan(2);
    for (const n of sizes) expect(n).toBeLessThanOrEqual(CHARS_PER_REQUEST);
  });

  it('answers calls in the order they were made, however long each takes (the content script applies them so)', async () => {
    const answer = background();
    let calls = 0;
    const slowFirst = async (msg: Message) => {
      await new Promise((r) => setTimeout(r, ++calls === 1 ? 30 : 0));
      return answer(msg);
    };
    const d = new RemoteDetector(slowFirst, 'zh');
    const order: number[] = [];
    await Promise.all([d.units([{ text: '加我微信 abc_12345' }]).then(() => order.push(1)), d.units([{ text: 'b' }]).then(() => order.push(2))]);
    expect(order).toEqual([1, 2]);
  });

  it('goes on after a failed request', async () => {
    let calls = 0;
    const answer = background();
    const d = new RemoteDetector(async (msg) => (++calls === 1 ? Promise.reject(new Error('worker gone')) : answer(msg)), 'en');
    await expect(d.units([{ text: 'a' }])).rejects.toThrow('worker gone');
    expect((await d.units([{ text: 'WhatsApp me +44 20 7946 0958' }]))[0]!.findings.length).toBeGreaterThan(0);
  });

  it('sends a thread window only when there is more than the message itself', async () => {
    const sent: Message[] = [];
    const d = new RemoteDetector(background(sent), 'zh');
    const results = await d.units([{ text: 'a', thread: ['a'] }, { text: 'mm_8866', thread: ['你加我', 'V', 'mm_8866'] }]);
    const req = sent[0]!;
    expect(req.type === 'detect/units' && req.units.map((u) => u.thread?.length ?? 0)).toEqual([0, 3]);
    expect(results[1]!.thread.length).toBeGreaterThan(0);
  });

  it('sends a window naming the units of its request it repeats, and it reads back as the texts it held', async () => {
    const sent: Message[] = [];
    const d = new RemoteDetector(background(sent), 'zh');
    // A live room's slice: five consecutive messages, each with its window of the messages before it (the first two
    // of the chat came in an earlier slice), one message said twice, and a split handle completed in the slice.
    const chat = ['主播好', '扣1', '你加我', 'V', 'mm_8866', '扣1', '好看'];
    const units = chat.slice(2).map((text, k) => ({ text, thread: chat.slice(Math.max(0, k + 2 - 4), k + 3) }));
    const results = await d.units(units);
    const req = sent[0]!;
    if (req.type !== 'detect/units') throw new Error('not a detection request');
    req.units.forEach((u, i) => expect(threadTexts(req.units, i)).toEqual(units[i]!.thread));
    // Only the messages from before this slice travel as text in a window: the rest name their units.
    const inWindows = req.units.flatMap((u) => (u.thread ?? []).filter((t) => typeof t === 'string'));
    expect(inWindows).toEqual(['主播好', '扣1', '主播好', '扣1', '主播好', '扣1']);
    // (the fourth window's first 扣1 came before the slice: it names the fourth unit, whose text is the same)
    expect(req.units[3]!.thread).toEqual([3, 0, 1, 2, 3]);
    expect(req.units[4]!.thread).toEqual([0, 1, 2, 3, 4]);
    // The same answers as for the windows sent as texts, split handle included.
    const asTexts = detectUnits({ type: 'detect/units', lang: 'zh', units });
    expect(results).toEqual(units.map((_, i) => {
      const f = asTexts.found.find((x) => x.unit === i);
      return f ? { findings: f.findings, thread: f.thread } : { findings: [], thread: [] };
    }));
    expect(results.some((r) => r.thread.length > 0)).toBe(true);
  });

  it('rejects a reply that is not the protocol’s, or names a text it was not sent', async () => {
    await expect(new RemoteDetector(async () => ({ found: 'x', explanations: {} }), 'en').units([{ text: 'a' }])).rejects.toThrow();
    const stray = async () => ({ found: [{ unit: 3, findings: [], thread: [] }], explanations: {} });
    await expect(new RemoteDetector(stray, 'en').units([{ text: 'a' }])).rejects.toThrow(/not sent/);
  });

  it('asks only for the explanations it does not have', async () => {
    const sent: Message[] = [];
    const d = new RemoteDetector(background(sent), 'zh');
    await d.units([{ text: '加我微信 abc_12345' }]);
    const known = [...new Set((await d.units([{ text: '加我微信 abc_12345' }]))[0]!.findings.map((f) => f.rule))];
    sent.length = 0;
    await d.learn([...known, 'payment-qr']);
    expect(sent).toEqual([{ type: 'detect/explain', lang: 'zh', rules: ['payment-qr'] }]);
    await d.learn(known);
    expect(sent).toHaveLength(1);
  });
});
