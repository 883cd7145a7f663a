/** The engine-neutral interface every OCR engine implements. */
import type { OcrResult } from './types';

/** Encoded image bytes (PNG or JPEG), or a canvas holding the decoded image. */
export type OcrImage = Blob | ArrayBuffer | Uint8Array | OffscreenCanvas;

export interface OcrEngine {
  readonly name: string;
  /** Recognises one image; `size` is the image's size in pixels, which the boxes refer to. */
  recognize(image: OcrImage, size: { width: number; height: number }): Promise<OcrResult>;
  terminate(): Promise<void>;
}
