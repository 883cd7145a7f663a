import { PHRASE_PART_SOURCE, Phrases, defineRule, phraseMatches } from '../rule';
import type { RawMatch } from '../rule';
import { refusedAfter } from '../scan';
import { WALLET_ALT } from '../app-names';

/**
 * 好评 with one syllable typed in pinyin to get past a word filter (好pin, 好ping, hao评): only with a reward that is money
 * (MONEY_STRONG) or claimed, as 好pin is also a badge praised (胸针好pin，返场了).
 */
// (and 评 written as a homophone, 好平 / 好苹 / 好坪, right before the reward or the screenshot: 好平返现, 好苹有礼; Cantonese
// 好平, "very cheap", comes apart from a reward, 好平，返现…)
// (round 96: and its pinyin initials right before the money back, hp返现, as 好评's initials are also a printer's name)
const GOOD_REVIEW_PINYIN = '好 ?ping?(?![a-z])|(?<![a-z])hao ?评|好(?:平|苹|坪|萍|凭|瓶|屏)(?= ?(?:返|有礼|红包|截图|晒图))|(?<![a-z])hp(?= ?返)';
const REVIEW = '(?:好评|五星|5星|五颗星|晒图|晒单|追评|带图|评价|评论|买家秀|截图好评)';
/** MONEY's words but bare 返, which before a review starts other words (返回订单页，给个好评; 往返线路很方便，好评). */
const MONEY_WORDS = '返现|返现金|返钱|返红包|返\\d|返[一二三四五六七八九十两]|返还|红包|现金|退你\\d?|退\\d|领现金|领红包|返利|奖励\\d|\\d+元现金|立减\\d';
// (bare 返 not as the start of 返图 "photos sent back", as a shop asks of its buyer show, nor 返场, 返修, 返厂, 返单, 返货, 返工)
const MONEY = `(?:${MONEY_WORDS}|返(?![图场修厂单货工]))`;
/** The same without the words that are a reward only right next to the review (红包, 现金, bare 返): these do not cross a comma. */
/** (红包 all in pinyin, 领 hóng bāo: the half-pinyin mixes are read as the word by normalise.ts) */
const HONGBAO_PINYIN = '领 ?hong ?bao(?![a-z])';
const MONEY_STRONG = '(?:' + HONGBAO_PINYIN + '|返(?:你|您)|退(?:你|您)\\d|返现|返现金|返钱|返红包|返\\d|返[一二三四五六七八九十两]|退你\\d|退\\d|领现金|领红包|返利|奖励\\d|\\d+元现金|立减\\d)';
// (or the good review named in English inside Chinese talk, "5 star review 截图发客服", "给个 good review 再晒图": the English
// word where the Chinese would be filtered; a rating or "good" before it, as a bare "review" is also the reviews read)
const REVIEW_STRICT = `(?:好评|晒图|晒单|追评|带图评价|五星好评|5星好评|(?:五星|5星|五颗星)(?:评价|评论)|${GOOD_REVIEW_PINYIN}|(?<![a-z])(?:(?:5|五|five) ?(?:星|-?stars?)|good|positive) ?reviews?(?![a-z]))`;
/** A sum in a currency sign or with 元/块/蚊, in digits or Chinese numerals (二十蚊, 两块: a run with 十 is not read as digits). */
const SUM = '(?:(?:(?:nt|hk|us|s|rm)?\\$|¥) ?\\d+(?:\\.\\d+)?|\\d+(?:\\.\\d+)? ?(?:元|块|蚊)|[一二三四五六七八九十两]{1,3} ?(?:元|块|蚊))';
/**
 * A reward that is claimed, not just mentioned: 即返红包, 就送现金, 领红包, 领取 NT$50 回馈金, 领取 ¥3 现金红包 (the sum in
 * any currency sign, spaced or not; no bare 返 or 送: 送货, 返回);
 * a sum given back (即回赠HK$20, 过 $20 给你, 转你5元; not 满/超过/不过/平过 20元); cash given back, as Taiwan writes it
 * (即回馈现金 50 元, 回赠红包); a sum with cents, the lucky red packet's 8.8元 or 6.66元; cash "obtained" (即可获得100元现金);
 * a voucher named by where it is spent (即送$20超市礼券, 送您一张星巴克礼品卡).
 */
const CLAIM = `(?:(?<![超满不平贵高低多少])(?:回赠|回馈|回礼|过|转|发|返|赠|给)(?:你|您)? ?${SUM}|` +
  // a sum remitted or sent with the reader as who gets it (我汇50元给你, 汇你20元, 打10块到你那): the reader paid off the platform
  `(?:汇|打|转|发)(?:你|您) ?${SUM}|(?:汇|打|转|发)(?:了)? ?${SUM} ?(?:给|到)(?:你|您)(?!们)|` +
  // the Cantonese words for a transfer (过数, 入数, 转数) with the reader as who gets the sum, before or after it
  // (过数$20俾你, 入数畀你 HK$15): not the buyer's own payment told in a review (好评，过数$200之后好快发货)
  `(?:过数|入数|转数)(?:给?(?:你|您) ?${SUM}|${SUM} ?给(?:你|您))(?!们|哋)|` +
  `[即就可再]?(?:返|发|送|领|给|回馈|回赠|获得|获取|得到)(?:你|您)? ?(?:(?:(?:nt|hk|us|s|rm)?\\$|¥) ?\\d+(?:\\.\\d+)? ?|\\d+(?:\\.\\d+)? ?[元块]? ?|[一二三四五六七八九十两]+[元块])?(?:现金|红包|返现|礼券|礼品卡|购物卡|代金券|现金券|话费|e卡|超市卡|八达通|悠游卡|(?:储值|增值|加值|充值)(?:金|卡)?|[\\u3400-\\u9fffa-z]{1,5}?(?:礼券|礼品卡|购物卡|购物券|礼卡)|[a-z0-9&-]{1,8} ?[\\u3400-\\u9fff]{0,3}?(?:礼券|礼品卡|购物卡|购物券|礼卡|商品卡|商品券|兑换券|提货券|咖啡券|餐券)|[\\u3400-\\u9fff]{0,5}?(?:商品卡|商品券|兑换券|提货券|提货卡|咖啡券|餐券|电影票))|返现|返\\d|返[一二三四五六七八九十两]+元|领(?:取)? ?(?:(?:(?:nt|hk|us|s|rm)?\\$|¥)? ?\\d+(?:\\.\\d+)? ?(?:元|块)? ?)?(?:现金|红包|返现|回馈金|奖励金|礼金|现金券)|(?:${WALLET_ALT})(?:上)?(?:红包|转账|返|转(?:你|您)|发(?:你|您))|送(?:你|您)(?:一|1|两|2)?(?:包|份|个|支|瓶|盒|件|张)|` +
  // a person-to-person wallet said as the verb of the payment, as Hong Kong and Singapore chat does (我 PayMe 你 $30, FPS 返你
  // HK$20, paynow you $5 in English): the sum goes to the reader's own wallet
  `(?<![a-z])(?:payme|fps|转数快|paynow|paylah|line ?pay|街口|jkopay|gcash|tng|venmo|zelle|cash ?app) ?(?:给|返|回)?(?:你|您) ?${SUM})`;
/**
 * A sum paid back (退回 HK$20, 返还 15 元): a reward only once the review's screenshot is sent to the seller (PROOF), as
 * a shop's terms also pay back a damaged item's price.
 */
// (or named in English inside Chinese talk, "截图发客服，cashback ¥12", "¥12 cash back": the reward's word where the Chinese
// would be filtered, only after the screenshot sent, as a card's cashback told in a review is the bank's)
const PAID_BACK = `(?:(?:退回|退还|返还|退)(?:你|您)? ?${SUM}|(?<![a-z])cash ?-?back ?${SUM}|${SUM} ?cash ?-?back(?![a-z]))`;
/**
 * The review's screenshot sent to the seller (截图发客服, 截图传到我们的官方帐号, 截图给我们后): the reward is claimed from
 * them off the platform, and may be told further on.
 */
const PROOF = '截图(?:后)?(?:发|传|给|私信|私讯|私聊|联系|找|提供|交|发送)';
/**
 * round 64: the top rating said as the stars given, after the review's word or as the verb's object (评价五颗星, 评分给5星,
 * 给五星的): read only where the review's screenshot is sent to the seller and a reward claimed after it, as 给五星 alone is
 * also a buyer's own verdict.
 */
const STARS_GIVEN = '(?:(?:评价|评论|评分)(?:给|打)?|(?:给|打|留)(?:个|我|我们)?)(?:五|5) ?颗?星(?!级|评|好评)';
/**
 * Round 73: the bad rating named by its stars (一星, 1星, 两星, 一颗星; not 一星期) or as a middling one (中评), as 差评 is,
 * when it is taken down for money.
 */
const BAD_RATING = '差评|负评|中差评|中评|(?:一|1|两|二|2)颗?星(?!期|级|座|球|人)(?:评价|评论|评分)?|低分(?:评价|评论)?';
/**
 * Round 73: the whole price given back to the reader for the removal (这单全额返给您, 全额退您, 给您免单, 货款全退给你): the
 * rating bought with the order itself. The reader named, so a buyer's own refund told (客服全额退款了) is not read.
 */
