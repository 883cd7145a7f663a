import type { AuthorRole, PageMeta, ScanUnit, SurfaceAdapter } from './types';
import {
  inSkipped,
  isBlock,
  isElement,
  isHidden,
  hiddenCacheForThisTurn,
  isMeaningful,
  isScrollContainer,
  isSkipped,
  isText,
  monotonicNow,
  ownsText,
  squash,
  squashText,
  tagOf,
} from './dom';
import { textOf } from './text-map';
import { findName, isTimeLike, nameFromStructure, roleFromAttributes, roleFromWords } from './roles';

/**
 * The generic adapter: works on pages never seen before.
 *
 * Units are (1) the items of chat-like lists, recognised by structure (ARIA
 * log/feed/live regions, repeated sibling items of one shape, scrolling
 * panes), and (2) elsewhere the nearest block of each meaningful text, never
 * both a block and a block inside it.
 */

/** A block with text of its own and nested blocks is one unit only up to this size. */
const MAX_MIXED_BLOCK = 3000;
/** Repeated items longer than this are page sections, not messages. */
const MAX_ITEM_TEXT = 2000;
const MAX_AVG_ITEM_TEXT = 500;
const SAMPLE = 20;

/** What a site adapter already took: the generic pass neither repeats nor swallows it. */
export interface Taken {
  /** `el` is (or is inside) a unit the site adapter made. */
  isTaken(el: Element): boolean;
  /** `el` contains such a unit (so it cannot become a unit itself). */
  holds(el: Element): boolean;
}

export const NOTHING_TAKEN: Taken = { isTaken: () => false, holds: () => false };

export function takenBySet(units: readonly Element[]): Taken {
  const set = new Set(units);
  const ancestors = new Set<Element>();
  for (const el of units) {
    for (let p = el.parentElement; p && !ancestors.has(p); p = p.parentElement) ancestors.add(p);
  }
  return { isTaken: (el) => set.has(el), holds: (el) => ancestors.has(el) };
}

// ---------------------------------------------------------------- chats

const NOT_CHAT_TAGS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'SELECT', 'DL', 'NAV', 'HEADER', 'FOOTER', 'MENU', 'HTML', 'HEAD', 'BODY', 'MAIN', 'FORM']);

function shapeOf(el: Element): string {
  const tags = new Set<string>();
  let i = 0;
  for (let c = el.firstElementChild; c && i < 8; c = c.nextElementSibling, i++) tags.add(c.tagName);
  return `${el.tagName}|${[...tags].sort().join(',')}`;
}

function sampleChildren(el: Element): Element[] {
  const kids = Array.from(el.children);
  if (kids.length <= SAMPLE * 2) return kids;
  return kids.slice(0, SAMPLE).concat(kids.slice(-SAMPLE));
}

/** All of the item's text sits inside links: a menu or a product grid, not a conversation. */
function linkOnly(item: Element): boolean {
  const text = squashText(item);
  if (!text) return true;
  let inLinks = 0;
  const links = item.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) inLinks += squashText(links[i]!).length;
  if (tagOf(item) === 'A') return true;
  return inLinks >= text.replace(/\s/g, '').length;
}

function ariaChat(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role === 'log' || role === 'feed') return true;
  const live = el.getAttribute('aria-live');
  return live === 'polite' || live === 'assertive';
}

/** Children of `w` look like list items: all of one shape (one exception allowed from four on). */
function looksLikeList(w: Element): boolean {
  const kids = sampleChildren(w);
  if (kids.length < 2) return false;
  const counts = new Map<string, number>();
  let top = 0;
  for (const c of kids) {
    if (!isBlock(c)) return false; // a line of spans is one message's parts
    const n = (counts.get(shapeOf(c)) ?? 0) + 1;
    counts.set(shapeOf(c), n);
    if (n > top) top = n;
  }
  return top === kids.length || (kids.length >= 4 && top >= kids.length - 1);
}

