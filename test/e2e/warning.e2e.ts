import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { currentWorker, tabFindings, tabIdOf, waitFor } from './harness';
import { extensionSession } from './session';

describe('in-page warnings, badge and popup', () => {
  const env = extensionSession();

  async function openChat(): Promise<{ page: Page; tabId: number }> {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    await waitFor(async () => (await tabFindings(env.launched, tabId)).length >= 2, 'chat findings');
    return { page, tabId };
  }

  it('shows one calm warning card in a shadow root, quoting the message', async () => {
    const { page } = await openChat();
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('opg-guard [data-testid="opg-warning"]').count(), 1);
    const text = await card.innerText();
    assert.match(text, /银行卡|Bank card/);
    const marks = await page.locator('opg-guard [data-testid="opg-quote"] mark').allInnerTexts();
    assert.ok(marks.some((m) => /6222 0212 3456 7894/.test(m)), JSON.stringify(marks));
    // The card lives in a shadow root: the page's own DOM has only the host element.
    assert.equal(await page.evaluate(() => document.querySelectorAll('[data-testid="opg-warning"]').length), 0);
    await page.close();
  });

  it('places the card beside a product-page message, and in the corner for a chat', async () => {
    const page = await env.launched.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(env.fixtures.url('shop.demo-mall.test', 'demo/product.html'));
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      `(() => { const c = document.querySelector('opg-guard')?.shadowRoot?.querySelector('.card'); return c && c.dataset.place; })()`,
    );
    // The paragraph holding the request and the card beside it: no overlap, close by.
    const geo = (await page.evaluate(`(() => {
      const card = document.querySelector('opg-guard').shadowRoot.querySelector('.card');
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes('lanlan_coat88'));
      const a = p.getBoundingClientRect(), b = card.getBoundingClientRect();
      return { place: card.dataset.place, gap: Math.min(Math.abs(b.top - a.bottom), Math.abs(a.top - b.bottom)), overlap: b.top < a.bottom && a.top < b.bottom };
    })()`)) as { place: string; gap: number; overlap: boolean };
    assert.equal(geo.place, 'beside', JSON.stringify(geo));
    assert.equal(geo.overlap, false, JSON.stringify(geo));
    assert.ok(geo.gap <= 16, JSON.stringify(geo));
    await page.close();

    const { page: chat } = await openChat();
    await chat.locator('opg-guard [data-testid="opg-warning"]').waitFor({ timeout: 10_000 });
    const place = await chat.evaluate(`document.querySelector('opg-guard').shadowRoot.querySelector('.card').dataset.place`);
    assert.equal(place, 'corner');
    await chat.close();
  });

  it('a same-origin chat frame and an about:blank frame each get their own card (the card code is injected into the frame on its first card)', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('shop.frames.test', 'frames/host.html'));
    const tabId = await tabIdOf(env.launched, page);
    const found = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.some((x) => x.kind === 'wechat') && f.some((x) => x.kind === 'bank_account') ? f : null;
    }, 'findings from both frames');
    assert.ok(found.some((x) => x.value === 'frame_seller88'), JSON.stringify(found));
    for (const frame of ['#chat', '#blank']) {
      const card = page.frameLocator(frame).locator('opg-guard [data-testid="opg-warning"]');
      await card.waitFor({ timeout: 10_000 });
      assert.equal(await card.count(), 1, frame);
    }
    // The top page said nothing that needs a card ("支持微信支付" is the platform's own option).
    assert.equal(await page.locator('opg-guard').count(), 0);
    await page.close();
  });

  it('highlights the offending characters, and lets go of a message the chat removed', async () => {
    const { page } = await openChat();
    // The registry is the window's, shared with the content script's world.
    const ranges = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange & { toString(): string }>> }).highlights?.get('opg-finding');
        return h ? [...h].map((r) => ({ text: r.toString(), dead: r.collapsed || !r.startContainer.isConnected })) : null;
      });
    const first = await waitFor(async () => {
      const r = await ranges();
      return r?.some((x) => x.text === '6222 0212 3456 7894') ? r : null;
    }, 'a highlight on the card number');
    assert.ok(first.every((x) => !x.dead), JSON.stringify(first));
    // The page drops the card number's message, then a new inducement message arrives.
    await page.evaluate(() => {
      const list = document.getElementById('list')!;
      [...list.querySelectorAll('.bubble')].find((b) => b.textContent!.includes('6222'))!.closest('.item')!.remove();
      const item = list.querySelector('.item.seller')!.cloneNode(true) as HTMLElement;
      item.querySelector('.bubble')!.textContent = '拍下别付款，加我微信 shoes_8899 私下转账';
      list.append(item);
    });
    const after = await waitFor(async () => {
      const r = await ranges();
      return r?.some((x) => x.text.includes('shoes_8899')) ? r : null;
    }, 'a highlight on the new message');
    assert.ok(after.every((x) => !x.dead), `ranges of removed text are dropped: ${JSON.stringify(after)}`);
    assert.ok(!after.some((x) => x.text.includes('6222')), JSON.stringify(after));
    await page.close();
  });

  it('catches a WeChat handle split over three messages', async () => {
    const { page, tabId } = await openChat();
    const findings = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.find((x) => x.kind === 'wechat' && x.value) ? f : null;
    }, 'a wechat finding across messages');
    const wechat = findings.find((x) => x.kind === 'wechat' && x.value)!;
    assert.equal(wechat.value.toLowerCase(), 'chaoxie_2046');
    // No single message holds it: the handle's own message is just the handle.
    assert.equal(wechat.message.trim(), 'chaoxie_2046');
    await page.close();
  });

  it('binds a contact opening one message to the ask that ended the message before', async () => {
    const { page, tabId } = await openChat();
    // Neither message is inducement alone: the ask has no number, the number no ask.
    await page.evaluate(() => {
      for (const text of ['想面交的話直接打給我', '0936-284-517 ，下班後都在']) {
        const item = document.querySelector('.item.seller')!.cloneNode(true) as HTMLElement;
        item.querySelector('.bubble')!.textContent = text;
        document.getElementById('list')!.append(item);
      }
    });
    const phone = await waitFor(async () => (await tabFindings(env.launched, tabId)).find((f) => f.kind === 'phone' && f.value === '0936284517') ?? null, 'a phone finding across two messages');
    assert.match(phone.message, /^0936-284-517/);
    await page.close();
  });

  it('reads a message that arrives after the worker was stopped (the engine runs there, not in the page)', async () => {
    // Pages get one content script; the detection engine is not injected into them.
    const w = await currentWorker(env.launched.context, env.launched.extensionId);
    const scripts = await w.evaluate(() => chrome.runtime.getManifest().content_scripts?.flatMap((c: { js?: string[] }) => c.js ?? []) ?? []);
    assert.deepEqual(scripts, ['content-scripts/content.js']);

    const { page, tabId } = await openChat();
    const ext = await env.launched.context.newPage();
    await ext.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const cdp = await env.launched.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await ext.close();
    await page.evaluate(() => {
      const item = document.querySelector('.item.seller')!.cloneNode(true) as HTMLElement;
      item.querySelector('.bubble')!.textContent = '亲，大额订单加我球球 2 8 7 6 5 4 3 2 1 私下便宜';
      document.getElementById('list')!.append(item);
    });
    const qq = await waitFor(async () => (await tabFindings(env.launched, tabId)).find((f) => f.kind === 'qq') ?? null, 'a finding after the worker restarted');
    assert.equal(qq.value, '287654321');
    await page.close();
  });

  it('sets the badge to the count, coloured by the worst severity', async () => {
    const { page, tabId } = await openChat();
    const findings = await tabFindings(env.launched, tabId);
    const w = await currentWorker(env.launched.context, env.launched.extensionId);
    const badge = await w.evaluate(async (id: number) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }), tabId);
    assert.equal(badge.text, String(findings.reduce((n, f) => n + (f.count ?? 1), 0)));
    assert.deepEqual(badge.color, [220, 38, 38, 255]);
    await page.close();
  });

  it('popup lists the tab findings, newest first, with kinds', async () => {
    const { page, tabId } = await openChat();
    const findings = await tabFindings(env.launched, tabId);
    const popup = await env.launched.context.newPage();
    await popup.goto(`chrome-extension://${env.launched.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('popup-finding').first().waitFor();
    const kinds = await popup.getByTestId('popup-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    const expected = findings.slice().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).map((f) => f.kind);
    assert.deepEqual(kinds, expected);
    await popup.close();
    await page.close();
  });

  it('dismiss hides the card; a script on the page cannot press its buttons', async () => {
    const { page } = await openChat();
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor();
    // A page script "clicking" is not a person: nothing happens.
    await page.evaluate(() => {
      const root = document.querySelector('opg-guard')!.shadowRoot!;
      (root.querySelector('[data-testid="opg-dismiss"]') as HTMLElement).click();
    });
    await page.waitForTimeout(200);
    assert.equal(await card.count(), 1);
    await page.locator('opg-guard [data-testid="opg-dismiss"]').click();
    await card.waitFor({ state: 'detached' });
    await page.close();
  });

  it('"this is not inducement" is remembered for that text on that site', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('shop.demo-mall.test', 'demo/product.html'));
    const tabId = await tabIdOf(env.launched, page);
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor();
    // The page's findings arrive unit by unit and a stronger one replaces the card: let it settle first.
    await waitFor(async () => ((await tabFindings(env.launched, tabId)).length >= 3 ? true : null), 'all findings of the page');
    await page.waitForTimeout(300);
    const kindShown = await page.locator('opg-guard [data-testid="opg-kind"]').getAttribute('data-kind');
    const before = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.some((x) => x.kind === kindShown) ? f : null;
    }, `a stored ${kindShown} finding`);
    await page.locator('opg-guard [data-testid="opg-not-inducement"]').click();
    await card.waitFor({ state: 'detached' });
    await page.reload();
    await waitFor(async () => (await tabFindings(env.launched, tabId)).length > 0, 'findings after reload');
    await page.waitForTimeout(500);
    const afterReload = await tabFindings(env.launched, tabId);
    const dismissedMessage = before.find((f) => f.kind === kindShown)!.message;
    assert.ok(!afterReload.some((f) => f.kind === kindShown && f.message === dismissedMessage), JSON.stringify(afterReload));
    await page.close();
  });

  it('open-locker opens the evidence locker', async () => {
    const { page } = await openChat();
    await page.locator('opg-guard [data-testid="opg-warning"]').waitFor();
    const [locker] = await Promise.all([
      env.launched.context.waitForEvent('page', { timeout: 10_000 }),
      page.locator('opg-guard [data-testid="opg-open-locker"]').click(),
    ]);
    await locker.waitForLoadState();
    assert.match(locker.url(), new RegExp(`^chrome-extension://${env.launched.extensionId}/locker\\.html`));
    await locker.close();
    await page.close();
  });

  it('the page cannot reach the extension', async () => {
    const { page } = await openChat();
    const reach = await page.evaluate(() => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; id?: string } } }).chrome;
      return { hasId: !!c?.runtime?.id, canSend: typeof c?.runtime?.sendMessage === 'function' };
    });
    assert.equal(reach.hasId, false);
    await page.close();
  });

  it('the content scripts post nothing to the page (no window message naming the extension)', async () => {
    const page = await env.launched.context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __opgSeen: string[] }).__opgSeen = seen;
      window.addEventListener('message', (e) => seen.push(JSON.stringify(e.data) ?? String(e.data)));
    });
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    // the content scripts have run and scanned: their start-up is behind us
    await waitFor(async () => (await tabFindings(env.launched, tabId)).length >= 2, 'chat findings');
    const seen = await page.evaluate(() => (window as unknown as { __opgSeen: string[] }).__opgSeen);
    assert.deepEqual(seen.filter((m) => m.includes(env.launched.extensionId) || m.includes('content-script-started')), []);
    await page.close();
  });

  it('the buyer-side guard notes a phone number typed into the chat box, without blocking', async () => {
    const { page } = await openChat();
    const box = page.locator('textarea');
    await box.click();
    await box.pressSequentially('我的电话 13800138000 ', { delay: 10 });
    await page.locator('opg-guard [data-testid="opg-buyer-note"]').waitFor({ timeout: 5_000 });
    assert.equal(await box.inputValue(), '我的电话 13800138000 ');
    await page.close();
  });
});
