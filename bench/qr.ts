/**
 * QR decoding: zxing-wasm (what the extension ships) against jsQR, in one run
 * on the same images.
 *
 * - `qr.decode`: ms to decode a 1000×1000 product image with a 150-px code
 *   in a corner, p50/p95 over varied images (each decoder's first call, the
 *   wasm start-up, is left out).
 * - `qr.fixtures_decoded`: share of the codes in a fixture set (plain,
 *   rotated, small in large pictures, JPEG at several qualities, with a
 *   logo, several codes per image, and the e2e fixture images) each decoder reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { createQrAnalyser } from '../lib/images/analysers/qr-zxing';
import type { Pixels } from '../lib/images/types';
import { QR_FIXTURES } from '../scripts/make-qr-fixtures';
import { cornerCodeImage, drawQr, fromJpeg, photo, toJpeg } from '../test/support/qr-images';
import { zxingWasmFromDisk } from '../test/support/zxing-wasm';

type Decoder = { name: string; decode(px: Pixels): Promise<string[]> };

const zxing = createQrAnalyser(zxingWasmFromDisk);
const DECODERS: Decoder[] = [
  { name: 'zxing-wasm', decode: async (px) => (await zxing.analyse(px)).map((h) => h.text) },
  {
    name: 'jsqr',
    // jsQR reads one code per image. Its default also tries the inverted image, which doubles
    // its time on photos; no code in this set is inverted, so it is spared that.
    decode: async (px) => {
      const r = jsQR(px.data, px.width, px.height, { inversionAttempts: 'dontInvert' });
      return r?.data ? [r.data] : [];
    },
  },
];

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The fixture set: each image with the payloads in it. */
function fixtureSet(): { label: string; px: Pixels; payloads: string[] }[] {
  const set: { label: string; px: Pixels; payloads: string[] }[] = [];
  const add = (label: string, px: Pixels, payloads: string[]) => set.push({ label, px, payloads });
  for (let i = 0; i < 4; i++) add(`corner-${i}`, cornerCodeImage(`wxp://f2f0bench${i}`, 100 + i), [`wxp://f2f0bench${i}`]);
  for (const angle of [10, 25, 45, 70, 135, 200]) {
    const t = `https://qr.alipay.com/fkxRot${angle}`;
    add(`rotated-${angle}`, drawQr(photo(600, 600, angle), t, { x: 200, y: 200, size: 200, angle }), [t]);
  }
  for (const [w, h, size] of [[2000, 2000, 150], [3000, 2000, 140], [4000, 3000, 160]] as const) {
    const t = `https://u.wechat.com/Small${w}x${h}`;
    add(`small-${w}x${h}`, drawQr(photo(w, h, w), t, { x: w - size - 40, y: h - size - 40, size }), [t]);
  }
  for (const q of [80, 60, 40, 25]) {
    const t = `https://qm.qq.com/q/Jpeg${q}`;
    add(`jpeg-q${q}`, fromJpeg(toJpeg(drawQr(photo(800, 800, q), t, { x: 600, y: 600, size: 150 }), q)), [t]);
  }
  for (const logo of [0.15, 0.22]) {
    const t = `https://t.me/logo_${Math.round(logo * 100)}`;
    add(`logo-${logo}`, drawQr(photo(500, 500, 5), t, { x: 100, y: 100, size: 260, errorCorrection: 'H', logo }), [t]);
  }
  let multi = photo(1000, 600, 8);
  const many = ['wxp://f2f0multiA', 'https://qr.alipay.com/fkxmultiB', 'https://wa.me/14155550123'];
  multi = drawQr(multi, many[0]!, { x: 40, y: 100, size: 260 });
  multi = drawQr(multi, many[1]!, { x: 360, y: 100, size: 260, angle: 15 });
  multi = drawQr(multi, many[2]!, { x: 700, y: 300, size: 220 });
  add('multi-3', multi, many);
  for (const [file, payload] of Object.entries(QR_FIXTURES)) {
    const bytes = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'qr', file));
    const px = file.endsWith('.png') ? (() => {
      const p = PNG.sync.read(bytes);
      return { data: new Uint8ClampedArray(p.data.buffer, p.data.byteOffset, p.data.byteLength), width: p.width, height: p.height };
    })() : fromJpeg(new Uint8Array(bytes));
    add(`fixture-${file}`, px, [payload]);
  }
  return set;
}

export async function run(): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const images = Array.from({ length: 20 }, (_, i) => ({ px: cornerCodeImage(`wxp://f2f0timing${i}`, 500 + i), text: `wxp://f2f0timing${i}` }));
  const timing = new Map<string, { p50: number; p95: number; misses: number }>();
  for (const d of DECODERS) {
    await d.decode(images[0]!.px); // start-up (wasm compile) is not decoding
    const ms: number[] = [];
    let misses = 0;
    for (const { px, text } of images) {
      const t0 = performance.now();
      const got = await d.decode(px);
      ms.push(performance.now() - t0);
      if (!got.includes(text)) misses++;
    }
    ms.sort((a, b) => a - b);
    timing.set(d.name, { p50: pct(ms, 50), p95: pct(ms, 95), misses });
  }
  const base = timing.get('jsqr')!;
  for (const d of DECODERS) {
    const t = timing.get(d.name)!;
    lines.push({
      name: 'qr.decode',
      decoder: d.name,
      value: +t.p50.toFixed(2),
      unit: 'ms',
      p50: +t.p50.toFixed(2),
      p95: +t.p95.toFixed(2),
      n: images.length,
      missed: t.misses,
      image: '1000x1000, 150-px code in a corner',
      ...(d.name === 'jsqr' ? {} : { baseline: 'jsqr', baseline_value: +base.p50.toFixed(2), ratio: +(t.p50 / base.p50).toFixed(3), ratio_p95: +(t.p95 / base.p95).toFixed(3) }),
    });
  }

  const set = fixtureSet();
  const total = set.reduce((n, s) => n + s.payloads.length, 0);
  const shares = new Map<string, { decoded: number; missed: string[] }>();
  for (const d of DECODERS) {
    let decoded = 0;
    const missed: string[] = [];
    for (const s of set) {
      const got = new Set(await d.decode(s.px));
      const n = s.payloads.filter((p) => got.has(p)).length;
      decoded += n;
      if (n < s.payloads.length) missed.push(s.label);
    }
    shares.set(d.name, { decoded, missed });
  }
  const baseShare = shares.get('jsqr')!.decoded / total;
  for (const d of DECODERS) {
    const s = shares.get(d.name)!;
    const share = s.decoded / total;
    lines.push({
      name: 'qr.fixtures_decoded',
      decoder: d.name,
      value: +share.toFixed(3),
      unit: 'share',
      decoded: s.decoded,
      total,
      images: set.length,
      missed: s.missed,
      ...(d.name === 'jsqr' ? {} : { baseline: 'jsqr', baseline_value: +baseShare.toFixed(3), ratio: +(share / Math.max(1e-9, baseShare)).toFixed(3) }),
    });
  }
  return lines;
}
