import { defineSite, sideRole } from '../site';

/** Etsy listings (`[data-buy-box-listing-title]`, shop link) and Etsy Messages. */
export const etsy = defineSite({
  id: 'etsy',
  platform: 'etsy',
  hosts: /(^|\.)etsy\.com$/,
  chats: [
    {
      message: '[data-convo-message], .convo-message, [class*="msg-thread__message"]',
      list: '[data-convo-thread], .convo-thread, [class*="msg-thread"]',
      content: '.message-text, [data-message-text], [class*="message-body"]',
      author: '.message-sender, [data-message-sender]',
      role: sideRole('seller'),
    },
    {
      // Reviews: buyers' words about the shop (cashback-for-review lives here).
      message: '[data-review-region] .review-item, [data-review-region] [data-review]',
      content: '[data-review-text], .wt-content-toggle',
      author: '[data-reviewer-name], .reviewer-name',
      role: 'buyer',
    },
  ],
  blocks: ['h1[data-buy-box-listing-title]', '[data-id="description-text"]', '[data-product-details-description-text-content]'],
  seller: ['[data-shop-name]', 'a[data-shop-home-link] span', '.shop-name-and-title-container .wt-text-heading', 'a[href*="/shop/"]'],
});