/**
 * Single-child wrappers between a chat container and its items (a scroller's
 * inner box). A lone child that is itself one message (its children differ in
 * shape: a name, a bubble) is not descended into.
 */
export function itemParent(container: Element): Element {
  let c = container;
  for (let k = 0; k < 4; k++) {
    const only = c.firstElementChild;
    if (!only || only !== c.lastElementChild || ownsText(c) || !looksLikeList(only)) break;
    c = only;
  }
  return c;
}

export type ChatSignal = 'aria' | 'repeat' | 'scroll';

/** How long a "not a chat" answer is trusted while the element's children stay the same. */
const NO_TTL = 3_000;
const clock = monotonicNow;

export class ChatFinder {
  /** Containers seen growing (an element appended as last child of a scrolling pane). */
  private readonly grown = new WeakSet<Element>();
  private readonly known = new WeakSet<Element>();
  /**
   * Negative answers with the child count they were judged at. Every new
   * message asks about all of its ancestors (the page body included, whose
   * judgement reads the whole page's text), so a "no" holds until the element
   * gains or loses children, or for NO_TTL ms.
   */
  private notChat = new WeakMap<Element, { children: number; at: number }>();

  private rememberNo(el: Element): null {
    this.notChat.set(el, { children: el.childElementCount, at: clock() });
    return null;
  }

  private knownNo(el: Element): boolean {
    const no = this.notChat.get(el);
    return !!no && no.children === el.childElementCount && clock() - no.at < NO_TTL;
  }

  noteAppended(el: Element): void {
    const p = el.parentElement;
    // A container already known as a chat is not asked again: the style read would come on every message.
    if (p && p.lastElementChild === el && p.childElementCount >= 2 && !this.isKnownChat(p) && isScrollContainer(p)) {
      this.grown.add(p);
    }
  }

  /** Already known as a chat container (no judging). */
  isKnownChat(el: Element): boolean {
    return this.known.has(el) || this.grown.has(el) || ariaChat(el);
  }

  /** Why `el` is a chat container, or null. Positive answers are remembered. */
  signal(el: Element): ChatSignal | null {
    if (ariaChat(el)) return 'aria';
    if (NOT_CHAT_TAGS.has(tagOf(el)) || isSkipped(el)) return null;
    if (this.grown.has(el)) return 'scroll';
    if (this.known.has(el)) return 'repeat';
    if (this.knownNo(el)) return null;
    const answer = this.judge(el);
    return answer ?? this.rememberNo(el);
  }

  private judge(el: Element): ChatSignal | null {
    const parent = itemParent(el);
    if (parent !== el) return null; // judged at the level the items live on
    if (el.childElementCount < 2) return null;
    const sample = sampleChildren(el);
    const counts = new Map<string, Element[]>();
    for (const c of sample) {
      if (!isBlock(c)) continue; // messages are boxes; a row of spans is a line of text
      const s = shapeOf(c);
      const list = counts.get(s);
      if (list) list.push(c);
      else counts.set(s, [c]);
    }
    let dominant: Element[] = [];
    for (const list of counts.values()) if (list.length > dominant.length) dominant = list;
    if (dominant.length < 2 || dominant.length * 2 < sample.length) return null;
    let textItems = 0;
    let total = 0;
    let links = 0;
    let longest = 0;
    for (const item of dominant) {
      if ((item.textContent?.length ?? 0) > MAX_ITEM_TEXT * 4) return null; // a page section, not a message
      const len = squashText(item).length;
      if (len > MAX_ITEM_TEXT) return null;
      if (len > longest) longest = len;
      if (len > 0 && isMeaningful(item.textContent)) textItems++;
      total += len;
      if (linkOnly(item)) links++;
    }
    if (textItems < 2 || links * 2 > dominant.length) return null;
    const avg = total / dominant.length;
    if (avg > MAX_AVG_ITEM_TEXT) return null;
    // Option lists (S / M / L, 白色 / 黑色) are short and uniform; messages are not.
    const messageLike = avg >= 6 && longest >= 8;
    if (messageLike && dominant.length >= 3 && textItems >= 3 && !this.insideNav(el)) {
      this.known.add(el);
      return 'repeat';
    }
    if (isScrollContainer(el)) {
      this.known.add(el);
      return 'scroll';
    }
    return null;
  }