const WHOLE_BACK = '(?:全额|全款|全部货款|货款|这单)(?:都|就|全)?(?:给|帮)?(?:你|您)?(?:返|退|退款|返还|退还)(?:给|还|回)?(?:你|您)|(?:返|退|退款|返还|退还)(?:给|还)?(?:你|您)(?:全额|全款|全部货款)|(?:给|帮)(?:你|您)(?:这单)?免单|这单(?:给你|给您|就|算)?免单';
const ZH = new RegExp(
  `${REVIEW}[^。！？!?\\n,，]{0,14}?${MONEY}|(?:${REVIEW}|${GOOD_REVIEW_PINYIN})[^。！？!?\\n]{0,14}?${MONEY_STRONG}|(?:${MONEY_WORDS})[^。！？!?\\n]{0,10}?${REVIEW_STRICT}` +
    // the sum given first, then the good review asked for right after it (返你20元，给个五星好评; 我 PayMe 你 $20 留五星):
    // the sum is the review's price. Not a promotion's 满…返 before it, nor anything between the sum and the ask
    // (下单返20元购物金，给个好评 thanks for the order, then asks)
    `|(?<!满 ?\\d{1,5} ?(?:元|块)?)${CLAIM}(?: ?${SUM}| ?\\d{1,4})?[，,、～~ ]{0,2}(?:你|您|就|只要|只需|麻烦|请|帮忙|帮我){0,2}(?:记得)?(?:给|留|打|写|求|记得)(?:个|一个|我|我们|下|一下|了)? ?(?:${REVIEW_STRICT}|(?:五|5) ?颗?星)` +
    // the review task, then the reward in a later clause of the same sentence (晒图…字以上，截图发客服即返红包)
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,24}?${CLAIM}` +
    // …or the review's screenshot sent to the seller first, the reward after it (五星评价+附图，截图传到我们的官方帐号，即可获得…)
    `|(?:${REVIEW_STRICT}|${STARS_GIVEN})[^。！？!?\\n]{0,24}?${PROOF}[^。！？!?\\n]{0,24}?(?:${CLAIM}|${PAID_BACK})` +
    // a gift for the review (送价值20元的赠品), claimed by contacting the seller or as the card says (私信客服, 领取方式见卡片背面, 扫码)
    // …or on the next line, as a card's or a picture's lines read (留 5 星好评 + 相\n即送 $20 八达通增值)
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,16}?\\n[^。！？!?\\n]{0,4}?${CLAIM}` +
    `|${REVIEW}[^。！？!?\\n,，]{0,8}?送(?:个|份)?(?:价值[\\d一二三四五六七八九十百]+元的?)?(?:小)?(?:礼物|礼品|赠品|小样)[^。！？!?\\n]{0,12}?(?:私信|私讯|私聊|私我|联系客服|找客服|加我|加v|截图|领取方式|领取方法|兑换方式|扫码|扫描|二维码|见卡|卡片背面|背面)` +
    // the review thanked for or asked in one sentence, its screenshot sent for the reward in the next (感谢亲的好评！截图发给
    // 客服领取返现红包; 记得五星好评哦～截图私信客服返5元)
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,8}?[。！？!?~～]+[^。！？!?\\n]{0,4}?${PROOF}[^。！？!?\\n]{0,16}?(?:${CLAIM}|${PAID_BACK})` +
    // the review, then the seller's after-sales contacted (added, scanned, messaged) to claim what it earns, the thing
    // itself left unnamed or named after (带图追评后扫码联系售后领取惊喜, 好评截图+订单号 加客服领取): a reward handed out
    // through a private contact, whatever it is
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,24}?(?:加|联系|找|私信|私聊|私讯|添加)(?:一下|下)?(?:售后|客服|掌柜|店主)(?:小姐姐|小哥哥|妹妹|小妹)?(?:就|即可|可|可以)?(?:领取|领|兑换|拿)` +
    // the review told done in a verb (评完, 评价好, 写完评价), its screenshot sent, a little red packet after (评完截图发我
    // 给你发个小红包): 评 alone is no review word, only with the proof and the packet
    `|(?:评完|评好|评价完|评价好|评论完|写完评价|写好评价|晒完图?)[^。！？!?\\n]{0,4}?${PROOF}[^。！？!?\\n]{0,16}?(?:${CLAIM}|${PAID_BACK}|(?:发|给|送|包)(?:你|您)?(?:个|一个)小?红包)` +
    // a bad review taken down for money (差评您删一下，我退您20; 把差评撤了返你15): the rating bought, as 好评返现 is
    // (Taiwan's 负评 too, and the sum made up to the buyer, 补你 100 元: 删掉负评的话，我补你 50 元购物金)
    // a top rating named in English inside Chinese talk, the money given back for it right after (每条 5 stars 返你 8 元, five
    // stars 截图发我返 ¥6): the English word where 五星 would be filtered. Only the rating itself, with no English word after it
    // (a 5 star hotel's 返现 is the hotel's), and the money given to the reader or a sum given back, not 返修 or 返场
    `|(?<![a-z\\d.])(?:5|five) ?-?stars?(?: ?(?:reviews?|ratings?|feedback))?(?! ?[a-z])(?!的? ?(?:酒店|宾馆|饭店|餐厅|民宿|度假村))[^。！？!?\\n]{0,10}?(?:${MONEY_STRONG}|${CLAIM})` +
    `|(?:(?:${BAD_RATING})[^。！？!?\\n]{0,3}?(?<!不|别|没|无法|不能)(?:删|撤)(?!不|没)|(?<!不|别|没)(?:删|撤)(?:掉|除|了|一下|下)?(?:个|这个|那个)?(?:${BAD_RATING}))[^。！？!?\\n]{0,16}?(?:${MONEY_STRONG}|补(?:你|您) ?${SUM}|(?:给|补)(?:你|您)(?:补偿|补|发|返)(?:个|一个)? ?(?:${SUM}|小?红包)|${WHOLE_BACK})` +
    // round 59: the review changed to a good one, then a sum or a red packet made up to the reader for it (追评改成好评，补偿您
    // 8 元红包; 差评改好评的话返你个红包): the rating bought. Not the compensation for a fault told alone (破损补偿您5元)
    `|(?:改成|改为|改|换成|修改为|修改成)(?:五星|5星)?好评[^。！？!?\\n]{0,16}?(?:补偿|补|返|给|发|送)(?:你|您)(?:个|一个)? ?(?:${SUM} ?(?:红包|现金|现金红包)?|小?红包|现金)` +
    // round 67: the change asked in a question, then the reward for the change done (能把差评改成好评吗？改完补你8块; 差评能删吗，
    // 删了之后返您个红包): a review word before in the message, the done change right before the reader's reward
    `|(?<=(?:差评|负评|中差评|好评)[^\\n]{0,30}?)(?:改完|改好|改了|改过来|删完|删好|删了|删掉|撤完|撤了|撤掉)(?:之后|以后|后)?[^。！？!?\\n]{0,4}?(?:补偿|补|返|给|发|送)(?:你|您)(?:补偿|补|返|发)?(?:个|一个)? ?(?:${SUM}|小?红包|现金)` +
    // a post about the shop on a social app paid for in cash (发篇笔记带上店名返20元, 写条种草文案送10元红包, 晒到朋友圈返现): the
    // praise bought as a good review is, the reward claimed from the writer; not a laptop (笔记本), nor the app's own
    // points or traffic for a post (发笔记领薯券, 发视频得流量券)
    `|(?:发|写|晒|出|拍)(?:一|1)?(?:篇|条|则|个)?(?:(?:小红书|红书|抖音|快手|微博)(?:的)?)?(?:笔记(?!本)|种草(?:笔记|文案|文|视频)?|探店(?:笔记|视频)|测评(?:笔记|视频)|(?:到|去)?朋友圈)[^。！？!?\\n]{0,16}?(?:${CLAIM}|返现|现金红包)` +
    // round 63: the review written as told, its screenshot taken (截个图, 截张图) and a sum then given back or made up to the
    // reader (评价里写上很新鲜，截张图我返你三块; 写条评论夸一下，截个图给你补5元): the wording bought. Not a price difference or a
    // postage refunded for a screenshot (截图给客服退你差价), nor a review read (看评价) with no writing asked
    `|(?:${REVIEW_STRICT}|(?:评价|评论)(?:里|中)?(?:写上|写|带上|提到|夸)|(?:写|留)(?:个|条|一条|一个)?(?:评价|评论))[^。！？!?\\n]{0,20}?截(?:个|张|一张|一下|下)?图[^。！？!?\\n]{0,8}?(?:${CLAIM}|${PAID_BACK}|补(?:你|您)? ?${SUM})(?!的?(?:差价|运费|邮费))` +
    // …the praise's very words dictated between, a clause or two, then the writer's money back (评价里夸两句效果，说用完睡得
    // 香，我们返你一包的钱; 评价里写两句好用，我们再补你十块): not goods re-sent (评论里说一下尺码，我给您补发一件) nor a
    // refund through after-sales (我给您转售后)
    `|(?:评价|评论)(?:里|中|区)?(?:夸|写|说|提)(?:一下|一句|几句|两句)?[^。！？!?\\n]{0,24}?(?:我|我们)(?:就|再|会)?(?:给|帮)?(?:您|你)?(?:(?:返|补)(?:您|你)?(?:\\d|[一两二三四五六七八九十](?!件|个|双|只|份|次|单)|红包|现金|钱)|(?:转|发)(?:您|你)?(?:红包|现金|\\d+ ?(?:元|块)))` +
    // …a good review asked, then a red packet or a sum made up to the reader (给个好评呗，我给你补个5块红包; 五星好评后补您2元):
    // 补 is the reward's verb there. Not a parcel re-sent (好评…缺货补发), nor 补 with no sum or packet
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,16}?补(?:你|您)?(?:个|一个)? ?(?:${SUM} ?钱? ?(?:小)?(?:红包|现金)?|(?:小)?红包)(?!的?(?:差价|运费|邮费))` +
    // …a good review paid with goods named by their measure (好评送一瓶辣酱, 五星送两斤), the review's screenshot sent to the
    // writer or the shop for it (截图给我就寄, 截图发客服): the gift claimed off the platform. Not a gift that ships with the
    // order, with no screenshot asked (好评送一包小样 is read by the gift form above only with a contact)
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,3}?送(?:你|您)?(?:一|两|二|三|1|2|3)(?:罐|瓶|盒|袋|包|斤|箱|份|只|支|条|桶|提)[^。！？!?\\n]{0,16}?截(?:个|张)?图(?:后)?(?:给|发|私|传)(?:我|客服|掌柜|店主|老板)` +
    // …the review's fee paid to the reader (我给你转二十块好评费, 五星好评费发您): the money named as the review's price. Not a
    // shop's fee for a service named so (差评处理费 is no reader's money)
    `|(?:转|给|发|返|打|补)(?:你|您)?[^。！？!?\\n]{0,8}?(?:好评|五星|评价)(?:费|辛苦费|奖励金)|(?:好评|五星好评|五星)(?:费|辛苦费|奖励金)[^。！？!?\\n]{0,6}?(?:转|给|发|返|打)(?:你|您)` +
    // round 86: a good review, then a sum given back with its currency (好评可退 NT$50, 五星好评退你 HK$30, 好评就退 RM10, 好评
    // 可退 20 元): the money named, not a return's days (好评率高，7天可退) nor a refund with no sum
    `|${REVIEW_STRICT}[^。！？!?\\n]{0,4}?(?:可|可以|就|即|会|都)?退(?:你|您)? ?(?:(?:nt|hk|rm|mop|us|s)?\\$ ?\\d+|(?:rm|nt|mop) ?\\d+|\\d{1,4} ?(?:元|块|蚊|港币|台币|圆|ringgit|令吉))`,
  'g',
);
/*
 * English is read in two steps, not one big pattern (one regex with the rating and the reward
 * alternations repeated took ~60 ms to compile on its first run, on every page with "review" in it):
 * small patterns find the rating (the anchor), then the words just before it (the ask) and the
 * sentence after it (the reward) are tested with small patterns of their own.
 */
/**
 * A rating: "5 stars", "a five-star review" (not inside a sum or a name: "$25 Starbucks gift cards"), "5★", "5*" (the star typed as an asterisk; not a masked number's
 * 5****), "⭐⭐⭐⭐⭐", "positive feedback" (group 1), or any review (group 2).
 * (Indonesian and Malay say the stars after their number or before it: "bintang 5", "5 bintang".)
 * (round 68: Spanish and Portuguese say "5 estrellas", "5 estrelas", the review's word maybe before: "avaliação 5 estrelas".)
 */
