import { defineRule } from '../rule';
import { Lexicon } from '../scan';
import { type BindOptions, bindHandles, isCnMobile, looksLikeHandle, withJoiners } from '../bind';
import { MARKETPLACES_EN, WECHAT_STRONG, WECHAT_WEAK } from '../lexicon/words';
import { WECHAT_ALT } from '../app-names';
import type { RawMatch } from '../rule';

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

/**
 * A thing made after the app, named right after the word that follows it (微信 emoji 抱枕, 微信 logo 马克杯, wechat icon 钥匙扣):
 * the word of letters names the design of the goods, not an ID.
 */
const MERCH_AFTER = /^\s?(?:抱枕|靠枕|公仔|玩偶|马克杯|杯子|水杯|贴纸|手机壳|钥匙扣|挂件|徽章|周边|表情包|t恤|卫衣|帽子|冰箱贴|胸针|文具|笔记本|礼盒|手办|键帽|鼠标垫|摆件|抱抱枕|睡衣|袜子|发夹|印花)/;
/** …unless the reader is told to add or contact it (加我微信 lanlan 抱枕批发). */
const ASKED_TO_ADD = /(?:加|联系|找|搜|私|add|contact|find|search)\s?(?:我|我们|个|一下|下|me|us)?\s?(?:的)?$/;
function namesMerch(canon: string, m: { start: number; end: number; value: string }): boolean {
  return /^[a-z]+$/.test(m.value) && !/[:：@]/.test(canon.slice(m.start, m.end)) && MERCH_AFTER.test(canon.slice(m.end, m.end + 6)) &&
    !ASKED_TO_ADD.test(canon.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * A marketplace named bare where an ID would be (要加微信发视频，我说直接在 Alibaba 里发; 加微信，在 taobao 上聊): the place
 * the talk stays, not an account, unless a colon or an @ introduces it.
 */
const MARKET_NAME = new RegExp(`^(?:${MARKETPLACES_EN}|taobao|tmall|jd|pinduoduo|pdd|xianyu|douyin|1688)$`);
function namesMarket(canon: string, m: { start: number; end: number; value: string }): boolean {
  return MARKET_NAME.test(m.value) && !/[:：@]/.test(canon.slice(m.start, m.end));
}

/**
 * Round 65: WeChat asked about, whether the reader has it ("do you have wechat?", "u on wechat?", 有微信吗？), then its
 * one-letter name "V" alone and the ID (a chat typed in pieces, "V" / "mm_shop_8" read joined): the V names the app the
 * question just asked for, so the ID after it is the account there. The question mark is needed, and the ID a handle's
 * shape (a digit or "_"), so "wechat? v neck" stays a sentence.
 */
const ASKED_THEN_V = new RegExp(`(?:${WECHAT_ALT})(?:吗|嘛|么|呢)?\\s?[?？]+\\s?(v\\s?[:：]?\\s?([a-z][a-z0-9_-]{3,19}))(?![a-z0-9_@.-])`, 'g');
function askedThenV(canon: string, taken: readonly RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  if (!canon.includes('?') && !canon.includes('？')) return out;
  ASKED_THEN_V.lastIndex = 0;
  for (let m = ASKED_THEN_V.exec(canon); m !== null; m = ASKED_THEN_V.exec(canon)) {
    const value = m[2]!;
    const start = m.index + m[0].length - m[1]!.length;
    if (!/[\d_]/.test(value) || !looksLikeHandle(value, true, 5)) continue;
    const end = m.index + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, value, contact: true });
  }
  return out;
}

/**
 * Round 88: the app named, then a new clause whose subject is a bare pronoun and whose verb is the word read as the ID
 * ("tried to get me to add WeChat, I stayed on the site", "asked for my wechat, we declined"): a word of letters alone
 * right after "I", "we", "he", "she" or "they" is the sentence going on, unless a colon or an @ introduces it.
 */
const PRONOUN_BEFORE = /(?<![a-z'])(?:i|we|he|she|they)\s$/;
function pronounThenWord(canon: string, m: { start: number; end: number; value: string }): boolean {
  const valueAt = canon.lastIndexOf(m.value, m.end);
  return /^[a-z]+$/.test(m.value) && valueAt > m.start && PRONOUN_BEFORE.test(canon.slice(m.start, valueAt)) && !/[:：@]/.test(canon.slice(m.start, valueAt));
}

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
  // on unless a colon or an @ introduces it ("we chat: lanlan"); and a word of letters before goods is their design
  match: (ctx) => {
    const out = bindHandles(ctx, BIND).filter((m) => !(ctx.canon.startsWith('we chat', m.start) && /^[a-z]+$/.test(m.value) && !/[:：@]/.test(ctx.canon.slice(m.start, m.end))) && !namesMerch(ctx.canon, m) && !namesMarket(ctx.canon, m) && !pronounThenWord(ctx.canon, m));
    return out.concat(askedThenV(ctx.canon, out));
  },
});