  private insideNav(el: Element): boolean {
    return !!el.closest('nav,header,footer,menu,[role="navigation"],[role="menu"],[role="menubar"],[role="tablist"],table,select');
  }

  /**
   * The chat items of a container: its (or its single wrapper's) children that hold text.
   * In a list found by structure alone, a one-off child (a heading above the list) is no item.
   */
  items(container: Element): Element[] {
    const parent = itemParent(container);
    const isItem = this.itemTest(container, parent);
    const out: Element[] = [];
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (isItem(c)) out.push(c);
    return out;
  }

  /** Item shapes of a container's sample, reused for NO_TTL: a chat asks once per new message. */
  private shapeCache = new WeakMap<Element, { shapes: Map<string, number>; at: number }>();

  private shapesOf(parent: Element): Map<string, number> {
    const hit = this.shapeCache.get(parent);
    if (hit && clock() - hit.at < NO_TTL) return hit.shapes;
    const shapes = new Map<string, number>();
    for (const c of sampleChildren(parent)) {
      const s = shapeOf(c);
      shapes.set(s, (shapes.get(s) ?? 0) + 1);
    }
    this.shapeCache.set(parent, { shapes, at: clock() });
    return shapes;
  }

  private itemTest(container: Element, parent: Element): (c: Element) => boolean {
    const shapes = ariaChat(container) ? null : this.shapesOf(parent);
    return (c) => {
      if (isSkipped(c)) return false;
      // The shape is read last: most items are blocks after the first (a long list asked item by item).
      if (shapes && (c === parent.firstElementChild || !isBlock(c)) && (shapes.get(shapeOf(c)) ?? 0) < 2) return false;
      return isMeaningful(c.textContent);
    };
  }

  /**
   * Lists whose children were found to be items of a chat, with that chat (the outermost around them) and when:
   * a live chat appends a message to the same list many times a second, and each asked every ancestor again.
   * Trusted like a "not a chat" answer, for NO_TTL.
   */
  private itemLists = new WeakMap<Element, { container: Element; at: number }>();

  rememberItemList(list: Element, container: Element): void {
    this.itemLists.set(list, { container, at: clock() });
  }

  /** The chat whose item `el` is, when `el` was added to a list remembered above and reads as an item. */
  knownItemOf(el: Element): Element | null {
    const list = el.parentElement;
    const known = list && this.itemLists.get(list);
    if (!known || clock() - known.at >= NO_TTL) return null;
    return this.itemTest(known.container, list)(el) ? known.container : null;
  }

  /** The outermost chat container on the way up from `el` (inclusive) and the item holding `el`. */
  itemOf(el: Element): { container: Element; item: Element } | null {
    let best: { container: Element; item: Element } | null = null;
    let child: Element | null = null;
    for (let a: Element | null = el; a; child = a, a = a.parentElement) {
      if (!child) continue; // `el` itself cannot be the container of itself
      if (!this.signal(a)) continue;
      const parent = itemParent(a);
      // The item is the ancestor of `el` (or `el`) whose parent is the item parent.
      let item: Element | null = el;
      while (item && item.parentElement !== parent) item = item.parentElement;
      if (item && item !== parent && this.itemTest(a, parent)(item)) best = { container: a, item };
    }
    return best;
  }
}

// ---------------------------------------------------------------- units

export interface UnitInit {
  chat?: Element;
  author?: string;
  role?: AuthorRole;
  hiddenCache?: Map<Element, boolean>;
}

