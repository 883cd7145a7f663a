/**
 * evidence.save: ms for one saveCapture (hash a ~200 KB screenshot and the
 * page text, sign, write record + files + chain entry + case in one
 * transaction) on fake-indexeddb in Node — the locker's own cost, without a
 * browser. evidence.list_2000: ms for the locker page's first query (100
 * newest of 2,000 records), same setup.
 *
 * With a built extension (`npm run build`) and Chromium:
 * evidence.capture: ms from a message appearing on a page to its evidence
 * record stored in the locker (real extension, screenshot and MHTML
 * included). evidence.locker_open: ms to the first record painted by a
 * locker holding 2,000 records (OPG_EXT_DIR points at another build). Set
 * BENCH_EVIDENCE_BROWSER=0 to skip them;
 * when they cannot run, their lines say why (value null) and evidence.save
 * is still reported.
 */
import { noisePng } from '../test/support/noise';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LockerDB } from '../lib/evidence/db';
import { listRecords, saveCapture, type CaptureInput } from '../lib/evidence/locker';
import type { RecordRow } from '../lib/evidence/schema';
import type { Page } from 'playwright-core';

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
const round = (n: number) => Math.round(n * 100) / 100;

const SAVE_RUNS = Number(process.env.BENCH_SAVE_RUNS ?? 100);
const SHOT_BYTES = 200 * 1024;

const noisePngBlob = (n: number, seed: number) => new Blob([noisePng(n, seed)], { type: 'image/png' });

function captureInput(i: number): CaptureInput {
  const value = `lanlan_${i}`;
  const message = `加我薇信 ${value} 私聊，便宜`;
  return {
    trigger: 'auto',
    page: { url: `https://item.taobao.com/item.htm?id=${i}`, title: '大衣', platform: 'taobao', seller: `shop${i % 7}` },
    message,
    author: `shop${i % 7}`,
    role: 'seller',
    findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start: 5, end: 5 + value.length, text: value, value }],
    context: Array.from({ length: 20 }, (_, k) => ({ text: `消息 ${k}：这件还有货吗？`, author: k % 2 ? '我' : `shop${i % 7}`, role: k % 2 ? ('buyer' as const) : ('seller' as const) })),
    capturedAt: new Date(Date.UTC(2026, 10, 22, 0, 0) + i * 11 * 60_000),
    browser: 'bench (Node)',
    extensionVersion: '0.0.0',
  };
}

/** saveCapture and the first list query on fake-indexeddb in Node. */
export async function runNode(): Promise<Record<string, unknown>[]> {
  const db = new LockerDB(`bench-evidence-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const pageText = '页面文字 '.repeat(4_000);
  // Warm-up: the first save makes the signing key.
  await saveCapture(db, captureInput(0), { screenshot: noisePngBlob(SHOT_BYTES, 0), pageText });
  const times: number[] = [];
  for (let i = 1; i <= SAVE_RUNS; i++) {
    const shot = noisePngBlob(SHOT_BYTES, i);
    const t0 = performance.now();
    const r = await saveCapture(db, captureInput(i), { screenshot: shot, pageText });
    times.push(performance.now() - t0);
    if (r.deduped) throw new Error('bench capture was folded into an earlier record');
  }
  times.sort((a, b) => a - b);

  // 2,000 rows for the list query (seeded directly: the query reads rows, not signatures).
  const base = (await db.records.toCollection().first())!;
  const rows: RecordRow[] = Array.from({ length: 2_000 }, (_, i) => ({
    ...base,
    id: `list-${i}`,
    seq: 100_000 + i,
    capturedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    listedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    content: { ...base.content!, id: `list-${i}` },
  }));
  await db.records.bulkPut(rows);
  const lists: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    const page = await listRecords(db, { limit: 100 });
    lists.push(performance.now() - t0);
    if (page.rows.length !== 100) throw new Error('list query returned the wrong page');
  }
  lists.sort((a, b) => a - b);
  const total = await db.records.count();
  db.close();
  await db.delete();
  return [
    {
      name: 'evidence.save',
      value: round(pct(times, 50)),
      unit: 'ms',
      p50_ms: round(pct(times, 50)),
      p95_ms: round(pct(times, 95)),
      runs: SAVE_RUNS,
      screenshot_bytes: SHOT_BYTES,
      page_text_chars: pageText.length,
      context_messages: 20,
      note: 'saveCapture on fake-indexeddb in Node (not a browser IndexedDB): SHA-256 of files and record, ECDSA P-256 signature, one Dexie transaction',
    },
    {
      name: 'evidence.list_2000',
      value: round(pct(lists, 50)),
      unit: 'ms',
      p50_ms: round(pct(lists, 50)),
      max_ms: round(lists.at(-1)!),
      records: total,
      note: 'listRecords first page of 100 (newest first) over ~2,000 records, fake-indexeddb in Node',
    },
  ];
}


/** The real extension in Chromium: capture latency and locker open time. */
export async function runBrowser(): Promise<Record<string, unknown>[]> {
  const { launchWithExtension, serveFixtures } = await import('../test/e2e/harness');
  const fixtures = await serveFixtures();
  const launched = await launchWithExtension(process.env.OPG_EXT_DIR ? { extDir: process.env.OPG_EXT_DIR } : {});
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
        id, caseId: 'bench|seller', seq: 100000 + i, capturedAt, listedAt: capturedAt, platform: 'bench', entry: 'record', kinds: ['wechat'], values: [`v${i}`], hash: '0'.repeat(64),
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

export async function run(): Promise<Array<Record<string, unknown>>> {
  const lines = await runNode();
  if (process.env.BENCH_EVIDENCE_BROWSER === '0') return lines;
  try {
    lines.push(...(await runBrowser()));
  } catch (err) {
    const why = `skipped: ${err instanceof Error ? err.message.split('\n')[0] : String(err)} (needs \`npm run build\` and Chromium)`;
    for (const name of ['evidence.capture', 'evidence.locker_open']) lines.push({ name, value: null, unit: 'ms', note: why });
  }
  return lines;
}
