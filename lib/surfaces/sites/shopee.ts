import { defineSite, sideRole } from '../site';

/** Shopee product pages (shop section) and the embedded mini chat (`#shopee-mini-chat-embedded`). */
export const shopee = defineSite({
  id: 'shopee',
  platform: 'shopee',
  hosts: /(^|\.)shopee\.(sg|tw|vn|ph|pl|cl|co|com\.my|co\.th|co\.id|com\.br|com\.mx|com\.co|cn)$/,
  chats: [
    {
      message: '#shopee-mini-chat-embedded [class*="chat-message"]:not([class*="chat-messages"]), [class*="chat-message-item"]',
      list: '[class*="chat-messages"], [class*="message-list"]',
      content: '[class*="message-text"], [class*="text-message"]',
      author: '[class*="message-sender"]',
      role: sideRole('seller', /\b(self|mine|right|sent|buyer)\b/i, /\b(left|other|shop|seller|received)\b/i),
    },
  ],
  blocks: ['.page-product__title, [class*="product-title"]', '.page-product__detail [class*="description"]'],
  seller: ['.page-product__shop [class*="shop-name"]', '[class*="shop-name"]', '.page-product__shop a[href*="/shop/"]'],
  sellerLink: ['.page-product__shop a[href]'],
});
