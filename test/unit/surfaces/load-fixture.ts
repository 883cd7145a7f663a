import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/sites/');

export function fixtureHtml(name: string): string {
  return readFileSync(`${dir}${name}.html`, 'utf8');
}

/**
 * A fixture page in its own happy-dom window at `url`. Scripts do not run (the
 * static page) unless `scripts` is set: our own fixtures' small inline scripts
 * (live rooms, flood) are trusted.
 */
export function loadFixture(name: string, url: string, opts: { scripts?: boolean } = {}): { doc: Document; win: Window } {
  const win = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: !!opts.scripts,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
    },
  });
  win.document.write(fixtureHtml(name));
  return { doc: win.document as unknown as Document, win };
}

export interface Expectation {
  el: Element;
  kind: string;
  role: string | null;
  hidden: boolean;
}

export function expectations(doc: Document): Expectation[] {
  return Array.from(doc.querySelectorAll('[data-expect]')).map((el) => ({
    el,
    kind: el.getAttribute('data-expect')!,
    role: el.getAttribute('data-expect-role'),
    hidden: el.getAttribute('data-expect-hidden') === 'true',
  }));
}

/** Units that cover an element: the unit is it, holds it, or lies inside it. */
export function covering<U extends { el: Element }>(units: readonly U[], el: Element): U[] {
  return units.filter((u) => u.el === el || u.el.contains(el) || el.contains(u.el));
}
