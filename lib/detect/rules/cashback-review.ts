import { Phrases, defineRule, phraseMatches } from '../rule';
import { refusedAfter } from '../scan';

const REVIEW = '(?:好评|五星|5星|五颗星|晒图|晒单|追评|带图|评价|评论|买家秀|截图好评)';
const MONEY = '(?:返现|返现金|返钱|返红包|返\\d|返[一二三四五六七八九十两]|返还|红包|现金|退你\\d?|退\\d|领现金|领红包|返利|奖励\\d|\\d+元现金|立减\\d|返)';
/** The same without the words that are a reward only right next to the review (红包, 现金, bare 返): these do not cross a comma. */
const MONEY_STRONG = '(?:返(?:你|您)|退(?:你|您)\\d|返现|返现金|返钱|返红包|返\\d|返[一二三四五六七八九十两]|退你\\d|退\\d|领现金|领红包|返利|奖励\\d|\\d+元现金|立减\\d)';
const REVIEW_STRICT = '(?:好评|晒图|晒单|追评|带图评价|五星好评|5星好评)';
/** A reward that is claimed, not just mentioned: 即返红包, 就送现金, 领红包 (no bare 返 or 送: 送货, 返回). */
const CLAIM = '(?:[即就可再]?(?:返|发|送|领|给)(?:你|您)?(?:\\d+[元块]?|[一二三四五六七八九十两]+[元块])?(?:现金|红包|返现)|返现|返\\d|返[一二三四五六七八九十两]+元|领(?:取)?(?:现金|红包|返现)|(?:微信|vx|wx|支付宝)(?:上)?(?:红包|转账|返|转(?:你|您)|发(?:你|您))|送(?:你|您)(?:一|1|两|2)?(?:包|份|个|支|瓶|盒|件|张))';
const ZH = new RegExp(
  `${REVIEW}[^。！？!?\\n,，]{0,14}?${MONEY}|${REVIEW}[^。！？!?\\n]{0,14}?${MONEY_STRONG}|${MONEY.replace('|返)', ')')}[^。！？!?\\n]{0,10}?${REVIEW_STRICT}` +
    // the review task, then the reward in a later clause of the same sentence (晒图…字以上，截图发客服即返红包)
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,24}?${CLAIM}` +
    // a gift for the review, claimed by contacting the seller (给五星评价送小礼物，私信客服)
    `|${REVIEW}[^。！？!?\\n,，]{0,8}?送(?:个|份)?(?:小)?(?:礼物|礼品|赠品|小样)[^。！？!?\\n]{0,12}?(?:私信|私讯|私聊|私我|联系客服|找客服|加我|加v|截图)`,
  'g',
);
/** A rating in English: "5 stars", "a five-star review", "⭐⭐⭐⭐⭐", "positive feedback". */
const RATING = "(?:(?:5|five)[- ]?stars?(?: review| rating| feedback)?|5 ?[★⭐](?: ?(?:review|rating|feedback))?|[⭐★]{4,5}(?: ?(?:review|rating|feedback))?|(?:positive|good|great|nice|glowing|5[- ]star|five[- ]star) (?:review|feedback|rating))";
const AMOUNT = "(?:\\$ ?\\d+|\\d+ ?(?:dollars|bucks|usd|eur|euros|pounds|quid)|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty) (?:dollars|bucks|euros|pounds|quid))";
/**
 * What is paid for it, as something given: money sent or got back, a refund to you, a gift card,
 * a free item. (Not a bare price or "my refund": "I'd give 5 stars if it weren't $50".)
 */
const REWARD = `(?:(?:get|receive|earn|claim|win|send|give|pay|refund|reimburse|venmo|paypal)(?: you| u)?(?: back)?(?: a| an)? ${AMOUNT}|${AMOUNT} (?:back|refund|rebate|gift|reward|bonus|credit|cash|via|on|by|to)|refund (?:you|u)\\b|refund (?:the )?(?:full|whole|entire) (?:amount|price|order)|(?:get|receive) (?:your |the )?money back|(?:get|receive|earn|claim|give|issue|send|process)(?: you)? (?:a |an |your )?(?:full |partial )?refund|cash ?back|rebate|gift ?cards?|free (?:gift|item|product|sample|one|shipping)|(?:a |your )reward)`;
/** In an offer made to the reader (asked to rate, to change a rating, "review = …"), any free thing counts. */
const REWARD_X = `(?:${REWARD}|(?:get|receive|claim|enjoy|win) (?:a |an )?free [a-z]+|\\d+ ?% off|(?:a |an )?(?:\\d+ ?% )?(?:discount|coupon))`;
/** Paid for any review, not only a good one ("post your photo review and we'll venmo you $3"): money or gifts, not a refund ("leave a review; if not happy we refund you"). */
const PAY = `(?:(?:get|receive|earn|claim|win|send|give|pay|venmo|paypal|zelle|cash ?app)(?: you| u)?(?: back)?(?: a| an)? ${AMOUNT}|${AMOUNT} (?:back|rebate|gift|reward|bonus|credit|cash|via|on|by|to)|cash ?back|rebate|gift ?cards?|(?:get|receive|claim|enjoy|win) (?:a |an )?free [a-z]+)`;
const EN = new RegExp(
  [
    // the old forms: rating, then money close after it; money for a rating
    `${RATING}[^.!?\\n]{0,30}?${REWARD}`,
    // a rating asked as a question header ("5-star review? Get a free case")
    `${RATING}\\? [^.!?\\n]{0,30}?${REWARD_X}`,
    `(?:\\$\\d+|cash|refund|gift card) (?:for|in exchange for) (?:a |your )?(?:5[- ]star |positive |good )?(?:review|feedback|rating)`,
    // asked to leave a rating, the reward later in the sentence ("leave us 5 stars, email the screenshot and get $10")
    `(?:leave|give|post|write|drop|leaving|giving)(?: us| me| it| the item| our shop| our store)? (?:a |an )?${RATING}[^.!?\\n]{0,60}?(?:${REWARD_X}|for (?:a |your )?(?:full |partial )?refund)`,
    // asked to change a rating ("change your 3-star to 5 and I'll send fifteen bucks")
    `(?:change|update|raise|bump|edit|revise|upgrade|switch|amend|remove|delete|take down|withdraw) (?:your|the|that) (?:[1-4]|one|two|three|four|negative|bad|low|neutral|critical)?[- ]?(?:stars?|review|rating|feedback)[^.!?\\n]{0,60}?${REWARD_X}`,
    // the reward first, for the rating ("$5 back if you leave 5 stars")
    `${REWARD}[^.!?\\n]{0,30}?(?:if you|when you|once you|after you|for|in exchange for) (?:(?:leave |give |post |leaving |giving |change |update )?(?:us |me )?(?:a |an |your |every |each )?${RATING}|(?:update|change|remove|delete|edit|revise|raise) (?:your |the |that )?(?:review|rating|feedback))`,
    // any review paid for ("post your photo review and we'll venmo you $3")
    `(?:leave|post|write|drop)(?: us| me)? (?:a |an |your )?(?:photo |video |honest |quick )?(?:review|feedback|rating)[^.!?\\n]{0,40}?${PAY}`,
    // "we reward (honest) 5-star reviews with …"
    `reward(?:s|ed|ing)? (?:you |customers |buyers )?(?:for )?(?:your |an? |honest |every |all )?(?:5[- ]star |five[- ]star |positive |good |photo )?(?:reviews?|ratings?|feedback) with`,
    // "review = free gift"
    `${RATING} ?(?:=|->|→|gets? you|earns? you) ?(?:a )?${REWARD_X}`,
  ].join('|'),
  'g',
);
/** Platform promotions and neutral mentions that share the words. */
const BENIGN = /平台活动|购物金|店铺券|优惠券|满\d+返|积分|京豆|金币|好评率|无返现|没有返现|不返现|no incentive|not (?:offer|give|provide)|(?:cannot|can't|can’t|won't|won’t|will not|do not|don't|don’t|never) (?:offer|give|pay|provide|send)/;

const PATTERNS = new Phrases([ZH, EN]);
function keep(m: RegExpExecArray, canon: string): boolean {
  if (refusedAfter(canon, m.index + m[0].length)) return false;
  return !BENIGN.test(canon.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10));
}

/** Money or gifts for a good review, usually claimed off-platform (好评返现卡, "5-star review = $5 back"). */
export default defineRule({
  id: 'cashback-review',
  kind: 'cashback_card',
  severity: 'medium',
  trigger: /好评|五星|5星|晒|追评|带图|评价|评论|买家秀|review|feedback|rating|star|⭐|★/,
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
