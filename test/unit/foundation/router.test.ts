import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { route, type Handlers } from '@/lib/background/router';

describe('background router', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  const self = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });

  it('dispatches a valid message to its handler', async () => {
    const handlers: Handlers = { 'findings/get': (m) => ({ asked: m.tabId }) };
    expect(await route({ type: 'findings/get', tabId: 4 }, self(), handlers)).toEqual({ ok: true, data: { asked: 4 } });
  });

  it('rejects malformed, unknown and foreign messages with a reason and logs it', async () => {
    const handler = vi.fn();
    const handlers: Handlers = { 'findings/get': handler };
    expect(await route({ type: 'findings/get', tabId: 'x' }, self(), handlers)).toMatchObject({ ok: false });
    expect(await route({ type: 'who/knows' }, self(), handlers)).toMatchObject({ ok: false });
    expect(await route({ type: 'findings/get', tabId: 1 }, { id: 'another-extension' }, handlers)).toMatchObject({
      ok: false,
      error: 'sender is not this extension',
    });
    expect(await route({ type: 'locker/open' }, self(), handlers)).toMatchObject({ ok: false, error: 'no handler for locker/open' });
    expect(handler).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });

  it('a throwing handler becomes an error reply, not a crash', async () => {
    const handlers: Handlers = {
      'findings/get': () => {
        throw new Error('disk on fire');
      },
    };
    expect(await route({ type: 'findings/get', tabId: 1 }, self(), handlers)).toEqual({ ok: false, error: 'disk on fire' });
  });
});
