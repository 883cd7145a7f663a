import type { AuthorRole } from '../types';
import { defineSite } from '../site';
import { squashText } from '../dom';

/** Messenger rows say who sent them in a heading ("You sent" / "<Name> sent"). */
function rowHeading(msg: Element): string {
  return squashText(msg.querySelector('h4, h5, [data-sender-label]'));
}

function rowAuthor(msg: Element): string | undefined {
  const head = rowHeading(msg).replace(/\s+(sent|已发送|发送了)$/i, '').replace(/^你发送$/, 'You');
  return head || undefined;
}

function rowRole(msg: Element): AuthorRole {
  const head = rowHeading(msg);
  if (/^(you sent|you|你发送|你)\b/i.test(head) || head === '你发送') return 'buyer';
  return head ? 'seller' : 'unknown';
}

/** Facebook Marketplace items (/marketplace/item/<id>) and the Messenger pop-up chat on them. */
export const facebook = defineSite({
  id: 'facebook',
  platform: 'facebook',
  hosts: /(^|\.)facebook\.com$/,
  path: /^\/marketplace(\/|$)/,
  chats: [
    {
      message: '[role="grid"] [role="row"], [aria-label^="Messages in conversation"] [role="row"]',
      list: '[role="grid"], [aria-label^="Messages in conversation"]',
      content: 'div[dir="auto"]',
      author: rowAuthor,
      role: rowRole,
    },
  ],
  blocks: ['[role="main"] h1', '[data-marketplace-description]'],
  seller: ['a[href*="/marketplace/profile/"] span', 'a[href*="/marketplace/profile/"]'],
  sellerLink: ['a[href*="/marketplace/profile/"]'],
});
