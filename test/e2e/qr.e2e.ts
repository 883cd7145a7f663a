import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { QR_FIXTURES } from '../../scripts/make-qr-fixtures';
import { currentWorker, FIXTURES, tabFindings, tabIdOf, waitFor } from './harness';
import { lockerState } from './locker-state';
import { extensionSession } from './session';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(join(FIXTURES, 'qr', file))).digest('hex');

describe('QR codes in images', () => {
  const env = extensionSession();

  it('a payment code posted as a picture in a chat is warned about and captured with the image', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('kefu.qr-shop.test', 'qr/chat.html'));
    const tabId = await tabIdOf(env.launched, page);
    const findings = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.some((x) => x.kind === 'payment_qr') ? f : null;
    }, 'a payment_qr finding from the image', 20_000);
    const pay = findings.find((x) => x.kind === 'payment_qr')!;
    assert.equal(pay.value, QR_FIXTURES['pay-code.png']);
    assert.equal(pay.severity, 'high');
    assert.match(pay.message, /^\[(图片|image)\] 收款码$/);
    // Only the picture is inducement here: no text finding.
    assert.deepEqual([...new Set(findings.map((f) => f.kind))], ['payment_qr']);

    // The card shows the extension's own thumbnail, the kind and the decoded payload.
    const card = page.locator('opg-guard [data-testid="opg-warning"]');
    await card.waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('opg-guard [data-testid="opg-kind"]').getAttribute('data-kind'), 'payment_qr');
    assert.equal(await page.locator('opg-guard [data-testid="opg-payload"]').innerText(), QR_FIXTURES['pay-code.png']);
    const thumb = page.locator('opg-guard [data-testid="opg-thumb"]');
    assert.match((await thumb.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    assert.ok(await thumb.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));

    // High severity: captured without a click, with the image file and its hash.
    const state = await waitFor(async () => {
      const s = await lockerState(await currentWorker(env.launched.context, env.launched.extensionId));
      return s.records.some((r) => r.content?.image && r.content.findings.some((f) => f.value === QR_FIXTURES['pay-code.png'])) ? s : null;
    }, 'an automatic record of the image', 20_000);
    const rec = state.records.find((r) => r.content?.image && r.content.findings.some((f) => f.value === QR_FIXTURES['pay-code.png']))!;
    const c = rec.content!;
    assert.equal(c.image!.sha256, sha256('pay-code.png'));
    assert.match(c.image!.src, /^https:\/\/img\.qr-cdn\.test:\d+\/qr\/pay-code\.png$/);
    assert.equal(c.image!.mime, 'image/png');
    const file = c.files.find((f) => f.role === 'image');
    assert.ok(file, `files: ${JSON.stringify(c.files)}`);
    assert.equal(file.name, 'image.png');
    assert.equal(file.sha256, sha256('pay-code.png'));
    const stored = state.files.find((f) => f.recordId === rec.id && f.role === 'image')!;
    assert.equal(stored.size, readFileSync(join(FIXTURES, 'qr', 'pay-code.png')).length);
    await page.close();
  });

  it('a poster with a small contact code in its corner gets a warning, and the card saves it', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('mall.qr-shop.test', 'qr/poster.html'));
    const tabId = await tabIdOf(env.launched, page);
    const findings = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.some((x) => x.kind === 'wechat') ? f : null;
    }, 'a wechat finding from the poster', 20_000);
    const contact = findings.find((x) => x.kind === 'wechat')!;
    assert.equal(contact.value, QR_FIXTURES['poster.jpg']);
    assert.equal(contact.severity, 'medium');
    // The 16-px icon holds a payment code too, but icons are not read.
    assert.ok(!findings.some((x) => x.kind === 'payment_qr'), JSON.stringify(findings));

    await page.bringToFront();
    await page.locator('opg-guard [data-testid="opg-payload"]').waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('opg-guard [data-testid="opg-payload"]').innerText(), QR_FIXTURES['poster.jpg']);
    await page.locator('opg-guard [data-testid="opg-capture"]').click();
    await page.locator('opg-guard [data-testid="opg-saved"]').waitFor({ timeout: 15_000 });
    const state = await lockerState(await currentWorker(env.launched.context, env.launched.extensionId));
    const rec = state.records.find((r) => r.content?.findings.some((f) => f.value === QR_FIXTURES['poster.jpg']));
    assert.ok(rec, 'a record of the poster');
    const roles = rec.content!.files.map((f) => f.role).sort();
    assert.ok(roles.includes('image') && roles.includes('screenshot'), roles.join(','));
    assert.equal(rec.content!.files.find((f) => f.role === 'image')!.name, 'image.jpg');
    assert.equal(rec.content!.image!.sha256, sha256('poster.jpg'));

    // The locker shows the image and the decoded payload.
    const locker = await env.launched.context.newPage();
    await locker.goto(`chrome-extension://${env.launched.extensionId}/locker.html`);
    const item = locker.getByTestId('evidence-item').filter({ hasText: /图片|image/i }).first();
    await item.waitFor();
    await item.click();
    await locker.getByTestId('detail-image').waitFor();
    assert.equal(await locker.getByTestId('detail-payload').first().innerText(), QR_FIXTURES['poster.jpg']);
    await locker.waitForFunction(() => {
      const img = document.querySelector('[data-testid="record-image"]') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await locker.close();
    await page.close();
  });

  it('a code that leads to the platform’s own item page stays quiet (and is read: elsewhere it is an external link)', async () => {
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('item.taobao.com', 'qr/own-item.html'));
    const tabId = await tabIdOf(env.launched, page);
    await page.waitForFunction(() => (document.querySelector('.detail img') as HTMLImageElement | null)?.complete === true);
    await page.waitForTimeout(2_500);
    assert.deepEqual(await tabFindings(env.launched, tabId), []);
    assert.equal(await page.locator('opg-guard [data-testid="opg-warning"]').count(), 0);

    // The same page on another shop's site: the code is read, and there it leads off the platform.
    await page.goto(env.fixtures.url('www.other-shop.test', 'qr/own-item.html'));
    const elsewhere = await waitFor(async () => {
      const f = await tabFindings(env.launched, tabId);
      return f.length ? f : null;
    }, 'the same code read on another site', 10_000);
    assert.deepEqual(
      elsewhere.map((f) => [f.kind, f.value]),
      [['external_channel', QR_FIXTURES['own-item.jpg']]],
    );
    await page.close();
  });
});
