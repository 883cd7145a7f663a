/**
 * Marks offending characters with the CSS Custom Highlight API: the page's
 * DOM is not rewritten, so frameworks that own the chat list never see us.
 * Browsers without it get boxes drawn over the text from our own layer
 * (OverlayMarks).
 */
import { OverlayMarks, rangeLeftPage } from './overlay-marks';

const NAME = 'opg-finding';

/** What we use of a Highlight: a set of ranges. */
export interface RangeSet extends Iterable<AbstractRange> {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  size: number;
}

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  get(name: string): RangeSet | undefined;
}

function registry(doc: Document): HighlightRegistry | null {
  const css = (doc.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry } }) | null)?.CSS;
  const Ctor = (doc.defaultView as (Window & { Highlight?: new () => unknown }) | null)?.Highlight;
  if (!css?.highlights || !Ctor) return null;
  if (!css.highlights.get(NAME)) {
    css.highlights.set(NAME, new Ctor());
    // adoptedStyleSheets adds a rule without adding a node to the page. A background and no text-decoration:
    // Chromium rebuilds every highlight's markers after each change to the page, and a highlight that draws
    // outside its glyphs (a decoration, a shadow) also makes it recompute the ink overflow of every marked text.
    // On the live bench (3 alternated 30-s runs each) the wavy underline cost the page 0.9-1.3 ms of tasks and
    // 0.03-0.06 ms of script a message; highlights still cost about 1 ms of tasks a message there (60-s runs).
    try {
      const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync(`::highlight(${NAME}) { background-color: rgba(250, 204, 21, 0.6); color: inherit; }`);
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
  if (sweepDue(h)) dropDeadRanges(h);
  if (h.size >= MAX_HIGHLIGHTS) return false;
  h.add(range);
  return true;
}

/**
 * A range whose text left the page has collapsed where the text was, so it paints nothing; but Chromium
 * walks every range of a highlight again after each change to the page, in the page's own layout. A chat
 * that drops its oldest messages kept every finding it ever had, and a flood page filled the set to its cap.
 * Swept as ranges are added (sweepDue), so the set holds what can still be seen.
 */
/** Below this many ranges a sweep is cheap enough to run on every add. */
const SWEEP_ALWAYS_BELOW = 256;
const addsSinceSweep = new WeakMap<RangeSet, number>();

/**
 * Whether to sweep before this add: always in a small set; in a big one (a flood page at the cap) once its adds reach
 * a quarter of its size, so each add costs a few range checks, not thousands.
 */
export function sweepDue(h: RangeSet): boolean {
  if (h.size < SWEEP_ALWAYS_BELOW) return true;
  const adds = (addsSinceSweep.get(h) ?? 0) + 1;
  const due = adds * 4 >= h.size;
  addsSinceSweep.set(h, due ? 0 : adds);
  return due;
}

export function dropDeadRanges(h: RangeSet): void {
  let dead: AbstractRange[] | undefined;
  for (const r of h) if (rangeLeftPage(r)) (dead ??= []).push(r);
  if (dead) for (const r of dead) h.delete(r);
}
