/**
 * `npm run demo`: the extension loaded in Chromium on the bundled demo shop
 * pages. With a display it opens a real window and stays until you close it;
 * headless (`--headless`, or no DISPLAY) it writes screenshots of each demo
 * page, the popup and the evidence locker to a folder and exits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, serveFixtures, tabIdOf, tabFindings, waitFor } from '../test/e2e/harness';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = join(ROOT, 'demo-output');

const PAGES = [
  { name: 'product', host: 'shop.demo-mall.test', path: 'demo/product.html' },
  { name: 'live', host: 'live.demo-mall.test', path: 'demo/live.html' },
  { name: 'chat', host: 'im.demo-mall.test', path: 'demo/chat.html' },
];

async function main() {
  const fixtures = await serveFixtures();
  const launched = await launchWithExtension({ headless });
  const { context, extensionId } = launched;
  const pages: { name: string; page: Page }[] = [];
  for (const p of PAGES) {
    const page = await context.newPage();
    await page.goto(fixtures.url(p.host, p.path));
    pages.push({ name: p.name, page });
    // Automatic evidence screenshots what the shopper sees: give each page its turn in front.
    await page.waitForTimeout(p.name === 'live' ? 6_000 : 2_500);
  }
  console.log(`Off-Platform Guard demo: ${PAGES.map((p) => fixtures.url(p.host, p.path)).join('  ')}`);

  if (!headless) {
    console.log('Chromium is open with the extension loaded. Close the browser window to end the demo.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    fixtures.server.close();
    return;
  }

  mkdirSync(outDir, { recursive: true });
  for (const { name, page } of pages) {
    await page.bringToFront();
    const tabId = await tabIdOf(launched, page);
    // Let the live chat run and the scanner report before the picture is taken.
    await waitFor(async () => (await tabFindings(launched, tabId)).length > 0, `findings on the ${name} page`, 15_000).catch(
      (e) => console.warn(String(e)),
    );
    await page.waitForTimeout(name === 'live' ? 7_000 : 1_500);
    await page.screenshot({ path: join(outDir, `${name}.png`) });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: join(outDir, `${name}-popup.png`) });
    await popup.close();
  }
  const locker = await context.newPage();
  await locker.goto(`chrome-extension://${extensionId}/locker.html`);
  await locker.waitForTimeout(1_500);
  await locker.screenshot({ path: join(outDir, 'locker.png'), fullPage: true });
  console.log(`Screenshots of the demo pages, their popups and the evidence locker: ${outDir}`);
  await launched.close();
  fixtures.server.close();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
