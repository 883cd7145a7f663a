/**
 * The OCR service of the offscreen document: loads the engine on the first
 * image (not before), reads one image at a time, and lets the engine go after
 * a quiet minute so its memory is returned.
 */
import type { OcrEngine } from './engine';
import { findingsInImage } from './findings';
import type { OcrReply } from './messages';

/** Longest side an image is read at; larger images are scaled down first. */
export const MAX_SIDE = 2_000;
const IDLE_MS = 60_000;

export interface RecognizerDeps {
  createEngine(): Promise<OcrEngine>;
  /** Fetches and decodes `src` into something the engine reads, with its size. */
  load(src: string): Promise<{ image: Blob | OffscreenCanvas; width: number; height: number }>;
}

export function createRecognizer(deps: RecognizerDeps) {
  let engine: Promise<OcrEngine> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let idle: ReturnType<typeof setTimeout> | undefined;

  async function run(src: string): Promise<OcrReply> {
    if (idle) clearTimeout(idle);
    try {
      let loadMs = 0;
      if (!engine) {
        const t0 = performance.now();
        engine = deps.createEngine();
        engine.catch(() => (engine = undefined));
        await engine;
        loadMs = performance.now() - t0;
      }
      const e = await engine;
      const { image, width, height } = await deps.load(src);
      const t1 = performance.now();
      const result = findingsInImage(await e.recognize(image, { width, height }));
      return { ok: true, result, loadMs, recognizeMs: performance.now() - t1, engine: e.name };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    } finally {
      idle = setTimeout(() => void release(), IDLE_MS);
    }
  }

  async function release(): Promise<void> {
    const e = engine;
    engine = undefined;
    if (e) await (await e).terminate();
  }

  return {
    /** Queues one image behind any running one: never two recognitions at once. */
    recognize(src: string): Promise<OcrReply> {
      const next = chain.then(() => run(src));
      chain = next;
      return next;
    },
    release,
  };
}

/** Browser loader: fetch, decode, and scale down or re-encode what the engine cannot read as is. */
export async function loadImageForOcr(src: string): Promise<{ image: Blob | OffscreenCanvas; width: number; height: number }> {
  const res = await fetch(src, { credentials: 'omit' });
  if (!res.ok) throw new Error(`image fetch failed: HTTP ${res.status}`);
  const blob = await res.blob();
  const bitmap = await createImageBitmap(blob);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && /^image\/(png|jpeg)$/.test(blob.type)) return { image: blob, width: bitmap.width, height: bitmap.height };
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    // Transparent images (stickers, PNG text) read as black-on-black without a white ground.
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0, width, height);
    return { image: canvas, width, height };
  } finally {
    bitmap.close();
  }
}
