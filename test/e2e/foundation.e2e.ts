import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { currentWorker, tabFindings, tabIdOf, waitFor } from './harness';
import { extensionSession } from './session';

describe('foundation: the built extension in Chromium', () => {
  const env = extensionSession();

  it('loads: the service worker runs and the manifest is ours', async () => {
    const manifest = await env.launched.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.ok(manifest.permissions.includes('storage'));
    assert.match(env.launched.extensionId, /^[a-p]{32}$/);
  });

  it('runs the content script on a page: findings reach storage.session', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    const findings = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.length ? f : null;
    }, 'findings from the content script');
    assert.ok(findings.every((f) => /^https:\/\/im\.demo-mall\.test:/.test(f.url)));
    assert.ok(findings.some((f) => f.kind === 'bank_account'), JSON.stringify(findings.map((f) => f.kind)));
    await page.close();
  });

  it('renders the popup with its controls', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(`chrome-extension://${env.launched.extensionId}/popup.html`);
    await page.getByTestId('capture-now').waitFor();
    await page.getByTestId('open-locker').waitFor();
    assert.match(await page.locator('header strong').innerText(), /Off-Platform Guard|场外交易卫士/);
    await page.close();
  });

  it('rejects malformed and unknown messages without crashing the worker', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const replies = await page.evaluate(async () => {
      const bad = await chrome.runtime.sendMessage({ type: 'nope' });
      const wrong = await chrome.runtime.sendMessage({ type: 'findings/get', tabId: 'x' });
      const junk = await chrome.runtime.sendMessage('just a string');
      const good = await chrome.runtime.sendMessage({ type: 'findings/get', tabId: 1 });
      return { bad, wrong, junk, good };
    });
    assert.equal(replies.bad.ok, false);
    assert.equal(replies.wrong.ok, false);
    assert.match(replies.wrong.error, /tabId/);
    assert.equal(replies.junk.ok, false);
    assert.equal(replies.good.ok, true);
    const w = await currentWorker(env.launched.context, env.launched.extensionId);
    assert.equal(await w.evaluate(() => 1 + 1), 2);
    await page.close();
  });

  it('edits settings on the options page and keeps them', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const box = page.getByTestId('opt-capture-medium');
    await box.waitFor();
    assert.equal(await box.isChecked(), false);
    await box.check();
    await page.reload();
    await page.getByTestId('opt-capture-medium').waitFor();
    assert.equal(await page.getByTestId('opt-capture-medium').isChecked(), true);
    const stored = await env.launched.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings);
    assert.deepEqual([...stored.captureSeverities].sort(), ['high', 'medium']);
    await page.getByTestId('opt-capture-medium').uncheck();
    await page.close();
  });
});