const RATING_EN = /((?<![\d.,a-z])(?:5|five)[- ]?stars?(?![a-z])(?: review| rating| feedback)?|(?<![\d*])(?:5|five) ?\*(?![*\d])(?: ?(?:review|rating|feedback))?|(?:5|five) ?[★⭐](?: ?(?:review|rating|feedback))?|[⭐★]{4,5}(?: ?(?:review|rating|feedback))?|(?:positive|good|great|nice|glowing|5[- ]star|five[- ]star) (?:review|feedback|rating)|bintang ?(?:5|lima)(?![\d.,])|(?<![\d.,])(?:5|lima) ?bintang|(?:(?:avaliacao|resena|calificacion|review) (?:de |com )?)?(?<![\d.,])(?:5|cinco) ?estrel{1,2}as(?![a-z]))|((?:photo |video |honest |quick )?(?:review|feedback|rating)|(?<=(?<![a-z])(?:leave|leaving|give|giving|drop|post)(?: (?:us|me))? (?:a |some )?)(?:(?:positive|good|great|pos|nice) |\+ ?)?fb(?![a-z]))/g;
/** A rating to be changed ("change your 3-star to 5", "remove your negative review"). */
// (round 84: the reward after it may be part of the price paid back, "…and I'll refund half"; REWARD_EN also takes a sum by a
// wallet after "for", "…send the screenshot for ₱80 GCash")
// (round 88: the low rating typed as its digit and a star sign, "delete the 2⭐ and …": the verb in a look-behind so that
// the star sign wakes the form)
// (round 92: or raised "to 5" with a pronoun, any tense, "if i raised it to 5", "change it to five stars": the top rating is
// what the change asks for; the clause ends or goes on to the reward after it, so not a sum, a time or a count, "bump it
// to 5 pm", "up it to 5 dollars", "move it to 5 units")
const CHANGE_EN = /(?:change|update|raise|bump|edit|revise|upgrade|switch|amend|remove|delete|take down|withdraw) (?:your|the|that) (?:[1-4]|one|two|three|four|negative|bad|low|neutral|critical)?[- ]?(?:stars?|review|rating|feedback)|(?<=(?:change|update|raise|bump|edit|revise|upgrade|switch|amend|remove|delete|take down|withdraw) (?:your|the|that) )[1-4] ?[★⭐🌟](?: ?(?:review|rating|feedback))?|(?<![a-z])(?:chang|updat|rais|bump|upgrad|switch|mov|upp?)(?:e|es|ed|ing|s|ped|ping)? (?:it|that|this|mine|them|(?:my|your|ur|the) (?:rating|review|stars?|feedback)) (?:up )?to (?:a )?(?:5|five)(?: ?stars?| ?[★⭐🌟])?(?=\s*(?:$|[,.!?;)\n]|(?:and|then|&|i'?ll|we'?ll|i will|we will|lol|pls|please|for|in exchange)(?![a-z])))/g;
/**
 * What a rating is joined with, as one task ("5 stars + photo review", "five stars and a video review po", "5★ with
 * pics"), and the Taglish particles after it: the reward's reach starts past it, so the whole task is asked.
 */
const TASK_TAIL = /^(?: (?:po|naman|pls|please|ha|ah|lang))*(?: ?(?:\+|&|and|with|plus|com|con|y|e) ?(?:a |an |some |uma |una )?(?:(?:photo|video|pic|picture|short|written|honest|detailed|nice|good|gambar|foto) )?(?:reviews?|feedback|comments?|pics?|photos?|pictures?|videos?|foto|video|ulasan|gambar)(?: (?:po|naman|pls|please|ha|ah|lang|ya|yah|ye))*)+/;
/** The reader asked to rate, right before the rating. */
// (Taglish asks with the prefix pa- on the thing wanted: "pa-5 stars naman po", "pa 5 stars po")
// (and asked in Chinese in code-switched chat: "给个 5 star review 啦", "留个 five-star"; in Indonesian and Malay, "kasih
// bintang 5", "beri kami 5 bintang")
// (the rating may be called honest or genuine there too: "leave an honest 5-star review")
// (round 75: or whoever does it, the offer made to all: "everyone who leaves a review gets…", "any buyer that posts a 5-star
// review…"; not one buyer told of, "the buyer leaves a review")
// (round 90: "put 5 stars", as the rating is put in Kenyan and Nigerian English)
// (round 93: or its screenshot asked, "screenshot your 5-star rating and …": the rating taken as done, its proof the ask; the
// reward after it is still needed)
// (round 94: or shown to the writer, "show me ur 5 star review and…")
const ASK_BEFORE = /(?:(?:leave|give|post|write|drop|share|submit|leaving|giving|sharing|rate|review|(?<![a-z])put|(?<![a-z])show)(?: us| me| it| the item| our shop| our store)? (?:a |an |your |ur )?(?:(?:honest|genuine|real|quick|short) )?|(?<![a-z])(?:anyone|anybody|everyone|everybody|whoever|any (?:buyer|customer)|every (?:buyer|customer)|all (?:buyers|customers)|those)(?: (?:who|that))? (?:leaves|gives|posts|writes|drops|leave|give|post|write|drop)(?: us| me| it)? (?:a |an |your |their )?(?:(?:honest|genuine|real|quick|short) )?|(?<![a-z])pa-? ?|(?<![a-z])(?:kasih|kasi|beri|berikan|bagi)(?: kami| saya| kita)? |(?<![a-z])(?:deja|dejanos|dejame|dejen|danos|ponnos|ponme|dale|deixa|deixe|deixem|manda)(?: (?:una|uma|tu|sua|nos|la|a))? |(?:给|留|打|写)(?:个|一个|我|我们|下|一下)? ?|(?<![a-z])(?:screenshot|screen ?shot|ss|snap|screencap)(?: of)? (?:your|ur) )$/;
/**
 * A top rating wished for by the writer ("we'd love a 5-star review", "I would really appreciate your 5 stars"): an ask
 * too, for a top rating only ("we'd love your feedback on the gift card design" asks for no rating).
 */
