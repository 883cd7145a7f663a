/**
 * Small DOM helpers shared by the adapters, the text map and the scanner.
 *
 * Everything works on nodes of any window (top page, same-origin frames, the
 * test's happy-dom window), so nothing here uses `instanceof Element` or the
 * global `getComputedStyle`: node types are compared by number and styles
 * come from the node's own `defaultView`.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_FRAGMENT_NODE = 11;

/** Attribute that marks the extension's own in-page UI: never scanned, its mutations ignored. */
export const OWN_UI_ATTR = 'data-opg-ui';

/** Elements whose content is never page text. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS',
  'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * Block-level tags: a text node belongs to its nearest block ancestor, and the
 * text map puts a line break at their edges. Tag based (no computed style) so
 * it costs nothing and gives the same answer in a test and in a browser.
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD',
  'TR', 'UL', 'LEGEND', 'MENU',
]);

/** Cells separate words but do not end a block of their own. */
const CELL_TAGS = new Set(['TD', 'TH']);

/**
 * The monotonic clock, with `performance` looked up once: reading it off the global on every call is a lookup on
 * the window (about 0.6 µs a call in a content script against 0.13 µs for the kept object, measured in Chromium),
 * and the scanner asks the time for every step of a slice.
 */
const perf: Performance | undefined = globalThis.performance;
export const monotonicNow: () => number = perf && typeof perf.now === 'function' ? () => perf.now() : () => Date.now();

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function isText(n: Node | null | undefined): n is Text {
  return !!n && n.nodeType === TEXT_NODE;
}

export function isShadowRoot(n: Node | null | undefined): n is ShadowRoot {
  return !!n && n.nodeType === DOCUMENT_FRAGMENT_NODE && !!(n as ShadowRoot).host;
}

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Custom elements (a dash in the name) are treated as blocks: components usually render one. */
export function isBlock(el: Element): boolean {
  const tag = tagOf(el);
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

export function isCell(el: Element): boolean {
  return CELL_TAGS.has(tagOf(el));
}

/** This element's subtree is never page text (scripts, form fields, editors, our own UI). */
export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute(OWN_UI_ATTR)) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return false;
}

/** The element itself or an ancestor (within its tree, then across shadow hosts) is skipped. */
export function inSkipped(node: Node): boolean {
  return closestAcrossShadows(node, SKIPPED_SELECTOR);
}

/** Inside the extension's own UI (`data-opg-ui`), crossing shadow roots. */
export function inOwnUi(node: Node): boolean {
  return closestAcrossShadows(node, `[${OWN_UI_ATTR}]`);
}

/** `isSkipped` as a selector, so ancestor checks run natively (they run for every mutation). */
const SKIPPED_SELECTOR = [...SKIP_TAGS].map((t) => t.toLowerCase())
  .concat(`[${OWN_UI_ATTR}]`, '[contenteditable]:not([contenteditable="false"])')
  .join(',');

function closestAcrossShadows(node: Node, selector: string): boolean {
  let el: Element | null = isElement(node) ? node : parentElementOf(node);
  while (el) {
    if (el.closest(selector)) return true;
    const root = el.getRootNode();
    el = isShadowRoot(root) ? root.host : null;
  }
  return false;
}

/** Parent element, stepping from a shadow root to its host. */
export function parentElementOf(node: Node): Element | null {
  const p = node.parentNode;
  if (!p) return null;
  if (isElement(p)) return p;
  if (isShadowRoot(p)) return p.host;
  return null;
}

/** The general test, for scripts `isMeaningful` does not decide by code unit. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/**
 * Letters or digits in any script: the text says something. Latin, CJK and
 * the punctuation around them are decided by code unit; only other scripts
 * reach the Unicode-property regex, whose first use compiles tables for tens
 * of milliseconds (a long task in the first scan slice of every page).
 */
export function isMeaningful(s: string | null | undefined): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
      continue;
    }
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0xac00 && c <= 0xd7a3)) return true;
    // spaces, general punctuation, CJK punctuation, arrows/symbols: not letters or digits
    if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) || (c >= 0x2190 && c <= 0x21ff)) continue;
    return MEANINGFUL.test(s.slice(i));
  }
  return false;
}

/** Collapsed, trimmed text of an element (for names, titles, short labels). */
export function squashText(el: Element | null | undefined): string {
  if (!el) return '';
  return squash(el.textContent);
}

/** `squashText` of text already read. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The element directly holds meaningful text: a text child, or text inside
 * inline children (not through a nested block). Such an element is the
 * "nearest block" of that text.
 */
export function ownsText(el: Element, budget = { n: 400 }): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (--budget.n < 0) return false;
    if (isText(c)) {
      if (isMeaningful(c.data)) return true;
    } else if (isElement(c)) {
      if (isSkipped(c) || isBlock(c)) continue;
      if (ownsText(c, budget)) return true;
    }
  }
  return false;
}

