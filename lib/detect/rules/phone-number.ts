import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Lexicon, type MatchContext, type NumberRun, clauseStart, numberRuns } from '../scan';
import { isCnMobile } from '../bind';
import { QQ_ALT } from '../app-names';
import { homeMobile, validPhone } from '../validate';
import { MARKETPLACES_EN, PHONE_CONTEXT } from '../lexicon/words';

/**
 * Chat shorthand for "text / call" (txt, msg) and the Cantonese 搵 ("find me at"): phone words like the shared list's.
 * Taiwan's 请洽 / 洽询 ("enquire with"), as a wholesale or group-buy notice puts it before a number.
 */
// Taiwan's and Hong Kong's own ways to say "call": 请电 / 电洽 / 电联 ("please phone", "enquire by phone"), 详洽, 联络, and
// 手提 (Hong Kong's word for a mobile).
/** Those words inside other words: 申请电子发票, 电商, 手提包 / 手提箱 / 手提电脑 (a handbag, a case, a laptop). */
const NOT_A_CALL = /^(?:请电[子商视脑池影梯费力器线竞]|手提(?:包|袋|箱|式|款|灯|秤|电脑|行李|篮|桶))/;
const CONTEXT = new Lexicon([...PHONE_CONTEXT, 'txt', 'tx', 'msg', 'txt me', 'texting', '搵', '请洽', '洽询', '洽谈', '洽购', '请电', '电洽', '电联', '详洽', '联络', '手提',
  // round 87: Portuguese and Spanish "call me", "my number", "message me on Zap" (WhatsApp in Brazil), the words whole
  'me liga', 'liga pra mim', 'liga pra gente', 'me chama', 'chama no zap', 'chama no whats', 'meu zap', 'meu whats', 'meu numero', 'meu número',
  'meu telefone', 'meu celular', 'llamame', 'llámame', 'mi numero', 'mi número', 'mi celular']);
/**
 * "打 / 拨" ("call") right before the number, as Cantonese and Taiwanese sellers write it; not 打8折, 打包. Or a call
 * to someone named between (打给师傅, 拨电话给老板, 打去店长): the person who answers, whoever it is.
 */
// (the number pointed at between, as Taiwan and Hong Kong say it: 打这支 09…, 打呢个, 拨以下号码)
const CALL_VERB = /(?:打|拨)(?:(?:这|呢|下面|以下)(?:支|个|只|组)?(?:号码?|电话|手机)?)?\s?$|(?:打|拨)(?:电话|个电话)?(?:给|去|俾)[^\s\d,，。、;；:：!！?？]{1,4}\s?$/;
/** Someone offering their own number, not quoting a shop hotline (English words whole: "ordering" holds "ring"). */
// ("I'm on (415) …", "I'm at 07…": the writer says where they answer)
/**
 * Round 65: a pickup or a meeting in person offered right after the number (电话 …，门口自取也行; "phone …, pickup in
 * Queens"): the writer's own line for arranging the hand-over, not a shop's.
 */
