// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchImages } from '../../../lib/images/watch';
import { createScanner } from '../../../lib/content/scanner';
import { createGenericAdapter } from '../../../lib/surfaces/generic';
import type { AnalysedImage } from '../../../lib/images/types';

const analysed: AnalysedImage = { sha256: 'a'.repeat(64), mime: 'image/png', width: 200, height: 200, bytes: 10, hits: [] };

/** A canvas the size of a chat picture (happy-dom does no layout: its box is given). */
function picture(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = 200;
  c.height = 200;
  c.getBoundingClientRect = () => ({ x: 0, y: 0, width: 200, height: 200, top: 0, left: 0, right: 200, bottom: 200, toJSON: () => ({}) }) as DOMRect;
  c.toDataURL = () => 'data:image/png;base64,AAAA';
  return c;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('image watch fed by the scanner', () => {
  it('looks at images the scanner saw added, once, when idle — with no observer of its own', async () => {
    document.body.innerHTML = '<div id="log" role="log"><div>你好</div><div>在吗</div></div>';
    const analyse = vi.fn(async () => analysed);
    const images = watchImages({ doc: document, analyse, found: () => false });
    images.start();
    const scanner = createScanner({
      adapter: createGenericAdapter(),
      doc: document,
      process: () => undefined,
      schedule: (cb) => cb(),
      onAdded: (el) => images.added(el),
    });
    scanner.start();
    const row = document.createElement('div');
    row.append(picture());
    document.getElementById('log')!.append(row);
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(1), { timeout: 2_000 });
    await images.idle();
    expect(analyse).toHaveBeenCalledWith('data:image/png;base64,AAAA');
    images.stop();
    scanner.stop();
  });

  it('with a shared schedule, looks at added images at the end of the scanner slice that saw them, with no idle callback of its own', async () => {
    document.body.innerHTML = '<div id="log" role="log"><div>你好</div><div>在吗</div></div>';
    const analyse = vi.fn(async () => analysed);
    let drain: (() => void) | undefined;
    let asked = 0;
    const images = watchImages({
      doc: document,
      analyse,
      found: () => false,
      schedule: (cb) => {
        asked++;
        drain = cb;
      },
    });
    images.start();
    const slices: (() => void)[] = [];
    const scanner = createScanner({
      adapter: createGenericAdapter(),
      doc: document,
      process: () => undefined,
      schedule: (cb) => slices.push(cb),
      onAdded: (el) => images.added(el),
      onSliceEnd: () => {
        const d = drain;
        drain = undefined;
        d?.();
      },
    });
    scanner.start();
    slices.shift()!(); // the first full pass
    const row = document.createElement('div');
    row.append(picture());
    document.getElementById('log')!.append(row);
    expect(drain).toBeUndefined();
    scanner.flush(); // the observer's records, and the slice they asked for
    // looked at inside that slice: no timer or idle callback ran in between
    expect(asked).toBe(1);
    expect(drain).toBeUndefined();
    await images.idle();
    expect(analyse).toHaveBeenCalledWith('data:image/png;base64,AAAA');
    images.stop();
    scanner.stop();
  });

  it('looks through the images already on the page at start; later ones only when handed over', async () => {
    document.body.append(picture());
    const analyse = vi.fn(async () => analysed);
    const images = watchImages({ doc: document, analyse, found: () => false });
    images.start();
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(1), { timeout: 2_000 });
    const later = picture();
    later.toDataURL = () => 'data:image/png;base64,BBBB';
    document.body.append(later);
    await new Promise((r) => setTimeout(r, 300));
    expect(analyse).toHaveBeenCalledTimes(1); // no observer of its own
    images.added(later);
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledWith('data:image/png;base64,BBBB'), { timeout: 2_000 });
    images.stop();
  });
});
