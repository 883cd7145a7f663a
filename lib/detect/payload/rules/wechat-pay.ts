import { definePayloadRule, hostIs, rest } from '../rule';

/**
 * A WeChat Pay personal or merchant collection code (`wxp://f2f0…`, `wx.tenpay.com/f2f`), or the native payment link a
 * merchant's order code holds (`weixin://wxpay/bizpayurl?pr=…`): scanned or opened, it pays the maker of the code.
 */
export default definePayloadRule({
  id: 'wechat-pay',
  kind: 'payment_qr',
  severity: 'high',
  explain: {
    zh: {
      asked: '图片里是微信收款码，对方想让你扫码直接付款给他。',
      risk: '扫个人收款码付款，钱直接进对方口袋，不经过平台担保；出问题平台无法退款，也没有7天无理由退货。',
      instead: '只在平台订单页付款，不扫卖家图片里的收款码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a WeChat Pay collection code: the seller wants you to pay them directly.',
      risk: 'Paying by a private QR code sends money straight to the seller with no escrow; the platform cannot refund you.',
      instead: 'Pay only on the platform’s order page and never scan a payment code from a seller’s image; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'wxp') return /^wxp:\/\/[a-z0-9][a-z0-9_\-./]{5,}$/i.test(p.text);
    if (p.scheme === 'weixin') return /^weixin:\/\/wxpay\/bizpayurl\?(?:[a-z_]+=[^\s&]*&)*(?:pr|sign|product_id)=[a-z0-9]{4,}/i.test(p.text);
    if (hostIs(p, 'wx.tenpay.com')) return /^f2f\b/.test(rest(p));
    if (hostIs(p, 'payapp.weixin.qq.com')) return rest(p).length > 0;
    return false;
  },
});
