/** The OCR fixture set (test/fixtures/ocr/): images rendered by scripts/make-ocr-fixtures.ts and their labels. */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import { KindSchema } from '../../lib/detect/types';
import { OCR_ASSET_SOURCES, OCR_ASSETS } from '../../lib/ocr/assets';

const NODE_MODULES = resolve(import.meta.dirname, '..', '..', 'node_modules');

export const OCR_FIXTURE_DIR = resolve(import.meta.dirname, '..', 'fixtures', 'ocr');
/** Every fixture is a square of this many pixels, so timings are per 1000×1000 image. */
export const OCR_FIXTURE_SIZE = 1000;

export const OcrFixtureStyleSchema = z.enum(['poster', 'product', 'chat', 'banner']);
export type OcrFixtureStyle = z.infer<typeof OcrFixtureStyleSchema>;

export const OcrFixtureSchema = z.object({
  file: z.string().regex(/^[\w-]+\.(png|jpg)$/),
  label: z.enum(['inducement', 'ordinary']),
  /** The kind the detector must find (inducement only). */
  kind: z.optional(KindSchema),
  script: z.enum(['sc', 'tc', 'en']),
  /** Every line written into the image, top to bottom. */
  lines: z.array(z.string()).min(1),
  /** The line the image is about (the inducement, or the ordinary shop text). */
  subject: z.string(),
  style: OcrFixtureStyleSchema,
  font: z.string(),
  fontPx: z.number(),
  rotation: z.number(),
});
export type OcrFixture = z.infer<typeof OcrFixtureSchema>;

export function loadOcrFixtures(): OcrFixture[] {
  return z.array(OcrFixtureSchema).parse(JSON.parse(readFileSync(join(OCR_FIXTURE_DIR, 'labels.json'), 'utf8')));
}

export function ocrFixtureBytes(f: OcrFixture): Buffer {
  return readFileSync(join(OCR_FIXTURE_DIR, f.file));
}

/**
 * The language files the extension ships, gathered in one folder for
 * tesseract.js in Node (which reads `<langPath>/<lang>.traineddata.gz`).
 */
export function nodeLangDir(): string {
  const dir = join(tmpdir(), `opg-ocr-lang-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  for (const [dest, src] of Object.entries(OCR_ASSET_SOURCES)) {
    if (!dest.startsWith(`${OCR_ASSETS.langPath}/`)) continue;
    const to = join(dir, basename(dest));
    if (!existsSync(to)) copyFileSync(join(NODE_MODULES, src), to);
  }
  return dir;
}
