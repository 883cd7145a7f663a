import type { ScanUnit, SurfaceAdapter } from '../surfaces/types';
import { OWN_UI_ATTR, inOwnUi, isElement, isText, monotonicNow, parentElementOf, whenIdle } from '../surfaces/dom';

/**
 * The incremental page scanner (after uBlock Origin's content script and Dark
 * Reader's observers).
 *
 * One full pass when started, then one MutationObserver per document, per
 * open shadow root and per reachable same-origin frame. Observers only queue
 * nodes; the work runs later in slices of at most `sliceMs`, resolving queued
 * nodes to scan units, dropping units whose text was already scanned, and
 * handing each slice's new units to `process`. Large bursts are coalesced into
 * a rescan of their common containers; a page that exceeds its unit budget is
 * left alone (capped) rather than slowed down.
 */
export interface ScannerOptions {
  adapter: SurfaceAdapter;
  doc: Document;
  process(units: ScanUnit[]): void;
  /** Budget of one slice of work, in ms. Default 4. */
  sliceMs?: number;
  /** Stop taking new units after this many. Default 20000. */
  maxUnitsPerPage?: number;
  /** Text longer than this is cut before `process`. Default 20000 chars. */
  maxTextPerUnit?: number;
  /**
   * Least time from a slice that emptied the queue to the next slice. A live
   * chat adds a message every few tens of ms; waiting a little gathers several
   * into one slice (each slice has a cost of its own) while staying well
   * inside the time a warning may take. A burst in progress never waits. Default 0.
   */
  gapMs?: number;
  /** Each element the page adds (outside our UI), as the observers see it: the image watcher rides on these observers. */
  onAdded?: (el: Element) => void;
  /** After each slice (work that rides on the scanner's idle slices instead of scheduling its own). */
  onSliceEnd?: () => void;
  /** How to run the next slice. Default requestIdleCallback (timeout 100), else setTimeout 0. */
  schedule?: (cb: () => void) => void;
  now?: () => number;
  /** Observe reachable same-origin / about:blank frames from this document. Default true. */
  observeFrames?: boolean;
}

export interface ScannerStats {
  /** Distinct unit elements scanned. */
  units: number;
  /** Units seen again with unchanged text, or refused because the page is capped. */
  skipped: number;
  /** Work waiting: queued nodes, roots to collect and units to check. */
  queued: number;
  capped: boolean;
}

export interface Scanner {
  start(): void;
  stop(): void;
  stats(): ScannerStats;
  /** Take pending mutation records and do all queued work now (tests, "capture now"). */
  flush(): void;
}

/** More queued nodes than this: rescan their common containers instead of node by node. */
const BURST = 1000;
/** A coalesced burst becomes at most this many container rescans. */
const MAX_CONTAINERS = 32;
/**
 * Units handed to `process` together, inside a slice: the detection request's cap. Detection runs in the
 * background worker, so what `process` costs the page is a message posted and its answer read, about the same
 * for 8 units as for 100. At 8 a batch, the 6,000-element bench page's first pass posted 138 requests, and
 * posting was the content script's largest own cost there (profiled); at 100 it posts 14, and the time spent
 * in `postMessage` (timed around it) went from 54 ms to 3.
 */
const PROCESS_BATCH = 100;
/** A container with more children than this is rescanned child by child (in slices), not in one collect. */
const MAX_COLLECT_CHILDREN = 200;
/** Elements walked for shadow roots and frames in one go (a few hundred µs). */
const DISCOVER_STEP = 500;

function defaultSchedule(doc: Document): (cb: () => void) => void {
  return (cb) => whenIdle(doc.defaultView, cb, 100, 0);
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
  return text.slice(0, end);
}

