import type { AuthorRole } from '../types';
import { defineSite } from '../site';
import { roleFromWords } from '../roles';

/** The streamer's own comments carry an anchor badge; shop staff names say 客服/店铺. */
function liveRole(msg: Element, author: string | undefined): AuthorRole {
  if (msg.querySelector('[class*="anchor"], [data-role="anchor"], [class*="host-tag"]')) return 'streamer';
  const r = roleFromWords(author);
  return r === 'buyer' ? 'unknown' : r;
}

/** Douyin live rooms (live.douyin.com/<room>): the `webcast-chatroom___item` comment list. */
export const douyin = defineSite({
  id: 'douyin',
  platform: 'douyin',
  hosts: /(^|\.)(douyin|iesdouyin)\.com$/,
  chats: [
    {
      message: '.webcast-chatroom___item, [class*="chatroom___item"]:not([class*="items"])',
      list: '.webcast-chatroom___items, [class*="chatroom___list"]',
      content: '.webcast-chatroom___content-with-emoji-text, [class*="content-with-emoji"]',
      author: '[class*="chatroom___nickname"], [class*="nickname"]',
      role: liveRole,
    },
  ],
  blocks: ['[data-e2e="live-room-title"]', '[class*="goods-item"]'],
  seller: ['[data-e2e="live-room-nickname"]', '[class*="anchor-name"]', '[class*="room-owner"]'],
});