/** Nearest block ancestor-or-self of a node, not going above `stop` (a root that is no element). */
export function nearestBlock(node: Node): Element | null {
  let el: Element | null = isElement(node) ? node : node.parentElement;
  let last: Element | null = el;
  while (el) {
    if (isBlock(el)) return el;
    last = el;
    el = el.parentElement;
  }
  // Inside a shadow root or a detached fragment without a block: the topmost element there.
  return last;
}

/**
 * Run `cb` when the page's main thread is idle, or after `timeoutMs` at the
 * latest; where requestIdleCallback is missing, after `fallbackMs`.
 */
export function whenIdle(win: Window | null | undefined, cb: () => void, timeoutMs: number, fallbackMs: number): void {
  if (win && typeof win.requestIdleCallback === 'function') win.requestIdleCallback(() => cb(), { timeout: timeoutMs });
  else (win ?? globalThis).setTimeout(cb, fallbackMs);
}

export function viewOf(node: Node): (Window & typeof globalThis) | null {
  const doc = node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
  return (doc?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  const view = viewOf(el);
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  try {
    return view.getComputedStyle(el);
  } catch {
    return null;
  }
}

function px(v: string | null | undefined): number {
  const n = parseFloat(v ?? '');
  return Number.isFinite(n) ? n : NaN;
}

/** Real layout exists (a browser, not a headless DOM that reports every box as 0×0). */
export function hasLayout(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  const r = root.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

const FAR = -999;

/** CSS tricks that hide an element's own box, checked on the element and each ancestor. */
function hidesSubtree(el: Element, cs: CSSStyleDeclaration): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (cs.display === 'none') return true;
  if (cs.opacity !== '' && px(cs.opacity) === 0) return true;
  // Some engines (and headless DOMs) do not compute `clip`: read the declared value too.
  const clip = cs.clip || (el as HTMLElement).style?.clip || /(?:^|;)\s*clip\s*:\s*([^;]+)/.exec(el.getAttribute('style') ?? '')?.[1] || '';
  if (/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip)) return true;
  const clipPath = cs.clipPath || cs.getPropertyValue('clip-path') || '';
  if (/inset\(\s*(50%|100%)/.test(clipPath) || /circle\(\s*0/.test(clipPath)) return true;
  const pos = cs.position;
  if ((pos === 'absolute' || pos === 'fixed') && (px(cs.left) <= FAR || px(cs.top) <= FAR)) return true;
  const overflow = cs.overflow || cs.overflowX || '';
  if (overflow === 'hidden' && (px(cs.width) === 0 || px(cs.height) === 0)) return true;
  if (/scale\(\s*0(\.0+)?\s*[,)]/.test(cs.transform || '')) return true;
  return false;
}

/**
 * Hidden by display:none / visibility:hidden / opacity 0 / off-screen positioning /
 * text-indent / zero size / clipping / font-size 0 / transparent text, on the
 * element or any ancestor (across shadow hosts). `cache` memoises ancestors
 * within one pass.
 */
export function isHidden(el: Element, cache?: Map<Element, boolean>): boolean {
  const cs = styleOf(el);
  if (cs) {
    // Inherited properties: the element's own computed value already says it.
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
    if (cs.fontSize !== '' && px(cs.fontSize) === 0) return true;
    const color = (cs.color || '').replace(/\s+/g, '');
    if (color === 'transparent' || /rgba\(\d+,\d+,\d+,0(\.0+)?\)/.test(color)) return true;
    if (px(cs.textIndent) <= FAR) return true;
  }
  const doc = el.ownerDocument;
  if (doc && hasLayout(doc)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return true;
    const view = doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    if (r.right + sx <= 0 || r.bottom + sy <= 0) return true;
  }
  let cur: Element | null = el;
  const seen: Element[] = [];
  let result = false;
  while (cur) {
    const known = cache?.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(cur);
    const s = cur === el ? cs : styleOf(cur);
    if (s ? hidesSubtree(cur, s) : cur.hasAttribute('hidden')) {
      result = true;
      break;
    }
    cur = parentElementOf(cur);
  }
  if (cache) {
    // Every element walked shares the answer of the first hiding ancestor (or none).
    for (const e of seen) cache.set(e, result);
  }
  return result;
}

let turnCache: Map<Element, boolean> | null = null;

/**
 * A hidden-state cache that lives until the current task yields (dropped in a
 * microtask). Styles cannot change while our synchronous slice runs, so units
 * made one by one in a slice share their ancestors' answers.
 */
export function hiddenCacheForThisTurn(): Map<Element, boolean> {
  if (!turnCache) {
    turnCache = new Map();
    queueMicrotask(() => {
      turnCache = null;
    });
  }
  return turnCache;
}

/** overflow-y auto/scroll: a scrolling list, the usual shape of a chat pane. */
export function isScrollContainer(el: Element): boolean {
  const cs = styleOf(el);
  if (!cs) return false;
  const o = cs.overflowY || cs.overflow || '';
  return o === 'auto' || o === 'scroll' || o === 'overlay';
}

/** Document order of two nodes (for sorting units). */
export function compareOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}
