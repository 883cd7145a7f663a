/**
 * The OCR files the extension ships, copied from node_modules into the build
 * (wxt.config.ts) so nothing is fetched from a CDN at run time. Paths are
 * relative to the extension root; the offscreen document turns them into
 * chrome-extension:// URLs.
 */
export const OCR_ASSET_DIR = 'ocr';

export const OCR_ASSETS = {
  workerPath: `${OCR_ASSET_DIR}/worker.min.js`,
  /** One core build: SIMD + LSTM-only, which every browser this extension supports runs. */
  corePath: `${OCR_ASSET_DIR}/tesseract-core-simd-lstm.wasm.js`,
  langPath: `${OCR_ASSET_DIR}/lang`,
} as const;

/** Extension-relative destination → path under node_modules. */
export const OCR_ASSET_SOURCES: Record<string, string> = {
  [OCR_ASSETS.workerPath]: 'tesseract.js/dist/worker.min.js',
  [OCR_ASSETS.corePath]: 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  // "best_int": the integer-quantised LSTM models, a tenth of the float ones' size.
  [`${OCR_ASSETS.langPath}/chi_sim.traineddata.gz`]: '@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz',
  [`${OCR_ASSETS.langPath}/chi_tra.traineddata.gz`]: '@tesseract.js-data/chi_tra/4.0.0_best_int/chi_tra.traineddata.gz',
  [`${OCR_ASSETS.langPath}/eng.traineddata.gz`]: '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
};
