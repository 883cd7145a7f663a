/** The background's image pipeline: loading rules, caches, the concurrency limit, and the committed fixtures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createQrAnalyser } from '../../../lib/images/analysers/qr-zxing';
import { Lru } from '../../../lib/images/cache';
import { limiter } from '../../../lib/images/limit';
import { IMAGE_LIMITS } from '../../../lib/images/limits';
import { ImagePipeline } from '../../../lib/images/pipeline';
import { checkImageSrc, loadImage } from '../../../lib/images/source';
import type { ImageAnalyser, Pixels } from '../../../lib/images/types';
import { detectPayload } from '../../../lib/detect/index';
import { QR_FIXTURES } from '../../../scripts/make-qr-fixtures';
import { drawQr, fromJpeg, photo, toPng } from '../../support/qr-images';
import { PNG } from 'pngjs';
import { zxingWasmFromDisk } from '../../support/zxing-wasm';

const png = toPng(drawQr(photo(300, 300), 'wxp://f2f0pipelineTest', { x: 50, y: 50, size: 200 }));
const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;

/** Node has no createImageBitmap: decode PNG/JPEG with the test libraries. */
async function nodePixels(bytes: Uint8Array, mime: string): Promise<Pixels> {
  if (mime === 'image/jpeg') return fromJpeg(bytes);
  const p = PNG.sync.read(Buffer.from(bytes));
  return { data: new Uint8ClampedArray(p.data.buffer, p.data.byteOffset, p.data.byteLength), width: p.width, height: p.height };
}

function imageResponse(body: Uint8Array<ArrayBuffer>, type = 'image/png', status = 200): Response {
  return new Response(body, { status, headers: { 'content-type': type } });
}

describe('image sources', () => {
  it('accepts http(s) and base64 raster data: URLs only', () => {
    expect(checkImageSrc('https://img.example/a.png')).toEqual({ ok: true, scheme: 'https' });
    expect(checkImageSrc('http://img.example/a.png')).toEqual({ ok: true, scheme: 'http' });
    expect(checkImageSrc(dataUrl)).toEqual({ ok: true, scheme: 'data' });
    for (const bad of ['file:///etc/passwd', 'chrome-extension://abc/x.png', 'blob:https://a/1', 'javascript:alert(1)', 'data:text/html;base64,PGI+', 'data:image/svg+xml;base64,PHN2Zz4=', 'https://user:pw@img.example/a.png', 'not a url'])
      expect(checkImageSrc(bad).ok, bad).toBe(false);
  });

  it('refuses what is not an image: by content type, by its bytes, by size', async () => {
    await expect(loadImage('https://x.example/a', async () => imageResponse(png, 'text/html'))).rejects.toThrow(/not an image/);
    await expect(loadImage('https://x.example/a', async () => imageResponse(new TextEncoder().encode('<html>'), 'image/png'))).rejects.toThrow(/not an image/);
    await expect(loadImage('https://x.example/a', async () => imageResponse(png, 'image/png', 404))).rejects.toThrow(/404/);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"></svg>');
    await expect(loadImage('https://x.example/a.svg', async () => imageResponse(svg, 'image/svg+xml'))).rejects.toThrow(/svg/);
    const big = new Uint8Array(IMAGE_LIMITS.maxBytes + 10);
    big.set(png.subarray(0, 64));
    await expect(loadImage('https://x.example/a', async () => imageResponse(big))).rejects.toThrow(/over/);
  });

  it('refuses an image over 16 megapixels from its header, before decoding', async () => {
    const huge = toPng({ data: new Uint8ClampedArray(5000 * 1 * 4), width: 5000, height: 1 });
    // Patch the IHDR height to 5000: 25 MP declared in a tiny file.
    const patched = huge.slice();
    new DataView(patched.buffer).setUint32(20, 5000);
    await expect(loadImage('https://x.example/a', async () => imageResponse(patched))).rejects.toThrow(/MP/);
  });

  it('fetches without cookies and reads the type from the bytes', async () => {
    let init: RequestInit | undefined;
    const got = await loadImage('https://x.example/a', async (_u, i) => {
      init = i;
      return imageResponse(png, 'image/png; charset=binary');
    });
    expect(init?.credentials).toBe('omit');
    expect(got).toMatchObject({ mime: 'image/png', width: 300, height: 300 });
  });
});

