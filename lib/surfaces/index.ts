import type { AuthorRole, ScanUnit, SurfaceAdapter } from './types';
import { compareOrder } from './dom';
import { createGenericAdapter } from './generic';
import { taobao } from './sites/taobao';
import { jd } from './sites/jd';
import { pinduoduo } from './sites/pinduoduo';
import { douyin } from './sites/douyin';
import { kuaishou } from './sites/kuaishou';
import { xiaohongshu } from './sites/xiaohongshu';
import { xianyu } from './sites/xianyu';
import { ebay } from './sites/ebay';
import { etsy } from './sites/etsy';
import { shopee } from './sites/shopee';
import { facebook } from './sites/facebook';

export type { ScanUnit, PageMeta, SurfaceAdapter } from './types';
export { buildTextMap, rangeFor, type TextMap, type TextPiece } from './text-map';
export { createGenericAdapter } from './generic';
export { OWN_UI_ATTR } from './dom';

/** The generic adapter: the fallback for every page no site adapter claims. */
export const GENERIC: SurfaceAdapter = createGenericAdapter();

/**
 * Site adapters, in the order they are tried. Xianyu comes before Taobao
 * because 2.taobao.com is Xianyu.
 */
export const ADAPTERS: readonly SurfaceAdapter[] = [
  xianyu,
  taobao,
  jd,
  pinduoduo,
  douyin,
  kuaishou,
  xiaohongshu,
  ebay,
  etsy,
  shopee,
  facebook,
];

/** The first site adapter that matches the URL, else the generic one. */
export function pickAdapter(url: URL): SurfaceAdapter {
  for (const a of ADAPTERS) if (a.matches(url)) return a;
  return GENERIC;
}

export interface ContextEntry {
  text: string;
  author?: string;
  role: AuthorRole;
}

/**
 * Up to `n` messages of the same chat around `unit` (not the unit itself), in
 * page order, for evidence: two thirds before it, the rest after. `units` is
 * the list the unit came from, or an adapter to re-read the chat from the page
 * (the scanner hands out only new units, so the adapter is usually better).
 * A unit outside any chat has no context.
 */
export function contextOf(unit: ScanUnit, units: readonly ScanUnit[] | SurfaceAdapter, n = 20): ContextEntry[] {
  const chat = unit.chat;
  if (!chat || n <= 0) return [];
  const pool = 'collect' in units ? units.collect(chat) : units;
  const same = pool.filter((u) => u.chat === chat || u.el === unit.el);
  if (!same.some((u) => u.el === unit.el)) same.push(unit);
  same.sort((a, b) => compareOrder(a.el, b.el));
  const at = same.findIndex((u) => u.el === unit.el);
  const before = same.slice(0, at);
  const after = same.slice(at + 1);
  const wantAfter = Math.min(after.length, Math.max(n - before.length, Math.floor(n / 3)));
  const wantBefore = Math.min(before.length, n - wantAfter);
  const picked = before.slice(before.length - wantBefore).concat(after.slice(0, wantAfter));
  return picked.map((u) => {
    const e: ContextEntry = { text: u.text, role: u.role };
    if (u.author) e.author = u.author;
    return e;
  });
}
