/**
 * Image bytes to RGBA pixels, and a small thumbnail, with the browser's own
 * decoders (every format the page could show, WebP and AVIF included).
 * Runs in a worker or an extension page: createImageBitmap and
 * OffscreenCanvas, no DOM.
 */
import { IMAGE_LIMITS } from './limits';
import type { Box, Pixels } from './types';

export async function browserPixels(bytes: Uint8Array<ArrayBuffer>, mime: string): Promise<Pixels> {
  const bmp = await createImageBitmap(new Blob([bytes], { type: mime }));
  try {
    if (bmp.width * bmp.height > IMAGE_LIMITS.maxPixels) throw new Error('image too large to decode');
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bmp, 0, 0);
    const d = ctx.getImageData(0, 0, bmp.width, bmp.height);
    return { data: d.data, width: d.width, height: d.height };
  } finally {
    bmp.close();
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * A PNG data: URL of the image scaled to fit the thumbnail side, with the
 * found codes outlined, so the card shows which part of the picture it means.
 */
export async function browserThumbnail(bytes: Uint8Array<ArrayBuffer>, mime: string, boxes: Box[]): Promise<string> {
  const bmp = await createImageBitmap(new Blob([bytes], { type: mime }));
  try {
    const scale = Math.min(1, IMAGE_LIMITS.thumbSide / Math.max(bmp.width, bmp.height));
    const w = Math.max(1, Math.round(bmp.width * scale));
    const h = Math.max(1, Math.round(bmp.height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bmp, 0, 0, w, h);
    ctx.strokeStyle = '#dc2626';
    ctx.lineWidth = 2;
    for (const b of boxes) ctx.strokeRect(b.x * scale - 2, b.y * scale - 2, b.width * scale + 4, b.height * scale + 4);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return `data:image/png;base64,${toBase64(new Uint8Array(await blob.arrayBuffer()))}`;
  } finally {
    bmp.close();
  }
}
