/**
 * Shapes of the image pipeline: the pixels an analyser reads, what it finds
 * (a decoded QR payload now; text read by OCR later) and the result of one
 * image. Pure types, shared by the content script, the background and tests.
 */

/** RGBA pixels, row by row (what ImageData holds). */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A rectangle inside the image, in the image's own pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const ANALYSER_IDS = ['qr', 'ocr'] as const;
export type AnalyserId = (typeof ANALYSER_IDS)[number];

/** One thing an analyser read in an image. */
export interface ImageHit {
  analyser: AnalyserId;
  /** The decoded payload (qr) or the text read (ocr). */
  text: string;
  /** Where in the image, where known. */
  box?: Box;
}

/**
 * Reads something out of pixels. Analysers run one after another on the same
 * decoded pixels; each must be safe to call again while a call is running.
 */
export interface ImageAnalyser {
  readonly id: AnalyserId;
  analyse(px: Pixels): Promise<ImageHit[]>;
}

/** What the pipeline knows about one image. */
export interface AnalysedImage {
  /** SHA-256 of the image file's bytes (hex). */
  sha256: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  hits: ImageHit[];
  /** A small copy for the warning card (a data: URL made by the extension), when something was found. */
  thumb?: string;
}
