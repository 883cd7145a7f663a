import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { servePort, type Handlers } from '@/lib/background/router';
import { ContentPort } from '@/lib/content/port-client';
import { CONTENT_PORT } from '@/lib/messages';

type Listener = (m: unknown) => void;

/** Two ends of a port, the way the browser pairs them. */
function fakePortPair(sender: Record<string, unknown>) {
  const mk = (name: string) => {
    const msg: Listener[] = [];
    const disc: Array<() => void> = [];
    return {
      name,
      sender,
      onMessage: { addListener: (l: Listener) => msg.push(l) },
      onDisconnect: { addListener: (l: () => void) => disc.push(l) },
      postMessage: vi.fn(),
      disconnect: vi.fn(),
      emit: (m: unknown) => msg.forEach((l) => l(JSON.parse(JSON.stringify(m)))),
      drop: () => disc.forEach((l) => l()),
    };
  };
  const content = mk(CONTENT_PORT);
  const background = mk(CONTENT_PORT);
  content.postMessage.mockImplementation((m: unknown) => queueMicrotask(() => background.emit(m)));
  background.postMessage.mockImplementation((m: unknown) => queueMicrotask(() => content.emit(m)));
  return { content, background };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('content script port', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  const tabSender = () => ({ id: browser.runtime.id, tab: { id: 7 }, frameId: 0, url: 'https://shop.example/item' });

  it('carries requests through the router and answers each by id', async () => {
    const pair = fakePortPair(tabSender());
    const handlers: Handlers = { 'content/hello': (_m, s) => ({ tabId: s.tab?.id }), 'locker/open': () => { throw new Error('no locker here'); } };
    servePort(pair.background as never, handlers);
    vi.spyOn(browser.runtime, 'connect').mockReturnValue(pair.content as never);
    const port = new ContentPort();
    const [hello, locker] = await Promise.allSettled([
      port.request({ type: 'content/hello', url: 'https://shop.example/item' }),
      port.request({ type: 'locker/open' }),
    ]);
    expect(hello).toEqual({ status: 'fulfilled', value: { tabId: 7 } });
    expect(locker).toMatchObject({ status: 'rejected', reason: new Error('no locker here') });
    expect(browser.runtime.connect).toHaveBeenCalledTimes(1);
  });

  it('refuses a port that is not our content script, and closes one sending garbage', async () => {
    const fromPage = fakePortPair({ id: 'another-extension', tab: { id: 1 } });
    servePort(fromPage.background as never, {});
    expect(fromPage.background.disconnect).toHaveBeenCalled();

    const pair = fakePortPair(tabSender());
    const hello = vi.fn(() => ({}));
    servePort(pair.background as never, { 'content/hello': hello });
    pair.background.emit({ nope: true });
    expect(pair.background.disconnect).toHaveBeenCalled();
    expect(hello).not.toHaveBeenCalled();
  });

  it('a malformed message on a good port gets the router’s error, not a crash', async () => {
    const pair = fakePortPair(tabSender());
    servePort(pair.background as never, {});
    pair.background.emit({ id: 3, message: { type: 'findings/get', tabId: 'x' } });
    await flush();
    expect(pair.background.postMessage).toHaveBeenCalledWith({ id: 3, reply: expect.objectContaining({ ok: false }) });
  });

  it('sends what was in flight once more when the worker stops, then gives up', async () => {
    const first = fakePortPair(tabSender());
    first.content.postMessage.mockImplementation(() => undefined); // the worker dies before answering
    const second = fakePortPair(tabSender());
    servePort(second.background as never, { 'content/hello': () => 'again' });
    const connect = vi.spyOn(browser.runtime, 'connect').mockReturnValueOnce(first.content as never).mockReturnValueOnce(second.content as never);
    const port = new ContentPort();
    const reply = port.request({ type: 'content/hello', url: 'https://shop.example/' });
    first.content.drop();
    await expect(reply).resolves.toBe('again');
    expect(connect).toHaveBeenCalledTimes(2);

    const third = fakePortPair(tabSender());
    third.content.postMessage.mockImplementation(() => undefined);
    const fourth = fakePortPair(tabSender());
    fourth.content.postMessage.mockImplementation(() => undefined);
    connect.mockReturnValueOnce(third.content as never).mockReturnValueOnce(fourth.content as never);
    second.content.drop(); // the port in use goes away too
    const lost = port.request({ type: 'content/hello', url: 'https://shop.example/' });
    third.content.drop();
    fourth.content.drop();
    await expect(lost).rejects.toThrow('the background stopped answering');
  });
});
