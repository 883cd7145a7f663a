/**
 * Marks offending characters with the CSS Custom Highlight API: the page's
 * DOM is not rewritten, so frameworks that own the chat list never see us.
 * Browsers without it get boxes drawn over the text from our own layer
 * (OverlayMarks).
 */
import { OverlayMarks } from './overlay-marks';

const NAME = 'opg-finding';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  get(name: string): { add(r: Range): void; clear(): void; size: number } | undefined;
}

function registry(doc: Document): HighlightRegistry | null {
  const css = (doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null)?.CSS;
  const Ctor = (doc.defaultView as (Window & { Highlight?: new () => unknown }) | null)?.Highlight;
  if (!css?.highlights || !Ctor) return null;
  if (!css.highlights.get(NAME)) {
    css.highlights.set(NAME, new Ctor());
    // adoptedStyleSheets adds a rule without adding a node to the page.
    try {
      const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(`::highlight(${NAME}) { background-color: rgba(250, 204, 21, 0.55); color: inherit; text-decoration: underline wavy #b91c1c; }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // a page that froze adoptedStyleSheets: the highlight exists, unstyled
    }
  }
  return css.highlights;
}

export const MAX_HIGHLIGHTS = 2_000;

const overlays = new WeakMap<Document, OverlayMarks>();

export function highlightRange(doc: Document, range: Range): boolean {
  const reg = registry(doc);
  const h = reg?.get(NAME);
  if (!h) {
    let marks = overlays.get(doc);
    if (!marks) overlays.set(doc, (marks = new OverlayMarks(doc)));
    return marks.add(range);
  }
  if (h.size >= MAX_HIGHLIGHTS) return false;
  h.add(range);
  return true;
}
