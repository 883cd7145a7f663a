/**
 * What an OCR engine hands back, engine-neutral: lines of words with pixel
 * boxes in the image. Plain types here; the zod schemas for the message
 * boundary are in ./messages.
 */

/** A rectangle in image pixels, left/top inclusive, right/bottom exclusive. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  box: Box;
  /** 0–100, as the engine reports it. */
  confidence: number;
}

export interface OcrLine {
  words: OcrWord[];
  box: Box;
}

/** One reading of the whole image, lines top to bottom. */
export interface OcrReading {
  lines: OcrLine[];
}

export interface OcrResult {
  /** Size of the image the boxes refer to. */
  width: number;
  height: number;
  /**
   * One reading per pass (an engine may read the image more than once, e.g.
   * with two thresholdings); findings are the union over readings.
   */
  readings: OcrReading[];
}

export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let { x0, y0, x1, y1 } = boxes[0]!;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x0);
    y0 = Math.min(y0, b.y0);
    x1 = Math.max(x1, b.x1);
    y1 = Math.max(y1, b.y1);
  }
  return { x0, y0, x1, y1 };
}
