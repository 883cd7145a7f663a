import { definePayloadRule, hostIs, rest } from '../rule';

/** An Alipay collection or transfer code (`qr.alipay.com/…`, `alipays://platformapi/startapp…`). */
export default definePayloadRule({
  id: 'alipay-pay',
  kind: 'payment_qr',
  severity: 'high',
  explain: {
    zh: {
      asked: '图片里是支付宝收款码或转账码，对方想让你直接转钱给他。',
      risk: '扫码转账后钱直接到对方账户，平台没有担保也无法退款；很多诈骗就是这样收钱的。',
      instead: '只通过平台下单付款，不扫卖家图片里的支付宝码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds an Alipay payment or transfer code: the seller wants you to send money directly.',
      risk: 'A transfer by Alipay code goes straight to the seller’s account with no escrow and no refund by the platform.',
      instead: 'Order and pay only through the platform and never scan an Alipay code from a seller’s image; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'alipays' || p.scheme === 'alipay') return /^alipays?:\/\/platformapi\/startapp\?\S+/i.test(p.text);
    if (hostIs(p, 'qr.alipay.com')) return /^[a-z0-9]{6,}/i.test(rest(p));
    if (hostIs(p, 'render.alipay.com')) return /^p\/\S+/.test(rest(p));
    if (hostIs(p, 'ds.alipay.com')) return /[?&](scheme|from)=/.test(p.url?.search ?? '');
    return false;
  },
});
