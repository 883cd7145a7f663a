import type { AuthorRole } from './types';
import { isElement, squashText } from './dom';

/**
 * Author roles from words: a name like "客服小美" or "【主播】", an aria-label
 * "Message from seller", a data-role="self". Kept modest on purpose: a wrong
 * role is worse than 'unknown'.
 */
const STREAMER = /主播|直播间|streamer|\banchor\b|\bhost\b/i;
const SELLER =
  /客服|商家|店铺|店主|掌柜|卖家|賣家|商户|旗舰店|專賣|专营店|专卖店|官方店|小二|\bseller\b|\bmerchant\b|\bvendor\b|\bshop\s*owner\b|\bshop\b|\bstore\b/i;
const PLATFORM = /系统消息|系统提示|平台提示|^系统$|\bsystem\b|\bplatform\b/i;
const BUYER = /^\s*我\s*$|买家|買家|\bbuyer\b|^\s*me\s*$|\bself\b|\bmine\b|\bcustomer\b|^\s*you\s*$/i;

/**
 * Roles of names read lately. A live room's few hundred viewers write again and again, and each message asked
 * four case-blind patterns about its author's name: about a quarter of the time spent reading a chat item
 * (a 40-s live-room profile: 9.5 of 40 ms).
 */
const roleByName = new Map<string, AuthorRole>();
const MAX_NAMES = 1_000;

export function roleFromWords(s: string | null | undefined): AuthorRole {
  if (!s) return 'unknown';
  let role = roleByName.get(s);
  if (role === undefined) {
    role = wordsSay(s);
    // (a long text is no name to see again: it neither takes a place nor empties the memo)
    if (s.length <= 200) {
      if (roleByName.size >= MAX_NAMES) roleByName.clear();
      roleByName.set(s, role);
    }
  }
  return role;
}

function wordsSay(s: string): AuthorRole {
  if (STREAMER.test(s)) return 'streamer';
  if (SELLER.test(s)) return 'seller';
  if (PLATFORM.test(s)) return 'platform';
  if (BUYER.test(s)) return 'buyer';
  return 'unknown';
}

const ROLE_ATTRS = ['data-role', 'data-author-role', 'data-sender', 'data-from', 'data-author', 'aria-label'];

/** Role words in the item's own attributes and those of a few descendants. */
const ROLE_SELECTOR = ROLE_ATTRS.map((a) => `[${a}]`).join(',');

export function roleFromAttributes(item: Element): AuthorRole {
  // Most items carry none of these attributes: one native match for the item and one query below it say so.
  const own = item.matches(ROLE_SELECTOR);
  if (!own && item.querySelector(ROLE_SELECTOR) === null) return 'unknown';
  const els: Element[] = own ? [item] : [];
  const found = item.querySelectorAll(ROLE_SELECTOR);
  for (let i = 0; i < found.length && i < 6; i++) els.push(found[i]!);
  for (const el of els) {
    for (const a of ROLE_ATTRS) {
      const v = el.getAttribute(a);
      if (!v) continue;
      const r = roleFromWords(v);
      if (r !== 'unknown') return r;
    }
  }
  return 'unknown';
}

/**
 * A time or date shown beside a message (10:32, 2024-05-01, 5月1日, 3pm, 昨天). Digits need a time or date separator
 * or am/pm: a bare number ("139", "1234") is a message, often one piece of a number typed over several.
 */
const TIME_LIKE = /^(?=[\d\s]*[-/.年月日:：]|.*(?:am|pm|上午|下午)$)(\d{1,4}[-/.年月日:：\s]*){1,6}(am|pm|上午|下午)?$|^(刚刚|昨天|今天|just now|yesterday|today)/i;

/** "用户123：" → "用户123"; "【客服】小美" stays. */
export function cleanName(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim();
}

/** A chat item's name element, its text as shown (squashed) and as a name (cleaned). */
export interface FoundName {
  el: Element;
  text: string;
  name: string;
}

/**
 * Structural name guess: the first short text-holding descendant of a chat
 * item, when the item has more text than that (a name element + a text).
 */
export function findName(item: Element, textEl?: Element): FoundName | undefined {
  const full = squashText(item);
  const stack: Element[] = [];
  for (let c = item.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  let seen = 0;
  while (stack.length && seen++ < 40) {
    const el = stack.pop()!;
    if (textEl && (el === textEl || el.contains(textEl))) {
      // The message text itself or its wrapper: look only before it.
      if (el === textEl) return undefined;
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
      continue;
    }
    let direct = '';
    for (let n = el.firstChild; n; n = n.nextSibling) if (!isElement(n)) direct += n.textContent ?? '';
    direct = direct.trim();
    if (direct) {
      const text = squashText(el);
      const name = cleanName(text);
      if (name.length >= 1 && name.length <= 24 && full.length > name.length && !isTimeLike(name)) return { el, text, name };
      return undefined;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return undefined;
}

export function nameFromStructure(item: Element, textEl?: Element): string | undefined {
  return findName(item, textEl)?.name;
}

export function isTimeLike(s: string): boolean {
  return TIME_LIKE.test(s.trim());
}
