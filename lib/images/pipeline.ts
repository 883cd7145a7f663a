/**
 * The image pipeline of the background: load an image the page showed,
 * hash it, decode its pixels once and hand them to every analyser (QR now,
 * OCR later), with results cached by URL and by content hash and at most a
 * few images in work at once. What it finds is returned as hits; turning a
 * hit into a finding is the detection engine's job, in the content script.
 */
import { sha256Hex } from '../evidence/integrity';
import { Lru } from './cache';
import { IMAGE_LIMITS } from './limits';
import { limiter } from './limit';
import { loadImage, type LoadedImage } from './source';
import type { AnalysedImage, Box, ImageAnalyser, Pixels } from './types';

export interface PipelineDeps {
  analysers: readonly ImageAnalyser[];
  load?: (src: string) => Promise<LoadedImage>;
  pixels: (bytes: Uint8Array<ArrayBuffer>, mime: string) => Promise<Pixels>;
  thumbnail?: (bytes: Uint8Array<ArrayBuffer>, mime: string, boxes: Box[]) => Promise<string>;
  concurrency?: number;
  /** Bytes of recent images kept for evidence capture. Default 48 MB. */
  keepBytes?: number;
}

export class ImagePipeline {
  private readonly bySrc = new Lru<string, Promise<AnalysedImage>>(1_000);
  private readonly byHash = new Lru<string, AnalysedImage>(1_000);
  private readonly files: Lru<string, LoadedImage>;
  private readonly run: <T>(task: () => Promise<T>) => Promise<T>;
  private readonly load: (src: string) => Promise<LoadedImage>;

  constructor(private readonly deps: PipelineDeps) {
    this.run = limiter(deps.concurrency ?? IMAGE_LIMITS.concurrency);
    this.load = deps.load ?? ((src) => loadImage(src));
    this.files = new Lru<string, LoadedImage>(200, (f) => f.bytes.byteLength, deps.keepBytes ?? 48 * 1024 * 1024);
  }

  /** Analyse the image at `src` (http(s) or data: URL). Rejects when it cannot be loaded or read. */
  analyse(src: string): Promise<AnalysedImage> {
    // data: URLs are cached by their bytes' hash only: as keys they would hold the image twice.
    const cacheable = !src.startsWith('data:');
    const cached = cacheable ? this.bySrc.get(src) : undefined;
    if (cached) return cached;
    const work = this.run(() => this.analyseNow(src));
    if (cacheable) {
      this.bySrc.set(src, work);
      work.catch(() => this.bySrc.delete(src));
    }
    return work;
  }

  /** The file of an analysed image, while it is still held (for the evidence record). */
  file(sha256: string): LoadedImage | undefined {
    return this.files.get(sha256);
  }

  private async analyseNow(src: string): Promise<AnalysedImage> {
    const img = await this.load(src);
    const sha256 = await sha256Hex(img.bytes);
    this.files.set(sha256, img);
    const known = this.byHash.get(sha256);
    if (known) return known;
    const px = await this.deps.pixels(img.bytes, img.mime);
    const hits = [];
    let complete = true;
    for (const a of this.deps.analysers) {
      try {
        hits.push(...(await a.analyse(px)));
      } catch (err) {
        complete = false; // not cached: the next look at this image tries again
        console.warn(`[opg] ${a.id} analyser failed`, err instanceof Error ? err.message : String(err));
      }
    }
    let thumb: string | undefined;
    if (hits.length && this.deps.thumbnail) {
      try {
        thumb = await this.deps.thumbnail(img.bytes, img.mime, hits.flatMap((h) => (h.box ? [h.box] : [])));
      } catch {
        thumb = undefined; // the card shows the payload without a picture
      }
    }
    const result: AnalysedImage = {
      sha256,
      mime: img.mime,
      width: px.width,
      height: px.height,
      bytes: img.bytes.byteLength,
      hits,
      ...(thumb ? { thumb } : {}),
    };
    if (complete) this.byHash.set(sha256, result);
    return result;
  }
}
