/**
 * Test and benchmark images with QR codes in them, made in Node: a busy
 * "product photo" background, codes drawn at any size, place and angle, a
 * logo over the middle, and JPEG round trips. Codes come from the `qrcode`
 * package, so the decoder under test never made its own input.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A photo-like background: smooth colour fields with texture, deterministic per seed. */
export function photo(width: number, height: number, seed = 1, grain = 40): Rgba {
  const data = new Uint8ClampedArray(width * height * 4);
  let x = seed >>> 0 || 1;
  const rnd = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 24) / 255;
  const cr = 60 + rnd() * 150;
  const cg = 60 + rnd() * 150;
  const cb = 60 + rnd() * 150;
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < width; i++) {
      const o = (y * width + i) * 4;
      const wave = Math.sin(i / 37 + seed) * 30 + Math.cos(y / 23 - seed) * 30;
      const g = (rnd() - 0.5) * grain;
      data[o] = cr + wave + g;
      data[o + 1] = cg - wave / 2 + g;
      data[o + 2] = cb + wave / 3 + g;
      data[o + 3] = 255;
    }
  }
  return { data, width, height };
}

export interface CodeOptions {
  /** Left and top of the code's square (quiet zone included), in pixels. */
  x: number;
  y: number;
  /** Side of the square, quiet zone included. */
  size: number;
  /** Degrees, clockwise, about the square's centre. */
  angle?: number;
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  /** A solid logo over this share of the side, in the middle (needs error correction H or Q). */
  logo?: number;
}

/** Draw a QR code of `text` into `img` (white quiet zone of 4 modules). */
export function drawQr(img: Rgba, text: string, o: CodeOptions): Rgba {
  const qr = QRCode.create(text, { errorCorrectionLevel: o.errorCorrection ?? 'M' });
  const n = qr.modules.size;
  const total = n + 8;
  const cx = o.x + o.size / 2;
  const cy = o.y + o.size / 2;
  const rad = ((o.angle ?? 0) * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // The bounding box of the rotated square.
  const half = (o.size / 2) * (Math.abs(cos) + Math.abs(sin));
  const logo = o.logo ? (o.logo * o.size) / 2 : 0;
  for (let py = Math.floor(cy - half); py <= Math.ceil(cy + half); py++) {
    if (py < 0 || py >= img.height) continue;
    for (let px = Math.floor(cx - half); px <= Math.ceil(cx + half); px++) {
      if (px < 0 || px >= img.width) continue;
      // Back to the code's own axes.
      const dx = px + 0.5 - cx;
      const dy = py + 0.5 - cy;
      const u = dx * cos + dy * sin;
      const v = -dx * sin + dy * cos;
      if (Math.abs(u) > o.size / 2 || Math.abs(v) > o.size / 2) continue;
      const off = (py * img.width + px) * 4;
      if (logo && Math.abs(u) < logo && Math.abs(v) < logo) {
        img.data[off] = 220;
        img.data[off + 1] = 40;
        img.data[off + 2] = 40;
        continue;
      }
      const mx = Math.floor(((u + o.size / 2) / o.size) * total) - 4;
      const my = Math.floor(((v + o.size / 2) / o.size) * total) - 4;
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx) === 1;
      const c = dark ? 20 : 245;
      img.data[off] = c;
      img.data[off + 1] = c;
      img.data[off + 2] = c;
    }
  }
  return img;
}

export function toJpeg(img: Rgba, quality: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(jpeg.encode({ data: Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength), width: img.width, height: img.height }, quality).data);
}

export function fromJpeg(bytes: Uint8Array): Rgba {
  const d = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  return { data: new Uint8ClampedArray(d.data.buffer, d.data.byteOffset, d.data.byteLength), width: d.width, height: d.height };
}

export function toPng(img: Rgba): Uint8Array<ArrayBuffer> {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return new Uint8Array(PNG.sync.write(png));
}

/** The benchmark's image: 1000×1000, a 150-px code in the bottom-right corner. */
export function cornerCodeImage(text: string, seed = 1): Rgba {
  return drawQr(photo(1000, 1000, seed, 12), text, { x: 820, y: 820, size: 150 });
}
