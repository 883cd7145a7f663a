/**
 * The background's image pipeline: decodes in the service worker (a worker
 * thread, never the page's main thread) on Chromium and in the background
 * page on Firefox. The zxing wasm is bundled with the extension and read
 * from the extension's own files.
 */
import { browser } from 'wxt/browser';
import { sha256Hex } from '../evidence/integrity';
import { createQrAnalyser } from '../images/analysers/qr-zxing';
import { ImagePipeline } from '../images/pipeline';
import { browserPixels, browserThumbnail } from '../images/pixels';
import type { LoadedImage } from '../images/source';
import { loadImage } from '../images/source';

async function bundledWasm(): Promise<ArrayBuffer> {
  // Copied into the extension by wxt.config.ts (build:publicAssets).
  const res = await fetch(browser.runtime.getURL('/zxing_reader.wasm' as '/'));
  if (!res.ok) throw new Error(`cannot read the bundled QR decoder (${res.status})`);
  return res.arrayBuffer();
}

let pipeline: ImagePipeline | null = null;

export function imagePipeline(): ImagePipeline {
  pipeline ??= new ImagePipeline({
    analysers: [createQrAnalyser(bundledWasm)],
    pixels: browserPixels,
    thumbnail: browserThumbnail,
  });
  return pipeline;
}

/**
 * The image file for an evidence record: the bytes that were analysed when
 * still held, else loaded again from the page's URL (kept only when it is
 * the same file).
 */
export async function imageFileFor(image: { src: string; sha256: string }): Promise<LoadedImage | undefined> {
  const held = imagePipeline().file(image.sha256);
  if (held) return held;
  if (!/^https?:/i.test(image.src)) return undefined;
  try {
    const again = await loadImage(image.src);
    return (await sha256Hex(again.bytes)) === image.sha256 ? again : undefined;
  } catch {
    return undefined;
  }
}
