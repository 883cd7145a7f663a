/**
 * The detection engine measured where the extension runs it: a worker in
 * Debian's Chromium (lib/background/detect.ts reads pages in the extension's
 * background service worker, a worker isolate). bench/detect.ts measures the
 * same things in Node; Node 20's V8 (11.3) stops optimising new regexps once
 * an isolate has generated about a megabyte of regexp code, which this engine
 * passes within its first few hundred messages, so from then on most of its
 * patterns run unoptimised there (15× dearer each in a measured case) and not
 * in Chromium's V8, where the same test shows no change.
 *
 * lib/detect is bundled as the extension builds it (esbuild, the lazy
 * validator loader) and served from 127.0.0.1 with cross-origin isolation, so
 * the worker's clock has its fine resolution (reported as measured). No
 * caching headers: each start-up compiles the bundle afresh.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, LAUNCH_ARGS } from '../test/e2e/harness';
import { lazyValidatorsPlugin } from '../scripts/lazy-validators';

type Line = Record<string, unknown>;

/** Fresh workers timed for start-up; the median is reported. */
const STARTUP_RUNS = 5;

/**
 * Runs in the worker: start-up, then (mode "full") the same throughput and
 * latency model as bench/detect.ts, with its char-loop and naive baselines
 * measured in the same worker (the naive regexps are bench/detect.ts's, sent as JSON). Plain JavaScript: it is served as it is.
 */
const WORKER_SOURCE = String.raw`
const mode = new URL(self.location.href).searchParams.get('mode');
const t0 = performance.now();
const m = await import('/detect.mjs');
const t1 = performance.now();
m.detect('加我微信 abc_123');
const t2 = performance.now();
const startup = { import_ms: t1 - t0, first_call_ms: t2 - t1, total_ms: t2 - t0 };
if (mode !== 'full') {
  postMessage({ startup });
} else {
  const texts = await (await fetch('/texts.json')).json();
  const NAIVE = (await (await fetch('/naive.json')).json()).map(([src, flags]) => new RegExp(src, flags));
  const enc = new TextEncoder();
  const big = [];
  let bytes = 0;
  while (bytes < 8e6) for (const t of texts) { big.push(t); bytes += enc.encode(t).length; }
  for (let i = 0; i < 2000; i++) m.detect(texts[i % texts.length]);
  m.setMemo(false);
  let sink = 0;
  let a = performance.now();
  for (const s of big) sink += m.detect(s).findings.length;
  const engineS = (performance.now() - a) / 1000;
  a = performance.now();
  for (const s of big) for (let i = 0; i < s.length; i++) sink += s.charCodeAt(i) & 1;
  const charS = (performance.now() - a) / 1000;
  a = performance.now();
  for (const s of big) for (const re of NAIVE) { re.lastIndex = 0; while (re.exec(s) !== null) sink++; }
  const naiveS = (performance.now() - a) / 1000;
  const lat = [];
  for (let r = 0; r < 5; r++) for (const t of texts) { const b = performance.now(); m.detect(t); lat.push((performance.now() - b) * 1000); }
  m.setMemo(true);
  lat.sort((x, y) => x - y);
  // the clock's step as this worker sees it (coarser without cross-origin isolation)
  let step = Infinity;
  for (let i = 0, last = performance.now(); i < 20000; i++) { const now = performance.now(); if (now > last) step = Math.min(step, now - last); last = now; }
  postMessage({
    startup, mb: bytes / 1e6, engineS, charS, naiveS, sink,
    p50: lat[Math.floor(lat.length * 0.5)], p99: lat[Math.floor(lat.length * 0.99)],
    isolated: self.crossOriginIsolated, clock_step_us: step * 1000,
  });
}
`;

const PAGE = '<!doctype html><meta charset="utf-8"><title>detect bench</title>';

