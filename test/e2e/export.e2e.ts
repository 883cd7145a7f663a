import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import { currentWorker, ROOT, waitFor } from './harness';
import { extensionSession } from './session';

/** Live records in the locker, read in the worker (source text: see evidence.e2e.ts). */
const RECORD_COUNT_JS = `(async () => {
  const db = await new Promise((res, rej) => { const r = indexedDB.open('opg-locker'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  if (![...db.objectStoreNames].includes('records')) { db.close(); return 0; }
  const rows = await new Promise((res, rej) => { const r = db.transaction('records').objectStore('records').getAll(); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  db.close();
  return rows.filter((r) => r.entry === 'record' && !r.deleted).length;
})()`;

describe('export from the locker UI, verify offline, report.html in Chromium', () => {
  const env = extensionSession();
  let zipPath: string;
  const dir = mkdtempSync(join(tmpdir(), 'opg-export-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exports a case to a zip that `npm run verify` accepts', async () => {
    // A hostile message on a seller page, captured automatically.
    const page = await env.launched.context.newPage();
    await page.goto(env.fixtures.url('im.demo-mall.test', 'demo/chat.html'));
    await page.evaluate(() => {
      const list = document.getElementById('list')!;
      const item = document.createElement('div');
      item.className = 'item seller';
      item.innerHTML = '<div><div class="who">卖家</div><div class="bubble"></div></div>';
      item.querySelector('.bubble')!.textContent = '<img src=x onerror=alert(1)> 转账到 6236 6801 2345 6784 马上发货';
      list.append(item);
    });
    // Wait for both automatic captures while the chat is in front, so they carry screenshots.
    await waitFor(async () => {
      const w = await currentWorker(env.launched.context, env.launched.extensionId);
      return ((await w.evaluate(RECORD_COUNT_JS)) as number) >= 2;
    }, 'two automatic records', 20_000);
    const locker = await env.launched.context.newPage();
    await locker.goto(`chrome-extension://${env.launched.extensionId}/locker.html`);
    await waitFor(async () => (await locker.getByTestId('evidence-item').count()) >= 2, 'records listed in the locker');
    await locker.getByTestId('case-item').first().getByRole('button').click();
    const [download] = await Promise.all([locker.waitForEvent('download', { timeout: 30_000 }), locker.getByTestId('export-bundle').click()]);
    assert.match(download.suggestedFilename(), /^opg-evidence_.+_\d{4}-\d{2}-\d{2}\.zip$/);
    zipPath = join(dir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', zipPath], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    // A flipped byte is caught by the same command.
    const bytes = readFileSync(zipPath);
    const files = unzipSync(new Uint8Array(bytes));
    assert.ok(Object.keys(files).some((f) => f.endsWith('screenshot.png')), Object.keys(files).join(', '));
    const bad = Buffer.from(bytes);
    const mid = Math.floor(bad.length / 2);
    bad.writeUInt8(bad.readUInt8(mid) ^ 0xff, mid);
    writeFileSync(join(dir, 'bad.zip'), bad);
    const r2 = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify.ts', join(dir, 'bad.zip')], { cwd: ROOT, encoding: 'utf8' });
    assert.notEqual(r2.status, 0);
    await locker.close();
    await page.close();
  });

  it('report.html opens in Chromium with no script run and page text shown as text', async () => {
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const out = join(dir, 'unzipped');
    for (const [name, data] of Object.entries(files)) {
      const p = join(out, name);
      await import('node:fs').then((fs) => {
        fs.mkdirSync(join(p, '..'), { recursive: true });
        fs.writeFileSync(p, data);
      });
    }
    const page = await env.launched.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`file://${join(out, 'report.html')}`);
    const text = await page.locator('body').innerText();
    assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'hostile text shown literally');
    assert.equal(await page.evaluate(() => document.scripts.length), 0);
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    assert.equal(dialogs, 0);
    await page.close();
  });
});
