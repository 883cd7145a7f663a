import { definePayloadRule, hostIs, rest } from '../rule';

/** A PayPal.me personal payment link (`paypal.me/<name>`, `paypal.com/paypalme/<name>`). */
export default definePayloadRule({
  id: 'paypal-me',
  kind: 'payment_account',
  severity: 'high',
  explain: {
    zh: {
      asked: '图片里是PayPal.me个人收款链接，对方想让你绕过平台直接付款。',
      risk: '直接打款给个人不受平台买家保障，常被要求选“亲友付款”，出了问题无法退款。',
      instead: '只在平台结账页付款，不用卖家给的PayPal.me链接；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a PayPal.me link: the seller wants you to pay them directly, off the platform.',
      risk: 'A direct payment (often “friends and family”) has no platform or buyer protection and cannot be refunded.',
      instead: 'Pay only at the platform’s checkout and never through a seller’s PayPal.me link; report it.',
    },
  },
  match: (p) => {
    if (hostIs(p, 'paypal.me')) return /^[\w.-]{2,}/.test(rest(p));
    if (hostIs(p, 'paypal.com')) return /^paypalme\/[\w.-]{2,}/i.test(rest(p));
    return false;
  },
});
