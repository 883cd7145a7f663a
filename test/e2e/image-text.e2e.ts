import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { currentWorker, FIXTURES, tabFindings, tabIdOf, waitFor } from './harness';
import { lockerState } from './locker-state';
import { extensionSession } from './session';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(FIXTURES, 'ocr', file))).digest('hex');

describe('text written in images (OCR) on pages', () => {
  const env = extensionSession();

  async function setReadImageText(on: boolean): Promise<void> {
    const opts = await env.launched.context.newPage();
    await opts.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const box = opts.getByTestId('opt-read-image-text');
    await box.waitFor();
    if ((await box.isChecked()) !== on) await box.click();
    await waitFor(async () => ((await box.isChecked()) === on ? true : null), 'the setting saved');
    await opts.waitForTimeout(300);
    await opts.close();
  }

  const hasOcrDocument = async () =>
    (await (await currentWorker(env.launched.context, env.launched.extensionId)).evaluate('chrome.offscreen.hasDocument()')) as boolean;

  async function openChat(): Promise<{ page: Page; tabId: number }> {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('kefu.ocr-shop.test', 'ocr-pages/chat.html'));
    return { page, tabId: await tabIdOf(env.launched, page) };
  }

  it('with "read text in images" off, no image is read', async () => {
    await setReadImageText(false);
    const { page, tabId } = await openChat();
    await page.waitForTimeout(5_000);
    assert.deepEqual(await tabFindings(env.launched, tabId), []);
    assert.equal(await hasOcrDocument(), false);
    await page.close();
    await setReadImageText(true);
  });

  it('an ordinary product image is read and stays quiet', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('shop.ocr-shop.test', 'ocr-pages/product.html'));
    const tabId = await tabIdOf(env.launched, page);
    // Product images are read when the page is idle: give it the time a read takes, twice over.
    await page.waitForTimeout(8_000);
    assert.deepEqual(await tabFindings(env.launched, tabId), []);
    assert.equal(await page.locator('opg-guard [data-testid="opg-warning"]').count(), 0);
    // It was read: the OCR document, absent while the setting was off, exists now.
    assert.equal(await hasOcrDocument(), true);
    await page.close();
  });
  it('a chat image with a WeChat ID written in it is warned about and captured with the image and its text', async () => {
    const { page, tabId } = await openChat();
    const findings = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.some((x) => x.kind === 'wechat') ? f : null;
    }, 'a wechat finding read from the chat image', 60_000);
    const wechat = findings.find((x) => x.kind === 'wechat')!;
    assert.equal(wechat.value, 'tw_bella520');
    assert.match(wechat.message, /^\[(图片|image)\] [\s\S]*tw_bella520/);
    assert.equal(wechat.message.slice(wechat.message.indexOf(wechat.text)).startsWith(wechat.text), true);

    await page.bringToFront();
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('opg-guard [data-testid="opg-kind"]').getAttribute('data-kind'), 'wechat');
    const marks = await page.locator('opg-guard [data-testid="opg-quote"] mark').allInnerTexts();
    assert.ok(marks.some((m) => m.includes('tw_bella520')), JSON.stringify(marks));

    await page.locator('opg-guard [data-testid="opg-capture"]').click();
    await page.locator('opg-guard [data-testid="opg-saved"]').waitFor({ timeout: 20_000 });
    const state = await lockerState(await currentWorker(env.launched.context, env.launched.extensionId));
    const rec = state.records.find((r) => r.content?.findings.some((f) => f.value === 'tw_bella520'));
    assert.ok(rec, 'a record of the chat image');
    const c = rec.content!;
    assert.equal(c.image!.sha256, sha256('03-inducement-chat.png'));
    assert.match(c.image!.text ?? '', /tw_bella520/);
    assert.ok(c.image!.boxes && c.image!.boxes.length > 0, 'the text box inside the image');
    const roles = c.files.map((f) => f.role).sort();
    assert.ok(roles.includes('image') && roles.includes('screenshot'), roles.join(','));
    assert.equal(c.files.find((f) => f.role === 'image')!.sha256, sha256('03-inducement-chat.png'));
    await page.close();
  });

});