const WISH_BEFORE = /(?:we|i)(?:'d| would) (?:really |so |truly )?(?:love|appreciate) (?:a |an |your )?$/;
/** The reward named first, then the rating asked for ("$5 back if you leave 5 stars"): the link just before the rating. */
// (the rating may be called honest or genuine: "for an honest 5-star review")
// (round 80: the rating put in brackets after "honest", with a wink: "for your honest (5 star ;)) review")
// (or the review itself as the subject of the condition: "…once your 5-star review is live", "as soon as the 5 stars are up")
// (round 89: the writer's own rating as the link, "…after leaving 5 stars", in a buyer's recount)
// (round 93: "u" for "you" as chat types it, "if u post 5 stars", and the rating given by "rate": "when you rate us 5 stars")
const LINK_BEFORE = /(?:(?:if|when|once|after) (?:you|u)|for|in exchange for) (?:(?:leave|give|post|leaving|giving|change|update|rate|write|drop) )?(?:us |me )?(?:a |an |your |every |each )?(?:(?:honest|genuine|real|quick|short) )?(?:[([] ?)?$|(?:(?<![a-z])(?:if|when|once|after)|as soon as) (?:your|the) $|(?<![a-z])(?:after|upon|for) (?:i |we )?(?:leaving|giving|posting|writing|left|gave|posted|wrote)(?: (?:them|him|her|it|the seller|the shop))? (?:a |an )?$/;
/**
 * The purchase paid back, said right before the link ("get your order fully refunded for a 5-star review", "items
 * refunded in full for 5 stars"): the refund is the reward. (Only there: after an ask, "fully refunded if damaged" is
 * the shop's terms.)
 */
// (round 83: or the refund named as a noun, whole: "full refund after your 5-star review", "100% refund once your 5 stars are
// up", "all your money back after your 5-star review"; a plain "refund" before a rating is after-sales and stays out)
// (round 89: the buyer's own money told back, "got my money back after leaving 5 stars": a recount of the card's deal)
const REFUNDED_BEFORE = /(?:\b(?:get|have|getting|having)\b[^.!?\n]{0,30}?)?\b(?:fully |completely |100% )?refunded(?: in full)? $|(?<![a-z])(?:(?:a |the |your )?(?:full|complete|100%|whole) refund|(?:all (?:of )?)?(?:your|ur) money back|a refund in full) $|(?<![a-z])(?:got|get|getting|received|receive) (?:my|our|all my|all our|the) (?:money|cash|payment) back $/;
/**
 * Round 93: a free thing or a voucher named first, the top rating asked after it by its link ("a free phone stand when you
 * rate us 5 stars", "BONUS: free refill if u leave five stars", "a $10 Takealot voucher for a 5-star review"): the thing is
 * the rating's price, as money is. The free thing at the head of its clause, after an article, a colon or a getting verb
 * (not "returns are free and if you leave…"), and never the shop's free shipping; the voucher with its sum and at most one
 * word (its shop) between. Either right before the link, nothing between ("I got a free case, and when you rate…" is no offer).
 */
const GIFT_BEFORE_LINK = /(?:^ ?|[:!–—-] ?|(?<![a-z])(?:a|an|your|one|get|gets|receive|claim|enjoy|give (?:you|u)|send (?:you|u)) )free (?!(?:shipping|delivery|returns?|postage|p&p|trial|of|to|and|for|with|from|if|when|as)(?![a-z]))[a-z]{3,}(?: (?!(?:and|but|then|too|it|you|this|that)(?![a-z]))[a-z]{3,}){0,2} $|(?:[$£€₱]|(?<![a-z])(?:r|rm|a\$|c\$|s\$)(?=\d))\d+(?:[.,]\d+)? (?:[a-z]+ )?(?:voucher|gift ?card|coupon|store credit) $/;
// (round 87: a game's own currency given for the rating, "get 800 robux", "1000 extra v-bucks", also counts)
// (round 90: Kenya's shillings as "bob", and a bare sum paid by a mobile wallet named right after it: "I send you 300 via M-Pesa")
const AMOUNT = /(?:\d{2,}(?:[.,]\d+)?k?|\d(?:[.,]\d+)?k) ?(?:extra |bonus |free )?(?:robux|v-?bucks|primogems|gems|diamonds|coins|gold|uc|riot points|valorant points|mesos|platinum)(?![a-z])|(?:\$|(?<![a-z])(?:r\$|rm|rp|php|ngn|ksh|kes|ghs|zar|rs\.?|inr|usd|eur|gbp|aud|cad|sgd|hkd|cny|rmb|n(?=\d{3})|r(?=\d{2,6}(?![\d.,]\d)))|₱|₦|₹|₵|€|£|¥|s\$|hk\$|nt\$|a\$|c\$) ?\d+|\d+ ?%(?! off)(?: of (?:your|the) (?:order|purchase|price|payment|total))?|\d+ ?(?:dollars|bucks|usd|eur|euros|pounds|quid|ringgit|myr|rm|pesos?|php|baht|thb|rupiah|idr|rupees?|inr|sgd|hkd|twd|ntd|aud|cad|yuan|rmb|kuai|dong|vnd|won|yen|naira|cedis?|shillings?|rand|gbp|nzd|chf|cny|kuai)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty) (?:dollars|bucks|euros|pounds|quid)\b|\b(?:fiver|tenner)\b|\d{1,4}(?= back(?![a-z]))|\d{2,5} ?bob(?![a-z])|\d{2,6}(?= (?:via|on|through|thru|by|to (?:your|ur)) (?:m-?pesa|gcash|maya|paynow|duitnow|upi|paytm|gpay|phonepe|opay|palmpay|moniepoint|airtel money|mtn momo|momo)(?![a-z]))/;
/**
 * What is paid for it, as something given (a wallet is a verb too: "I'll GCash you ₱50", Taglish "GCash ko kayo ₱50"
 * = "I'll GCash you"; "I'll transfer RM5", "bank in you RM5"): money sent or got back, a refund to you or of the postage, a gift card,
 * a free item or free prepaid load ("free ₱50 load": a bare "₱50 load" may be the shop's goods), the next order given free
 * ("your next item is free", "next box on us"), or a gift given as thanks ("a little thank-you gift"). (Not a bare
 * price or "my refund": "I'd give 5 stars if it weren't $50".) A sum called free is given too ("FREE £5 for your 5-star
 * feedback", "a free $10 for an honest review"): only a currency sum right after it, and no shipping or discount after the sum
 * ("free £5 delivery").
 */
// (round 93: the rand written as South Africa writes it, "R" right before the sum, "we'll send you R150"; here, in AMOUNT and
// in SUM_BEFORE: a letter R alone before two digits or more, so "r2d2" or "R2" names no sum)
// (round 91: ¥ and the codes foreign buyers of Chinese shops write after a sum, "¥5 back", "3 GBP", and "return" for money sent
// back, "we return £3": AMOUNT must still follow, so "return 2 items" names no reward)
// (session 21: a sum "thrown in", a gift left unnamed, "a little something", and the bribe's own idiom, "make it worth your while")
// (round 94: the gift in chat's words, "a lil something", a "thank-you payment", a red packet, and "compensate" with a sum)
const REWARD_EN = /\b(?:get|receive|earn|claim|win|send|give|offer|throw in|chuck in|toss in|bung in|dapat|pay|refund|reimburse|compensate|venmo|paypal|zelle|gcash|maya|paynow|cash ?app|tng|touch ?n ?go|grabpay|duitnow|boost|payme|fps|paytm|gpay|transfer|bank in|return|devolvemos|devolvo|te devolvemos|te damos|te regalamos|te mandamos|ganha|ganhas|recebe|recebes|recibes|te pagamos)(?: you| u| ?你| ko (?:po )?(?:kayo|ka|kita|sa inyo|sa iyo)| kita(?: ng)?)?(?: back)?(?: a| an)?(?: extra| additional| bonus| another| further)? (?=[$\d€£₱₦₹₵¥]|(?:r\$|rm|rp|php|ngn|ksh|kes|ghs|zar|rs\.?|inr|usd|eur|gbp|aud|cad|sgd|hkd|cny|rmb) ?\d|n\d{3}|r\d{2}|one |two |three |four |five |six |seven |eight |nine |ten |fifteen |twenty |thirty |fifty |fiver(?![a-z])|tenner(?![a-z]))|gift ?cards?|\b(?:back|rebate|gift|reward|bonus|credit|cash|via|vouchers?|compensation|e-?transfer|interac)\b|free (?:[$₱]|php ?)?\d+ ?(?:load|e-?load|airtime|top-?up)\b|\bmay (?:free )?(?:[$₱]|php ?)\d+ ?(?:load|e-?load|gcash|maya|cashback|rebate)\b|free (?:[$€£₱₦₹₵]|(?<![a-z])(?:rm|php|s\$|a\$|c\$) ?)\d+(?:[.,]\d+)?(?![\d.,]| ?(?:shipping|delivery|postage|p&p|off|discount)\b)|refund (?:you|u)\b|refund (?:you )?(?:your |the )?(?:postage|shipping|delivery(?: fee| cost| charge)?|p&p)\b|reimburse (?:your |the )?(?:postage|shipping|delivery)(?: fee| cost| charge)?\b|(?:refund|reimburse) (?:you )?(?:the |your )?(?:full|whole|entire) (?:amount|price|order|cost|purchase(?: price)?)|reimburse (?:you|u)\b|(?:get|receive) (?:your |the )?money back|(?:send|give|transfer|return|pay) (?:you |u )?(?:the |your )?(?:full|whole|entire) (?:amount|price|cost|payment|sum) back\b|(?:get|receive|earn|claim|give|issue|send|process)(?: you)? (?:a |an |your )?(?:full |partial )?refund|cash ?back|rebate|gift ?cards?|free (?:gift|item|product|sample|one|shipping|airtime|recharge|load|e-?load)|(?:a |your )reward|(?:your |the )?next (?:item|order|purchase|one|pair|box|bottle|set|piece)(?: is| will be|'s|'ll be)? (?:free|on (?:us|the house))\b|free next (?:item|order|purchase)|(?:thank[- ]?you|little|small|surprise|mystery) (?:gift|present|treat)s?\b|\ba little something\b|\ba (?:lil'?|small) something\b|\b(?:thank[- ]?you|little|small) (?:payment|bonus|transfer)s?\b|\bred (?:packet|envelope)s?\b|\bhong ?bao\b|\bang ?pao\b|\b(?:make|making) it worth (?:your|ur) while\b|\bin it for (?:you|u)\b|\brefund (?:you |u )?(?:half|part of (?:it|the (?:price|cost|order))|a (?:part|portion|bit)|(?:\d+ ?%|half) of (?:it|the (?:price|cost|order)|your (?:order|payment|money)))(?![a-z])|(?<=(?<![a-z])(?:for|=) )(?:[$₱₦₹€£]|(?<![a-z])(?:php|rm|rs\.?|inr|s\$) ?)\d+ ?(?:via |thru |through |sa |on |by )?(?:gcash|maya|paymaya|paynow|venmo|cash ?app|zelle|paypal|tng|grabpay|gpay|paytm|upi)\b(?! ?(?:cash ?back|back|rebate|refund|reward|bonus|credit))/g;
/** In an offer made to the reader (asked to rate, to change a rating, "review = …"), any free thing or discount counts too. */
/** (a free thing sent to the reader too: "we mail you a free phone stand", "we'll ship you a free tote") */
// (round 89: a second unit given free for the rating, "5★ and get your 3rd candle free": a free thing as the reward)
// (round 94: or slipped, chucked or thrown in with the next parcel, "I'll pop a free keyring in", "chuck in 2 extra items free")
const EXTRA_EN = /(?:get|receive|claim|enjoy|win|(?:send|mail|post|ship|give)(?: you| u)) (?:a |an )?free [a-z]+|(?<![a-z])(?:slip|pop|chuck|throw|toss|bung|put)(?: in)? (?:a |an )?free [a-z]+|(?<![a-z])(?:slip|pop|chuck|throw|toss|bung) in (?:\d|a|an|one|two|three) (?:extra |free |bonus )?[a-z]+(?: free)?|(?:get|receive|claim|collect|redeem) (?:your|a|an|our|the) (?:free |special |little |thank[- ]you )?(?:gift|present)s?(?![a-z])(?! ?(?:box|wrap|wrapping|bag|card|set|message|note|receipt|packaging))|\d+ ?% off|(?:a |an )?(?:\d+ ?% )?(?:discount|coupon|voucher)|(?:get|receive|claim|enjoy|win) (?:your |a |the )?(?:2nd|second|3rd|third|next|another|extra) (?:[a-z]+ )?(?:free|for free|on us|on the house)(?![a-z])/;
/** (not the dot of "Rs. 100" or of a decimal sum) */
const SENTENCE_END_EN = /[!?\n]|(?<!(?<![a-z])rs)\.(?!\d)/;

/**
 * Where a reward ends in `text` (the sentence after a rating), or -1. A sum of money counts only with a giving word
 * next to it ("send you $8", "$10 back"); `any` adds free things and discounts; `noRefund` leaves out refunds.
 */
function rewardEnd(text: string, any: boolean, noRefund: boolean): number {
  let best = -1;
  REWARD_EN.lastIndex = 0;
  for (let m = REWARD_EN.exec(text); m !== null; m = REWARD_EN.exec(text)) {
    const w = m[0];
    // (a refund of a sum, "we refund 15%", is a payment: only a plain refund is left out)
    if (noRefund && /refund|money back|(?:amount|price|cost|payment|sum) back/.test(w) && !w.endsWith(' ')) continue;
    if (AFTER_SUM.test(w)) {
      // "$10 back", "a $15 gift card", "20 bucks via venmo": a sum right before; or, where a refund counts, the money
      // paid back with no sum ("…and I'll pay you back in full")
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (!SUM_BEFORE.test(before) && !(!noRefund && w === 'back' && PAID_BACK_BEFORE.test(before))) continue;
      if (ETRANSFER.test(w) && !GIVEN_SUM_BEFORE.test(text.slice(Math.max(0, m.index - 36), m.index))) continue;
    } else if (w.endsWith(' ')) {
      // a giving verb: the sum follows ("send you $8")
      const am = AMOUNT.exec(text.slice(m.index + w.length, m.index + w.length + 24));
      if (am === null || am.index !== 0) continue;
      best = m.index + w.length + am[0].length;
      break;
    }
    best = m.index + w.length;
    break;
  }
  if (best < 0 && any) {
    const x = EXTRA_EN.exec(text);
    if (x !== null) best = x.index + x[0].length;
  }
  return best;
}
/**
 * Words that are a reward only right after a sum. (A picture or two may stand between them, money or a gift drawn beside
 * the sum: "$5 💵 back", "RM10 🎁 voucher"; or the money drawn for the sum, "5⭐ review = 💵 back".)
 */
// (round 92: or sent by e-transfer, Canada's bank-to-bank way, "gets a $5 e-transfer"; only with the sum before it, given or
// got right before that, GIVEN_SUM_BEFORE: "i accept $10 e-transfer for delivery" is the price)
const ETRANSFER = /^(?:e-?transfer|interac)$/;
const GIVEN_SUM_BEFORE = /(?<![a-z])(?:gets?|got|receives?|earns?|sends?|gives?|send (?:you|u)|give (?:you|u)|pay (?:you|u))(?: (?:a|an|another|a quick))? (?:\$|(?<![a-z])(?:cad|c\$)) ?\d+(?:[.,]\d+)? (?:interac )?$/;
const AFTER_SUM = /^(?:back|rebate|gift|reward|bonus|credit|cash|via|vouchers?|compensation|e-?transfer|interac)$/;
/** A giving verb and the reader before "back": the money itself paid back, a refund by another word. */
const PAID_BACK_BEFORE = /(?<![a-z])(?:pay|send|give|transfer|wire)(?: (?:you|u))?(?: (?:it|the money|your money|the full amount|everything))? $/;
const SUM_BEFORE = /(?:(?:\$|(?<![a-z])(?:rm|rp|php|ngn|ksh|kes|ghs|zar|rs\.?|inr|usd|eur|gbp|aud|cad|sgd|hkd|cny|rmb)|(?<![a-z])r(?=\d)|₱|₦|₹|₵|€|£) ?\d+|\d+ ?%|\d+ ?(?:dollars|bucks|usd|eur|euros|pounds|quid|ringgit|myr|rm|pesos?|php|baht|thb|rupiah|idr|rupees?|inr|sgd|hkd|twd|ntd|aud|cad|yuan|rmb|kuai|dong|vnd|won|yen|naira|cedis?|shillings?|rand)|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|fifty) (?:dollars|bucks|euros|pounds|quid)|(?<![a-z])(?:fiver|tenner)|[💵💰💸🤑💴💶💷💲])(?: ?\p{Extended_Pictographic}){0,3} $/u;

/** The sentence before `pos`, at most `max` characters. */
function sentenceBefore(canon: string, pos: number, max: number): string {
  const t = canon.slice(Math.max(0, pos - max), pos);
  let cut = -1;
  for (let i = t.length - 1; i >= 0 && cut < 0; i--) if (SENTENCE_END_EN.test(t[i]!)) cut = i;
  return t.slice(cut + 1);
}

/** The sentence after `pos`, at most `max` characters. */
function sentenceAfter(canon: string, pos: number, max: number): string {
  const t = canon.slice(pos, pos + max);
  const e = t.search(SENTENCE_END_EN);
  return e < 0 ? t : t.slice(0, e);
}

/** A review's photos or video named after it, then an equals sign or an arrow (" with photos = ", " + pics → "). */
// (round 94: or the plural, "get" or "earn" for the sign: "reviews with photos get $5 back")
const REVIEW_EQ = /^s?(?: ?(?:with|\+|&|and|w\/) (?:a |an |some )?(?:photos?|pics?|pictures?|videos?|images?))? ?(?:=|->|→|=>| (?:get|gets|earn|earns)(?: you)? ) ?(?:a |an )?/;
/** "us" or "me" (or the shop) after "review" as a verb, then an "and" or a comma: the review asked for. */
const REVIEW_US = /^ (?:us|me|our (?:shop|store|product|item)|the (?:shop|store))(?: on [a-z]+)?(?: and|,| &| \+| then)/;
/** A refund paid by the writer, not through the platform's after-sales. */
const OWN_POCKET = /\b(?:personally|myself|ourselves|privately|on the side|out of (?:my|our) (?:own )?pocket)\b/;
/**
 * …or the whole price paid back ("leave a review and I'll refund you in full", "…send the full amount back"): the item
 * given for the review, which is how review buying is paid; a shop's after-sales refunds a fault, told by FAULT_TERMS.
 */
const FULL_REFUND = /\b(?:in full|(?:the |your )?(?:full|whole|entire) (?:amount|price|cost|payment|sum|order)|100 ?%|every (?:cent|penny)|all (?:of )?(?:your|the) money)(?![a-z])/;
/** …nor money back for an item sent back ("…once you return the item"): a return. */
const RETURN_TERMS = /\b(?:return(?:ed|ing|s)? (?:the|it|them|your)|send (?:it|them|the item|the product) back|exchange)\b/;
/** …and not the shop's terms for a fault ("we'll refund you personally if anything is wrong"). */
const FAULT_TERMS = /\b(?:if|unless|in case)\b|damaged|broken|missing|wrong|faulty|defect/;

/** Round 94: the writer's offer to pay the postage back (the strong rating's sentence), and the fault that would explain it. */
const OFFERED_POSTAGE = /(?<![a-z])(?:i'?ll|we'?ll|i will|we will|i can|we can|happy to|glad to)(?: (?:happily|gladly|then|also|just))? (?:refund|reimburse|pay back|cover)(?: (?:you|u))? (?:your |the )?(?:postage|shipping|delivery|p&p)(?: (?:fee|cost|charge))?(?![a-z])/;
const POSTAGE_FAULT = /damaged|broken|missing|wrong|faulty|defect|late|delay|lost|stuck/;
/** Round 94: the postage, shipping or delivery refunded or paid back by the writer (the weak rating's ask). */
const POSTAGE_BACK = /(?<![a-z])(?:refund|reimburse|pay back|cover)(?: (?:you|u))? (?:your |the )?(?:postage|shipping|delivery|p&p)(?: (?:fee|cost|charge))?(?![a-z])/;
/** The Hindi verbs of giving or writing, after the rating they ask for ("good review do", "5 star dedo", "rating dijiye"). */
const HI_ASK_AFTER = /^ (?:do|dedo|de do|dijiye|dein|karo|kar do|kijiye|likho|likh do)(?![a-z])/;
/** English offers of a reward for a rating. */
/** Round 85: a review's photo or video joined to it ("review with photo", "review + pics"). */
const REVIEW_WITH_MEDIA = /^ ?(?:with|\+|&|and|plus) ?(?:a |some )?(?:photos?|pics?|pictures?|videos?|gambar|foto)(?![a-z])/;
function matchEnglish(canon: string): RawMatch[] {
  const out: RawMatch[] = [];
  const push = (start: number, end: number): void => {
    out.push({ start, end, value: canon.slice(start, end) });
  };
  RATING_EN.lastIndex = 0;
  for (let m = RATING_EN.exec(canon); m !== null; m = RATING_EN.exec(canon)) {
    const s = m.index;
    const e = s + m[0].length;
    const strong = m[1] !== undefined;
    const before = canon.slice(Math.max(0, s - 40), s);
    // (the review asked for by its verb, "review us and receive a free gift", "review me, get $5": the ask is the word
    // itself, with the shop or the writer after it)
    const ask = ASK_BEFORE.exec(before) ?? (strong ? WISH_BEFORE.exec(before) : null) ?? (m[0] === 'review' && REVIEW_US.test(canon.slice(e, e + 16)) ? /$/.exec(before) : null);
    const askStart = ask === null ? -1 : s - before.length + ask.index;
    if (strong) {
      // asked to leave the rating, a reward (or "for a full refund") later in the sentence
      if (ask !== null) {
        const after = sentenceAfter(canon, e, 60);
        let r = rewardEnd(after, true, false);
        if (r < 0) {
          // (…or a sum's refund: "email us the screenshot for a $10 refund")
          const fr = /for (?:a |your )?(?:full |partial |(?:\$|£|€|₱|(?<![a-z])(?:rm|php|s\$|a\$|c\$) ?)\d+(?:[.,]\d+)? )?refund/.exec(after);
          if (fr !== null) r = fr.index + fr[0].length;
        }
        if (r >= 0) {
          push(askStart, e + r);
          continue;
        }
      }
      // the rating, then a reward close after it; "review = free gift"; "5-star review? get a free case"
      const next = canon.slice(e, e + 3);
      if (/^\? /.test(next)) {
        const r = rewardEnd(sentenceAfter(canon, e + 2, 30), true, false);
        if (r >= 0) {
          push(s, e + 2 + r);
          continue;
        }
      }
      const eq = /^ ?(?:=|->|→|gets? you|earns? you) ?(?:a )?/.exec(canon.slice(e, e + 14));
      if (eq !== null) {
        // (a bare sum is the reward there: the rating set equal to money, "5★ = £5", "five stars = $10"; not a rate, a
        // 5-star hotel's "$500 a night", nor a discount, which the offer's own reading weighs)
        const worth = canon.slice(e + eq[0].length, e + eq[0].length + 24);
        const am = AMOUNT.exec(worth);
        let r = rewardEnd(sentenceAfter(canon, e + eq[0].length, 30), true, false);
        if (r < 0 && am !== null && am.index === 0 && !/^ ?(?:off|discount|\/|per |a (?:night|day|week|month|year)|each)/.test(worth.slice(am[0].length))) r = am[0].length;
        // (round 80: or a free thing named bare after it, "5-star review = free phone case", "five stars → free tote bag": the
        // thing given for the rating; not free shipping or returns, which a shop offers everyone)
        if (r < 0) {
          const fm = /^free (?!shipping|delivery|returns?|postage|trial|wifi|parking)[a-z]{3,}(?: [a-z]{3,})?/.exec(worth);
          if (fm !== null) r = fm[0].length;
        }
        if (r === 0 || (r > 0 && r <= 30)) {
          push(s, e + eq[0].length + r);
          continue;
        }
      }
      const r = rewardEnd(sentenceAfter(canon, e, 30), false, false);
      if (r >= 0) {
        push(s, e + r);
        continue;
      }
      // (round 94: the writer's offer to pay back the postage later in the rating's sentence, "a 5 star review helps so much,
      // we'll happily refund your shipping if you leave one": not for a fault or a return told there)
      const said = sentenceAfter(canon, e, 100);
      const pb = OFFERED_POSTAGE.exec(said);
      if (pb !== null && !POSTAGE_FAULT.test(said) && !RETURN_TERMS.test(said)) {
        push(s, e + pb.index + pb[0].length);
        continue;
      }
      const tail = TASK_TAIL.exec(canon.slice(e, e + 60));
      if (tail !== null) {
        const t = e + tail[0].length;
        const rt = rewardEnd(sentenceAfter(canon, t, 30), false, false);
        if (rt >= 0) {
          push(s, t + rt);
          continue;
        }
        // round 64: the whole task (the rating and its photo) set equal to a bare sum ("5 stars + pic = $8 top-up",
        // "five-star review with photos → RM12 reload"): the sum is the task's price, as after the rating alone; not
        // a discount or a rate
        const teq = /^ ?(?:=|->|→|=>) ?(?:a )?/.exec(canon.slice(t, t + 8));
        if (teq !== null) {
          const worth = canon.slice(t + teq[0].length, t + teq[0].length + 24);
          const am = AMOUNT.exec(worth);
          if (am !== null && am.index === 0 && !/^ ?(?:off|discount|\/|per |a (?:night|day|week|month|year)|each)/.test(worth.slice(am[0].length))) {
            push(s, t + teq[0].length + am[0].length);
            continue;
          }
          // (round 94: or the whole price, "rate 5★ + photo = full refund")
          const fr = /^(?:a )?(?:full|100 ?%) refund(?![a-z])/.exec(worth);
          if (fr !== null) {
            push(s, t + teq[0].length + fr[0].length);
            continue;
          }
        }
      }
    } else if (ask !== null) {
      // any review, paid for with money or gifts (not a refund, unless the writer pays it out of their own pocket:
      // "leave a review and I'll refund your postage myself")
      const said = sentenceAfter(canon, e, 64);
      let r = rewardEnd(said, false, true);
      if (r < 0) {
        const whole = sentenceAfter(canon, e, 96);
        if (OWN_POCKET.test(whole) ? !FAULT_TERMS.test(whole) : FULL_REFUND.test(whole) && !FAULT_TERMS.test(whole) && !RETURN_TERMS.test(whole) && !FAULT_TERMS.test(sentenceBefore(canon, askStart, 60))) {
          r = rewardEnd(said, false, false);
        }
      }
      // (round 94: the postage or delivery paid back for the review, "leave feedback and I'll refund your postage": not the
      // item's refund, which may be after-sales; not a fault or a return told)
      if (r < 0) {
        const whole = sentenceAfter(canon, e, 96);
        const pb = POSTAGE_BACK.exec(said);
        if (pb !== null && !FAULT_TERMS.test(whole) && !RETURN_TERMS.test(whole) && !FAULT_TERMS.test(sentenceBefore(canon, askStart, 60))) r = pb.index + pb[0].length;
      }
      const x = r >= 0 ? r : (() => {
        const f = /(?:get|receive|claim|enjoy|win) (?:a |an )?free [a-z]+/.exec(sentenceAfter(canon, e, 64));
        return f === null ? -1 : f.index + f[0].length;
      })();
      if (x >= 0) {
        push(askStart, e + x);
        continue;
      }
    }
    // any review, its photos or video named, set equal to money back ("review with photos = $5 cashback", "photo review
    // → RM10 rebate"): the reward named as given, not a bare sum or a discount
    if (!strong) {
      const eq = REVIEW_EQ.exec(canon.slice(e, e + 40));
      if (eq !== null) {
        const r = rewardEnd(sentenceAfter(canon, e + eq[0].length, 30), false, true);
        if (r >= 0) {
          push(s, e + eq[0].length + r);
          continue;
        }
      }
    }
    // the review asked for with its proof sent to the seller, the reward told in the sentence before or after
    // ("Free $15 voucher! Leave a good review and send proof to our page")
    if (ask !== null) {
      const p = proofReward(canon, askStart, e);
      if (p !== null) {
        push(p[0], p[1]);
        continue;
      }
    }
    // round 68: a top rating with no ask before it, asked by the Hindi verb after it ("good review do", "5 star rating
    // dijiye") or standing at the head of its sentence as a telegraphic ask ("5-star review + photo, PM mo sakin
    // screenshot, …"): read like an ask, with the proof sent and a reward both needed after it
    // (round 85: or any review joined with its photo or video at the head of its sentence, "Review with pics, get RM5
    // back, send the screenshot": the task told as an order, with the proof and the reward after it as before)
    if (ask === null && (strong || REVIEW_WITH_MEDIA.test(canon.slice(e, e + 24))) && (HI_ASK_AFTER.test(canon.slice(e, e + 14)) || /(?:^|[.!?\n] *)$/.test(canon.slice(Math.max(0, s - 3), s)))) {
      const p = proofReward(canon, s, e);
      if (p !== null) {
        push(p[0], p[1]);
        continue;
      }
    }
    // the reward first, then the link and the rating ("$5 back if you leave 5 stars")
    if (strong) {
      const link = LINK_BEFORE.exec(before);
      if (link !== null) {
        const lead = canon.slice(Math.max(0, s - before.length + link.index - 34), s - before.length + link.index);
        const cut = lead.search(/[.!?\n][^.!?\n]*$/);
        const clause = cut < 0 ? lead : lead.slice(cut + 1);
        let r = firstReward(clause);
        if (r < 0) r = clause.search(REFUNDED_BEFORE);
        if (r < 0) r = clause.search(GIFT_BEFORE_LINK);
        if (r >= 0) push(s - before.length + link.index - clause.length + r, e);
      }
    }
  }
  // a rating to be changed or removed, then the reward; or the reward first, then the change
  CHANGE_EN.lastIndex = 0;
  for (let m = CHANGE_EN.exec(canon); m !== null; m = CHANGE_EN.exec(canon)) {
    const s = m.index;
    const e = s + m[0].length;
    const r = rewardEnd(sentenceAfter(canon, e, 60), true, false);
    if (r >= 0) {
      push(s, e + r);
      continue;
    }
    // (round 94: the change asked as a question, the offer in the next sentence: "could you take the 2 star down? We'd
    // happily send you $15 for the trouble")
    const q = sentenceAfter(canon, e, 40).length;
    // (not where the rating's own reading already reached past the question: "…to five stars? We'll transfer €15")
    if (canon[e + q] === '?' && canon[e + q + 1] === ' ' && !out.some((o) => o.end > e + q)) {
      const r2 = rewardEnd(sentenceAfter(canon, e + q + 2, 80), true, false);
      if (r2 >= 0) {
        push(s, e + q + 2 + r2);
        continue;
      }
    }
    const before = canon.slice(Math.max(0, s - 46), s);
    // (round 92: or the buyer's own "if i…", as a report tells the offer: "promised me a voucher if i raised it to 5")
    const link = /(?:(?:if|when|once|after) (?:you|u|i)|for|in exchange for) $/.exec(before);
    if (link !== null) {
      const lead = before.slice(0, link.index);
      const cut = lead.search(/[.!?\n][^.!?\n]*$/);
      const clause = cut < 0 ? lead : lead.slice(cut + 1);
      const f = firstReward(clause);
      if (f >= 0) push(s - before.length + link.index - clause.length + f, e);
    }
  }
  // round 89: a sum or a gift offered "to" change or remove a rating, anyone's ("offered me $25 to change my 2-star review",
  // "they'll pay you £10 to update your rating"): the offer before it in the sentence, the rating's change its purpose
  CHANGE_FOR_SUM_EN.lastIndex = 0;
  for (let m = CHANGE_FOR_SUM_EN.exec(canon); m !== null; m = CHANGE_FOR_SUM_EN.exec(canon)) {
    const before = sentenceBefore(canon, m.index, 60);
    const o = OFFERED_SUM_BEFORE.exec(before);
    if (o !== null) push(m.index - before.length + o.index, m.index + m[0].length);
  }
  // session 21: a sum or a gift put first, then the reader's change of rating as its condition ("$25 and you update the review
  // to 5 stars", "£10 if u change ur rating"): round 89's offer with the order turned
  SUM_THEN_CHANGE_EN.lastIndex = 0;
  for (let m = SUM_THEN_CHANGE_EN.exec(canon); m !== null; m = SUM_THEN_CHANGE_EN.exec(canon)) push(m.index, m.index + m[0].length);
  // round 88: the whole price given back, told first, for a review the reader posts ("full refund after you post a review",
  // "money back once you leave us a good review"): a refund is not the shop's to give for a review. Not a platform's coins
  // or points (no sum named), nor a refund after a return
  REFUND_FOR_REVIEW.lastIndex = 0;
  for (let m = REFUND_FOR_REVIEW.exec(canon); m !== null; m = REFUND_FOR_REVIEW.exec(canon)) push(m.index, m.index + m[0].length);
  return out;
}

/** A sum in English money (the offers to change a rating below). */
const SUM_EN = String.raw`(?:\$|£|€) ?\d+(?:[.,]\d+)?|\d+ ?(?:dollars|bucks|pounds|quid|euros)`;
/** Verbs that change or take down a rating, and a low rating by its stars (the offers to change a rating below). */
const RATING_CHANGE_VERBS = 'change|update|raise|bump|edit|revise|upgrade|switch|amend|remove|delete|take down';
const LOW_STARS = '(?:[1-4]|one|two|three|four)[- ]?stars?';
/** Session 21: a sum or a gift card first, then "and you" or "if you" change or remove a rating (SUM_THEN_CHANGE_EN's loop). */
const SUM_THEN_CHANGE_EN = new RegExp(`(?<![a-z0-9$£€])(?:${SUM_EN}|(?:a |an )?(?:[a-z]+ )?gift ?card|a (?:fiver|tenner))(?: (?:cash|back|on paypal|via paypal|on venmo|via venmo))?,? (?:and|if|&|n|once|when) (?:you|u) (?:${RATING_CHANGE_VERBS}|fix|redo)(?: (?:my|our|the|that|your|ur|it|this))?(?: ${LOW_STARS})? (?:review|rating|feedback|stars?|(?:to )?(?:5|five)[- ]?stars?)(?![a-z])`, 'g');
/** Round 89: a rating changed or removed, the change the purpose of an offer ("…to change my 2-star review to 5 stars"). */
const CHANGE_FOR_SUM_EN = new RegExp(`(?<=(?<![a-z])to )(?:${RATING_CHANGE_VERBS}|withdraw) (?:my|our|his|her|your|ur|their|the|that) (?:${LOW_STARS}(?: (?:review|rating|feedback))?|(?:(?:negative|bad|low|neutral|critical|honest) )?(?:review|rating|feedback))(?![a-z])`, 'g');
/** The offer right before it: a sum, a gift card, a refund or a free thing, offered, paid or promised, then "to". */
const OFFERED_SUM_BEFORE = new RegExp(`(?<![a-z])(?:offered|offering|offers|offer|paid|pay|pays|paying|promised|promises|promising|bribed|bribe)(?: (?:me|us|him|her|them|you|u|my [a-z]+))? (?:a |an )?(?:${SUM_EN}|(?:[a-z]+ )?gift ?card|(?:full |partial )?refund|free [a-z]+)(?: (?:cash|back|in cash|on paypal|via paypal|gift ?card))? to $`);
/**
 * Proof of the review sent to the seller: the reward is then claimed from them, off the platform. (The screenshot is
 * also the verb, with who gets it: "then screenshot to me". Or the name the review was left under, for the seller to find
 * it: "DM us your review name".)
 */
// (round 68: and in code-switched English: Tagalog "PM mo sakin (yung) screenshot", Hindi "screenshot bhejo" with the verb
// after, Spanish and Portuguese "mándame captura", "manda o print")
// (round 94: or "reply with" the screenshot)
const PROOF_EN = /\b(?:pm|dm|message|send|i-?send|i-?pm) (?:mo|niyo|nyo) (?:(?:sakin|sa akin|samin|sa amin|kami|ako|ko) )?(?:(?:yung|ang) )?(?:screenshots?|ss|proof)\b|\b(?:screenshots?|ss|proof) (?:bhejo|bhej do|bhejiye|send karo|dikhao)\b|\b(?:manda|mande|mandar|envia|envie|enviar|mandame|enviame|mandanos)(?: (?:o|a|la|el|me|nos))? (?:print|captura|screenshot|ss|comprovante)\b|\b(?:send|email|e-mail|dm|pm|message|inbox|whatsapp|forward|show|submit|reply with|reply w\/|respond with)(?: (?:it|us|me))?(?: (?:a|the|your))? ?(?:screenshots?|screen shots?|ss|proof|photo of it|pic of it|review(?:er)? (?:user)?names?|review links?|links?(?: to (?:it|the review|your review))?|name on (?:the|your) review)\b|\bscreen ?shot(?: it)? (?:to|for) (?:me|us)\b/;

/** Round 88: the whole price given back, then the review it is given for (the loop after CHANGE_EN's). */
// (round 94: "we refund the full amount if you post a review")
const REFUND_FOR_REVIEW = /(?<![a-z])(?:(?:a |your )?(?:full|100 ?%) refund|refund (?:in full|100 ?%)|refund (?:you )?(?:the |your )?(?:full|whole|entire) (?:amount|price|cost)|(?:full |all )?(?:your )?money back)(?![a-z])[^.!?\n]{0,12}? (?:after|once|when|if) you (?:post|leave|write|give|drop)(?: us| me)? (?:a |an |your )?(?:(?:good|positive|honest|nice|great|5[- ]star|five[- ]star) )?(?:review|feedback|rating)(?![a-z])/g;
/** Round 88: the whole price given back, named as a noun right after the proof ("…, full refund", "then 100% refund"). */
const FULL_REFUND_AFTER = /^[^.!?\n]{0,16}?(?<![a-z])(?:(?:a |your )?(?:full|100 ?%|total) refund|refund (?:in full|100 ?%)|(?:full|whole) (?:money|payment|price) back)(?![a-z])/;
/**
 * With proof of the review asked for in the rating's sentence, a reward in the sentence just before the ask or just
 * after: the span from the first to the last of them, or null. (Free shipping there is the shop's terms, not a reward.)
 */
function proofReward(canon: string, askStart: number, e0: number): [number, number] | null {
  // the ask put as a question ("would you mind leaving a 5-star review? Send me a screenshot and …"): the proof and the
  // reward are told in the sentence that answers it
  // (…or ended there, the proof and the reward in the next sentence: "We'd love a 5-star review. Email us a screenshot
  // and we'll send you …")
  const e = /^[?.!] [a-z]/.test(canon.slice(e0, e0 + 3)) ? e0 + 2 : e0;
  const rest = sentenceAfter(canon, e, 80);
  const proof = PROOF_EN.exec(rest);
  if (proof === null) return null;
  // the reward in the same sentence, after the proof and what goes with it ("email the screenshot with your order #
  // and we'll send you a $10 gift card"): beyond the reach read right after the rating
  const proofEnd = e + proof.index + proof[0].length;
  // (a plain refund there may be the shop's terms for a fault: "…email proof of purchase and we'll refund you")
  const same = rewardEnd(sentenceAfter(canon, proofEnd, 70), false, true);
  if (same >= 0) return [askStart, proofEnd + same];
  // (round 88: or the whole price given back for it, as a noun, right after the proof: "…send me the screenshot, full refund
  // of the item", "…, refund in full"; only there, as a full refund alone is the shop's terms for a fault)
  const whole = FULL_REFUND_AFTER.exec(sentenceAfter(canon, proofEnd, 70));
  if (whole !== null) return [askStart, proofEnd + whole[0].length];
  // (round 85: or told between the ask and the proof, "review with photo, get RM5 cashback, send ss": the proof ends it)
  if (rewardEnd(rest.slice(0, proof.index), false, true) >= 0) return [askStart, proofEnd];
  const from = Math.max(0, askStart - 60);
  const lead = canon.slice(from, askStart).replace(/[\s!?.]+$/, '');
  if (lead.length > 0 && lead.length < askStart - from) {
    // the sentence just before, ended where the ask begins
    const prevStart = from + lead.search(/[^.!?\n]*$/);
    const prev = canon.slice(prevStart, from + lead.length);
    const r = firstReward(prev);
    const x = r >= 0 ? r : prev.search(EXTRA_EN);
    if (x >= 0 && !/^free (?:shipping|delivery)/.test(prev.slice(x))) return [prevStart + x, e + proof.index + proof[0].length];
  }
  const next = e + rest.length;
  if (next < canon.length && canon[next] !== '\n') {
    const after = sentenceAfter(canon, next + 1, 60);
    const r = rewardEnd(after, true, false);
    if (r >= 0 && !/free (?:shipping|delivery)$/.test(after.slice(0, r))) return [askStart, next + 1 + r];
  }
  return null;
}

/** Start of the first reward in `text`, or -1. */
function firstReward(text: string): number {
  REWARD_EN.lastIndex = 0;
  for (let m = REWARD_EN.exec(text); m !== null; m = REWARD_EN.exec(text)) {
    const w = m[0];
    if (AFTER_SUM.test(w)) {
      const am = SUM_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index));
      if (am === null || (ETRANSFER.test(w) && !GIVEN_SUM_BEFORE.test(text.slice(Math.max(0, m.index - 36), m.index)))) continue;
      return m.index - am[0].length;
    }
    if (w.endsWith(' ')) {
      const am = AMOUNT.exec(text.slice(m.index + w.length, m.index + w.length + 24));
      if (am === null || am.index !== 0) continue;
    }
    return m.index;
  }
  return -1;
}

