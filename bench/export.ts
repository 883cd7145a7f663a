/**
 * export.records_500 and verify.records_500: a case of 500 records with a
 * ~100 KB screenshot each, built into a streamed zip and verified, in Node.
 * The stream is consumed chunk by chunk (as a download would), so peak
 * memory shows whether the build holds the case whole.
 */
import 'fake-indexeddb/auto';
import { buildBundleWithInfo } from '../lib/export/bundle';
import { LockerDB } from '../lib/evidence/db';
import { saveCapture } from '../lib/evidence/locker';
import { loadBundleSource, openLockerForExport } from '../lib/export/source';
import { verifyBundle } from '../lib/export/verify';
import { noisePng } from '../test/support/noise';


const RECORDS = Number(process.env.BENCH_EXPORT_RECORDS ?? 500);
const SHOT_BYTES = 100 * 1024;

function mb(n: number): number {
  return Math.round((n / 1024 / 1024) * 10) / 10;
}

function sampler() {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const t = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  return {
    stop() {
      clearInterval(t);
      const m = process.memoryUsage();
      return { peak_rss_mb: mb(Math.max(rss, m.rss)), peak_heap_mb: mb(Math.max(heap, m.heapUsed)) };
    },
  };
}

export async function run(): Promise<Array<Record<string, unknown>>> {
  // The real locker (fake-indexeddb in Node), so the bundle carries what the locker signs.
  const db = new LockerDB(`bench-export-${Date.now()}`);
  let caseId = '';
  for (let i = 0; i < RECORDS; i++) {
    const value = `mm_${8000 + i}`;
    const message = `第 ${i} 条：加我微信 ${value} 私下转账`;
    const start = message.indexOf(value);
    const saved = await saveCapture(
      db,
      {
        trigger: 'manual',
        page: { url: 'https://item.taobao.com/item.htm?id=1', title: '商品', platform: 'taobao', seller: '小美服饰' },
        message,
        author: '客服',
        role: 'seller',
        findings: [{ kind: 'wechat', severity: 'medium', rule: 'wechat-id', start, end: start + value.length, text: value, value }],
        context: [{ text: '在吗', author: '我', role: 'buyer' }],
        capturedAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
        browser: 'bench',
        extensionVersion: '0.1.0',
      },
      { screenshot: new Blob([noisePng(SHOT_BYTES, i + 1)], { type: 'image/png' }), pageText: `page ${i}` },
    );
    caseId = saved.caseId;
  }
  const src = await loadBundleSource(openLockerForExport(db), caseId);

  const s1 = sampler();
  const t0 = performance.now();
  const built = await buildBundleWithInfo(src);
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = built.stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value); // kept only to verify next; a download hands each chunk on
    bytes += value.length;
  }
  const exportMs = performance.now() - t0;
  const m1 = s1.stop();

  const zip = new Uint8Array(bytes);
  let at = 0;
  for (const c of chunks) {
    zip.set(c, at);
    at += c.length;
  }
  chunks.length = 0;

  const s2 = sampler();
  const t1 = performance.now();
  const result = await verifyBundle(zip);
  const verifyMs = performance.now() - t1;
  const m2 = s2.stop();
  db.close();
  await db.delete();
  if (!result.ok) throw new Error(`bench bundle did not verify: ${JSON.stringify(result.problems.slice(0, 3))}`);

  return [
    { name: 'export.records_500', value: Math.round(exportMs), unit: 'ms', records: RECORDS, zip_mb: mb(bytes), ...m1 },
    { name: 'verify.records_500', value: Math.round(verifyMs), unit: 'ms', records: RECORDS, zip_mb: mb(bytes), ...m2 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  void run().then((lines) => lines.forEach((l) => console.log(JSON.stringify(l))));
}