describe('ImagePipeline', () => {
  it('decodes a data: URL and a fetched image, and classifies what it read', async () => {
    const p = new ImagePipeline({ analysers: [createQrAnalyser(zxingWasmFromDisk)], pixels: nodePixels });
    const r = await p.analyse(dataUrl);
    expect(r.hits.map((h) => h.text)).toEqual(['wxp://f2f0pipelineTest']);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(p.file(r.sha256)?.bytes.byteLength).toBe(png.byteLength);
    expect(detectPayload(r.hits[0]!.text, { pageHost: 'item.taobao.com' }).findings[0]?.kind).toBe('payment_qr');
  });

  it('caches by URL and by content hash, and retries after a failure', async () => {
    let loads = 0;
    let analyses = 0;
    let fail = true;
    const counting: ImageAnalyser = {
      id: 'qr',
      async analyse() {
        analyses++;
        if (fail) throw new Error('boom');
        return [{ analyser: 'qr', text: 'x' }];
      },
    };
    const p = new ImagePipeline({
      analysers: [counting],
      pixels: nodePixels,
      load: async (src) => {
        loads++;
        return loadImage(src, async () => imageResponse(png));
      },
    });
    expect((await p.analyse('https://a.example/1.png')).hits).toEqual([]);
    fail = false;
    // The failed analysis was not kept by hash: the same bytes at another URL are read again.
    expect((await p.analyse('https://b.example/2.png')).hits).toHaveLength(1);
    // Same bytes at a third URL: loaded, but not analysed again.
    await p.analyse('https://c.example/3.png');
    // Same URL again: not even loaded.
    await p.analyse('https://b.example/2.png');
    expect({ loads, analyses }).toEqual({ loads: 3, analyses: 2 });
  });

  it('works on at most `concurrency` images at once', async () => {
    let active = 0;
    let peak = 0;
    const slow: ImageAnalyser = {
      id: 'qr',
      async analyse() {
        active++;
        peak = Math.max(peak, active);
        await new Promise((r) => setTimeout(r, 20));
        active--;
        return [];
      },
    };
    const p = new ImagePipeline({ analysers: [slow], pixels: nodePixels, concurrency: 2 });
    const many = Array.from({ length: 6 }, (_, i) => toPng(photo(64, 64, i + 1)));
    await Promise.all(many.map((b) => p.analyse(`data:image/png;base64,${Buffer.from(b).toString('base64')}`)));
    expect(peak).toBe(2);
  });
});

describe('helpers', () => {
  it('limiter runs tasks in order with the given width', async () => {
    const run = limiter(1);
    const order: number[] = [];
    await Promise.all([3, 1, 2].map((n) => run(async () => {
      await new Promise((r) => setTimeout(r, n * 5));
      order.push(n);
    })));
    expect(order).toEqual([3, 1, 2]);
  });

  it('Lru drops the least recently used entry, by count and by size', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    c.get('a');
    c.set('c', 3);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([1, undefined, 3]);
    const s = new Lru<string, Uint8Array>(10, (v) => v.byteLength, 10);
    s.set('x', new Uint8Array(6));
    s.set('y', new Uint8Array(6));
    expect([s.get('x'), s.get('y')?.byteLength]).toEqual([undefined, 6]);
  });
});

describe('QR fixtures', () => {
  it.each(Object.entries(QR_FIXTURES))('%s still decodes to its payload', async (file, payload) => {
    const bytes = new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/qr', file)));
    const px = await nodePixels(bytes, file.endsWith('.jpg') ? 'image/jpeg' : 'image/png');
    const hits = await createQrAnalyser(zxingWasmFromDisk).analyse(px);
    expect(hits.map((h) => h.text)).toEqual([payload]);
  });
});
