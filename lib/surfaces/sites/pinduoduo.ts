import { defineSite, sideRole } from '../site';

/** Pinduoduo mobile web (mobile.yangkeduo.com goods page, chat_detail chat). */
export const pinduoduo = defineSite({
  id: 'pinduoduo',
  platform: 'pinduoduo',
  hosts: /(^|\.)(pinduoduo|yangkeduo)\.com$/,
  chats: [
    {
      message: '[class*="chat-item"], [class*="msg-item"]',
      list: '[class*="chat-list"], [class*="msg-list"]',
      content: '[class*="msg-content"], [class*="text-content"]',
      author: '[class*="msg-nick"]',
      role: sideRole('seller', /\b(self|mine|right|user)\b/i, /\b(left|mall|kefu|service)\b/i),
    },
  ],
  blocks: ['[class*="goods-name"]', '[class*="enable-select"]'],
  seller: ['[class*="mall-name"]', '[class*="mallName"]', '[class*="store-name"]'],
  sellerLink: ['a[href*="mall_page"]'],
});
