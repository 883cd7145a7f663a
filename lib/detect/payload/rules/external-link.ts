import { samePlatform } from '../platforms';
import { definePayloadRule } from '../rule';

/**
 * A web link to a site that is not the platform the page belongs to: an
 * own shop site, a group sign-up form, a cloud drive. A link back to the
 * page's platform (the shop's own item page) is not inducement.
 */
export default definePayloadRule({
  id: 'external-link',
  kind: 'external_channel',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里的二维码指向平台以外的网站，对方想把你带离平台。',
      risk: '在平台外的网站下单或留资料，不受平台担保和售后保护，也可能是钓鱼网站。',
      instead: '只在平台内下单，不扫图片里把你带出平台的二维码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The QR code in the image leads to a site outside the platform: the seller wants to take you off it.',
      risk: 'Orders or details given on an outside site have no platform protection or after-sales, and the site may be a phishing page.',
      instead: 'Order only on the platform and do not follow QR codes that take you off it; report it.',
    },
  },
  match: (p, ctx) => {
    if (!p.host || !p.url) return false;
    return !ctx.pageHost || !samePlatform(p.host, ctx.pageHost);
  },
});
