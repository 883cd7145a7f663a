/**
 * Wires the recognizer to runtime messages in the OCR document. Answers only
 * `ocr/*` messages, and only from extension pages or the service worker: a
 * content script (sender.tab set) cannot make the extension fetch and read
 * images on its behalf.
 */
import { browser } from 'wxt/browser';
import { OCR_ASSETS } from './assets';
import { isOcrMessage, OcrRecognizeSchema, type OcrReply } from './messages';
import { createRecognizer, loadImageForOcr } from './recognizer';
import { createTesseractEngine } from './tesseract';

export function registerOcrDocument(): void {
  const url = (p: string) => browser.runtime.getURL(`/${p}` as '/');
  const recognizer = createRecognizer({
    createEngine: () =>
      createTesseractEngine({
        workerPath: url(OCR_ASSETS.workerPath),
        corePath: url(OCR_ASSETS.corePath),
        langPath: url(OCR_ASSETS.langPath),
      }),
    load: loadImageForOcr,
  });
  browser.runtime.onMessage.addListener((msg: unknown, sender): Promise<OcrReply> | undefined => {
    if (!isOcrMessage(msg)) return undefined;
    if (sender.tab !== undefined || sender.id !== browser.runtime.id) {
      return Promise.resolve({ ok: false, error: 'ocr: not accepted from this sender' });
    }
    const parsed = OcrRecognizeSchema.safeParse(msg);
    if (!parsed.success) return Promise.resolve({ ok: false, error: `ocr: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
    return recognizer.recognize(parsed.data.src);
  });
}
