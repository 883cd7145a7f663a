/**
 * `npm run --silent bench -- ocr`: the OCR engines on the rendered fixture
 * set (test/fixtures/ocr, 48 images of 1000×1000), run in Debian's Chromium —
 * the browser the extension runs in — one fresh browser per engine, offline.
 *
 *   ocr.image     ms per 1000×1000 image (p50, p95), each engine, ratio to Tesseract (the chosen one)
 *   ocr.accuracy  share of inducement images flagged with the right kind, and ordinary images flagged
 *   ocr.model     bytes each engine must ship (engine code, wasm, models), and memory it added
 *   ocr.extension the OCR files in the built extension, if built
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findingsInImage } from '../lib/ocr/findings';
import { ENGINE_FILES, ENGINES, runInChromium, type EngineRun } from './ocr/browser';
import { loadOcrFixtures } from '../test/support/ocr-fixtures';

const ROOT = resolve(import.meta.dirname, '..');

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0).toFixed(1);
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    n += f.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

export async function run(): Promise<Record<string, unknown>[]> {
  const fixtures = loadOcrFixtures();
  const runs = await runInChromium(ENGINES, fixtures.map((f) => f.file));
  const base = runs.find((r) => r.engine === 'tesseract')!;
  const lines: Record<string, unknown>[] = [];
  const p50 = (r: EngineRun) => pct(r.images.map((i) => i.ms), 50);
  const p95 = (r: EngineRun) => pct(r.images.map((i) => i.ms), 95);
  for (const r of runs) {
    lines.push({
      name: 'ocr.image',
      engine: r.engine,
      value: p50(r),
      unit: 'ms',
      p50_ms: p50(r),
      p95_ms: p95(r),
      images: r.images.length,
      image_px: '1000x1000',
      start_ms: +r.initMs.toFixed(0),
      ...(r !== base ? { baseline: 'tesseract', baseline_p50_ms: p50(base), baseline_p95_ms: p95(base), ratio: +(p50(r) / p50(base)).toFixed(2), ratio_p95: +(p95(r) / p95(base)).toFixed(2) } : {}),
    });
  }
  for (const r of runs) {
    let hits = 0;
    let falseAlarms = 0;
    const missed: string[] = [];
    r.images.forEach((im, i) => {
      const f = fixtures[i]!;
      const found = findingsInImage(im.result);
      if (f.label === 'inducement') {
        if (found.findings.some((x) => x.kind === f.kind)) hits++;
        else missed.push(f.file);
      } else if (found.flagged) falseAlarms++;
    });
    const inducement = fixtures.filter((f) => f.label === 'inducement').length;
    lines.push({
      name: 'ocr.accuracy',
      engine: r.engine,
      value: +(hits / inducement).toFixed(3),
      unit: 'share of inducement images flagged with the right kind',
      flagged_right_kind: hits,
      inducement_images: inducement,
      ordinary_flagged: falseAlarms,
      ordinary_images: fixtures.length - inducement,
      missed,
    });
  }
  for (const r of runs) {
    const files = ENGINE_FILES[r.engine].map((f) => join(ROOT, 'node_modules', f));
    const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
    const zipped = files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    lines.push({
      name: 'ocr.model',
      engine: r.engine,
      value: bytes,
      unit: 'bytes',
      gzip_bytes: zipped,
      added_memory_bytes: r.addedBytes,
      note: 'engine worker/wasm + model files the extension would ship; memory = resident memory Chromium gained loading the engine and reading the set',
      files: ENGINE_FILES[r.engine],
    });
  }
  const built = join(ROOT, '.output', 'chrome-mv3');
  if (existsSync(join(built, 'ocr'))) {
    lines.push({
      name: 'ocr.extension',
      value: dirBytes(join(built, 'ocr')),
      unit: 'bytes',
      extension_total_bytes: dirBytes(built),
      note: 'OCR files in .output/chrome-mv3/ocr (chosen engine) and the whole built extension',
    });
  }
  return lines;
}