async function bundle(root: string, out: string): Promise<void> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    // detect() and the memo switch the model turns off, from the modules the extension bundles
    stdin: {
      contents: "export { detect } from './lib/detect/index'; export { setMemo } from './lib/detect/normalise';",
      resolveDir: root, loader: 'ts', sourcefile: 'detect-bench-entry.ts',
    },
    bundle: true, minify: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
    outfile: out, logLevel: 'silent', plugins: [lazyValidatorsPlugin(root)],
  });
}

function serve(files: Record<string, { type: string; body: string | Buffer }>): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    const headers = {
      // cross-origin isolation: the worker's clock at its fine resolution
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    if (!file) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Type': file.type }).end(file.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

interface FullResult {
  startup: Record<string, number>;
  mb: number;
  engineS: number;
  charS: number;
  naiveS: number;
  p50: number;
  p99: number;
  isolated: boolean;
  clock_step_us: number;
}

/** `naive`: bench/detect.ts's naive baseline, the same regexps in both runtimes. */
export async function runInChromium(root: string, texts: readonly string[], naive: readonly RegExp[]): Promise<Line[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'opg-detect-chromium-'));
  const out = path.join(dir, 'detect.mjs');
  await bundle(root, out);
  const js = 'text/javascript; charset=utf-8';
  const { server, origin } = await serve({
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/detect.mjs': { type: js, body: readFileSync(out) },
    '/worker.mjs': { type: js, body: WORKER_SOURCE },
    '/texts.json': { type: 'application/json', body: JSON.stringify(texts) },
    '/naive.json': { type: 'application/json', body: JSON.stringify(naive.map((re) => [re.source, re.flags])) },
  });
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const inWorker = <T>(mode: string): Promise<T> =>
      page.evaluate(
        (url) =>
          new Promise<T>((resolve, reject) => {
            const w = new Worker(url, { type: 'module' });
            w.onmessage = (e: MessageEvent<T>) => {
              w.terminate();
              resolve(e.data);
            };
            w.onerror = (e) => reject(new Error(e.message || 'worker failed'));
          }),
        `/worker.mjs?mode=${mode}`,
      );
    const starts: Array<Record<string, number>> = [];
    for (let i = 0; i < STARTUP_RUNS; i++) starts.push((await inWorker<{ startup: Record<string, number> }>('startup')).startup);
    starts.sort((a, b) => a.total_ms! - b.total_ms!);
    const med = starts[Math.floor(starts.length / 2)]!;
    const r = await inWorker<FullResult>('full');
    const value = Number((r.mb / r.engineS).toFixed(2));
    const charloop = Number((r.mb / r.charS).toFixed(2));
    const naive = Number((r.mb / r.naiveS).toFixed(2));
    const version = browser.version();
    const where = { runtime: `Chromium ${version}, dedicated worker`, cross_origin_isolated: r.isolated, clock_step_us: Number(r.clock_step_us.toFixed(1)) };
    return [
      {
        name: 'detect.throughput.chromium', value, unit: 'MB/s', mb: Number(r.mb.toFixed(2)), ...where,
        model: 'as detect.throughput (each dev message, to 8 MB, memo off), in Chromium',
        charloop_mb_s: charloop, naive_regex_mb_s: naive,
        ratio_charloop: Number((value / charloop).toFixed(4)), ratio_naive: Number((value / naive).toFixed(3)),
      },
      {
        name: 'detect.message_latency.chromium', value: Number(r.p99.toFixed(1)), unit: 'us', ...where,
        p50_us: Number(r.p50.toFixed(1)), p99_us: Number(r.p99.toFixed(1)),
      },
      {
        name: 'detect.startup.chromium', value: Number(med.total_ms!.toFixed(2)), unit: 'ms', ...where,
        model: `bundled lib/detect in a fresh worker, no cached code: import + first detect(); median of ${STARTUP_RUNS}`,
        import_ms: Number(med.import_ms!.toFixed(2)), first_call_ms: Number(med.first_call_ms!.toFixed(2)),
      },
    ];
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
