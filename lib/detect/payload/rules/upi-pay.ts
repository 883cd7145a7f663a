import { definePayloadRule } from '../rule';

/**
 * A UPI payment link (`upi://pay?pa=name@bank&pn=…`), what every UPI QR code in India holds: the payee's address is in
 * it, and opening it in any UPI app pays that person at once.
 */
export default definePayloadRule({
  id: 'upi-pay',
  kind: 'payment_qr',
  severity: 'high',
  explain: {
    zh: {
      asked: '这是UPI收款码或链接（印度的即时转账），对方想让你直接转账给他。',
      risk: 'UPI转账即时到账、无法撤回，钱直接给了个人，不经过平台担保，出问题平台无法退款。',
      instead: '只在平台结账页付款，不扫卖家发来的UPI码或链接；截图留证并向平台举报。',
    },
    en: {
      asked: 'This is a UPI payment code or link: the seller wants you to transfer money to them directly.',
      risk: 'A UPI transfer is instant and final, goes to a person and skips the platform’s escrow; it cannot be refunded.',
      instead: 'Pay only at the platform’s checkout and never through a seller’s UPI code or link; report it.',
    },
  },
  // (the payee's address, name@handle, is the one field a UPI link must carry)
  match: (p) => p.scheme === 'upi' && /^upi:\/\/pay\?(?:[a-z]+=[^\s&]*&)*pa=[a-z0-9._-]{2,}@[a-z][a-z0-9.]{1,30}(?:&|$)/i.test(p.text),
});