/**
 * Smaller English forms that stay patterns: money for a review; "we reward 5-star reviews with …"; round 82: the purchase
 * paid back once the reader's review is up ("refund after your review goes live", "I'll cover the cost once your review is
 * posted"; not the platform's "refund after the review of your claim").
 */
// (round 94: money back "for a 5 star", the rating bare at the clause's end: not "…for a 5 star hotel"; the money in a
// look-behind, so that "back for", not "back", wakes the pattern)
const EN = /(?:\$\d+|cash|refund|gift card) (?:for|in exchange for) (?:a |your )?(?:5[- ]star |positive |good )?(?:review|feedback|rating)|(?<=(?<![a-z])(?:money|cash|(?:\$|£|€) ?\d+|\d+ (?:dollars|bucks|pounds|quid)) )(?:back for|back in exchange for) (?:a |your )?(?:5|five)[- ]?stars?(?: (?:review|rating|feedback))?(?=[.!?,;\n]|$)|reward(?:s|ed|ing)? (?:you |customers |buyers )?(?:for )?(?:your |an? |honest |every |all )?(?:5[- ]star |five[- ]star |positive |good |photo )?(?:reviews?|ratings?|feedback) with|(?:refund(?:ed)?|reimburse(?:d)?|cover (?:the )?(?:cost|price|item)|(?:money|cash|\$ ?\d+|\d+ (?:dollars|bucks)) back|pay (?:you|u) back)(?: (?:you|u))?(?: in full| the full (?:price|amount|cost))?[^.!?\n]{0,16}? (?:once|after|when|as soon as) your (?:(?:honest|positive|good|5[- ]?star|five[- ]star) )?(?:review|rating|feedback)s? (?:is |are |goes |go |has been |have been |gets )?(?:up|live|posted|published|visible)(?![a-z])/g;
/**
 * Platform promotions and neutral mentions that share the words; the reward itself denied (不会返现, 不能返现, 无法返现,
 * Cantonese 唔会返现, 冇红包), or the review said not to be for one (晒图不为返现, 不是因为返现, 不求返现, "not for cashback").
 * (And the shop's notice that it runs none, after thanks for a review, its "not" inside the match: 感谢好评，本店不搞好评返现.)
 */