/**
 * A scan unit whose hidden-ness is worked out when first asked. Hidden-ness needs computed style and layout
 * (a forced reflow in a page that just appended a message); only units with findings ever ask, so ask late.
 * A class rather than an object literal with a getter: a live chat makes one for every message, and the
 * literal built two closures and an accessor each time (makeUnit took 5.4 µs against 1.3 µs for the text it
 * reads, in a Chromium content script).
 */
class PageUnit implements ScanUnit {
  author?: string;
  chat?: Element;
  readonly #cache: Map<Element, boolean> | undefined;
  #hidden: boolean | undefined;

  constructor(
    public el: Element,
    public text: string,
    public role: AuthorRole,
    cache: Map<Element, boolean> | undefined,
  ) {
    this.#cache = cache;
  }

  get hidden(): boolean {
    this.#hidden ??= isHidden(this.el, this.#cache ?? hiddenCacheForThisTurn());
    return this.#hidden;
  }
}

/** A unit for `el`, or null when it holds no meaningful text. */
export function makeUnit(el: Element, init: UnitInit = {}): ScanUnit | null {
  const text = textOf(el);
  if (!isMeaningful(text)) return null;
  const unit = new PageUnit(el, text, init.role ?? 'unknown', init.hiddenCache);
  if (init.author) unit.author = init.author;
  if (init.chat) unit.chat = init.chat;
  return unit;
}

/** Author and role of a chat item found by structure. */
export function guessAuthor(item: Element, textEl?: Element): { author?: string; role: AuthorRole } {
  const author = nameFromStructure(item, textEl);
  let role = roleFromAttributes(item);
  if (role === 'unknown' && author) role = roleFromWords(author);
  return author ? { author, role } : { role };
}

/**
 * The element holding a chat item's message text without its author name
 * (and time stamp), when the structure says so unambiguously: so the text of
 * consecutive messages reads as a conversation ("你加我" / "V" / "qz_5577"),
 * not interleaved with names. Else the item itself.
 */
export function messageBody(item: Element, nameEl: Element, name = squashText(nameEl)): Element {
  let cur = item;
  for (let depth = 0; depth < 6; depth++) {
    let direct = false;
    for (let n = cur.firstChild; n && !direct; n = n.nextSibling) direct = isText(n) && isMeaningful(n.data);
    if (direct) break;
    const textual: Element[] = [];
    let holder: Element | null = null;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling) {
      if (c === nameEl || isSkipped(c)) continue;
      const content = c.textContent;
      if (!isMeaningful(content)) continue;
      const text = squash(content);
      if (c.contains(nameEl)) {
        // A header holding only the name (and a time) is no part of the message.
        const rest = text.replace(name, '').trim();
        if (rest && !isTimeLike(rest) && isMeaningful(rest)) holder = c;
      } else if (!isTimeLike(text)) textual.push(c);
    }
    if (holder && textual.length === 0) cur = holder;
    else if (!holder && textual.length === 1) cur = textual[0]!;
    else break;
  }
  return cur.contains(nameEl) ? item : cur;
}

function chatUnit(item: Element, container: Element, cache?: Map<Element, boolean>): ScanUnit | null {
  const found = findName(item);
  const author = found?.name;
  let role = roleFromAttributes(item);
  if (role === 'unknown' && author) role = roleFromWords(author);
  const body = found ? messageBody(item, found.el, found.text) : item;
  return makeUnit(body, { chat: container, author, role, hiddenCache: cache });
}

