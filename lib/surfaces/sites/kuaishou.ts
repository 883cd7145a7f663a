import type { AuthorRole } from '../types';
import { defineSite } from '../site';
import { roleFromWords } from '../roles';

function liveRole(msg: Element, author: string | undefined): AuthorRole {
  if (msg.querySelector('.anchor-tag, [class*="author-tag"], [class*="anchor"]')) return 'streamer';
  const r = roleFromWords(author);
  return r === 'buyer' ? 'unknown' : r;
}

/** Kuaishou live (live.kuaishou.com/u/<id>): `.chat-history .comment-cell` with `.username` + `.comment`. */
export const kuaishou = defineSite({
  id: 'kuaishou',
  platform: 'kuaishou',
  hosts: /(^|\.)(kuaishou|gifshow|kwai)\.com$/,
  chats: [
    {
      message: '.comment-cell, [class*="comment-cell"]',
      list: '.chat-history, [class*="chat-history"]',
      content: '.comment, [class*="comment-content"]',
      author: '.username, [class*="user-name"]',
      role: liveRole,
    },
  ],
  blocks: ['.live-title', '[class*="live-title"]', '[class*="shop-item"]'],
  seller: ['.author-name', '[class*="author-name"]', '.live-user-name'],
});
