/** Benchmarks of the detection engine: throughput vs baselines, per-message latency, start-up. */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { lazyValidatorsPlugin } from '../scripts/lazy-validators';
import { runInChromium } from './detect-chromium';

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

/**
 * Start-up as the content script pays it: lib/detect bundled (esbuild, as the
 * extension build does), then a fresh `node` process times import + the first
 * detect() call. Median of a few runs; heap is what the engine added.
 */
async function bundledStartup(): Promise<Record<string, number>> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opg-detect-'));
  try {
    const out = path.join(dir, 'detect.mjs');
    await esbuild.build({
      entryPoints: [path.join(root, 'lib/detect/index.ts')],
      bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
      outfile: out, logLevel: 'silent',
      // as the extension is built (wxt.config.ts): the validation libraries start on first use
      plugins: [lazyValidatorsPlugin(root)],
    });
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(probe, [
      'const h0 = process.memoryUsage().heapUsed;',
      'const t0 = performance.now();',
      `const m = await import(${JSON.stringify('./detect.mjs')});`,
      'const t1 = performance.now();',
      "m.detect('加我微信 abc_123');",
      'const t2 = performance.now();',
      // the phone and IBAN libraries, which the first call did not need (a separate idle task in the content script)
      "m.detect('WhatsApp +44 20 7946 0958');",
      'const t3 = performance.now();',
      'console.log(JSON.stringify({ import_ms: t1 - t0, first_call_ms: t2 - t1, total_ms: t2 - t0, validators_ms: t3 - t2, heap_mb: (process.memoryUsage().heapUsed - h0) / 1e6 }));',
    ].join('\n'));
    const runs: Array<Record<string, number>> = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, [probe], { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`start-up probe failed: ${r.stderr}`);
      runs.push(JSON.parse(r.stdout.trim()) as Record<string, number>);
    }
    runs.sort((a, b) => a.total_ms! - b.total_ms!);
    const med = runs[Math.floor(runs.length / 2)]!;
    return { ...med, bundle_kb: statSync(out).size / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Array<Record<string, unknown>>> {
  const bundled = await bundledStartup();
  // start-up from source through tsx (TypeScript compile included): kept for comparison
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const { detect } = await import('../lib/detect/index');
  const { setMemo } = await import('../lib/detect/normalise');
  detect('加我微信 abc_123');
  const startupMs = performance.now() - t0;
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 1e6;

  const texts = corpusTexts();
  // The dev corpus repeated as it is, to at least 8 MB (issue #3's model),
  // with the engine's memo of recent texts switched off, so every message is
  // worked out in full. (Until stop 17 each copy got a suffix " #N" to defeat
  // the memo instead: that added digits and '#' to every message, which wake
  // the number and e-mail readers on text that has neither; still reported,
  // as `suffixed_mb_s`, for comparison with earlier figures.)
  const big: string[] = [];
  const suffixed: string[] = [];
  let bytes = 0;
  let suffixedBytes = 0;
  for (let copy = 1; bytes < 8e6; copy++) {
    for (const t of texts) {
      big.push(t);
      bytes += Buffer.byteLength(t, 'utf8');
      const u = `${t} #${copy}`;
      suffixed.push(u);
      suffixedBytes += Buffer.byteLength(u, 'utf8');
    }
  }
  const mb = bytes / 1e6;
  // warm up
  for (let i = 0; i < 2000; i++) detect(texts[i % texts.length]!);
  setMemo(false);

  let t = performance.now();
  let sink = 0;
  for (const s of big) sink += detect(s).findings.length;
  const engineS = (performance.now() - t) / 1000;

  t = performance.now();
  for (const s of suffixed) sink += detect(s).findings.length;
  const suffixedS = (performance.now() - t) / 1000;

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
      const a = performance.now();
      detect(t);
      lat.push((performance.now() - a) * 1000);
    }
  }
  setMemo(true);
  lat.sort((a, b) => a - b);
  const q = (p: number): number => Number(lat[Math.min(lat.length - 1, Math.floor(p * lat.length))]!.toFixed(1));
  if (sink === -1) console.log(sink);
  const value = Number((mb / engineS).toFixed(2));
  const charloop = Number((mb / charS).toFixed(2));
  const naive = Number((mb / naiveS).toFixed(2));
  // the same model where the extension runs the engine (see detect-chromium.ts for why the two differ)
  const chromiumLines = await runInChromium(root, texts, NAIVE);
  return [
    {
      name: 'detect.throughput', value, unit: 'MB/s', mb: Number(mb.toFixed(2)),
      model: 'per message: detect() on each dev-corpus message, the corpus repeated to 8 MB, memo of recent texts off',
      suffixed_mb_s: Number((suffixedBytes / 1e6 / suffixedS).toFixed(2)),
      charloop_mb_s: charloop, naive_regex_mb_s: naive,
      ratio_charloop: Number((value / charloop).toFixed(4)), ratio_naive: Number((value / naive).toFixed(3)),
    },
    { name: 'detect.message_latency', value: q(0.99), unit: 'us', p50_us: q(0.5), p99_us: q(0.99) },
    {
      name: 'detect.startup', value: Number(bundled.total_ms!.toFixed(2)), unit: 'ms', model: 'bundled lib/detect, fresh node: import + first detect()',
      import_ms: Number(bundled.import_ms!.toFixed(2)), first_call_ms: Number(bundled.first_call_ms!.toFixed(2)),
      first_phone_library_ms: Number(bundled.validators_ms!.toFixed(2)),
      heap_mb: Number(bundled.heap_mb!.toFixed(2)), bundle_kb: Number(bundled.bundle_kb!.toFixed(1)),
      source_tsx_ms: Number(startupMs.toFixed(2)), source_tsx_heap_mb: Number(heapMb.toFixed(2)),
    },
    ...chromiumLines,
  ];
}
