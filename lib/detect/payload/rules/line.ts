import { definePayloadRule, hostIs, rest } from '../rule';

/** A LINE friend, official account or group link (`line.me/ti/p/…`, `lin.ee/…`, `line.me/R/ti/g/…`). */
export default definePayloadRule({
  id: 'line',
  kind: 'im_handle',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里是LINE好友或群组链接，对方想把你拉到LINE上。',
      risk: '到其他聊天软件上交易，平台看不到也管不了，出了问题无法维权。',
      instead: '留在平台内沟通和付款，不加卖家的LINE；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a LINE friend or group link: the seller wants to move you to LINE.',
      risk: 'A deal on another messaging app is out of the platform’s sight, and it cannot help if something goes wrong.',
      instead: 'Keep talking and paying on the platform and do not add the seller on LINE; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'line') return /^line:\/\/(ti\/[pg]|msg|oaMessage)\/\S{3,}/i.test(p.text);
    if (hostIs(p, 'lin.ee')) return /^[\w-]{5,}/.test(rest(p));
    if (hostIs(p, 'line.me')) return /^(r\/)?(ti\/[pg]2?\/|msg\/|oaMessage\/)\S{3,}/i.test(rest(p));
    return false;
  },
});
