import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OcrReplySchema } from '../../lib/ocr/messages';
import { currentWorker } from './harness';
import { extensionSession } from './session';

/**
 * The OCR engine inside the built extension: the service worker opens the
 * offscreen OCR document and asks it, by message, to read a chat screenshot
 * from the fixture server. The engine's worker, core and language data must
 * come from the extension itself (every other host resolves to the fixture
 * server, which has none of them).
 */
const OPEN_AND_ASK = (src: string) => `(async () => {
  if (!(await chrome.offscreen.hasDocument())) {
    await chrome.offscreen.createDocument({ url: 'ocr.html', reasons: ['WORKERS'], justification: 'read text in images' });
  }
  return chrome.runtime.sendMessage({ type: 'ocr/recognize', src: ${JSON.stringify(src)} });
})()`;

describe('ocr: text in images, read inside the built extension', () => {
  const env = extensionSession();

  it('reads a WeChat ID written into a chat screenshot in the offscreen document', async () => {
    const w = await currentWorker(env.launched.context, env.launched.extensionId);
    const src = env.fixtures.url('img.demo-mall.test', 'ocr/03-inducement-chat.png', true);
    const reply = OcrReplySchema.parse(await w.evaluate(OPEN_AND_ASK(src)));
    assert.ok(reply.ok, JSON.stringify(reply));
    assert.equal(reply.engine, 'tesseract');
    assert.match(reply.result.text, /tw_bella520/);
    const wechat = reply.result.findings.find((f) => f.kind === 'wechat');
    assert.ok(wechat, JSON.stringify(reply.result.findings));
    assert.equal(wechat.value, 'tw_bella520');
    // The ID sits in the second bubble, about 250–350 px down the 1000×1000 image.
    assert.deepEqual([reply.result.width, reply.result.height], [1000, 1000]);
    assert.ok(wechat.box.y0 > 230 && wechat.box.y1 < 370, JSON.stringify(wechat.box));
    assert.ok(wechat.box.x0 > 150 && wechat.box.x1 < 700, JSON.stringify(wechat.box));
  });

  it('refuses malformed requests and requests from a tab', async () => {
    const w = await currentWorker(env.launched.context, env.launched.extensionId);
    const bad = OcrReplySchema.parse(await w.evaluate(OPEN_AND_ASK('javascript:alert(1)')));
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.error, /src/);
    const page = await env.launched.context.newPage();
    await page.goto(`chrome-extension://${env.launched.extensionId}/options.html`);
    const src = env.fixtures.url('img.demo-mall.test', 'ocr/03-inducement-chat.png', true);
    const fromTab = await page.evaluate(`chrome.runtime.sendMessage({ type: 'ocr/recognize', src: ${JSON.stringify(src)} })`);
    assert.equal((fromTab as { ok: boolean }).ok, false, JSON.stringify(fromTab));
    await page.close();
  });
});
