import { defineRule } from '../rule';
import { Lexicon } from '../scan';
import { type BindOptions, bindHandles, isCnMobile, looksLikeHandle, withJoiners } from '../bind';
import { WECHAT_STRONG, WECHAT_WEAK } from '../lexicon/words';

const STRONG = new Lexicon(withJoiners(WECHAT_STRONG));
const WEAK = new Lexicon(WECHAT_WEAK);

/** Made once (not per message): the keyword lexicons and what a WeChat ID looks like. */
const BIND: BindOptions = {
  strong: STRONG,
  weak: WEAK,
  // (weixin:// opens a link in the app, weixin://wxpay/… a payment: a scheme, not a label before an ID)
  notAfter: /^\s*(?::\/\/|支付|付款成功|登录|登陆|读书|分享|好友|扫码登录|账号登录|运动|小程序|公众号|视频号|红包封面|pay|login|sign|-compatible|compatible|版|客户端|群|双开|多开|分身)/,
  notBefore: /(?:分享到|分享给|分享至|支持|支援|兼容|相容|适用|使用|安装|装)\s*$/,
  wordNeedsCue: 'latin',
  accept: (v, intro) => looksLikeHandle(v, intro, 5) || isCnMobile(v) || (intro && /^\d{6,11}$/.test(v)),
};

/** A WeChat ID (or the phone number it is registered to) next to a WeChat keyword or look-alike. */
export default defineRule({
  id: 'wechat-id',
  kind: 'wechat',
  severity: 'medium',
  trigger: /[微薇威徽维韦唯危魏卫绿某vw]/,
  explain: {
    zh: {
      asked: '对方给出了微信号，想让你加微信联系。',
      risk: '到微信上聊和付款，平台看不到，也管不了：没有担保交易，没有7天无理由退货，出了问题很难举证。',
      instead: '留在平台的聊天和下单流程里沟通、付款；如对方坚持，可向平台举报该卖家。',
    },
    en: {
      asked: 'The seller gave a WeChat ID and wants you to add them there.',
      risk: 'Chats and payments on WeChat are invisible to the platform: no escrow, no 7-day returns, and little proof if something goes wrong.',
      instead: 'Keep talking and paying through the platform’s chat and checkout; report the seller if they insist.',
    },
  },
  // "we chat" is also English ("can we chat here about sizes?"): after it, a word of letters alone is the sentence going
  // on unless a colon or an @ introduces it ("we chat: lanlan")
  match: (ctx) => bindHandles(ctx, BIND).filter((m) => !(ctx.canon.startsWith('we chat', m.start) && /^[a-z]+$/.test(m.value) && !/[:：@]/.test(ctx.canon.slice(m.start, m.end)))),
});
