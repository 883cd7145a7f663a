import { defineSite, sideRole } from '../site';

/** eBay item pages (`x-sellercard-atf`, `x-item-title`) and My eBay / mesh messages. */
export const ebay = defineSite({
  id: 'ebay',
  platform: 'ebay',
  hosts: /(^|\.)ebay\.(com|co\.uk|de|fr|it|es|ca|com\.au|at|ch|ie|nl|be|pl|ph|com\.sg|com\.my|com\.hk|in)$/,
  chats: [
    {
      message: '.msg-item, [data-testid="message-bubble"], [class*="message-bubble"]',
      list: '.msg-conversation, [data-testid="message-list"], [class*="conversation"]',
      content: '.msg-text, [class*="message-text"], [data-testid="message-text"]',
      author: '.msg-sender, [class*="message-sender"]',
      role: sideRole('seller'),
    },
  ],
  blocks: ['.x-item-title__mainTitle', '#viTabs_0_is', '.x-about-this-item'],
  seller: [
    '.x-sellercard-atf__info__about-seller a span',
    '[data-testid="x-sellercard-atf"] a span',
    '.x-sellercard-atf__info__about-seller',
    '.ux-seller-section__item--seller a',
    '.mbg-nw',
  ],
});
