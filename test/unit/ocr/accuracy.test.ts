import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '@/lib/ocr/engine';
import { findingsInImage } from '@/lib/ocr/findings';
import { createTesseractEngine } from '@/lib/ocr/tesseract';
import { loadOcrFixtures, nodeLangDir, ocrFixtureBytes, OCR_FIXTURE_SIZE } from '../../support/ocr-fixtures';

/**
 * The chosen engine (Tesseract, the extension's language data) over the
 * whole rendered fixture set, in Node (same WebAssembly core as the
 * extension). `npm run bench -- ocr` measures the same in Chromium, with
 * timings and the other engine.
 */
describe('OCR accuracy on the fixture set', () => {
  const fixtures = loadOcrFixtures();
  let engine: OcrEngine;
  beforeAll(async () => {
    engine = await createTesseractEngine({ langPath: nodeLangDir() });
  }, 60_000);
  afterAll(async () => engine?.terminate());

  it('has at least 40 images, half of them inducement', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
    expect(fixtures.filter((f) => f.label === 'inducement').length).toBeGreaterThanOrEqual(20);
    expect(fixtures.filter((f) => f.label === 'ordinary').length).toBeGreaterThanOrEqual(20);
  });

  it('flags ≥ 90 % of inducement images with the right kind and no ordinary image', async () => {
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    let hits = 0;
    for (const f of fixtures) {
      const r = findingsInImage(await engine.recognize(ocrFixtureBytes(f), { width: OCR_FIXTURE_SIZE, height: OCR_FIXTURE_SIZE }));
      const kinds = r.findings.map((x) => x.kind);
      for (const x of r.findings) {
        expect(x.box.x1).toBeLessThanOrEqual(OCR_FIXTURE_SIZE);
        expect(x.box.y1).toBeLessThanOrEqual(OCR_FIXTURE_SIZE);
      }
      if (f.label === 'inducement') {
        if (kinds.includes(f.kind!)) hits++;
        else missed.push(`${f.file} [${f.kind}] read ${JSON.stringify(r.text)}`);
      } else if (r.flagged) {
        falseAlarms.push(`${f.file} {${kinds.join(',')}} read ${JSON.stringify(r.text)}`);
      }
    }
    const inducement = fixtures.filter((f) => f.label === 'inducement').length;
    expect(falseAlarms).toEqual([]);
    expect(hits / inducement, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  }, 240_000);
});
