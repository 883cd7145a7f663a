/**
 * evidence.capture: ms from a message appearing on a page to its evidence
 * record stored in the locker (real extension, real Chromium, screenshot and
 * MHTML included). evidence.locker_open: ms to the first record painted by a
 * locker holding 2,000 records. Needs `npm run build` first.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures } from '../test/e2e/harness';

const RUNS = Number(process.env.BENCH_CAPTURE_RUNS ?? 12);

function luhnCard(seed: number): string {
  const body = `622202${String(100000000 + seed * 7919).slice(0, 9)}`;
  for (let d = 0; d < 10; d++) {
    const n = body + d;
    let sum = 0;
    for (let i = 0; i < n.length; i++) {
      let x = Number(n[n.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return n;
  }
  throw new Error('unreachable');
}

async function recordCount(ext: Page, needle: string): Promise<number> {
  return ext.evaluate(async (n: string) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('opg-locker');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    if (!db.objectStoreNames.contains('records')) return 0;
    const rows: { content: { message: string } | null }[] = await new Promise((res, rej) => {
      const r = db.transaction('records').objectStore('records').getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return rows.filter((r) => r.content?.message.includes(n)).length;
  }, needle);
}

const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;

export async function run(): Promise<Record<string, unknown>[]> {
  const fixtures = await serveFixtures();
  const launched = await launchWithExtension();
  const ext = await launched.context.newPage();
  await ext.goto(`chrome-extension://${launched.extensionId}/options.html`);

  const latencies: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await launched.context.newPage();
    await page.goto(fixtures.url(`seller${i}.bench.test`, 'bench/capture-bench.html'));
    await page.waitForTimeout(300);
    const card = luhnCard(i + 1);
    const t0: number = await page.evaluate((c: string) => (window as unknown as { __add(t: string): number }).__add(`私下转账到我的卡 ${c} 便宜点`), card);
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && (await recordCount(ext, card)) === 0) await new Promise((r) => setTimeout(r, 20));
    if (Date.now() < deadline) latencies.push(Date.now() - t0);
    await page.close();
  }
  latencies.sort((a, b) => a - b);

  // A locker of 2,000 records: seed through the locker's own schema, then time the first painted record.
  const seedPage = await launched.context.newPage();
  await seedPage.goto(`chrome-extension://${launched.extensionId}/locker.html`);
  await seedPage.waitForTimeout(500);
  await seedPage.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('opg-locker');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const png = await (await fetch('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')).blob();
    const tx = db.transaction(['records', 'files', 'cases'], 'readwrite');
    const now = Date.now();
    tx.objectStore('cases').put({ id: 'bench|seller', platform: 'bench', host: 'bench.test', name: 'bench seller', createdAt: new Date(now).toISOString(), updatedAt: new Date(now).toISOString(), records: 2000 });
    for (let i = 0; i < 2000; i++) {
      const id = `bench-${i}`;
      const capturedAt = new Date(now - i * 60_000).toISOString();
      tx.objectStore('records').put({
        id, caseId: 'bench|seller', seq: 100000 + i, capturedAt, platform: 'bench', entry: 'record', kinds: ['wechat'], values: [`v${i}`], hash: '0'.repeat(64),
        content: { version: 1, id, caseId: 'bench|seller', entry: 'record', trigger: 'auto', capturedAt, timeZone: 'UTC', utcOffsetMinutes: 0, localTime: capturedAt,
          page: { url: 'https://bench.test/', title: 'bench', platform: 'bench', seller: 'bench seller' }, message: `加我薇信 bench_${i}`, findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 5, end: 11 + String(i).length, text: `bench_${i}`, value: `bench_${i}` }],
          context: [], browser: 'bench', extensionVersion: '0', files: [{ role: 'screenshot', name: 'screenshot.png', mime: 'image/png', size: png.size, sha256: '0'.repeat(64) }] },
      });
      tx.objectStore('files').put({ id: `${id}/screenshot`, recordId: id, role: 'screenshot', blob: png });
    }
    await new Promise((res, rej) => {
      tx.oncomplete = res;
      tx.onerror = () => rej(tx.error);
    });
    db.close();
  });
  const opens: number[] = [];
  for (let k = 0; k < 5; k++) {
    const p = await launched.context.newPage();
    await p.addInitScript(() => {
      const w = window as unknown as { __firstItem?: number };
      new MutationObserver((_, obs) => {
        if (document.querySelector('[data-testid="evidence-item"]')) {
          w.__firstItem = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await p.goto(`chrome-extension://${launched.extensionId}/locker.html`);
    await p.waitForFunction(() => (window as unknown as { __firstItem?: number }).__firstItem !== undefined, null, { timeout: 30_000 });
    opens.push(await p.evaluate(() => (window as unknown as { __firstItem: number }).__firstItem));
    await p.close();
  }
  opens.sort((a, b) => a - b);
  await launched.close();
  fixtures.server.close();
  return [
    {
      name: 'evidence.capture',
      value: latencies.length ? pct(latencies, 50) : null,
      unit: 'ms',
      p50_ms: latencies.length ? pct(latencies, 50) : null,
      p95_ms: latencies.length ? pct(latencies, 95) : null,
      runs: RUNS,
      captured: latencies.length,
      note: 'message inserted on a page → record (screenshot, page text, MHTML) stored, built extension in Chromium',
    },
    { name: 'evidence.locker_open', value: +pct(opens, 50).toFixed(1), unit: 'ms', p50_ms: +pct(opens, 50).toFixed(1), max_ms: +opens.at(-1)!.toFixed(1), records: 2000, note: 'navigation start → first evidence-item in the DOM' },
  ];
}