export function createScanner(opts: ScannerOptions): Scanner {
  const { adapter, doc } = opts;
  const sliceMs = opts.sliceMs ?? 4;
  const gapMs = opts.gapMs ?? 0;
  /** When a slice last emptied the queue. */
  let drainedAt = -Infinity;
  const maxUnits = opts.maxUnitsPerPage ?? 20_000;
  const maxText = opts.maxTextPerUnit ?? 20_000;
  const schedule = opts.schedule ?? defaultSchedule(doc);
  const now = opts.now ?? monotonicNow;
  const observeFrames = opts.observeFrames ?? true;

  /** The text each unit element had when last scanned. */
  const seen = new WeakMap<Element, string>();
  let unitCount = 0;
  let skipped = 0;
  let capped = false;
  let running = false;
  let scheduled = false;
  let generation = 0;

  /** Added or changed nodes: resolve to their unit, or collect the subtree. */
  let pendingNodes = new Set<Node>();
  /** Parents that lost children: their unit's text may have changed (never collected). */
  let removals = new Set<Node>();
  /** Whole roots to collect (the document, shadow roots, frames). */
  let pendingRoots: ParentNode[] = [];
  /** The root being collected, a step of bounded work at a time (adapter.collectSteps). */
  let collecting: Iterator<ScanUnit[]> | null = null;
  /** Subtrees still to walk for open shadow roots and frames, a few elements at a time. */
  let discovering: Element[] = [];
  let pendingUnits: ScanUnit[] = [];
  let unitIdx = 0;
  /** Children of big coalesced containers, resolved one by one (not coalesced again). */
  let rescans: Node[] = [];
  let rescanIdx = 0;
  /** Queue size after the last coalescing: the next one waits for another burst on top. */
  let burstMark = 0;

  const observers = new Map<Node, MutationObserver>();
  const frameListeners: { frame: Element; fn: () => void }[] = [];
  let frames = new WeakSet<Element>();

  const queued = (): number =>
    pendingNodes.size + removals.size + pendingRoots.length + (pendingUnits.length - unitIdx) + (rescans.length - rescanIdx) +
    (collecting ? 1 : 0) + discovering.length;

  // ------------------------------------------------------------ observing

  /**
   * inOwnUi by node, kept for good: our UI never takes in page nodes, and the page cannot reach into its closed
   * shadow root, so a node's answer does not change (a page that moves its own node under our host only hides it
   * from its shopper). A chat's records and messages all ask about the same list, once instead of once a slice.
   */
  const ownUiKnown = new WeakMap<Node, boolean>();
  const ownUi = (node: Node): boolean => {
    let own = ownUiKnown.get(node);
    if (own === undefined) {
      own = inOwnUi(node);
      ownUiKnown.set(node, own);
    }
    return own;
  };

  const onRecords = (records: MutationRecord[]): void => {
    if (!running || capped) return;
    let any = false;
    for (const rec of records) {
      const target = rec.target;
      if (ownUi(target)) continue;
      if (rec.type === 'characterData') {
        pendingNodes.add(target);
        any = true;
        continue;
      }
      const added = rec.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const n = added[i]!;
        if (isElement(n)) {
          if (n.hasAttribute(OWN_UI_ATTR)) continue;
          opts.onAdded?.(n);
        } else if (!isText(n)) continue;
        pendingNodes.add(n);
        any = true;
      }
      if (rec.removedNodes.length) {
        removals.add(target);
        any = true;
      }
    }
    if (any) requestSlice();
  };

  const observe = (root: Document | ShadowRoot): void => {
    if (observers.has(root)) return;
    const owner = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const MO = (owner?.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? globalThis.MutationObserver;
    if (!MO) return;
    const mo = new MO(onRecords);
    mo.observe(root, { childList: true, subtree: true, characterData: true });
    observers.set(root, mo);
  };

  const attachFrame = (frame: Element): void => {
    if (!observeFrames) return;
    if (!frames.has(frame)) {
      frames.add(frame);
      const fn = (): void => {
        if (running && !capped) {
          attachFrameDoc(frame);
          requestSlice();
        }
      };
      frame.addEventListener('load', fn);
      frameListeners.push({ frame, fn });
    }
    attachFrameDoc(frame);
  };

  const attachFrameDoc = (frame: Element): void => {
    let fdoc: Document | null = null;
    try {
      fdoc = (frame as HTMLIFrameElement).contentDocument; // null or throws when cross-origin
    } catch {
      fdoc = null;
    }
    if (!fdoc || observers.has(fdoc) || !fdoc.documentElement) return;
    observe(fdoc);
    pendingRoots.push(fdoc);
    discover(fdoc.documentElement);
  };

  /**
   * Open shadow roots and frames in a subtree: observe them and queue their
   * content. Past DISCOVER_STEP elements the walk goes on in later slices:
   * at start it is the whole page, which was one walk in the task that
   * started the scanner (part of a 48 ms task on a 6,000-element page, traced).
   */
  const discover = (root: Element): void => {
    discovering.push(root);
    discoverSome(DISCOVER_STEP);
  };

  const discoverSome = (budget: number): void => {
    const stack = discovering;
    for (let n = 0; stack.length && n < budget; n++) {
      const el = stack.pop()!;
      if (el.hasAttribute(OWN_UI_ATTR)) continue;
      const sr = el.shadowRoot;
      if (sr && !observers.has(sr)) {
        observe(sr);
        pendingRoots.push(sr);
        for (let c = sr.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
      }
      const tag = el.tagName;
      if (tag === 'IFRAME' || tag === 'FRAME') attachFrame(el);
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push(c);
    }
  };

  // ------------------------------------------------------------ work

  const requestSlice = (): void => {
    if (scheduled || !running) return;
    scheduled = true;
    const gen = generation;
    const run = (): void =>
      schedule(() => {
        if (gen !== generation) return;
        scheduled = false;
        runSlice(sliceMs);
      });
    const wait = drainedAt + gapMs - now();
    if (wait > 0) setTimeout(run, wait);
    else run();
  };

  const consider = (u: ScanUnit, batch: ScanUnit[]): void => {
    const prev = seen.get(u.el);
    if (prev === u.text) {
      skipped++;
      return;
    }
    if (prev === undefined) {
      if (capped || unitCount >= maxUnits) {
        capped = true;
        skipped++;
        return;
      }
      unitCount++;
    }
    seen.set(u.el, u.text);
    // Cut in place: a copy would read (and so compute) the unit's lazy fields.
    if (u.text.length > maxText) u.text = cut(u.text, maxText);
    batch.push(u);
  };

  /**
   * A node's place in our own UI, by its parent: a chat's records (a message added, the oldest removed) and the
   * messages a slice resolves all have the chat list as parent.
   */
  const ownUiInSlice = (node: Node): boolean => {
    if (isElement(node) && node.hasAttribute(OWN_UI_ATTR)) return true;
    const parent = parentElementOf(node);
    return parent !== null && ownUi(parent);
  };

  /**
   * `added`: the node is new, so its subtree may bring shadow roots and
   * frames. A parent that only lost children brings none: walking it again
   * (a chat list that drops its oldest message on every new one) was the
   * scanner's biggest cost.
   */
  const resolve = (node: Node, collectIfNone: boolean, added = true): void => {
    if (!node.isConnected || ownUiInSlice(node)) return;
    if (added && isElement(node)) discover(node);
    const u = adapter.unitFor(node);
    if (u) pendingUnits.push(u);
    else if (collectIfNone && isElement(node)) pendingRoots.push(node);
  };

  /**
   * A burst: nodes whose parent got mostly new children (a re-render, a page
   * swap, text nodes churned inside many messages) become a rescan of their
   * common containers (at most MAX_CONTAINERS). Nodes appended to a long list
   * that is mostly old (a chat that keeps growing) stay per node: rescanning
   * the whole list again would repeat work already done.
   */
  const coalesce = (): void => {
    const groups = new Map<Node, Node[]>();
    for (const n of pendingNodes) {
      if (!n.isConnected) continue;
      const p = n.parentNode ?? n;
      const g = groups.get(p);
      if (g) g.push(n);
      else groups.set(p, [n]);
    }
    const keep = new Set<Node>();
    let level = new Set<Node>();
    for (const [parent, nodes] of groups) {
      if (nodes.length * 2 < parent.childNodes.length) for (const n of nodes) keep.add(n);
      else level.add(parent);
    }
    for (let depth = 0; level.size > MAX_CONTAINERS && depth < 64; depth++) {
      const up = new Set<Node>();
      for (const n of level) up.add(n.parentNode ?? n);
      if (up.size === level.size && [...up].every((n) => level.has(n))) break;
      level = up;
    }
    // Drop containers inside other containers, and kept nodes inside containers.
    const list = [...level];
    const outer = list.filter((n) => !list.some((m) => m !== n && m.contains(n)));
    pendingNodes = new Set();
    for (const n of keep) if (!outer.some((c) => c.contains(n))) pendingNodes.add(n);
    for (const n of outer) {
      if (n.nodeType === 9 || n.nodeType === 11) pendingRoots.push(n as unknown as ParentNode);
      else if (isElement(n) && n.childElementCount > MAX_COLLECT_CHILDREN) {
        // A long list: one collect would be one long task; resolve its children in slices.
        for (let c = n.firstElementChild; c; c = c.nextElementSibling) rescans.push(c);
      } else pendingNodes.add(n);
    }
    burstMark = pendingNodes.size;
  };

  const hasWork = (): boolean => queued() > 0;

  const stopObserving = (): void => {
    for (const mo of observers.values()) mo.disconnect();
    observers.clear();
    for (const { frame, fn } of frameListeners) frame.removeEventListener('load', fn);
    frameListeners.length = 0;
    frames = new WeakSet();
  };

  const dropQueued = (): void => {
    collecting = null;
    discovering = [];
    pendingNodes = new Set();
    removals = new Set();
    pendingRoots = [];
    pendingUnits = [];
    unitIdx = 0;
    rescans = [];
    rescanIdx = 0;
  };

  const runSlice = (budget: number): void => {
    if (!running) return;
    const deadline = now() + budget;
    const batch: ScanUnit[] = [];
    if (pendingNodes.size < BURST) burstMark = 0;
    else if (pendingNodes.size > burstMark + BURST) coalesce();
    let first = true;
    while (first || now() < deadline) {
      first = false;
      if (capped) break;
      if (unitIdx < pendingUnits.length) {
        consider(pendingUnits[unitIdx++]!, batch);
        if (batch.length >= PROCESS_BATCH) opts.process(batch.splice(0));
        if (unitIdx === pendingUnits.length) {
          pendingUnits = [];
          unitIdx = 0;
        }
      } else if (collecting) {
        const step = collecting.next();
        if (step.done) collecting = null;
        else for (const u of step.value) pendingUnits.push(u);
      } else if (discovering.length) {
        discoverSome(DISCOVER_STEP);
      } else if (pendingRoots.length) {
        const root = pendingRoots.shift()!;
        if ((root as unknown as Node).isConnected === false) continue;
        collecting = adapter.collectSteps?.(root) ?? [adapter.collect(root)][Symbol.iterator]();
      } else if (rescanIdx < rescans.length) {
        resolve(rescans[rescanIdx++]!, true);
        if (rescanIdx === rescans.length) {
          rescans = [];
          rescanIdx = 0;
        }
      } else if (pendingNodes.size) {
        const node = pendingNodes.values().next().value as Node;
        pendingNodes.delete(node);
        resolve(node, true);
      } else if (removals.size) {
        const node = removals.values().next().value as Node;
        removals.delete(node);
        resolve(node, false, false);
      } else break;
    }
    if (capped) {
      // Over budget: keep the page fast, take no more work from it.
      stopObserving();
      dropQueued();
    }
    if (batch.length) opts.process(batch);
    opts.onSliceEnd?.();
    if (hasWork()) requestSlice();
    else drainedAt = now();
  };

  return {
    start(): void {
      if (running) return;
      running = true;
      observe(doc);
      pendingRoots.push(doc);
      // Shadow roots and frames of the document as loaded; the document itself is queued above.
      if (doc.documentElement) discover(doc.documentElement);
      requestSlice();
    },
    stop(): void {
      running = false;
      scheduled = false;
      generation++;
      stopObserving();
      dropQueued();
      // `seen` and the counters stay: a restart does not report the same text again.
    },
    stats(): ScannerStats {
      return { units: unitCount, skipped, queued: queued(), capped };
    },
    flush(): void {
      if (!running) return;
      for (const mo of observers.values()) {
        const recs = mo.takeRecords();
        if (recs.length) onRecords(recs);
      }
      let guard = 0;
      while (running && hasWork() && guard++ < 1_000_000) runSlice(Infinity);
    },
  };
}