/** The (first) element to start from for a root of any kind. */
function rootElements(root: ParentNode): Element[] {
  if (isElement(root as Node)) return [root as Element];
  const out: Element[] = [];
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** Does `el` hold a block that holds text of its own (a nested unit)? Bounded walk. */
function hasNestedTextBlock(el: Element): boolean {
  const stack: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  let budget = 2000;
  while (stack.length && budget-- > 0) {
    const c = stack.pop()!;
    if (isSkipped(c)) continue;
    if (isBlock(c) && ownsText(c)) return true;
    for (let d = c.firstElementChild; d; d = d.nextElementSibling) stack.push(d);
  }
  return budget <= 0;
}

/** Does `el` contain a chat container? Bounded walk (only asked of small blocks). */
function containsChat(el: Element, chats: ChatFinder): boolean {
  const stack: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  let budget = 500;
  while (stack.length) {
    if (budget-- <= 0) return true;
    const c = stack.pop()!;
    if (isSkipped(c)) continue;
    if (chats.signal(c)) return true;
    for (let d = c.firstElementChild; d; d = d.nextElementSibling) stack.push(d);
  }
  return false;
}

/**
 * A block that owns text is one unit with everything inside it, unless it is
 * large and nested, or holds another unit (a site's unit, a chat).
 */
function absorbs(el: Element, taken: Taken, chats: ChatFinder | null): boolean {
  if (taken.holds(el)) return false;
  const len = el.textContent?.length ?? 0;
  if (len > MAX_MIXED_BLOCK && hasNestedTextBlock(el)) return false;
  if (chats && containsChat(el, chats)) return false;
  return true;
}

function combine(a: Taken, b: Taken): Taken {
  return { isTaken: (el) => a.isTaken(el) || b.isTaken(el), holds: (el) => a.holds(el) || b.holds(el) };
}

export interface CollectOptions {
  taken?: Taken;
  hiddenCache?: Map<Element, boolean>;
  chats?: ChatFinder;
}

/** Chat items (with `chat`) and text blocks under `root`, skipping what `taken` says. */
export function collectGeneric(root: ParentNode, opts: CollectOptions = {}): ScanUnit[] {
  const siteTaken = opts.taken ?? NOTHING_TAKEN;
  const cache = opts.hiddenCache ?? new Map<Element, boolean>();
  const chats = opts.chats ?? new ChatFinder();
  const units: ScanUnit[] = [];
  const starts = rootElements(root).filter((el) => !inSkipped(el));

  // Pass 1: chats, outermost first. Their items are taken before any block can swallow them.
  const items: Element[] = [];
  const findChats = (el: Element): void => {
    if (isSkipped(el) || siteTaken.isTaken(el)) return;
    if (!siteTaken.holds(el) && chats.signal(el)) {
      let any = false;
      for (const item of chats.items(el)) {
        if (siteTaken.isTaken(item) || siteTaken.holds(item)) continue;
        const u = chatUnit(item, el, cache);
        if (u) {
          units.push(u);
          items.push(item);
          any = true;
        }
      }
      if (any) return;
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) findChats(c);
  };
  for (const el of starts) findChats(el);

  // Pass 2: blocks everywhere else.
  const taken = items.length ? combine(siteTaken, takenBySet(items)) : siteTaken;
  for (const el of starts) collectBlocks(el, taken, cache, units);
  return units;
}

/**
 * Pass 2 of a collect: blocks that own text, outermost first. An inline
 * element is only reached when its block did not become a unit (no text of
 * its own, too big, or holding another unit): then a text-holding inline
 * element (a button, a link, a label) is a unit by itself rather than lost.
 */
function collectBlocks(el: Element, taken: Taken, cache: Map<Element, boolean>, units: ScanUnit[]): void {
  if (isSkipped(el) || taken.isTaken(el)) return;
  if (ownsText(el) && absorbs(el, taken, null)) {
    const u = makeUnit(el, { hiddenCache: cache });
    if (u) units.push(u);
    return;
  }
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) collectBlocks(c, taken, cache, units);
}

/** Chat items read in one step of `collectGenericSteps` (each reads its author and text). */
const ITEMS_PER_STEP = 25;