// (…and the buyer waving the reward away in talk: 不用返什么钱, 不要给我返了, 甭返啥子红包, 莫返我钱: 返 with what or whom
// after it, or nothing)
// (round 71: …or the scheme named first and the shop saying after it that it takes no part, 好评返现活动本店不参与, 晒图返红包这种
// 我们店从来不搞: not 不限参与, "open to all")
const BENIGN = /(?:返现|返钱|返红包|返利|有礼)(?:活动|这种|这类|之类的?|这一套)?(?:本店|我们店|我们|小店|我家|店里|本铺)?(?:一律|从来|一概|概|都|也|是)?(?:不|没有?|从不|绝不)(?:参与|参加|搞|做|开展|设|提供|支持)|(?:不用|不要|不需要|无需|甭|莫|别|唔使|唔洗)(?:给我|给|再)?返(?:什么|啥子?|乜嘢?|我|了|啦|咯|嘞|钱|现|红包|(?=[ ，,。!！]|$))|平台活动|(?:不|没|从不|绝不|从来不)(?:做|搞|参与|开展|设|提供|支持)(?:任何)?(?:好评|晒图|五星)(?:返现|返钱|返红包|返利|有礼)|购物金|店铺券|优惠券|满\d+返|积分|京豆|金币|好评率|(?:没|无|不|未|冇|唔|非)(?:有|用|要|需要|是|为了|是为了|为|是因为|因为|是冲着|冲着|是冲著|冲著|求|图|拿到?|给|收到|领到?|见|会|能|可以?|再|提供|设|法)?(?:任何|什么)?(?:返现|返钱|返红包|红包|返利|现金|好处)|no incentive|not sponsored|unsponsored|no cash ?back|not (?:offer|give|provide)|(?:not|n't|never|wasn'?t|isn'?t) (?:for|in exchange for|because of|paid|written for|about) (?:a |the |any |some )?(?:cash ?back|refunds?|rewards?|gift cards?|money|cash|freebies?|kickbacks?)|(?:cannot|can't|won't|will not|do not|don't|never) (?:offer|give|pay|provide|send)/;

