import { definePayloadRule, hostIs, rest } from '../rule';

/** A QQ contact card or QQ group invite (`qm.qq.com/…`, `jq.qq.com/?k=…`, `mqqapi://card/…`). */
export default definePayloadRule({
  id: 'qq-contact',
  kind: 'qq',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里是QQ名片或QQ群二维码，对方想让你加他QQ或进群。',
      risk: '到QQ上交易，平台看不到聊天也管不了；私下付款出了问题没人兜底。',
      instead: '留在平台聊天工具里沟通，不扫卖家的QQ二维码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a QQ contact or group QR code: the seller wants you to add them on QQ.',
      risk: 'A deal on QQ is out of the platform’s sight; if anything goes wrong it cannot help.',
      instead: 'Keep talking in the platform’s own chat and do not scan a seller’s QQ code; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'mqqapi' || p.scheme === 'mqqopensdkapi' || p.scheme === 'mqq') return /[?&](uin|src_type|k)=\w+/i.test(p.text) || /card\/show_pslcard/i.test(p.text);
    if (p.scheme === 'tencent') return /^tencent:\/\/(message|addcontact|groupwpa)\/?\?\S*uin=\d{5,}/i.test(p.text);
    if (hostIs(p, 'qm.qq.com')) return /^(cgi-bin\/qm\/qr\?\S*k=|q\/)[\w-]{4,}/.test(rest(p)) || /[?&]k=[\w-]{4,}/.test(p.url?.search ?? '');
    if (hostIs(p, 'jq.qq.com')) return /[?&]k=[\w-]{4,}/.test(p.url?.search ?? '');
    return false;
  },
});
