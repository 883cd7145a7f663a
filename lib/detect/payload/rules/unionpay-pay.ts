import { definePayloadRule, hostIs, rest } from '../rule';

/**
 * CRC-16/CCITT-FALSE, the checksum of EMVCo merchant-presented QR codes
 * (tag 63 closes every payload), over the payload's UTF-8 bytes.
 */
function crc16(s: string): number {
  let crc = 0xffff;
  for (const byte of new TextEncoder().encode(s)) {
    crc ^= byte << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** An EMVCo merchant QR (UnionPay international, and the national schemes built on it), proven by its checksum. */
export function isEmvcoPayload(text: string): boolean {
  if (!/^000201/.test(text) || text.length < 30) return false;
  const m = /6304([0-9A-F]{4})$/i.exec(text);
  if (!m) return false;
  return crc16(text.slice(0, -4)) === parseInt(m[1]!, 16);
}

/** A UnionPay (云闪付) collection code, or any EMVCo merchant payment QR with a valid checksum. */
export default definePayloadRule({
  id: 'unionpay-pay',
  kind: 'payment_qr',
  severity: 'high',
  explain: {
    zh: {
      asked: '图片里是银联（云闪付）或其他银行的收款码，对方想让你直接付款给他。',
      risk: '扫码付款后钱直接进对方账户，不经过平台担保，平台无法退款。',
      instead: '只在平台订单页付款，不扫卖家图片里的收款码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a UnionPay or bank payment QR code: the seller wants you to pay them directly.',
      risk: 'Paying by the seller’s own code sends the money past the platform’s escrow; the platform cannot refund it.',
      instead: 'Pay only on the platform’s order page and never scan a payment code from a seller’s image; report it.',
    },
  },
  match: (p) => {
    if (hostIs(p, 'qr.95516.com')) return rest(p).length >= 6;
    if (p.scheme === 'upwallet') return p.text.length > 'upwallet://'.length + 4;
    return isEmvcoPayload(p.text);
  },
});
