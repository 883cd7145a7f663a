import { defineSite, sideRole } from '../site';

/**
 * Taobao / Tmall item pages (CSS-module class names like `ShopHeader--title--x1y2`,
 * matched by prefix; the older `tb-*` layout as fallback), the 旺旺 web chat and
 * Taobao Live comments.
 */
export const taobao = defineSite({
  id: 'taobao',
  platform: 'taobao',
  hosts: /(^|\.)(taobao|tmall)\.(com|hk)$/,
  chats: [
    {
      // 旺旺 web chat: one row per message, bubble inside, side by class.
      message: '[class*="message-item"], .msg-item',
      list: '[class*="message-list"], .msg-list',
      content: '[class*="message-text"], [class*="bubble"], .msg-content',
      author: '[class*="message-nick"], .msg-nick',
      role: sideRole('seller'),
    },
    {
      // Taobao Live (淘宝直播) comments.
      message: '[class*="comment-item"]',
      list: '[class*="comment-list"]',
      content: '[class*="comment-content"]',
      author: '[class*="comment-nick"]',
    },
  ],
  blocks: ['[class*="ItemTitle--mainTitle"]', '.tb-main-title', '[class*="ShopNotice--"]'],
  seller: [
    '[class*="ShopHeader--shopName"]',
    '[class*="ShopHeader--title"]',
    '.tb-shop-name',
    '.slogo-shopname',
    '.shopLink',
  ],
});
