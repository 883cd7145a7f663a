import type { AuthorRole } from '../messages';

export type { AuthorRole };

/** One message of a chat or one text block of a page: the thing detection reads. */
export interface ScanUnit {
  /** The element of one message or text block. */
  el: Element;
  /** Its visible-order text, exactly `buildTextMap(el).text` (so offsets map back to the DOM). */
  text: string;
  /** Author role where known, else 'unknown'. */
  role: AuthorRole;
  /** Author display name where known. */
  author?: string;
  /** The chat/list container when the unit is one message of a chat (thread grouping); undefined for plain blocks. */
  chat?: Element;
  /** display:none / visibility:hidden / off-screen tricks / zero-size / clipped. May be computed on first read. */
  readonly hidden: boolean;
}

/** platform e.g. 'taobao','jd','pinduoduo','douyin','kuaishou','xiaohongshu','xianyu','ebay','etsy','shopee','facebook', or 'generic:<host>'. */
export interface PageMeta {
  platform: string;
  seller?: string;
  sellerUrl?: string;
}

export interface SurfaceAdapter {
  id: string;
  matches(url: URL): boolean;
  /** Scan units inside `root` (a document, element or shadow root), one per message/block, never nested duplicates. */
  collect(root: ParentNode): ScanUnit[];
  /** The same units in steps of bounded work, for a caller that spreads a big page over idle slices. */
  collectSteps?(root: ParentNode): Iterator<ScanUnit[]>;
  /** The unit that contains this node, if any (used for mutations: a changed text node → its unit). */
  unitFor(node: Node): ScanUnit | null;
  meta(doc: Document): PageMeta;
}
