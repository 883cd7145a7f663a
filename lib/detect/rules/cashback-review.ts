import { Phrases, defineRule, phraseMatches } from '../rule';

const REVIEW = '(?:好评|五星|5星|五颗星|晒图|晒单|追评|带图|评价|评论|买家秀|截图好评)';
const MONEY = '(?:返现|返现金|返钱|返红包|返\\d|返[一二三四五六七八九十两]|返还|红包|现金|退你\\d?|退\\d|领现金|领红包|返利|奖励\\d|\\d+元现金|立减\\d|返)';
const REVIEW_STRICT = '(?:好评|晒图|晒单|追评|带图评价|五星好评|5星好评)';
const ZH = new RegExp(`${REVIEW}[^。！？\\n]{0,14}?${MONEY}|${MONEY.replace('|返)', ')')}[^。！？\\n]{0,10}?${REVIEW_STRICT}`, 'g');
const EN = /(?:5|five)[- ]star (?:review|rating|feedback)[^.!?\n]{0,30}?(?:\$\d+|refund|cash|gift card|paypal|back|reward)|(?:positive|good|great|5[- ]star) (?:review|feedback|rating)[^.!?\n]{0,30}?(?:full refund|\$\d+|cash ?back|gift card|refund)|(?:\$\d+|cash|refund|gift card) (?:for|in exchange for) (?:a |your )?(?:5[- ]star |positive |good )?(?:review|feedback|rating)/g;
/** Platform promotions and neutral mentions that share the words. */
const BENIGN = /平台活动|购物金|店铺券|优惠券|满\d+返|积分|好评率|无返现|没有返现|不返现/;

const PATTERNS = new Phrases([ZH, EN]);
function keep(m: RegExpExecArray, canon: string): boolean {
  return !BENIGN.test(canon.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10));
}

/** Money or gifts for a good review, usually claimed off-platform (好评返现卡, "5-star review = $5 back"). */
export default defineRule({
  id: 'cashback-review',
  kind: 'cashback_card',
  severity: 'medium',
  trigger: /好评|五星|5星|晒|追评|带图|评价|评论|买家秀|review|feedback|rating/,
  explain: {
    zh: {
      asked: '对方用返现、红包换你的好评或晒图，通常要你加微信或私聊领取。',
      risk: '好评返现违反平台规则，返现多在平台外发放，承诺常常不兑现；加了对方后还可能被引导私下交易，平台无法保障。',
      instead: '按真实体验评价，不为返现加私人联系方式；收到返现卡可以拍照留存并向平台举报。',
    },
    en: {
      asked: 'The seller offers cash or gifts for a good review, usually claimed by contacting them off the platform.',
      risk: 'Paid reviews break platform rules, the cash is paid off-platform and often never comes, and the contact can lead to private deals with no protection.',
      instead: 'Review honestly and don’t contact the seller off-platform for a reward; keep the card and report it to the platform.',
    },
  },
  match: (ctx) => phraseMatches(ctx.canon, PATTERNS.for(ctx), keep),
});
