import { definePayloadRule, hostIs, rest } from '../rule';

/** A WeChat contact card, group invite or WeCom (企业微信) contact code. */
export default definePayloadRule({
  id: 'wechat-contact',
  kind: 'wechat',
  severity: 'medium',
  explain: {
    zh: {
      asked: '图片里是微信名片或微信群二维码，对方想让你加他微信或进群。',
      risk: '加了微信后，聊天和交易都在平台外，平台看不到也管不了；私下交易出问题无法维权。',
      instead: '留在平台聊天工具里沟通，不扫陌生卖家的微信二维码；截图留证并向平台举报。',
    },
    en: {
      asked: 'The image holds a WeChat contact or group QR code: the seller wants you to add them on WeChat.',
      risk: 'Once you move to WeChat the platform cannot see or step into the deal, and you lose its protection.',
      instead: 'Keep talking in the platform’s own chat and do not scan a seller’s WeChat code; report it.',
    },
  },
  match: (p) => {
    if (p.scheme === 'weixin') return /^weixin:\/\/(contacts\/profile|dl\/chat|qr)\/?\S*/i.test(p.text) && p.text.length > 'weixin://'.length + 2;
    if (hostIs(p, 'u.wechat.com')) return /^[\w-]{4,}/.test(rest(p));
    if (hostIs(p, 'work.weixin.qq.com')) return /^(u|ca|gm|wework_admin\/user\/h5\/qr)[\/\w-]*\/?[\w-]{4,}/.test(rest(p));
    if (hostIs(p, 'weixin.qq.com')) return /^(r|g|q)\/([\w-]+\/)?[\w-]{4,}/.test(rest(p));
    return false;
  },
});
