import type { Finding } from '../detect/types';
import { buildTextMap, rangeFor } from '../surfaces/text-map';
import { highlightRange } from './highlight';

/** Highlight the finding's exact characters inside the unit's element. */
export function highlightFinding(el: Element, f: Finding): void {
  try {
    const map = buildTextMap(el);
    // The unit text and the element text agree unless the page changed in between.
    if (map.text.slice(f.start, f.end) !== f.text) return;
    const range = rangeFor(map, f.start, f.end, el.ownerDocument);
    if (range) highlightRange(el.ownerDocument, range);
  } catch {
    // A node vanished under us: the card still quotes the text.
  }
}
