/**
 * The Tesseract engine (tesseract.js: Tesseract 5 compiled to WebAssembly,
 * run in its own Web Worker or Node worker thread). Nothing is fetched from a
 * CDN: the caller names where the worker script, the core and the language
 * data are (extension-local URLs in the extension, node_modules in Node).
 */
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';
import type { OcrEngine, OcrImage } from './engine';
import type { OcrLine, OcrReading, OcrResult } from './types';

/** Simplified and traditional Chinese, then English: the order Tesseract tries them in. */
export const TESSERACT_LANGS = ['chi_sim', 'chi_tra', 'eng'] as const;

export interface TesseractPaths {
  /** worker.min.js (browser only; Node uses the package's own worker). */
  workerPath?: string;
  /** One tesseract-core *.wasm.js file (browser only). */
  corePath?: string;
  /** Folder with <lang>.traineddata.gz. */
  langPath: string;
}

/**
 * Thresholding passes: Otsu (Tesseract's default) reads dark-on-light text,
 * Sauvola (local) reads text on coloured or uneven backgrounds that Otsu
 * turns into one blob. Each pass costs a recognition; see the README for why
 * both are on: the union of their findings catches more than either alone.
 */
export type Threshold = 'otsu' | 'sauvola';
const THRESHOLD_METHOD: Record<Threshold, string> = { otsu: '0', sauvola: '2' };

export interface TesseractOptions {
  passes?: readonly Threshold[];
}

export async function createTesseractEngine(paths: TesseractPaths, opts: TesseractOptions = {}): Promise<OcrEngine> {
  const passes = opts.passes ?? ['otsu', 'sauvola'];
  const worker: Worker = await createWorker([...TESSERACT_LANGS], OEM.LSTM_ONLY, {
    langPath: paths.langPath,
    gzip: true,
    // The data is already local; a second copy in IndexedDB would only cost space.
    cacheMethod: 'none',
    ...(paths.workerPath ? { workerPath: paths.workerPath, workerBlobURL: false } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
  });
  // Chinese is written without spaces; without this, Tesseract puts one between every character.
  await worker.setParameters({
    preserve_interword_spaces: '1',
    tessedit_pageseg_mode: PSM.AUTO,
    // Tesseract's progress chatter ("Estimating resolution as …") goes nowhere.
    debug_file: '/dev/null',
  });
  let current: Threshold | undefined;
  return {
    name: 'tesseract',
    async recognize(image: OcrImage, size: { width: number; height: number }): Promise<OcrResult> {
      const readings: OcrReading[] = [];
      for (const pass of passes) {
        if (current !== pass) {
          await worker.setParameters({ thresholding_method: THRESHOLD_METHOD[pass] } as never);
          current = pass;
        }
        const { data } = await worker.recognize(image as never, {}, { text: false, blocks: true });
        readings.push({ lines: linesOf(data.blocks ?? []) });
      }
      return { width: size.width, height: size.height, readings };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

type Blocks = NonNullable<Tesseract.Page['blocks']>;

function linesOf(blocks: Blocks): OcrLine[] {
  const out: OcrLine[] = [];
  for (const b of blocks)
    for (const p of b.paragraphs)
      for (const l of p.lines) {
        const words = l.words
          .filter((w) => w.text.trim() !== '')
          .map((w) => ({ text: w.text, confidence: w.confidence, box: { ...w.bbox } }));
        if (words.length) out.push({ words, box: { ...l.bbox } });
      }
  return out;
}
