import type { AuthorRole, PageMeta, ScanUnit, SurfaceAdapter } from './types';
import { inSkipped, isElement, isMeaningful, isSkipped, squashText } from './dom';
import {
  ChatFinder,
  absoluteUrl,
  collectGeneric,
  collectGenericSteps,
  definedOnly,
  genericSeller,
  guessAuthor,
  makeUnit,
  takenBySet,
  unitForGeneric,
  type Taken,
} from './generic';
import { cleanName, roleFromWords } from './roles';

/**
 * A site adapter described as data: where the messages, their authors and the
 * shop live. Selectors come first; whatever they miss (a redesign, a panel we
 * do not know) is still read by the generic logic, which never repeats or
 * swallows what the selectors took.
 */
export interface ChatSpec {
  /** One element per message (one unit each). */
  message: string;
  /** The chat/list container (closest ancestor); default: the message's parent. */
  list?: string;
  /** The element holding the message text (the unit's element); default: the message itself. */
  content?: string;
  /** The author name inside the message: a selector, or a function for names that need cleaning. */
  author?: string | ((message: Element) => string | undefined);
  /** A fixed role, or how to tell it from the message element and author name. */
  role?: AuthorRole | ((message: Element, author: string | undefined) => AuthorRole);
}

export interface SiteSpec {
  id: string;
  platform: string;
  hosts: RegExp;
  /** Further URL condition (path), after the host matched. */
  path?: RegExp;
  chats?: ChatSpec[];
  /** Product/listing text blocks that are one unit each (title, description, shop notice). */
  blocks?: string[];
  /** Shop/seller name; the first selector with text wins. */
  seller?: string[];
  /** Link to the shop/seller page; default: the link around or inside the seller name. */
  sellerLink?: string[];
}

/** Matches of `sel` in `root`, including `root` itself when it is an element. */
function queryAll(root: ParentNode, sel: string): Element[] {
  const out: Element[] = [];
  if (isElement(root as Node) && (root as Element).matches(sel)) out.push(root as Element);
  const found = root.querySelectorAll(sel);
  for (let i = 0; i < found.length; i++) out.push(found[i]!);
  return out;
}

function safeClosest(el: Element, sel: string): Element | null {
  try {
    return el.closest(sel);
  } catch {
    return null;
  }
}

/** The outermost ancestor-or-self matching `sel` (collect takes the outer one of nested matches). */
function outermost(el: Element, sel: string): Element | null {
  let hit = safeClosest(el, sel);
  for (let up = hit?.parentElement ? safeClosest(hit.parentElement, sel) : null; up; up = up.parentElement ? safeClosest(up.parentElement, sel) : null) hit = up;
  return hit;
}

