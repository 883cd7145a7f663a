import { definePayloadRule, hostIs } from '../rule';

/** A QQ Wallet (QQ钱包) collection code. */
export default definePayloadRule({
  id: 'qq-wallet-pay',
  kind: 'payment_qr',
  severity: 'high',
  explain: {
    zh: {
      asked: '图片里是QQ钱包收款码，对方想让你直接付款给他。',
      risk: '扫个人收款码付款，钱直接进对方口袋，平台没有担保也无法退款。',
      instead: '只在平台订单页付款，不扫卖家图片里的收款码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a QQ Wallet payment code: the seller wants you to pay them directly.',
      risk: 'Paying by a private QR code sends money straight to the seller with no escrow; the platform cannot refund you.',
      instead: 'Pay only on the platform’s order page and never scan a payment code from a seller’s image; report it.',
    },
  },
  match: (p) => hostIs(p, 'i.qianbao.qq.com', 'qpay.qq.com') && /[?&](t|u|code)=\w{4,}/.test(p.url?.search ?? ''),
});