// (the Chinese forms are one alternation past 20,000 characters: run as parts, matched as the whole)
const PATTERNS = new Phrases([ZH, EN], { split: PHRASE_PART_SOURCE });
/**
 * Round 77: the buyer telling of the card in the parcel and of having ignored it or thrown it out (卡上写好评返现，没理它;
 * 好评返现的卡直接扔了): a report of the offer, turned down. Said by the writer after the offer, in the next clause or two.
 */
const DISMISSED_AFTER = /^[^。！？!?\n]{0,8}?(?:没理|没有理|没搭理|没去理|不理|不搭理|懒得理|没理会|没管|没当回事|无视了?|直接扔|扔了|扔掉了?|丢掉了?)/;
/**
 * Round 90: the same in English, in the next sentence ("…= $5 cashback. Not doing that, reported it"; "…for a refund. Ignored
 * it."): the buyer telling of the offer and turning it down.
 */
const DISMISSED_AFTER_EN = /^[^\n]{0,6}?[.!,;]\s?(?:(?:i'?m|i am|i'?ll|i will)\s)?(?:not doing (?:that|it|this)|not gonna (?:do|happen)|(?:i )?(?:just )?(?:ignored|reported|binned|tossed|threw (?:it|the card) (?:away|out))(?: it| the card| the seller| them)?(?![a-z]))/;
/**
 * Round 91: the same in English, the card or the note named after the offer and the writer's own verb of throwing it out or
 * ignoring it ("a 'review for cashback' slip in the box, binned it"): a report. Not the reader told what to do if they did
 * ("if you threw it away, …", "you ignored it"), nor a verb far past the offer.
 */
