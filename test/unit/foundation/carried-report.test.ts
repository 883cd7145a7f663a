import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerBackground } from '@/lib/background/register';
import { readFindings } from '@/lib/background/findings-store';
import { detect } from '@/lib/detect';
import { CONTENT_PORT, DetectUnitsReplySchema, PortReplySchema } from '@/lib/messages';

type Listener = (m: unknown) => void;

/** The worker's end of a content script's port: what the content script posts arrives through a JSON round trip. */
function workerPort(sender: Record<string, unknown>) {
  const listeners: Listener[] = [];
  const replies: unknown[] = [];
  return {
    port: {
      name: CONTENT_PORT,
      sender,
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
      onDisconnect: { addListener: () => undefined },
      postMessage: (m: unknown) => replies.push(JSON.parse(JSON.stringify(m))),
      disconnect: vi.fn(),
    },
    post: (m: unknown) => listeners.forEach((l) => l(JSON.parse(JSON.stringify(m)))),
    replies,
  };
}

describe('a findings report carried on a detection request', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('is answered as a detection request and stored for the tab, dated when the content script found it', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoCapture: false } });
    // (the fake browser has no ports: the worker's connect listener is taken as registered)
    let connect: ((port: unknown) => void) | undefined;
    vi.spyOn(browser.runtime.onConnect, 'addListener').mockImplementation((l) => void (connect = l as never));
    registerBackground();
    const end = workerPort({ id: browser.runtime.id, tab: { id: 9 }, frameId: 0, url: 'https://live.test/room' });
    connect!(end.port);
    const message = '加我薇信 abc_12345 私聊';
    const foundAt = Date.now() - 150;
    end.post({
      id: 1,
      message: {
        type: 'detect/units',
        lang: 'zh',
        units: [{ text: '扣1' }, { text: '加我vx: shop_8866' }],
        report: { page: { url: 'https://live.test/room', title: 'room' }, units: [{ message, at: foundAt, findings: detect(message).findings.slice() }] },
      },
    });
    const findings = detect(message).findings;
    await vi.waitFor(async () => expect(await readFindings(9)).toHaveLength(findings.length));
    const stored = await readFindings(9);
    expect(stored.map((f) => f.kind).sort()).toEqual(findings.map((f) => f.kind).sort());
    expect(stored.find((f) => f.kind === 'wechat')).toMatchObject({ value: 'abc_12345', message, url: 'https://live.test/room', at: new Date(foundAt).toISOString() });
    // the request itself is answered as any detection request: the second text's findings
    await vi.waitFor(() => expect(end.replies).toHaveLength(1));
    const reply = PortReplySchema.parse(end.replies[0]);
    expect(reply.reply.ok).toBe(true);
    const found = DetectUnitsReplySchema.parse((reply.reply as { data: unknown }).data).found;
    expect(found.map((f) => f.unit)).toEqual([1]);
  });
});
