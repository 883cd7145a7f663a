import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentWorker, tabFindings, tabIdOf, waitFor } from './harness';
import { lockerState } from './locker-state';
import { extensionSession } from './session';

describe('evidence locker: automatic capture, manual capture, a killed worker', () => {
  const env = extensionSession();

  it('a seller chat with high-severity inducement is captured without any click', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    // Read the locker from the worker: opening a page now would hide the chat from the screenshot.
    const state = await waitFor(async () => {
      const s = await lockerState(await currentWorker(env.launched.context, env.launched.extensionId));
      return s.records.some((r) => r.content?.message.includes('6222')) ? s : null;
    }, 'an automatic record', 20_000);
    const rec = state.records.find((r) => r.content?.message.includes('6222'))!;
    assert.match(rec.content!.page.url, /^https:\/\/im\.demo-mall\.test:\d+\/demo\/chat\.html$/);
    assert.ok(rec.content!.page.title.length > 0);
    assert.ok(rec.content!.context.length >= 2, 'surrounding messages kept');
    assert.ok(rec.content!.timeZone && rec.content!.capturedAt && rec.content!.browser && rec.content!.extensionVersion);
    const roles = state.files.filter((f) => f.recordId === rec.id).map((f) => f.role).sort();
    assert.ok(roles.includes('screenshot'), `files: ${roles} ${rec.content!.screenshotError ?? ''}`);
    assert.ok(roles.includes('pageText'));
    assert.ok(state.files.find((f) => f.recordId === rec.id && f.role === 'screenshot')!.size > 1_000);
    if (roles.includes('mhtml')) assert.ok(state.files.find((f) => f.recordId === rec.id && f.role === 'mhtml')!.size > 500);
    // The locker page lists it, with its screenshot.
    const locker = await env.launched.context.newPage();
    await locker.goto(`chrome-extension://${env.launched.extensionId}/locker.html`);
    const item = locker.getByTestId('evidence-item').first();
    await item.waitFor();
    await locker.waitForFunction(() => {
      const img = document.querySelector('[data-testid="evidence-item"] img') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await locker.close();
    await page.close();
  });

  it('the warning card captures on request and says so', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('shop.demo-mall.test', 'demo/product.html'));
    await page.locator('opg-guard [data-testid="opg-warning"]').waitFor();
    await page.locator('opg-guard [data-testid="opg-capture"]').click();
    await page.locator('opg-guard [data-testid="opg-saved"]').waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('the popup captures now', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    await waitFor(async () => (await tabFindings(env.launched, tabId)).length > 0, 'findings');
    const popup = await env.launched.context.newPage();
    await popup.goto(`chrome-extension://${env.launched.extensionId}/popup.html?tabId=${tabId}`);
    await page.bringToFront();
    await popup.getByTestId('capture-now').click();
    const status = await waitFor(async () => {
      const t = await popup.getByTestId('popup-status').innerText().catch(() => '');
      return /Saved|已保存|wrong|出错/.test(t) ? t : null;
    }, 'capture status', 20_000);
    assert.match(status, /Saved [1-9]|已保存 [1-9]/);
    await popup.close();
    await page.close();
  });

  it('a service worker stopped in the middle of captures leaves whole records or none', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    await waitFor(async () => (await tabFindings(env.launched, tabId)).length > 0, 'findings');
    const ext = await env.launched.context.newPage();
    await ext.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const cdp = await env.launched.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    for (let round = 0; round < 4; round++) {
      // Fire captures and stop the worker while they run.
      void ext.evaluate((id: number) => {
        for (let i = 0; i < 3; i++) chrome.runtime.sendMessage({ type: 'capture/request', tabId: id }).catch(() => undefined);
      }, tabId);
      await ext.waitForTimeout(150 + round * 120);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await ext.waitForTimeout(300);
    }
    await ext.waitForTimeout(1_500);
    const s = await lockerState(ext);
    const inChain = new Set(s.chain.map((e) => e.recordId));
    for (const r of s.records) {
      assert.ok(inChain.has(r.id), `record ${r.id} without a chain entry`);
      if (r.deleted || !r.content) continue;
      for (const f of r.content.files) {
        assert.ok(s.files.some((x) => x.recordId === r.id && x.role === f.role), `record ${r.id} lost its ${f.role}`);
      }
    }
    for (const f of s.files) assert.ok(s.records.some((r) => r.id === f.recordId), `orphan file ${f.id}`);
    assert.deepEqual(s.chain.map((e) => e.seq), s.chain.map((_, i) => i + 1));
    // The locker page's own integrity check agrees.
    const locker = await env.launched.context.newPage();
    await locker.goto(`chrome-extension://${env.launched.extensionId}/locker.html`);
    const status = locker.getByTestId('integrity-status');
    await locker.waitForFunction(() => document.querySelector('[data-testid="integrity-status"]')?.hasAttribute('data-ok'));
    assert.equal(await status.getAttribute('data-ok'), 'true', await status.innerText());
    await locker.close();
    await ext.close();
    await page.close();
  });
});