const HANDOVER_AFTER = /^[^。！？!?\n]{0,10}?(?:自取|自提|面交|当面交|见面交|上门取|(?<![a-z])(?:pick ?up|pickup|meet ?up|meetup|meet in person)(?![a-z]))/;
// (round 83: "sms" too, the number's own way to be reached said after it: "9123 4567 sms can", "0412 345 678 sms only")
const PERSONAL = /我|打给|联系|找|搵|(?<![a-z])(?:call|text|txt|msg|sms|ring|me|my|whatsapp|i'?m (?:on|at)|i am (?:on|at))(?![a-z])|私人|个人|直接|急/;
const HOTLINE = /客服|热线|服务电话|服务热线|服务站|维修|售后|官方|总机|前台|酒店|分机|投诉|hotline|customer service|support|emergency|(?<![a-z])(?:customer|consumer|client) care|care ?line|care cent(?:er|re)|helpline|help ?desk|toll[- ]?free|warranty|[a-z] care\s*[:：-]?\s*$/;
/**
 * Round 95: a toll-free line said so in English text ("consumer care toll-free 1800 102 2929"): a company's line even
 * when its digits also make a mainland mobile's (180…), which the hotline words alone do not clear.
 */
const TOLL_FREE_WORD = /(?<![a-z])(?:toll[- ]?free|freephone|free ?call)(?![a-z])/;
/**
 * Round 95: 1800 and 1300 open the toll-free lines of India, Malaysia, Singapore and Australia; with a care line's
 * name or "toll-free" right before it in English text ("customer care 1800 266 1880", "call Dell Care 1800-425-4026") such a number is a
 * company's, though its eleven digits also make a mainland mobile (180…). Not the writer's own ("call me on 1800…").
 */
const SERVICE_PREFIX = /^1[38]00/;
const CARE_BEFORE = /(?:(?<![a-z])(?:customer|consumer|client) care|care ?line|helpline|help ?desk|toll[- ]?free|freephone|[a-z] care)\s*(?:no\.?|number|line)?\s*[:：-]?\s*$/;
/**
 * Round 95: a number hyphened onto a code of letters ("order JUM-NG-2048-77321", "ref ABX-2024-55810"): the tail of an
 * order's or a reference's id, not a line; not a phone's or an app's word before the hyphen ("tel-0917…", "hp-012…",
 * "vx-138…"). The code of two parts ("JUM-NG-"), or of one with an order's or a parcel's word before it.
 */
const LETTER_CODE_BEFORE = /(?<![a-z0-9])(?!(?:tel|mob|mobile|hp|ph|wa|call|cell|phone|txt|text|sms|viber|line|no|num|vx|wx|qq|id|tg|ig|kk)-)[a-z]{2,5}-(?:[a-z0-9]{1,5}-){0,2}$/;
/** (a code of one part, "ORD-2024…", only with an order's or a parcel's word before it) */
const LETTER_CODE_TWO = /(?<![a-z0-9])[a-z]{2,5}-[a-z0-9]{1,5}-(?:[a-z0-9]{1,5}-)?$/;
const CODE_WORD_BEFORE = /(?<![a-z])(?:order|ref|reference|parcel|invoice|tracking|booking|ticket|case|receipt|awb|shipment)s?(?![a-z])/;
/**
 * The platform's own service named in the next clause, as the slow way the number is offered instead of (打给我 09…，蝦皮客服
 * 處理太慢; "call me on …, Shopee support takes forever"): whose service it is is said, so it is not this number's.
 */
const PLATFORM_SERVICE_AFTER = new RegExp(`^\\s*[,，;；]\\s*(?:(?:平台|虾皮|淘宝|天猫|京东|拼多多|闲鱼|抖音|快手|小红书|露天|momo)(?:的)?(?:客服|售后)|(?:the )?(?:${MARKETPLACES_EN}|platform|app|site)(?:'s)? (?:support|customer service))`);
/**
 * The writer's own mobile named in the number's clause (报价打电话倾，我手机 6384…; "for the repair quote, my cell is …"):
 * a hotline word in an earlier clause is the errand the call is about, not whose line it is.
 */
const OWN_LINE = /我(?:的|个)?(?:手机|电话|手提|号码|私人|个人)|(?<![a-z])my (?:own |personal )?(?:cell|mobile|phone|number|digits)(?![a-z])/;
/**
 * Round 67: the reader told to ring the writer right before the number (维修的事您直接打给我 09…, 保修就拨给我): the errand
 * (维修, 售后) said before is what the call is about, not whose line it is. Not "us" (打给我们 may be the shop's desk).
 */
const CALL_ME_BEFORE = /(?:你|您|请|直接|就|可以)(?:直接)?(?:打|拨)(?:个)?(?:电话)?(?:给)?我(?!们)(?:的?(?:手机|电话))?\s?[:：]?\s?$/;

/** An invitation to call this number (a landline the seller offers for the deal), not a mention of one. */
const CALL_US = /请来电|欢迎来电|请电(?![子商视脑池影梯费力器线竞])|电洽|电联|来电(?:咨询|洽谈|洽询|订购|联系)|打电话(?:来)?(?:订|预订|订购|落单|下单|买|咨询|查询)|请致电|欢迎致电|请拨打|欢迎拨打|可拨打|可致电|打(?:我|这个)?座机|call us|give us a (?:call|ring)|ring us|phone us/;
/** Round 75: the call by its British and Australian names right before the number ("give us a bell on …", "buzz me at …"; "us" said for "me"). */
const BELL_BEFORE = /(?<![a-z])(?:give (?:me|us) a (?:bell|buzz|tinkle|holler)|(?:bell|buzz) (?:me|us))(?: (?:on|at))?\s*[:：]?\s*\(?$/;
/**
 * A call asked for to someone of the writer's side, named before the number ("please call our refunds agent on …",
 * "ring my assistant at …"): the invitation reaches past the words that name who answers. (A hotline word there still
 * makes it the company's line: HOTLINE.)
 */
// Or to one person named by a single word ("phone Thandi on …", "text Mike at …"); not the reader's or a company's
// own line ("call your bank on …", "ring the council at …").
// (The number may start with its country code's plus: "call our claims officer at +1 (…) …", round 59; the reach back
// is the pattern's own 48 units, not the 30 of the number's clause, so three words between still reach the verb.)
const CALL_OUR = /(?<![a-z])(?:call|ring|phone|text)\s+(?:(?:our|my)\s+(?:[a-z]+\s+){0,3}|(?!(?:your|the|a|an|their|its|this|that|any|them|it)\s)[a-z]+\s+)(?:on|at)\s*(?:\+\s?(?:\d{1,3}\s*)?)?\(?$/;
/**
 * A call or text to the writer asked for what it is about, the number after that errand in the same sentence ("call me for
 * the moving quote: …", "text me about the delivery slot on …"): the ask reaches past the errand's words.
 */
const CALL_ME_ABOUT = /(?<![a-z])(?:call|text|txt|ring|phone) me (?:for|about|re|regarding|to (?:book|arrange|confirm|get))(?![a-z])[^.!?\n\d]{0,40}$/;
/** The writer reached at the number, right after it (…搵我, …找我, "…to reach me"). */
const FOUND_ON = /^\s?(?:(?:就|可以|都)?(?:搵|揾|找|联系|联络)(?:我|返我)(?!们|哋)|(?:to )?(?:reach|find|contact|get) me\b)/;
/**
 * round 64: a call to the writer asked for right after the number, when to ring said between (0912 345 678 晚上打來,
 * …有空打给我, "… call me after 6"): the number is the writer's, as a call verb before it says.
 */
const CALL_AFTER = /^\s?[,，]?\s?(?:晚上|白天|下午|中午|早上|今晚|明天|随时|直接|有空|方便|下班后?)?(?:再|就|可以|都可以)?(?:打来|打过来|打给我|打我|拨给我|打电话给我|致电|来电)|^\s?[,，]?\s?(?:call|ring|text) me(?![a-z])/;
/**
 * Round 75: an hour to ring told right after the number, the call asked for just before it ("phone 0412 … after 6pm",
 * "text … before 9am", "call … evenings"): a person's own line and hours, as 晚上打來 is in CALL_AFTER.
 */
const CALL_THEN_HOURS_BEFORE = /(?<![a-z])(?:call|phone|ring|text|txt|sms)\s*[:：]?\s*\(?$/;
const HOURS_AFTER = /^\s?[,，]?\s?(?:(?:after|before|from|between|till|until|past) (?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?(?![0-9])|noon|midday|lunch|work|dinner|school|hours)|(?:evenings|weekends|anytime|any time)(?![a-z]))/;
/**
 * Round 80: "contact" as the clause's own verb right before the number ("Contact 0712 … for orders", "pls contact me on
 * …", "kindly contact: …"): the writer's line offered, as "call" is. A hotline word still makes it a company's (HOTLINE);
 * not "contact details" or "your contact", which only name one.
 */
/**
 * round 84: Tagalog-English "text me at": the verb, the particles (mo, na lang, po) and "ako sa" or "kami sa" right before
 * the number ("txt mo na lang po ako sa …", "tawagan niyo kami sa …"): the writer's own line, as "text me at" is.
 */
const TAGALOG_REACH_BEFORE = /(?<![a-z])(?:text|txt|i-?text|tx|tawag|tawagan|call|i-?call|message|msg|i-?message|kontakin|contact)(?: (?:mo|niyo|nyo|na|lang|nalang|po|muna|nyo na))* (?:ako|kami|me|us)(?: (?:na|lang|nalang|po))* (?:sa|dito sa|at)\s*[:：]?\s*$/;
const CONTACT_VERB_BEFORE = /(?:^|[.!?\n,;:()\-–—]\s*|(?<![a-z])(?:pls|plz|please|kindly|just|or|and|simply|then) )contact(?: (?:me|us))?(?: (?:on|at|via|thru|through))?\s*[:：-]?\s*\(?$/;
const HAN = /[\u3400-\u9fff]/;
/**
 * A bank's or a wallet's account named before the number, or an IBAN's first groups: the number is that account (its
 * own rules read it), even when it has a mobile's shape (a Malaysian account 0123…, a wallet on a mobile number).
 */
const MONEY_BEFORE = /bank|(?<![a-z])(?:account|acct|a\/c|acc no|pay into|paid into|routing|aba|sort ?code|bsb|iban|swift|bic|paybill|till|gcash|g-cash|maya|paymaya|m-?pesa|tng|touch ?'?n ?go|e-?wallet|payid|pay ?now|duitnow|transfer|deposit|wire)(?![a-z])|[a-z]{2}\d{2}[ -]?(?:[a-z0-9]{4}[ -]?){1,2}$/;
/** What a number is said to be right after it ("… is our stock code", "… (order no.)"): that, not a line. */
const CODE_AFTER = /^\s*[(（]?\s*(?:is |was |=\s*|-\s*)?(?:the |our |my |your |ur |its )?(?:stock|order|tracking|model|item|sku|ref|reference|serial|part|invoice|product|lot|batch)(?![a-z])/;
/** A code's name asked or told earlier in the message ("which model number do you have? mine is …"): the number answers that. */
const CODE_NAMED = /(?<![a-z])(?:stock|order|tracking|model|item|sku|ref|reference|serial|part|invoice|product|lot|batch|imei) ?(?:number|no\.?|num|#|code|id)(?![a-z])/;
/** Someone else's line ("nasa … ang rider", "the courier's number"): whose it is is said, and it is not the writer's. */
const SOMEONE_ELSES = /(?<![a-z])(?:rider|courier|driver|delivery guy|dispatcher|lalamove|grab|his|her|their|kuya|ate)(?![a-z])/;

/**
 * A home-written mobile (validate's homeMobile) offered with no phone word: only where nothing says it is something
 * else. Not in Chinese text (07xx and 08xx open landlines' area codes there); not with a label a sentence back or what
 * it is said after it; not a bank's or a wallet's account (MONEY_BEFORE) or someone else's line.
 */
function homeMobileOffered(ctx: MatchContext, run: NumberRun): boolean {
  const canon = ctx.canon;
  if (HAN.test(canon) || ctx.labelledAt(run.start, 48) || CODE_AFTER.test(canon.slice(run.end, run.end + 24))) return false;
  if (CODE_NAMED.test(canon.slice(Math.max(0, run.start - 90), run.start))) return false;
  if (MONEY_BEFORE.test(canon.slice(Math.max(0, run.start - 40), run.start))) return false;
  return !SOMEONE_ELSES.test(canon.slice(Math.max(0, run.start - 24), run.end + 24));
}
/** An extension after the number: "转8", "分机 12", "ext. 203", "x15". */
const EXTENSION = /^\s?(?:转|分机|ext\.?|x)\s?(\d{1,5})(?!\d)/;

/**
 * Written the North American way, "1-888-280-4331" / "1 (800) 555 0199": a NANP number, even when its eleven digits
 * also look like a mainland mobile; toll-free area codes (800, 888, 877…) are a company's line.
 */
const NANP_WRITTEN = /^1[-. ](?:\(\d{3}\)|\d{3})[-. ]?\d{3}[-. ]\d{4}$/;
const TOLL_FREE = /^1?8(?:00|33|44|55|66|77|88)\d{7}$/;

/**
 * A symbol put between the digit groups with an instruction to take it out: "0917~552~8034 (remove the ~)",
 * "去掉#号", "ignore the *s". The number is then read with that symbol as a separator.
 */
const REMOVE_SYMBOL = /(?:remove|delete|ignore|drop|skip|without)\s+(?:the\s+|all\s+|any\s+)?["'“(]?([~#*^=_|])|(?:去掉|删掉|去除|删除|忽略|不要)\s*(?:中间的?)?\s*["'“]?([~#*^=_|])/;

/**
 * The writer saying the number out right here (那我直接说吧 187…, 我报给你：139…): a mobile told by the writer, whatever
 * invoice or order was named in the words before (a label there tells where the number could have been found). Its
 * own chunk of chat: 订单号我报一下 is still the order's number.
 */
const SAID_NOW = /(?:^|[\s,，。.!！?？~～])(?:那|那么|那就|算了)?我(?:就|还是)?(?:直接)?(?:说|报|念)(?:一下|给你|出来|一遍)?(?:吧|啦|哈|了|好了)?[\s,，:：]*$/;

/**
 * The writer's own number given back as "mine" after the reader's was asked for ("send ur number so I can contact u,
 * mine is 0917 …", "what's your cell? here's mine: …"): the exchange of numbers is the contact. Not an order's or a
 * tracking number asked for ("your order number? mine is …").
 */
const MINE_BEFORE = /(?<![a-z])(?:mine(?:'s| is)?|here'?s mine|here is mine)\s*[:：-]?\s*$/;
const NUMBER_ASKED = /(?<![a-z])(?<!(?:order|tracking|reference|ref|account|acct|invoice|item|model|serial|case|ticket|room|table|seat|booking|confirmation|parcel|lot|part|size) )(?:number|num|no\.|phone|cell|cellphone|mobile|digits|contact|whatsapp|viber)(?![a-z])/;

/** "area code" right before the number: the phone's own part, not a label's "code" (order code, promo code). */
const AREA_CODE = /(?<![a-z])area code(?: is)?\s*[:：]?\s*\(?$/;

/**
 * Round 75: a seven-digit local number, its area code told right after it ("my number is 555-0148, area code 312",
 * "text 867 5309 (area code 415)"): read as the whole number, the area code put before it.
 */
const AREA_CODE_AFTER = /^\s?[,;(（-]?\s?(?:the )?area code(?: is|'s)?\s*[:：]?\s*\(?([2-9]\d{2})(?![0-9])/;

/** The number names the person being addressed ("…的用户", "…的会员"), not a contact. */
const ADDRESSEE_AFTER = /^\s*的?(?:用户|客户|会员|买家|机主|号主|持有人)/;
/**
 * A mobile word right before an eight-digit number shaped as a Hong Kong mobile (5, 6, 7 or 9 first): a person's
 * mobile (手提 9123 4567, 手机：6123 4567, "mobile 9876 5432"), as a Taiwan 09… mobile is.
 */
const MOBILE_WORD = /手机|手提(?!包|袋|箱|式|款|灯|秤|电脑|行李|篮|桶)|(?<![a-z])(?:mobile|cell)(?![a-z])/;
const HK_MOBILE = /^[5679]\d{7}$/;
/**
 * Taiwan's, Hong Kong's and Macau's country codes written without the plus (886-912-345-678, 852 9123 4567): read as
 * if the plus were there, only for a mobile's shape after them.
 */
const CC_NO_PLUS = /^(?:8869\d{8}|852[5679]\d{7}|8536\d{7})$/;

/**
 * Eight digits that read as a date (2024 03 15, 二零二四零三一五): an order or tracking number often starts with the day
 * it was placed. With an order's label a few words before (order number, I'll copy it for you: 二零二三一一零八), the
 * number is that label's, not a landline, unless the writer asks for a call to it.
 */
const DATE_SHAPED = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** One-time codes and account notices mention a number to say where a code went. */
const CODE_NOTICE = /验证码|动态码|校验码|verification code|otp/;

/**
 * A phone number: a valid Chinese mobile number anywhere (unless labelled as an
 * order/tracking/price… or masked), any other valid number when a phone word is
 * near, international numbers written with +.
 */
/** QQ's name as the number's label, right before it: "QQ 506 778 123", "my qq is 3 1 5…", "企鹅号：8 6 5…". */
const QQ_LABEL_BEFORE = new RegExp(`(?<![a-z])(?:${QQ_ALT})\\s?(?:号码?|number|no\\.?|id|is|:|：|=|-)?\\s?(?:is\\s?)?[:：]?\\s?$`);
export default defineRule({
  id: 'phone-number',
  kind: 'phone',
  severity: 'medium',
  trigger: /\d/,
  explain: {
    zh: {
      asked: '对方留了电话号码，想让你打电话或加这个号联系。',
      risk: '电话里说的话平台看不到，谈好的价格和承诺没有记录；离开平台交易没有担保，也不能7天无理由退货。',
      instead: '通过平台聊天沟通，让所有约定留在平台记录里；必要时向平台举报。',
    },
    en: {
      asked: 'The seller shared a phone number so you contact them by call or text.',
      risk: 'What is said on the phone leaves no record on the platform, and deals made there have no escrow or return protection.',
      instead: 'Keep talking in the platform’s chat so every promise is on record; report the seller if they push.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    // every candidate has 7+ digits: most texts have fewer in all (a price, a message number)
    if (!ctx.hasDigits(7)) return out;
    const rm = /[~#*^=_|]/.test(canon) ? REMOVE_SYMBOL.exec(canon) : null;
    // (a second read of the digits only when such an instruction is there: same length, same offsets)
    const runs: readonly NumberRun[] = rm !== null ? numberRuns(canon.split((rm[1] ?? rm[2])!).join('-')) : ctx.numbers();
    for (const run of runs) {
      if (run.masked || run.digits.length < 7 || run.digits.length > 15) continue;
      if (run.alphaBefore || run.alphaAfter) {
        // glued to letters: only "tel13800…" style prefixes
        const pre = canon.slice(Math.max(0, run.start - 4), run.start);
        if (!/(?:tel|mob|call|phone|whatsapp)$/.test(pre) || run.alphaAfter) continue;
      }
      if (ctx.labelledAt(run.start) && !AREA_CODE.test(canon.slice(Math.max(0, run.start - 14), run.start)) && !(SAID_NOW.test(canon.slice(Math.max(0, run.start - 14), run.start)) && isCnMobile(run.digits))) continue;
      // (a QQ number, its app's name right before: qq-number reports it; a mainland mobile there is still a phone)
      if (QQ_LABEL_BEFORE.test(canon.slice(Math.max(0, run.start - 16), run.start)) && !isCnMobile(run.digits)) continue;
      const cs = clauseStart(canon, run.start, 30);
      const before = canon.slice(Math.max(0, Math.min(cs, run.start - 24)), run.start);
      const after = canon.slice(run.end, run.end + 12);
      const own = OWN_LINE.test(canon.slice(cs, run.start)) || CALL_ME_BEFORE.test(canon.slice(cs, run.start));
      const mine = MINE_BEFORE.test(canon.slice(Math.max(0, run.start - 14), run.start)) && NUMBER_ASKED.test(canon.slice(Math.max(0, run.start - 90), run.start));
      const callVerb = CALL_VERB.test(before) || BELL_BEFORE.test(before) || CONTACT_VERB_BEFORE.test(canon.slice(Math.max(0, run.start - 40), run.start)) || CALL_AFTER.test(after) || (CALL_THEN_HOURS_BEFORE.test(before) && HOURS_AFTER.test(canon.slice(run.end, run.end + 24))) || CALL_OUR.test(canon.slice(Math.max(clauseStart(canon, run.start, 48), run.start - 48), run.start)) || mine || CALL_ME_ABOUT.test(canon.slice(Math.max(0, run.start - 64), run.start)) || TAGALOG_REACH_BEFORE.test(canon.slice(Math.max(0, run.start - 60), run.start));
      if (DATE_SHAPED.test(run.digits) && !callVerb && !own && !CALL_US.test(before) && ctx.labelledAt(run.start, 40)) continue;
      let near = ctx.near(CONTEXT, Math.max(0, run.start - 24), Math.min(canon.length, run.end + 12));
      if (near !== undefined && NOT_A_CALL.test(canon.slice(near.start, near.end + 2))) near = undefined;
      const ctxHit = near ?? (callVerb || undefined);
      let value: string | undefined;
      let digits = run.digits;
      const areaAfter = digits.length === 7 ? AREA_CODE_AFTER.exec(canon.slice(run.end, run.end + 24)) : null;
      if (areaAfter !== null) digits = areaAfter[1]! + digits;
      if (digits.length === 13 && digits.startsWith('86') && isCnMobile(digits.slice(2))) digits = digits.slice(2);
      const codeBefore = canon.slice(Math.max(0, run.start - 20), run.start);
      if (LETTER_CODE_BEFORE.test(codeBefore) && (LETTER_CODE_TWO.test(codeBefore) || CODE_WORD_BEFORE.test(canon.slice(Math.max(0, run.start - 40), run.start))) && !callVerb && !own) continue;
      if (TOLL_FREE_WORD.test(canon.slice(Math.max(0, run.start - 30), run.start)) && !HAN.test(canon) && !own && !callVerb) continue;
      const nanp = digits.length === 11 && NANP_WRITTEN.test(canon.slice(run.start, run.end));
      if (nanp && TOLL_FREE.test(digits)) continue;
      if (isCnMobile(digits) && !nanp) {
        if (SERVICE_PREFIX.test(digits) && !HAN.test(canon) && CARE_BEFORE.test(canon.slice(Math.max(0, run.start - 24), run.start)) && !own) continue;
        // A notice addressed to whoever owns the number ("…的用户请查收验证码") does not offer it as a contact.
        if (ADDRESSEE_AFTER.test(after) && !PERSONAL.test(before)) continue;
        if (CODE_NOTICE.test(canon.slice(Math.max(0, run.start - 40), run.end + 40)) && !PERSONAL.test(before) && !PERSONAL.test(after)) continue;
        value = validPhone(digits, false) ? digits : undefined;
      }
      else if (run.plus || (ctxHit && CC_NO_PLUS.test(digits))) value = validPhone(digits, true, ctxHit !== undefined)?.replace(/^\+/, '');
      else if (ctxHit) {
        // A mobile number (Taiwan's 09xx xxx xxx; mainland mobiles are handled above) is a person's, not a shop's line.
        const personal = callVerb || PERSONAL.test(before) || PERSONAL.test(after) || (areaAfter !== null && PERSONAL.test(canon.slice(run.end + areaAfter[0].length, run.end + areaAfter[0].length + 14))) || HANDOVER_AFTER.test(canon.slice(run.end, run.end + 20)) || CALL_US.test(before) || CALL_US.test(after) || /^09\d{8}$/.test(digits) || (HK_MOBILE.test(digits) && MOBILE_WORD.test(before));
        if (HOTLINE.test(before) && !/个人|私人/.test(before) && !own) continue;
        const e164 = validPhone(digits, false, personal);
        if (e164 && personal) value = digits;
      }
      // (a mobile of an English-speaking market written as at home: "07911 123 456 for pics"; the prefix makes it a
      // person's line, as a mainland mobile's does)
      if (value === undefined && !ctxHit && !run.plus && homeMobile(digits) !== undefined && homeMobileOffered(ctx, run)) value = digits;
      if (value === undefined) continue;
      // (a 95 number is a mainland service line, but Hong Kong's mobiles start with 9 too: one the writer is found on,
      // 打9587…搵我, "call 9512… to reach me", is theirs)
      const service = /^(?:400|800)/.test(digits) || (/^95\d/.test(digits) && !(own || FOUND_ON.test(after)));
      if (((HOTLINE.test(before) && !own) || (HOTLINE.test(after) && !PLATFORM_SERVICE_AFTER.test(after)) || service) && (!isCnMobile(digits) || nanp)) continue;
      const ext = isCnMobile(digits) ? null : EXTENSION.exec(after);
      // "+44 …" and "(212) …" start at the sign or the bracket the user wrote
      // ("plus 44 …": at the word)
      const plusWord = run.plus ? /plus \(?$/.exec(canon.slice(Math.max(0, run.start - 6), run.start)) : null;
      const start = plusWord !== null ? run.start - plusWord[0].length : run.plus && canon[run.start - 1] === '+' ? run.start - 1 : canon[run.start - 1] === '(' ? run.start - 1 : run.start;
      out.push({ start, end: areaAfter !== null ? run.end + areaAfter[0].length : run.end + (ext ? ext[0].length : 0), value, contact: true });
    }
    return out;
  },
});