export function defineSite(spec: SiteSpec): SurfaceAdapter {
  const chats = new ChatFinder();
  const chatSpecs = spec.chats ?? [];
  const blockSel = (spec.blocks ?? []).join(',');
  const allSel = [...chatSpecs.map((c) => c.message), ...(spec.blocks ?? [])].join(',');

  const messageUnit = (msg: Element, c: ChatSpec, cache?: Map<Element, boolean>): ScanUnit | null => {
    const el = (c.content && msg.querySelector(c.content)) || msg;
    let author: string | undefined;
    if (typeof c.author === 'function') author = c.author(msg);
    else if (c.author) author = cleanName(squashText(msg.querySelector(c.author))) || undefined;
    let role: AuthorRole = 'unknown';
    if (typeof c.role === 'function') role = c.role(msg, author);
    else if (c.role) role = c.role;
    if (role === 'unknown' || !author) {
      const g = guessAuthor(msg, el === msg ? undefined : el);
      if (role === 'unknown') role = g.role !== 'unknown' ? g.role : roleFromWords(author);
      if (!author && !c.author) author = g.author;
    }
    const chat = (c.list && safeClosest(msg, c.list)) || msg.parentElement || undefined;
    return makeUnit(el, { chat, author, role, hiddenCache: cache });
  };

  /** Selector units for `root`, and what they took. */
  const collectSite = (root: ParentNode, cache: Map<Element, boolean>): { units: ScanUnit[]; taken: Element[] } => {
    const units: ScanUnit[] = [];
    const taken: Element[] = [];
    const takenSet = new Set<Element>();
    const holders = new Set<Element>();
    const take = (el: Element): void => {
      taken.push(el);
      takenSet.add(el);
      for (let p = el.parentElement; p && !holders.has(p); p = p.parentElement) holders.add(p);
    };
    /** `el` is, is inside, or holds something already taken (nesting across selectors). */
    const inside = (el: Element): boolean => {
      if (holders.has(el)) return true;
      for (let a: Element | null = el; a; a = a.parentElement) if (takenSet.has(a)) return true;
      return false;
    };
    for (const c of chatSpecs) {
      for (const msg of queryAll(root, c.message)) {
        if (isSkipped(msg) || inSkipped(msg) || inside(msg)) continue;
        take(msg);
        const u = messageUnit(msg, c, cache);
        if (u) units.push(u);
      }
    }
    if (blockSel) {
      for (const b of queryAll(root, blockSel)) {
        if (inSkipped(b) || inside(b)) continue;
        take(b);
        const u = makeUnit(b, { hiddenCache: cache });
        if (u) units.push(u);
      }
    }
    return { units, taken };
  };

  /** The root sits inside a message (collect on part of one): the generic rest must not split it. */
  const insideMessage = (root: ParentNode): boolean => {
    if (!allSel || !isElement(root as Node)) return false;
    for (let a = (root as Element).parentElement; a; a = a.parentElement) if (a.matches(allSel)) return true;
    return false;
  };

  /** The selectors' units first (one step: they are few), then the generic rest in steps. */
  function* collectSteps(root: ParentNode): Generator<ScanUnit[], void, undefined> {
    const cache = new Map<Element, boolean>();
    const { units, taken } = collectSite(root, cache);
    yield units;
    if (!insideMessage(root)) yield* collectGenericSteps(root, { taken: takenBySet(taken), hiddenCache: cache, chats });
  }

  const selectorTaken: Taken = allSel
    ? {
        isTaken: (el) => el.matches(allSel),
        holds: (el) => !!el.querySelector(allSel),
      }
    : { isTaken: () => false, holds: () => false };

  return {
    id: spec.id,
    matches(url: URL): boolean {
      return spec.hosts.test(url.hostname) && (!spec.path || spec.path.test(url.pathname));
    },
    collect(root: ParentNode): ScanUnit[] {
      const cache = new Map<Element, boolean>();
      const { units, taken } = collectSite(root, cache);
      if (insideMessage(root)) return units;
      return units.concat(collectGeneric(root, { taken: takenBySet(taken), hiddenCache: cache, chats }));
    },
    collectSteps,
    unitFor(node: Node): ScanUnit | null {
      const start = isElement(node) ? node : node.parentElement;
      if (!start || inSkipped(start)) return null;
      for (const c of chatSpecs) {
        const msg = outermost(start, c.message);
        if (msg) return messageUnit(msg, c);
      }
      if (blockSel) {
        const b = outermost(start, blockSel);
        if (b && !(allSel && b.parentElement && safeClosest(b.parentElement, allSel))) return makeUnit(b);
      }
      return unitForGeneric(node, { taken: selectorTaken, chats });
    },
    meta(doc: Document): PageMeta {
      let seller: string | undefined;
      let sellerUrl: string | undefined;
      for (const sel of spec.seller ?? []) {
        const el = doc.querySelector(sel);
        const name = el ? cleanName(squashText(el) || el.getAttribute('content') || el.getAttribute('title') || '') : '';
        if (el && isMeaningful(name)) {
          seller = name;
          const a = el.closest('a[href]') ?? el.querySelector('a[href]');
          sellerUrl = absoluteUrl(doc, a?.getAttribute('href'));
          break;
        }
      }
      for (const sel of spec.sellerLink ?? []) {
        const a = doc.querySelector(sel);
        const href = absoluteUrl(doc, a?.getAttribute('href'));
        if (href) {
          sellerUrl = href;
          break;
        }
      }
      if (!seller) {
        const g = genericSeller(doc);
        seller = g.seller;
        sellerUrl = sellerUrl ?? g.sellerUrl;
      }
      return { platform: spec.platform, ...definedOnly({ seller, sellerUrl }) };
    },
  };
}

/**
 * Role from which side a chat bubble sits on, read from its class and data
 * attributes (chat UIs mark "mine" vs "theirs"). `other` is the role of the
 * other side of a buyer's conversation on that platform (usually the seller).
 */
export function sideRole(other: AuthorRole, mine = /\b(self|mine|me|my|right|sent|outgoing|buyer|customer|user-msg)\b/i, theirs = /\b(left|other|received|incoming|seller|shop|mall|service|waiter|kefu)\b/i) {
  return (msg: Element, author: string | undefined): AuthorRole => {
    const fromName = roleFromWords(author);
    if (fromName !== 'unknown') return fromName;
    const tokens = [msg.getAttribute('class') ?? '', msg.getAttribute('data-side') ?? '', msg.getAttribute('data-from') ?? '', msg.getAttribute('data-direction') ?? '']
      .join(' ')
      .replace(/[_-]+/g, ' ');
    if (mine.test(tokens)) return 'buyer';
    if (theirs.test(tokens)) return other;
    return 'unknown';
  };
}
