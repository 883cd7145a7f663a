import { defineSite, sideRole } from '../site';

/** JD item pages (`.sku-name`, the shop pop box) and the 咚咚 customer-service chat. */
export const jd = defineSite({
  id: 'jd',
  platform: 'jd',
  hosts: /(^|\.)jd\.(com|hk)$/,
  chats: [
    {
      message: '.msg-item, [class*="chat-msg-item"]',
      list: '.msg-list, [class*="chat-msg-list"], #chat-list',
      content: '.msg-text, .msg-content, [class*="msg-bubble"]',
      author: '.msg-name, .msg-nick',
      role: sideRole('seller', /\b(self|mine|right|customer|buyer)\b/i, /\b(left|waiter|service|kefu|shop|vender)\b/i),
    },
  ],
  blocks: ['.sku-name', '.news .item', '#p-ad'],
  seller: ['.J-hove-wrap .name a', '.popbox-inner .mt h3 a', '#popbox .mt h3 a', '.shopName .name a', '.shop-name'],
});
