import { definePayloadRule, hostIs, rest } from '../rule';

/** A WhatsApp chat or group link (`wa.me/<number>`, `api.whatsapp.com/send?phone=`, `chat.whatsapp.com/…`). */
export default definePayloadRule({
  id: 'whatsapp',
  kind: 'im_handle',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里是WhatsApp聊天或群组链接，对方想把你拉到WhatsApp上。',
      risk: '到其他聊天软件上交易，平台看不到也管不了，出了问题无法维权。',
      instead: '留在平台内沟通和付款，不加卖家的WhatsApp；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a WhatsApp chat or group link: the seller wants to move you to WhatsApp.',
      risk: 'A deal on another messaging app is out of the platform’s sight, and it cannot help if something goes wrong.',
      instead: 'Keep talking and paying on the platform and do not message the seller on WhatsApp; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'whatsapp') return /^whatsapp:\/\/send\?\S*phone=\+?\d{6,}/i.test(p.text);
    if (hostIs(p, 'wa.me')) return /^(\+?\d{6,}|message\/\w{6,})/.test(rest(p));
    if (hostIs(p, 'api.whatsapp.com')) return /[?&]phone=\+?\d{6,}/.test(p.url?.search ?? '');
    if (hostIs(p, 'chat.whatsapp.com')) return /^[\w]{10,}/.test(rest(p));
    return false;
  },
});