const DISCARDED_AFTER_EN = /^[^.!?\n]{0,24}?(?<![a-z])(?<!(?:you|u|if|they|he|she) )(?:threw (?:it|that|them) (?:away|out)|tossed (?:it|that|them)|binned (?:it|that|them)|chucked (?:it|that|them)|ignored (?:it|that|them)|trashed (?:it|that|them)|(?:went|straight) (?:in|into) the (?:bin|trash|rubbish))(?![a-z])/;
/** The English offer turned down or thrown out by the writer right after it (rounds 90 and 91). */
function turnedDownAfterEn(canon: string, end: number): boolean {
  return DISMISSED_AFTER_EN.test(canon.slice(end, end + 40)) || DISCARDED_AFTER_EN.test(canon.slice(end, end + 50));
}
function keep(m: RegExpExecArray, canon: string): boolean {
  const end = m.index + m[0].length;
  if (turnedDownAfterEn(canon, end) || DISMISSED_AFTER.test(canon.slice(end, end + 24))) return false;
  return !BENIGN.test(canon.slice(Math.max(0, m.index - 10), end + 10));
}

/**
 * Round 96: a review asked for by its verb, in English, Spanish and Portuguese ("post a review video", "keep the review
 * positive", "update your 3 star", "déjanos una reseña"), a few words between at most; the verb's -s form only after
 * "who" or "that" ("everyone who posts a review"), as "the buyer leaves a review and gets £10 back" tells of one.
 */
const REVIEW_ASKED_EN = String.raw`(?:(?:(?<![a-z])(?:post|leave|give|write|drop|submit|update|change|keep|rate)(?:ing)?|(?<=(?<![a-z])(?:who|that) )(?:posts|leaves|gives|writes|drops|submits|updates|changes|rates)|(?<![a-z])(?:deja|dejas|dejes|dejar|dejanos|dejame|pones|das|deixa|deixe|deixar|der|da|laissez|laisser|laisse|donnez|mettez)(?: nos| nous)?)(?: [a-z0-9'-]+){0,3}? (?:reviews?|ratings?|feedback|stars?|resenas?|estrellas|valoracion|calificacion|avaliacao|estrelas|avis|etoiles)(?![a-z])|(?<![a-z])(?:change|update|raise|bump|switch|move)(?:s|d)? (?:it|that|this|them|mine|your (?:rating|review|stars?)) (?:up )?to (?:a )?(?:5|five)(?![\d.,])|(?<![a-z])(?:rate(?: us| me)?|appreciate|would love)(?: a)? (?:5|five)[- ]?stars?(?![a-z])|(?<![a-z])tell the world(?: about it)? on the (?:product|listing|review) page)`;
/**
 * Round 96: money or a gift given back, not a discount: "$2 back", "20% back", "50k cash back", "send you a tenner",
 * "claim your bonus gift", a gift card's code unlocked, "te devolvemos 3 dólares".
 */
const REWARD_GIVEN_EN = String.raw`(?:(?:(?:[$£€₱₹]|(?<![a-z])(?:rm|php|rs|usd|rp) ?)\d+(?:[.,]\d+)?k?|(?<![\d.,])\d+(?:[.,]\d+)?k?(?: ?(?:dollars|bucks|pounds|euros|pesos|ringgit|rupees))?|\d+ ?%)(?: cash)? ?(?:back|cash ?back|bonus|reward|rebate)|(?<![a-z])(?:cash ?back|rebate)|(?:send|give|pay|transfer|venmo|paypal|gcash) (?:you|u) (?:a |an )?(?:tenner|fiver|[$£€₱] ?\d+|something|little something|gift|bonus|reward)|(?:claim|get|receive|collect) (?:your |a |the )?(?:bonus|free|thank[- ]you|cash) (?:gift|reward|prize)|gift ?card[^.!?\n]{0,30}?(?:unlock|activat|claim|redeem)[a-z]*|(?:te |les )?(?:devolvemos|reembolsamos|devolvo|pagamos) (?:\d|[$€]|us\$|r\$)|(?:recevez|recevoir|obtenez) \d+ ?(?:€|euros?)|\d+ ?(?:€|euros?) rembourses?|(?:a |little |lil |small |nice )+(?:surprise|treat|something extra)|(?:send|give|get|receive|earn|claim|win|offer)(?: (?:you|u|them))?(?: an?)? (?:[$£€₦₱]|n(?=\d)|rs ?)\d+(?:[.,]\d+)?k? (?:airtime|load|top-?up|voucher|gift card|refund|credit)|(?:venmo|paypal|cash ?app|gcash) tip|entered into a (?:giveaway|draw|raffle)|(?:next|a) (?:revision|one|order|item) (?:free|on us|on the house)|say thanks with (?:a |an )?[^.!?\n]{0,12}?(?:voucher|gift|gift card))(?![a-z])`;
/**
 * Round 96: the reward frame, read only when nothing above found the offer: a review asked for and a reward in the same
 * sentence, either way round ("we give 20% back on any review with photos", "$2 back per photo review", "post your review,
 * then send us the code to claim your bonus gift"), the reward before it only for the review itself ("per photo review",
 * not "for a 5 star hotel").
 */
const REWARD_FRAME = new Phrases([
  new RegExp(`${REVIEW_ASKED_EN}[^.!?\\n]{0,60}?${REWARD_GIVEN_EN}`, 'g'),
  new RegExp(`${REWARD_GIVEN_EN}[^.!?\\n]{0,40}?(?:(?:per|for|on|with)(?: (?:a|an|any|every|each|your|ur))?(?: [a-z0-9]+){0,2} (?:reviews?|ratings?|feedback|resenas?|avaliacao)|(?:after|once|when|if)(?: (?:you|u))? (?:post|leave|give|write|drop|rate|submit)(?: [a-z0-9]+){0,2} (?:reviews?|ratings?|feedback|stars?))(?![a-z])`, 'g'),
  // a low rating changed or taken down, and the reader paid for it (差评能改成好评吗？改了我补偿你20; 删了中评给你转10块): the
  // question may stand between. Not a rating that cannot be changed (删不掉, 改不了), nor an apology with no money named
  new RegExp(`(?:差评|中评|负评|(?:一|1|两|二|2|三|3)颗?星(?!期|级|座|球|人))[^。！？!?\\n]{0,6}?(?<!不|别|没)(?:改|改成|改为|删|删掉|删除|撤|撤掉)(?!不|没)(?:成|为)?(?:好评|五星)?[^。！\\n]{0,16}?(?:补偿|补|返|给|转|退)(?:你|您)?(?:个|一个)? ?(?:${SUM}|\\d{1,4}(?:的|元|块)?|红包)`, 'g'),
  // the good review's price named as small change (好评+晒图=奶茶钱, 五星好评送杯奶茶钱)
  new RegExp(`(?:${REVIEW_STRICT}|评价|评论|五星|5星)[^。！？!?\\n]{0,30}?(?:=|送|换|给你|给您|有|领|拿|获得|得到|拿到|领取)(?:个|杯|份|一杯|一份)?[“"「]?(?:奶茶钱|咖啡钱|辛苦费|零花钱|饭钱|跑腿费|话费|\\d+ ?元话费)`, 'g'),
  // the good review, then the writer's red packet sent to the reader (好评完截图过来，我这边发您个红包): no sum named
  new RegExp(`${REVIEW_STRICT}[^。！？!?\\n]{0,24}?(?:发|给|送|转|补)(?:你|您)(?:个|一个)?(?:小)?红包`, 'g'),
  // the rating in stars set equal to a red packet (5⭐+📸=🧧x10)
  /(?:(?<![\\d.])5|五) ?⭐[^。！？!?\\n]{0,10}?(?:=|换|送|领|返) ?(?:个)? ?(?:红包|现金)/g,
  // 好评返现's pinyin initials (hpfx 8r)
  /(?<![a-z])hpfx(?![a-z])/g,
  // a card in the parcel that pays money when its steps are followed, the good review asked beside it (包裹里有张小卡片，按上面
  // 步骤操作能拿钱，好评带图)
  new RegExp(`(?:卡片|小卡|卡)[^。！？!?\\n]{0,16}?(?:能|可以|可)?(?:拿钱|领钱|拿现金|领现金|领红包|拿红包|返钱)[^。！？!?\\n]{0,16}?(?:${REVIEW_STRICT}|评价)`, 'g'),
  // the paid-order job (刷单), with its commission or the money paid back: a fake-review scam
  /刷单[^。！？!?\n]{0,30}?(?:佣金|提成|返款|返钱|返还|本金)/g,
]);

/** Money or gifts for a good review, usually claimed off-platform (好评返现卡, "5-star review = $5 back"). */
export default defineRule({
  id: 'cashback-review',
  kind: 'cashback_card',
  severity: 'medium',
  trigger: /⭐|tell the world|avis|etoiles|hp|刷单|卡片|小卡|resena|avaliacao|valoracion|calificacion|笔记|种草|探店|测评|朋友圈|好评|差评|负评|颗星|一星|1星|两星|二星|2星|中评|低分|好平|好苹|好坪|好萍|好凭|好瓶|好屏|好pin|好 pin|hao评|hao 评|五星|5星|晒|追评|带图|评价|评完|评好|评论完|评论|买家秀|review|feedback|rating|star|bintang|estrellas|estrelas|⭐|★|5\*|5 \*|five\*|five \*|leave fb|leave us fb|leave me fb|leaving fb|give fb|give us fb|give me fb|giving fb|drop fb|drop us fb|post fb|positive fb|good fb|great fb|pos fb|nice fb|\+fb|\+ fb|(?:it|that|this|mine|them)(?: up)? to (?:5|five)/,
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
  match: (ctx) => {
    const canon = ctx.canon;
    const out = phraseMatches(canon, PATTERNS.for(ctx), keep);
    // (round 92: or a rating raised "to 5" with a pronoun, CHANGE_EN's, which names no rating word: "if i raised it to 5")
    if (/review|feedback|rating|star|bintang|estrellas|estrelas|[★⭐]|(?:5|five) ?\*|(?<![a-z])fb(?![a-z])|(?:it|that|this|mine|them)(?: up)? to (?:5|five)/.test(canon)) {
      for (const m of matchEnglish(canon)) {
        if (refusedAfter(canon, m.end) || turnedDownAfterEn(canon, m.end) || BENIGN.test(canon.slice(Math.max(0, m.start - 10), m.end + 10))) continue;
        out.push(m);
      }
    }
    return out.length > 0 ? out : phraseMatches(canon, REWARD_FRAME.for(ctx), keep);
  },
});
