import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Lexicon } from '../scan';
import { type BindOptions, bindHandles } from '../bind';
import { QQ_STRONG, QQ_WEAK } from '../lexicon/words';

/** "Q Q" spelled with a space (dotted "q.q" is joined by normalisation). */
const STRONG = new Lexicon([...QQ_STRONG, 'q q']);
const WEAK = new Lexicon(QQ_WEAK);
const PROFILE = /^[^。！？!?\n]{0,6}(?:在|见|看)(?:我的?)?(?:主页|简介|个人资料|资料|签名|头像)/;

/** Made once (not per message): the keyword lexicons and what a QQ number looks like. */
const BIND: BindOptions = {
  strong: STRONG,
  weak: WEAK,
  notAfter: /^\s*(?:音乐|会员|空间|邮箱|糖|绿钻|黄钻|钻|账号登录|登录|登陆|浏览器|游戏|飞车|炫舞|分享|好友|币|阅读|视频|宠物|子|款)/,
  notBefore: /(?:分享到|分享给|支持|使用|装|扣)\s*$/,
  accept: (v) => /^[1-9]\d{4,10}$/.test(v),
};

/** A QQ number or QQ group number next to QQ or one of its nicknames (扣扣, 企鹅, 球球). */
export default defineRule({
  id: 'qq-number',
  kind: 'qq',
  severity: 'medium',
  trigger: /[q扣企球抠寇叩k]/,
  explain: {
    zh: {
      asked: '对方给出了QQ号或QQ群号，想让你到QQ上联系。',
      risk: '离开平台后的聊天和交易不受平台保护：没有担保，无法7天无理由退货，平台也无法介入纠纷。',
      instead: '只在平台内沟通和下单；遇到引导加QQ的卖家可以举报。',
    },
    en: {
      asked: 'The seller gave a QQ number or QQ group to contact them there.',
      risk: 'Once you leave the platform there is no escrow, no 7-day returns, and the platform cannot step in.',
      instead: 'Keep the conversation and the order on the platform; report sellers who push you to QQ.',
    },
  },
  match: (ctx) => {
    const out: RawMatch[] = bindHandles(ctx, BIND);
    // "QQ号在我主页简介": the number is one click away
    for (const h of ctx.hits(STRONG)) {
      if (out.some((m) => m.start <= h.start && h.start < m.end)) continue;
      const tail = ctx.canon.slice(h.end, h.end + 16);
      const m = PROFILE.exec(tail);
      if (m) out.push({ start: h.start, end: h.end + m[0].length, value: '' });
    }
    return out;
  },
});
