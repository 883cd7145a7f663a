/**
 * The QR analyser: ZXing-C++ compiled to WebAssembly (zxing-wasm). It finds
 * several codes per image, rotated ones, small ones in large pictures
 * (it tries downscaled copies) and inverted ones. The wasm binary is handed
 * in by the caller (bundled with the extension, read from disk in Node):
 * zxing-wasm's default would fetch it from a CDN, which this extension
 * never does.
 */
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import type { Box, ImageAnalyser, ImageHit, Pixels } from '../types';

const OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'MicroQRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: 8,
};

let ready: Promise<unknown> | null = null;

function prepare(loadWasm: () => Promise<ArrayBuffer>): Promise<unknown> {
  ready ??= loadWasm().then((wasmBinary) =>
    prepareZXingModule({
      // Never the CDN: the binary is given. Emscripten still names the file
      // (and never loads it when wasmBinary is set); a bare name keeps it local.
      overrides: { wasmBinary, locateFile: (path: string) => path },
      fireImmediately: true,
    }),
  );
  ready.catch(() => {
    ready = null; // let a later call try again
  });
  return ready;
}

function boxOf(pos: { topLeft: { x: number; y: number }; topRight: { x: number; y: number }; bottomLeft: { x: number; y: number }; bottomRight: { x: number; y: number } }): Box {
  const xs = [pos.topLeft.x, pos.topRight.x, pos.bottomLeft.x, pos.bottomRight.x];
  const ys = [pos.topLeft.y, pos.topRight.y, pos.bottomLeft.y, pos.bottomRight.y];
  const x = Math.max(0, Math.min(...xs));
  const y = Math.max(0, Math.min(...ys));
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function createQrAnalyser(loadWasm: () => Promise<ArrayBuffer>): ImageAnalyser {
  return {
    id: 'qr',
    async analyse(px: Pixels): Promise<ImageHit[]> {
      await prepare(loadWasm);
      const image = { data: px.data, width: px.width, height: px.height, colorSpace: 'srgb' } as ImageData;
      const results = await readBarcodes(image, OPTIONS);
      const seen = new Set<string>();
      const hits: ImageHit[] = [];
      for (const r of results) {
        if (!r.isValid || !r.text || seen.has(r.text)) continue;
        seen.add(r.text);
        hits.push({ analyser: 'qr', text: r.text, box: boxOf(r.position) });
      }
      return hits;
    },
  };
}
