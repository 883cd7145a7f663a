import { defineSite, sideRole } from '../site';

/**
 * Xianyu / Goofish (www.goofish.com item pages and /im chat; the old 2.taobao.com).
 * CSS-module class names (`item-user-info-nick--x1y2`) matched by prefix.
 */
export const xianyu = defineSite({
  id: 'xianyu',
  platform: 'xianyu',
  hosts: /(^|\.)goofish\.com$|^2\.taobao\.com$|(^|\.)xianyu\.(com|taobao\.com)$/,
  chats: [
    {
      message: '[class*="message-row"], [class*="msg-row"]',
      list: '[class*="message-list"], [class*="msg-list"]',
      content: '[class*="message-text"], [class*="msg-text"]',
      author: '[class*="message-nick"]',
      role: sideRole('seller', /\b(self|mine|right|sent)\b/i, /\b(other|left|peer|received)\b/i),
    },
  ],
  blocks: ['[class*="desc--"]', '[class*="item-title"]'],
  seller: ['[class*="item-user-info-nick"]', '[class*="user-nick"]', '[class*="seller-name"]'],
});