/**
 * The units of `collectGeneric`, a piece of the page at a time, so the
 * scanner reads a big page's first pass in its ~4 ms slices instead of one
 * long task (a 6,000-element product page took about 80 ms in one go,
 * traced). The pieces are cut where that cannot change what is found:
 * - a subtree of more than `perStep` elements that is not skipped or taken,
 *   holds no text of its own (so is never a block unit) and is no chat is
 *   read child by child;
 * - a chat of many items is read a few items at a time, then the blocks
 *   beside its items.
 * Anything else is collected whole, both passes at once. The units are
 * collectGeneric's, ordered piece by piece. The page may change between
 * steps: the scanner's observers queue those changes like any other (an
 * item removed meanwhile is skipped).
 */
export function* collectGenericSteps(root: ParentNode, opts: CollectOptions = {}, perStep = 300): Generator<ScanUnit[], void, undefined> {
  const siteTaken = opts.taken ?? NOTHING_TAKEN;
  const cache = opts.hiddenCache ?? new Map<Element, boolean>();
  const chats = opts.chats ?? new ChatFinder();
  const stack: Element[] = [];
  const starts = rootElements(root).filter((el) => !inSkipped(el));
  for (let i = starts.length - 1; i >= 0; i--) stack.push(starts[i]!);
  while (stack.length) {
    const el = stack.pop()!;
    if (isSkipped(el) || siteTaken.isTaken(el)) continue;
    const chat = !siteTaken.holds(el) && chats.signal(el) !== null;
    if (chat) {
      const list = chats.items(el).filter((item) => !siteTaken.isTaken(item) && !siteTaken.holds(item));
      if (list.length > ITEMS_PER_STEP) {
        const items: Element[] = [];
        for (let i = 0; i < list.length; i += ITEMS_PER_STEP) {
          const units: ScanUnit[] = [];
          for (let k = i; k < Math.min(list.length, i + ITEMS_PER_STEP); k++) {
            const item = list[k]!;
            if (!item.isConnected) continue;
            const u = chatUnit(item, el, cache);
            if (u) {
              units.push(u);
              items.push(item);
            }
          }
          yield units;
        }
        if (items.length) {
          // Items the chat got meanwhile are the observers' to read, as chat items: not blocks here.
          const listed = new Set(list);
          for (const item of chats.items(el)) if (!listed.has(item)) items.push(item);
          const units: ScanUnit[] = [];
          collectBlocks(el, combine(siteTaken, takenBySet(items)), cache, units);
          if (units.length) yield units;
          continue;
        }
      }
    } else if (!ownsText(el) && biggerThan(el, perStep)) {
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
      continue;
    }
    const units = collectGeneric(el, { taken: siteTaken, hiddenCache: cache, chats });
    if (units.length) yield units;
  }
}

/** More than `n` elements in the subtree (a walk of at most n + 1). */
function biggerThan(el: Element, n: number): boolean {
  const stack: Element[] = [el];
  let count = 0;
  while (stack.length) {
    const e = stack.pop()!;
    if (++count > n) return true;
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
  }
  return false;
}

/**
 * The unit holding `node` by the same rules as `collectGeneric`: a chat item,
 * else the outermost absorbing block around its nearest block, else null
 * (an element that is bigger than a unit: collect it instead).
 */
