import { definePayloadRule, hostIs, rest } from '../rule';

/** A Telegram user, channel or group link (`t.me/…`, `tg://resolve?domain=…`). */
export default definePayloadRule({
  id: 'telegram',
  kind: 'im_handle',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里是Telegram账号或群组链接，对方想把你拉到Telegram上。',
      risk: '到其他聊天软件上交易，平台看不到也管不了，出了问题无法维权。',
      instead: '留在平台内沟通和付款，不加卖家的Telegram；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a Telegram account or group link: the seller wants to move you to Telegram.',
      risk: 'A deal on another messaging app is out of the platform’s sight, and it cannot help if something goes wrong.',
      instead: 'Keep talking and paying on the platform and do not add the seller on Telegram; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'tg') return /^tg:\/\/(resolve\?domain=\w{4,}|join\?invite=[\w-]{6,})/i.test(p.text);
    if (hostIs(p, 't.me', 'telegram.me', 'telegram.dog')) return /^(\+|joinchat\/)?[\w-]{4,}/.test(rest(p));
    return false;
  },
});
