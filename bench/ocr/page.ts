/** Runs in the benchmark's Chromium page: each engine behind one global the harness drives. */
import type { OcrEngine } from '../../lib/ocr/engine';
import { createTesseractEngine } from '../../lib/ocr/tesseract';
import type { OcrResult } from '../../lib/ocr/types';
import { createPaddleEngine } from './paddle-engine';

const engines = new Map<string, OcrEngine>();
const base = location.origin;

async function init(name: string): Promise<number> {
  const t0 = performance.now();
  const engine =
    name === 'tesseract'
      ? await createTesseractEngine({
          workerPath: `${base}/tesseract/worker.min.js`,
          corePath: `${base}/tesseract/tesseract-core-simd-lstm.wasm.js`,
          langPath: `${base}/tesseract/lang`,
        })
      : await createPaddleEngine({ ortPath: `${base}/ort/`, modelPath: `${base}/paddle` });
  engines.set(name, engine);
  return performance.now() - t0;
}

async function recognize(name: string, url: string): Promise<{ ms: number; result: OcrResult }> {
  const engine = engines.get(name);
  if (!engine) throw new Error(`engine ${name} not started`);
  const blob = await (await fetch(url)).blob();
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  const t0 = performance.now();
  const result = await engine.recognize(blob, size);
  return { ms: performance.now() - t0, result };
}

async function stop(name: string): Promise<void> {
  await engines.get(name)?.terminate();
  engines.delete(name);
}

Object.assign(globalThis, { __ocrBench: { init, recognize, stop } });