export function unitForGeneric(node: Node, opts: CollectOptions = {}): ScanUnit | null {
  const taken = opts.taken ?? NOTHING_TAKEN;
  const chats = opts.chats ?? new ChatFinder();
  // A chat container is never a unit (nor inside one): a chat that drops its
  // oldest message asks about the container on every new message.
  if (isElement(node) && chats.isKnownChat(node)) return null;
  if (isElement(node) && taken === NOTHING_TAKEN) {
    const chat = chats.knownItemOf(node);
    if (chat) return chatUnit(node, chat, opts.hiddenCache);
  }
  const start: Element | null = isElement(node) ? node : node.parentElement;
  if (!start || inSkipped(start)) return null;
  // (a page without a site adapter has nothing taken: no walk up for it)
  if (taken !== NOTHING_TAKEN) for (let a: Element | null = start; a; a = a.parentElement) if (taken.isTaken(a)) return null;

  if (isElement(node)) chats.noteAppended(node);
  const hit = chats.itemOf(start);
  if (hit && !taken.holds(hit.item)) {
    if (hit.item === node && hit.item.parentElement && taken === NOTHING_TAKEN) chats.rememberItemList(hit.item.parentElement, hit.container);
    return chatUnit(hit.item, hit.container, opts.hiddenCache);
  }

  let from: Element | null;
  if (isElement(node) && (isBlock(node) || !node.parentElement) && !ownsText(node)) {
    // A container: only an absorbing ancestor can make it part of a unit.
    from = node.parentElement;
  } else {
    from = start;
    while (from && !isBlock(from) && from.parentElement) from = from.parentElement;
  }
  let unitEl: Element | null = null;
  for (let a: Element | null = from; a; a = a.parentElement) {
    if (isSkipped(a)) return null;
    if ((isBlock(a) || !a.parentElement) && ownsText(a) && !chats.signal(a) && absorbs(a, taken, chats)) unitEl = a;
  }
  if (!unitEl && !(isElement(node) && isBlock(node))) {
    // The block did not become a unit: the outermost inline element holding the text does.
    let top: Element | null = null;
    for (let a: Element | null = start; a && !isBlock(a); a = a.parentElement) top = a;
    if (top && ownsText(top) && absorbs(top, taken, chats)) unitEl = top;
  }
  // None: text directly in a container that cannot be one unit (collect drops it too).
  return unitEl ? makeUnit(unitEl, { hiddenCache: opts.hiddenCache }) : null;
}

// ---------------------------------------------------------------- meta

function jsonLdSeller(doc: Document): { name?: string; url?: string } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 10; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let guard = 0;
    while (stack.length && guard++ < 500) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const seller = o['seller'];
        if (seller && typeof seller === 'object' && !Array.isArray(seller)) {
          const s = seller as Record<string, unknown>;
          if (typeof s['name'] === 'string') return { name: s['name'], url: typeof s['url'] === 'string' ? s['url'] : undefined };
        }
        for (const k of Object.keys(o)) stack.push(o[k]);
      }
    }
  }
  return {};
}

export function hostOf(doc: Document): string {
  try {
    return doc.location?.hostname || (doc.URL ? new URL(doc.URL).hostname : '') || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function absoluteUrl(doc: Document, href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, doc.baseURI || doc.URL);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Seller from structured data (JSON-LD offers.seller, microdata), else the site's own name. */
export function genericSeller(doc: Document): { seller?: string; sellerUrl?: string } {
  const ld = jsonLdSeller(doc);
  if (ld.name) return { seller: ld.name.trim(), sellerUrl: absoluteUrl(doc, ld.url) };
  const micro = doc.querySelector('[itemprop="seller"]');
  if (micro) {
    const nameEl = micro.querySelector('[itemprop="name"]') ?? micro;
    const name = squashText(nameEl) || nameEl.getAttribute('content') || '';
    const link = micro.closest('a') ?? micro.querySelector('a[href]');
    if (name) return { seller: name, sellerUrl: absoluteUrl(doc, link?.getAttribute('href')) };
  }
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  if (site) return { seller: site };
  return {};
}

export function createGenericAdapter(): SurfaceAdapter {
  const chats = new ChatFinder();
  return {
    id: 'generic',
    matches: () => true,
    collect: (root) => collectGeneric(root, { chats }),
    collectSteps: (root) => collectGenericSteps(root, { chats }),
    unitFor: (node) => unitForGeneric(node, { chats }),
    meta(doc: Document): PageMeta {
      return { platform: `generic:${hostOf(doc)}`, ...definedOnly(genericSeller(doc)) };
    },
  };
}

export function definedOnly<T extends object>(o: T): T {
  const out = {} as T;
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

