/** The QR analyser decodes codes made by another library, in the shapes shop images take. */
import { describe, expect, it } from 'vitest';
import { createQrAnalyser } from '../../../lib/images/analysers/qr-zxing';
import { cornerCodeImage, drawQr, fromJpeg, photo, toJpeg } from '../../support/qr-images';
import { zxingWasmFromDisk } from '../../support/zxing-wasm';

const qr = createQrAnalyser(zxingWasmFromDisk);
const texts = async (img: Parameters<typeof qr.analyse>[0]) => (await qr.analyse(img)).map((h) => h.text).sort();

describe('QR analyser (zxing-wasm)', () => {
  it('decodes a plain code and says where it is', async () => {
    const img = drawQr(photo(400, 400), 'wxp://f2f0plainCode123', { x: 100, y: 120, size: 200 });
    const hits = await qr.analyse(img);
    expect(hits.map((h) => h.text)).toEqual(['wxp://f2f0plainCode123']);
    const b = hits[0]!.box!;
    // The box is the symbol without its quiet zone: inside the drawn square.
    expect(b.x).toBeGreaterThanOrEqual(100);
    expect(b.y).toBeGreaterThanOrEqual(120);
    expect(b.x + b.width).toBeLessThanOrEqual(300);
    expect(b.y + b.height).toBeLessThanOrEqual(320);
    expect(b.width).toBeGreaterThan(120);
  });

  it.each([15, 30, 45, 90, 160])('decodes a code rotated by %i°', async (angle) => {
    const img = drawQr(photo(500, 500, angle), 'https://qr.alipay.com/fkx1rotated', { x: 140, y: 140, size: 200, angle });
    expect(await texts(img)).toEqual(['https://qr.alipay.com/fkx1rotated']);
  });

  it('decodes a 150-px code in the corner of a 1000×1000 product image', async () => {
    expect(await texts(cornerCodeImage('wxp://f2f0cornerCode'))).toEqual(['wxp://f2f0cornerCode']);
  });

  it('decodes a small code in a large picture', async () => {
    const img = drawQr(photo(3000, 2000, 7), 'https://u.wechat.com/EAbCdEfGhSmall', { x: 2700, y: 1720, size: 140 });
    expect(await texts(img)).toEqual(['https://u.wechat.com/EAbCdEfGhSmall']);
  });

  it.each([75, 50, 30])('survives JPEG compression at quality %i', async (quality) => {
    const img = fromJpeg(toJpeg(cornerCodeImage('wxp://f2f0jpegCode', quality), quality));
    expect(await texts(img)).toEqual(['wxp://f2f0jpegCode']);
  });

  it('decodes a code with a logo over its middle', async () => {
    const img = drawQr(photo(400, 400, 3), 'https://qm.qq.com/q/aBcDeFgLogo', { x: 80, y: 80, size: 240, errorCorrection: 'H', logo: 0.22 });
    expect(await texts(img)).toEqual(['https://qm.qq.com/q/aBcDeFgLogo']);
  });

  it('finds several codes in one image', async () => {
    let img = photo(900, 500, 4);
    img = drawQr(img, 'wxp://f2f0first', { x: 30, y: 60, size: 220 });
    img = drawQr(img, 'https://qr.alipay.com/fkx2second', { x: 330, y: 60, size: 220, angle: 20 });
    img = drawQr(img, 'https://t.me/shop_third', { x: 650, y: 250, size: 200 });
    expect(await texts(img)).toEqual(['https://qr.alipay.com/fkx2second', 'https://t.me/shop_third', 'wxp://f2f0first']);
  });

  it('finds nothing in a picture without a code', async () => {
    expect(await qr.analyse(photo(800, 600, 9))).toEqual([]);
  });
});
