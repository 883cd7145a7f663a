/** Benchmarks of the detection engine: throughput vs baselines, per-message latency, start-up. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function corpusTexts(): string[] {
  const file = path.resolve(root, '../shared/corpus/dev.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** One regex per taxonomy keyword, run over the raw text: what a naive detector does. */
const NAIVE = [
  /微信|vx|wx|wechat/gi, /qq|扣扣|企鹅/gi, /1[3-9]\d{9}/g, /[\w.]+@[\w.]+\.\w+/g, /telegram|whatsapp|line|kakao/gi,
  /\d{16,19}/g, /支付宝|paypal|zelle|venmo/gi, /收款码|二维码|qr/gi, /私下|不走平台|outside/gi, /好评返现|返现/g,
  /私我|私信|dm me/gi, /进群|公众号|小程序/g,
];

export async function run(): Promise<Array<Record<string, unknown>>> {
  // start-up: first import + first call
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { detect } = await import('../lib/detect/index');
  detect('加我微信 abc_123');
  const startupMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;

  const texts = corpusTexts();
  const big: string[] = [];
  let bytes = 0;
  // Each copy is made unique (a message number, as chat lines have): the
  // engine memoises recent texts, and a repeated corpus must not measure the memo.
  let copy = 0;
  while (bytes < 8e6) {
    copy++;
    for (const t of texts) {
      const u = `${t} #${copy}`;
      big.push(u);
      bytes += Buffer.byteLength(u, 'utf8');
    }
  }
  const mb = bytes / 1e6;
  // warm up
  for (let i = 0; i < 2000; i++) detect(texts[i % texts.length]!);

  let t = performance.now();
  let sink = 0;
  for (const s of big) sink += detect(s).findings.length;
  const engineS = (performance.now() - t) / 1000;

  t = performance.now();
  for (const s of big) for (let i = 0; i < s.length; i++) sink += s.charCodeAt(i) & 1;
  const charS = (performance.now() - t) / 1000;

  t = performance.now();
  for (const s of big) for (const re of NAIVE) { re.lastIndex = 0; while (re.exec(s) !== null) sink++; }
  const naiveS = (performance.now() - t) / 1000;

  // per-message latency
  const lat: number[] = [];
  for (let r = 0; r < 5; r++) {
    for (const t of texts) {
      const s = `${t} ~${r}`;
      const a = performance.now();
      detect(s);
      lat.push((performance.now() - a) * 1000);
    }
  }
  lat.sort((a, b) => a - b);
  const q = (p: number): number => Number(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!.toFixed(1));
  if (sink === -1) console.log(sink);
  const value = Number((mb / engineS).toFixed(2));
  const charloop = Number((mb / charS).toFixed(2));
  const naive = Number((mb / naiveS).toFixed(2));
  return [
    {
      name: 'detect.throughput', value, unit: 'MB/s', mb: Number(mb.toFixed(2)),
      charloop_mb_s: charloop, naive_regex_mb_s: naive,
      ratio_charloop: Number((value / charloop).toFixed(4)), ratio_naive: Number((value / naive).toFixed(3)),
    },
    { name: 'detect.message_latency', value: q(0.99), unit: 'us', p50_us: q(0.5), p99_us: q(0.99) },
    { name: 'detect.startup', value: Number(startupMs.toFixed(2)), unit: 'ms', heap_mb: Number(heapMb.toFixed(2)) },
  ];
}
