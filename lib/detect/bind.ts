/**
 * "Keyword bound to a handle": finds an app keyword (WeChat, QQ, Telegram…) and
 * the handle or number that goes with it, a little before or after, across
 * filler words ("号是", "ID:", "is") and spelled-out separators.
 */
import type { RawMatch } from './rule';
import { type Hit, type Lexicon, type MatchContext, type Token, isAsciiLetter, isCjk, isCore, isDigit, isPicture, readToken } from './scan';
import { ALIPAY, IM_STRONG, QQ_STRONG, WECHAT_STRONG } from './lexicon/words';

/**
 * Sentence particles and forms of address of regional English ("add my wechat ah", "line po", "wechat lah bro"; Thai
 * polite ka/krub and softening na/ja: "add my LINE ka: @x"; Indian ji/bhai, Indonesian and Malay kak/gan/sist,
 * Vietnamese nha/nhe): they sit between the app and the handle and are never one.
 */
const PARTICLES = [
  'ah', 'la', 'lah', 'leh', 'lor', 'mah', 'po', 'ya', 'yah', 'hor', 'bro', 'sis', 'dear',
  'ka', 'kha', 'krub', 'krab', 'khrap', 'khrup', 'na', 'naka', 'nakha', 'ja', 'jaa', 'ji', 'bhai', 'kak', 'gan', 'sist',
  'nha', 'nhe', 'sir', 'maam', 'madam',
];
/**
 * The app said to be the only way, then the @ to add there ("handled on Line only — add @x", "Telegram only: @x", "WhatsApp
 * only, DM @x"): the @ is the account on it, past a word that would end the reading.
 */
// (…or, after a colon or a dash, the phone number these apps use as the account: "WhatsApp only: +65 …", "Viber only – 0917 …")
const ONLY_THEN_AT = /^\s*(?:[:：,，—–-]*\s*(?:(?:add|dm|msg|message|text|ping|search|find)\s*(?:me|us)?\s*[:：]?\s*)?@[a-z0-9_]|[:：—–-]\s*\+?\d[\d ().-]{6,16}\d)/;
/** One or two particles right after the app name: what introduces the handle comes after them. */
const PARTICLES_AFTER = new RegExp(`^(?:\\s*(?:${PARTICLES.join('|')})(?![a-z0-9_'.@-])){1,2}\\s*,?`);
/**
 * The function words of code-switched English between the app and the account: Hindi-English "pe/par" (on), "karo/kar"
 * (do), "baat" (talk), "hai/hain" (is), "mera/meri/apna" (my), "aa jao" (come); Tagalog-English "sa" (on), "tayo" (we), "lang/nalang" (just),
 * "ko/mo" (my/your), "ako" (me); Malay "saya" (my), "kat" (at); Spanish and Portuguese "mi/meu/minha" (my), "es" (is),
 * "por/pelo" (by): "WhatsApp pe aa jao, ID hai x_9", "sa Viber na lang tayo, ID ko x_9". They are passed over as "is" and
 * "my" are, and, as the English would be shorter, each one lengthens the reach by its own length.
 */
const CODE_SWITCH_FILLER = [
  'pe', 'par', 'karo', 'kar', 'karte', 'baat', 'hai', 'hain', 'mera', 'meri', 'apna', 'aa', 'jao', 'sa', 'tayo', 'lang', 'nalang', 'ko', 'mo', 'ako',
  'saya', 'kat', 'mi', 'meu', 'minha', 'es', 'por', 'pelo',
];
const CODE_SWITCH_SET = new Set(CODE_SWITCH_FILLER);
const STOP_TOKENS = new Set([
  'id', 'is', 'me', 'my', 'add', 'on', 'at', 'to', 'the', 'and', 'or', 'for', 'there', 'search', 'number', 'no', 'num',
  'it', 'us', 'our', 'handle', 'name', 'user', 'username', 'acc', 'account', 'via', 'with', 'dm', 'pm', 'msg', 'ping',
  'here', 'please', 'pls', 'plz', 'hi', 'hello', 'a', 'an', 'app', 'in', 'of', 'i', 'you', 'u', 'ok', 'ps',
  // "QQ group 8124…", "telegram channel @x": the kind of account before its number or name
  'group', 'grp', 'chat', 'channel', 'qun',
  ...PARTICLES,
  // the writer naming themself after the app ("Telegram, I'm @x", "WhatsApp, we are @x", "it's @x"): the apostrophe
  // splits "I'm"
  'm', 're', 's', 'am', 'are', 'we',
  // and "it's" typed without its apostrophe ("add me on insta its x")
  'its',
  // the app's inbox named after it ("our Insta DMs → @x", "Kakao PMs: x")
  'dms', 'pms', 'inbox',
  // when or how the add comes ("add my wechat first ya, ID x", "add my line also: x"): an adverb of the request, never
  // the handle
  'first', 'also', 'too', 'instead',
  ...CODE_SWITCH_FILLER,
]);
/**
 * After these, a plain word is what the contact is for ("WhatsApp number for orders", "Telegram me to confirm"), never
 * the handle: it is passed over, and only an introduced value or one with a digit or mark may still follow. After
 * "with", the words are the people the app is used with ("shared it on Facebook with my sister", "video calls on
 * WhatsApp with my family"): "my" there names a person, not an account.
 */
const PURPOSE_TOKENS = new Set(['for', 'to', 'with']);
// Full stops, exclamation and question marks, line breaks and semicolons end a clause:
// "型号 VX-200；货号 A2026-118" is two clauses, not a keyword and its handle.
const SENTENCE_END = new Set([0x3002, 0xff01, 33, 0xff1f, 63, 10, 0xff1b, 59]);
/** A question or exclamation may be followed by the handle it offers, introduced ("add my wechat ah? ID is x"). */
const ASK_END = new Set([0xff01, 33, 0xff1f, 63]);
// (or the writer naming their account there, an @ next: 去纸飞机聊？我那边是 @x, "Telegram? I'm @x there")
const ID_NEXT = /^\s*(?:(?:my|the|our)\s+)?(?:id|username|user name|号|号码|账号|帐号)\s*(?:is|[:：=是-])|^\s*(?:(?:我|我们)(?:在)?(?:那边|那里|那儿|上面|这边)?的?(?:号|账号|帐号|id)?(?:是|叫)|i'?m|i am|we'?re|we are)\s*(?=@)/;
/**
 * The keyword asked to be added or messaged on ("can add my QQ ah?", "加我微信吗？"): the question is the request, and
 * a number or handle right after it is the answer, with no "ID is" ("…ah? 1597…, I send you the list there").
 */
// (加个 / 加下: "add one", "add for a moment", as the app is offered: 要不要加个企鹅？)
// (or asked to talk there, "can we talk on QQ? 1604…": the answer is the same account)
const ASKED_ADD = /(?:add|加|添加|搜|search|find|message|msg|text|dm|ping|contact|hit|talk|chat|speak)\s*(?:me|my|us|our|我们的?|我的?|个|一个|下|一下)?\s*(?:(?:up\s+)?(?:on|at|via|in)\s*)?$/;
/**
 * The question about the app answered by the writer's own add-me ("你有Discord吗？加我 x#1234", "有line嗎？加我
 * abc_88", "Got Telegram? add me @x"): the keyword is the app the handle is on, like a question that asked to add it.
 */
const ADD_ME_NEXT = /^\s*(?:那|那就|就|可以|直接)?(?:加|添加|搜|找|搵|揾|私|联系|add|find|message|msg|text|dm|ping|hit)\s*(?:我们?|me|us)(?![a-z])/;
/**
 * The app's name used as the verb on the writer, asked, with the handle after ("Can TG me? @x", "WA me pls! @x"):
 * the question is the request and the @ names the account.
 */
const APP_ME_AT = /^\s*(?:me|us)\s*(?:pls|please|lah|la|ah|ya)?\s*[?？!！]?\s*[,，]?\s*@/;
/**
 * The app's name used as the verb on the writer, then a colon, dash or "at" and an account plainly shaped as one (a digit,
 * a dot or an underscore in it): "pls Line me: ann.bkk99", "snap me - jo_22", "kik me at mara.b". An @ names the account
 * whatever its shape ("tele me: @sgdeals"); a number in groups is the phone the app runs on ("WA me: 9472 6183"). Not a time ("line me at 9.30pm") nor a plain word ("line me: thanks").
 * (Round 83: or the account right after "me" with nothing between, when it has a digit or an underscore after its first
 * letter: "snap me jo_22", "kik me mara88"; not "snap me 2 pics", "line me asap".)
 */
const APP_ME_ID = /^\s*(?:me|us)\s*(?:pls|please|plz|lah|la|ah|ya|na|ka|krub|kha)?\s*(?:[:：=]|-|->|→|at(?=\s)(?!\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|h|o'?clock)?(?![a-z0-9_.])))\s*(?:@[a-z0-9_][a-z0-9_.]{2}|@?(?=[a-z0-9_.]{5,30}(?![a-z0-9_.]))(?:[a-z0-9]*[\d_.][a-z0-9_.]*[a-z0-9]|[a-z0-9]*[a-z][a-z0-9]*\d)|\+?\d{2,5}[ -]\d{3,5}(?:[ -]\d{2,5})?(?![\d]))|^\s*(?:me|us)\s+(?:pls |please |plz )?(?![a-z]\.[a-z]\.)(?=[a-z0-9_.]{5,30}(?![a-z0-9_.@]))[a-z][a-z0-9]*[_\d][a-z0-9_.]*[a-z0-9](?![a-z0-9_.@])/;
/**
 * Whether the app will do, asked bare, then the @handle right after the question ("Can Telegram? @x", "Got WhatsApp? @x",
 * "Telegram ok? @x", "有tg吗？@x"): the question offers the app, the @ names the writer's account on it. (Only this short
 * shape: "Anyone on Telegram? @john …" tags a person.)
 */
const APP_ASKED_BEFORE = /(?:(?<![a-z])(?:can|got|have|u have|you have|use|using|prefer)\s*|有)$/;
// (the answer may tell how to reach the @ with a bare verb: "有电报吗？搜 @x", "Got Telegram? search @x")
const APP_ASKED_AFTER = /^\s*(?:ok|okay|can|also|ah|lah|or not|吗|嘛|么|麼|不|没有?)?\s*[?？]\s*[,，]?\s*(?:(?:搜索?|加|找|搵|揾|add|search|find|look up)\s*[:：]?\s*)?@[a-z0-9_]/;
/**
 * The talk proposed to move to the app, asked ("can we move to Telegram? @x", "shall we chat on WhatsApp? @x", "let's
 * switch to Signal? @x"): the proposal is the writer's, so the @ right after the question is their account there, as after
 * "Got Telegram?". (A question about someone else's move, "did you move to Telegram? @john", tags a person.)
 */
const APP_MOVE_BEFORE = /(?:(?<![a-z])(?:can|could|shall|should|may) (?:we|i|u|you)|let'?s|how about we|wanna|want to|(?<![a-z])(?:ok|okay) to)\s+(?:move|switch|go|chat|talk|continue|take (?:this|it))(?: (?:this|it|the chat|our chat|the conversation|over))?\s+(?:to|on|over to|in)\s*$/;
function appAskedThenAt(canon: string, h: Hit): boolean {
  if (!APP_ASKED_AFTER.test(canon.slice(h.end, h.end + 16))) return false;
  return APP_ASKED_BEFORE.test(canon.slice(Math.max(0, h.start - 10), h.start)) || APP_MOVE_BEFORE.test(canon.slice(Math.max(0, h.start - 44), h.start));
}
/** A count or amount after a number, which makes it no account ("add my QQ group? 3000 members"). */
const COUNT_AFTER = /^\s*(?:%|pcs|sold|members?|people|ppl|fans|followers|人|个|件|元|块)/;
/**
 * A measure right after a number (90-130码, 25-45cm, 3岁): sizes, ages and weights of a product named like an app
 * (企鹅卫衣 90-130码, 小企鹅玩偶 30cm), never an account. (码上 is 马上, "right away", after a real number.)
 */
const MEASURE_AFTER = /^\s*(?:码(?!上)|cm|厘米|毫米|mm|岁|斤|公斤|kg|ml|毫升|克|寸|英寸|inch)/;

/**
 * A contact verb with "me/us" that introduces the handle ("look me up: x", "find us @x", "hit me up: x"); without the
 * colon or @ the verb may start any sentence ("look at the photos").
 */
const CONTACT_VERB = /^(?:look|find|hit|reach|ping|text|message|contact|follow|search for|look for)\s+(?:me|us)(?:\s+up)?(?=\s*[:：@])/;
/**
 * An English verb with a Chinese object right after it, as code-switched chat writes it ("有问题 message 我", "直接 call
 * 我", "follow 我们"): the verb of the sentence, not the account's name.
 */
const VERB_ZH_OBJECT = /^(?:message|messages|text|call|contact|follow|email|mail|check|ask|tell|reach|chat|talk|inbox|find|search|add)$/;
const ZH_OBJECT_AFTER = /^\s*(?:我|你|您|他|她|咱)/;

/** The keyword is the start of a product code (VX-200, WX2000), not an app name. */
function partOfCode(canon: string, h: Hit): boolean {
  return /^[a-z]/.test(canon.slice(h.start, h.end)) && /^-?\d/.test(canon.slice(h.end, h.end + 2));
}

export interface BindOptions {
  strong: Lexicon;
  weak?: Lexicon;
  /** canonical text right after the keyword that means the app itself is meant (微信支付, qq音乐) */
  notAfter?: RegExp;
  /** canonical text right before the keyword that means the app itself is meant (分享到微信) */
  notBefore?: RegExp;
  /** does this token look like a handle for this app? `intro` = an explicit ":"/"id"/"@" introduced it */
  accept(value: string, intro: boolean, ctx: MatchContext, tok: Token): boolean;
  forward?: number;
  backward?: number;
  /**
   * A plain word right after the app name, with no introducer, add-verb or "me/my/is" cue, is the rest of a brand,
   * product or feature name ("Kakao Friends plush", "Signal booster"), not a handle. 'latin': only after the app
   * written in Latin letters ("WeChat mascot plush"; 微信 lanlan is how the Chinese write a handle).
   */
  wordNeedsCue?: boolean | 'latin';
}

// (加我一下 / 加个下: the person and "a moment" together, in either order: 搜一下我, 加下我; 加他/加她: the seller's account
// passed on by a buyer or a helper, 老板说加他q …)
// (加下我们的 q 群: the writer's own account or group, "ours", after the verb)
const ADD_BEFORE = /(?:加|➕|\+|搜|留|找|私|add|添加|联系|\u52a0\u4e2a|我的)\s*(?:我|个|他|她)?\s*(?:一下|下)?\s*(?:我|我们的?|我的)?\s*$/;
/** An add-verb right before the keyword at `start` ("加我QQ", "add me wechat"). */
function addVerbBefore(canon: string, start: number): boolean {
  return ADD_BEFORE.test(canon.slice(Math.max(0, start - 8), start));
}
// the app as a verb, then the handle introduced ("line我，ID：x", "line me, id: x", "q我吧，号是…");
// the app, a contact verb, then the handle ("tg找我 @x", "line dm me @x"; Cantonese finds with 搵: "ig 搵我 @x")
const INTRO_AFTER =
  /^\s*(?:(?:me )?@|:|号|id|搜|是|♥|=|->|→|➡|👉|账号|帐号|#|同名|[,，]\s*(?:搜|search)|(?:(?:找|搵|揾|联系|私|加|dm|msg|text|message|ping)\s*)?(?:我们?|me|us)(?:吧|啦|呀|哦|哈)?\s*[,，]?\s*(?:id\s*[:是]|@|号是|号码是|号:|账号是?|帐号是?))/;

/**
 * The app, then a verb of private messaging or of reaching someone, then the @handle ("ins 私信 @x", "ig dm @x",
 * "tg 私聊 @x", "IG DM 我哋 @x", "飞机联系 @x", "tg联络：@x"): the app is the means ("by Telegram"), the handle the
 * account. (An @ after the verb only: 坐飞机联系我 names no account.)
 */
const DM_AT_AFTER = /^\s*(?:私信|私聊|私讯|私|联系|联络|沟通|聊|找|搵|揾|dm|pm|msg|message|contact)\s*(?:我们?|me|us)?\s*[:：]?\s*@/;
/**
 * A Latin app name used as a verb, glued to 我, then the handle or number ("q我 193847265", "v我：mm_2288",
 * "tg我 @x"; with the typographic space after the Latin word, "WA 我：9472 6183"): the Chinese way to say "QQ me". Not
 * the CJK nicknames (扣我 is also "deduct from me").
 */
const VERB_ME_AFTER = /^ ?我(?:吧|啦|呀|哦|哈)?\s*[,，:]?\s*[a-z0-9@]/;
/**
 * Round 86: 賴 (LINE as Taiwan types it) used as the verb, 賴我, then the account, past an arrow or a pointer too (賴我 →
 * x_88, 要就賴我 👉 mm77): the value must hold a digit, "_" or "." (賴我 is also "blame me": 別賴我 names nothing).
 */
const LINE_TW_ME_AFTER = /^ ?我(?:吧|啦|呀|哦|哈)?\s*[,，:：]?\s*(?:(?:->|→|➡|👉)\s*)?@?[a-z0-9_.]*[\d_][a-z0-9_.]*(?![a-z0-9_.@])/;
const BLAME_BEFORE = /(?:别|不要|不准|怪|都|又|就会)\s*$/;

/** Right after a value: "come to me there" (找我, 联系我, 加我, 私我): the value is the writer's own account. */
// (round 70: with "a moment" between, 加一下我, 找下我, 私一下我, as ADD_BEFORE reads 加我一下)
const CONTACT_ME_AFTER = /^\s*(?:来|请|就)?(?:找我|搵我|揾我|联系我|加我|私我|滴我|戳我|dd我|call me|text me|add me|dm me|(?:找|联系|加|私|滴|戳)(?:一下|下)我(?!们))/;
/**
 * The short name, then a handle or number with a digit or underscore, then "find me" ("q 1907-7632-45 找我",
 * "v mm_2288 加我"): the tail does what an add-verb before the name would.
 */
function valueThenContact(canon: string, h: Hit): boolean {
  let p = h.end;
  while (p < canon.length && p - h.end < 3 && (canon.charCodeAt(p) === 32 || canon.charCodeAt(p) === 58)) p++;
  if (p >= canon.length || !isCore(canon.charCodeAt(p))) return false;
  const tok = readToken(canon, p, Math.min(canon.length, p + 40));
  return tok !== null && tok.value.length >= 5 && /[\d_]/.test(tok.value) && CONTACT_ME_AFTER.test(canon.slice(tok.end, tok.end + 10));
}

/**
 * The app's customer service named, then its id (官方LINE客服 ID：@x, line客服号：x): a scam posing
 * as the platform's help desk hands out its account this way.
 */
const SERVICE_ID_AFTER = /^\s*(?:官方)?客服(?:帐号|账号|号|专线)?\s*(?:id)?\s*[:：是]/;

/**
 * The app named as the easier way to reach the writer, then the @handle or id (下单的话line比较方便喔 @x, ig更快 id: x):
 * the comparison is the invitation an add-verb would be.
 */
const EASIER_AT_AFTER = /^\s*(?:(?:会)?(?:比较|更|最|较|蛮|挺|超)(?:方便|快|及时|快速|好找)|方便)(?:点|一点|些|一些)?(?:喔|哦|噢|啦|呀|哈|的|吧|呢|~|～)?\s*[,，:：]?\s*(?:@|(?:id|账号|帐号)\s*[:：是])/;

/** The short name asked about, then the writer's add-me ("有line吗？加我 …", "tg? add me @x"). */
const ASKED_THEN_ADD_ME = /^\s*(?:吗|嘛|么|麼|没有?|呢|不)?\s*[?？]/;

/**
 * The short name as the place the account is (客服在飞机上 @x, tg上 @x, line里搜 x, ig上面 id: x): the handle right
 * after the place, introduced. Not a trip (坐飞机上…, 下了飞机).
 */
// (a comma may stand between the place and the search: 客服在飞机上，搜 @x)
// (or the talk there, then the account: 飞机上聊，号是 @x, tg里联系，我的id: x)
const ON_APP_AFTER = /^(?:上|里)面?(?:聊|说|谈|见|找我|联系我?)?\s*[,，]?\s*(?:@|搜|(?:我的?)?(?:id|号|账号|帐号)\s*[:：是])/;
/**
 * A trip before a CJK nickname (坐飞机, 下了飞机, 赶飞机, 误了这班飞机): the plane itself, so the @ after it tags a
 * person in the chat (刚下了飞机 @x 到了说), whatever cue follows. (私下/线上 are not a boarding: 私下飞机聊 @x.)
 */
const TRAVEL_BEFORE = /(?:坐|乘|搭|登|赶|误|错过|(?<![私线网底])[上下])(?:了|完|的)?(?:这|那)?(?:趟|班)?$/;

/**
 * The writer's own account on the app, "my X is …", with a value that is plainly a handle (a digit, an underscore or a
 * dot in it, or spelled letter by letter): "my snap is s, h, a, y…", "our line is shop_88". A plain word after it is what
 * the app or the line is ("my line is busy", "my snap is broken").
 */
const MY_BEFORE = /(?<![a-z])(?:my|our)\s+$/;
/**
 * (…or the app's name opening the message or the clause, the value still plainly a handle: "ig is rosas.closet_", "ok, tg is
 * kicks_lab22": no one else's account is told that way; "ig is down again" is a plain word)
 */
const CLAUSE_HEAD_BEFORE = /(?:^|[,.!?;:\n]\s*|(?<![a-z])(?:and|also|btw|oh|plus|ok|okay|so)\s+)$/;
/**
 * (…and "my ig rosas.closet_", "ig - kicks_lab22": the value right after the name or after a dash, with letters and a digit,
 * "_" or "." in it, as only an account is written; not "my fb 2 accounts", "ig - 10 posts")
 */
const HANDLE_NEXT = /^\s*(?:[-–—=>]\s*)?@?(?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[\d_.])[a-z0-9][a-z0-9_.]{3,29}(?![a-z0-9_.@])/;
const IS_HANDLE_AFTER = /^\s*(?:(?:id|handle|username|name)\s+)?is\s*[:：]?\s*@?(?:[a-z0-9]*[\d_.][a-z0-9]|[a-z0-9]\s*[,，]?\s[a-z0-9]\s*[,，]?\s[a-z0-9](?![a-z0-9]))/;
/**
 * round 71: the person who answers named right before the bare Q, its number right after (跟拍老师Q 2873 4651, 设计师的q
 * 55.667.889, 店长Q 1234567): whose QQ it is, told as a label would. Not a model or a grade (型号Q 2000, 品质Q 123).
 */
const PERSON_Q_BEFORE = /(?:老师|客服|店长|店主|掌柜|老板娘?|师傅|[\u3400-\u9fff]{1,3}师|助理|小助手)的?$/;
const NUMBER_NEXT = /^ ?[:：]? ?[1-9]/;
/**
 * Round 77: 上 bare before the nickname and the ask to reach the writer right after it, an @handle next (上飞机找我 @x,
 * 上飞机私我 @x): "come onto the app and find me", the 上 of 上tg找我, not a boarding (上了飞机, 上飞机前, 坐飞机).
 */
const GO_ON_APP_AFTER = /^(?:找我|联系我|私我|私信我|私聊我|加我)\s*[:：]?\s*@[a-z0-9_]/;
function goOnApp(canon: string, h: Hit): boolean {
  return canon[h.start - 1] === '上' && !/[坐乘搭登赶]/.test(canon[h.start - 2] ?? '') && GO_ON_APP_AFTER.test(canon.slice(h.end, h.end + 12));
}
/**
 * The writer's own account on a weak name, told plainly (IS_HANDLE_AFTER, HANDLE_NEXT): after "my" or "our", or with the
 * name opening the clause (CLAUSE_HEAD_BEFORE; a value straight after the name then needs a dash before it).
 */
function ownAccountNamed(canon: string, h: Hit): boolean {
  const after = canon.slice(h.end, h.end + 40);
  const told = IS_HANDLE_AFTER.test(after);
  const next = !told && HANDLE_NEXT.test(after);
  if (!told && !next) return false;
  if (MY_BEFORE.test(canon.slice(Math.max(0, h.start - 6), h.start))) return true;
  return CLAUSE_HEAD_BEFORE.test(canon.slice(Math.max(0, h.start - 8), h.start)) && (told || /^\s*[-–—=>]/.test(after));
}
const A_LINE_BEFORE = /(?<![a-z])a $/;
const SOONER = new Set(['faster', 'quicker', 'sooner']);
function weakOk(canon: string, h: Hit): boolean {
  // "drop me a line", "give us a line": the idiom's line, never the app, which takes no article
  if (h.word === 'line' && A_LINE_BEFORE.test(canon.slice(Math.max(0, h.start - 3), h.start))) return false;
  if (addVerbBefore(canon, h.start)) return true;
  if (h.word === 'q' && PERSON_Q_BEFORE.test(canon.slice(Math.max(0, h.start - 6), h.start)) && NUMBER_NEXT.test(canon.slice(h.end, h.end + 4))) return true;
  // (the short name in brackets after an @handle: "@x_88 (tg)", "@ x_88（飞机）")
  if (bracketedAtHandle(canon, h)) return true;
  if (canon.startsWith(' only', h.end) && ONLY_THEN_AT.test(canon.slice(h.end + 5, h.end + 25))) return true;
  if (ownAccountNamed(canon, h)) return true;
  if (appAskedThenAt(canon, h)) return true;
  if (isAsciiLetter(canon.charCodeAt(h.start)) && APP_MOVE_BEFORE.test(canon.slice(Math.max(0, h.start - 44), h.start)) && movedThenId(canon, h)) return true;
  if (isAsciiLetter(canon.charCodeAt(h.start)) && CONTACT_ON.test(canon.slice(Math.max(0, h.start - 24), h.start)) && ACCOUNT_NEXT.test(canon.slice(h.end, h.end + 40))) return true;
  if (/^[\u3400-\u9fff]/.test(h.word) && TRAVEL_BEFORE.test(canon.slice(Math.max(0, h.start - 4), h.start)) && !goOnApp(canon, h)) return false;
  const part = PARTICLES_AFTER.exec(canon.slice(h.end, h.end + 16));
  const after = canon.slice(h.end, h.end + 12);
  // ("line ka: @x", "line krub id: x": the particle is passed over, not what follows it)
  if (part !== null && INTRO_AFTER.test(canon.slice(h.end + part[0].length, h.end + part[0].length + 12))) return true;
  if (ON_APP_AFTER.test(after) || (/^[a-z]+$/.test(h.word) && (APP_ME_AT.test(canon.slice(h.end, h.end + 16)) || APP_ME_ID.test(canon.slice(h.end, h.end + 40))))) return true;
  const ask = ASKED_THEN_ADD_ME.exec(after);
  if (ask !== null && ADD_ME_NEXT.test(canon.slice(h.end + ask[0].length, h.end + ask[0].length + 12))) return true;
  if (INTRO_AFTER.test(after) || DM_AT_AFTER.test(after) || SERVICE_ID_AFTER.test(canon.slice(h.end, h.end + 28)) || EASIER_AT_AFTER.test(canon.slice(h.end, h.end + 24)) || (/^[a-z]+$/.test(h.word) && VERB_ME_AFTER.test(after)) || (h.word === '赖' && LINE_TW_ME_AFTER.test(canon.slice(h.end, h.end + 40)) && !BLAME_BEFORE.test(canon.slice(Math.max(0, h.start - 4), h.start))) || valueThenContact(canon, h)) return true;
  // round 81: a Latin short name kept from its label or its value by pictures or stars, as live rooms write it past a word
  // filter ("line\u2b50id\u2b50x_99", "tg\u{1f31f}id: x", "ig\u2728x_99 find me"): read from past the pictures
  if (!/^[a-z]+$/.test(h.word)) return false;
  const d = picturesEnd(canon, h.end);
  if (d === h.end) return false;
  return INTRO_AFTER.test(canon.slice(d, d + 12)) || valueThenContact(canon, { ...h, end: d });
}

/**
 * Past the pictures (arrows, stars, dingbats, emoji, spaces beside them) from `p`, or `p`. (Emoji joiners and variation
 * selectors never reach the canonical text: normalise drops them as format characters.)
 */
function picturesEnd(canon: string, p: number): number {
  let q = p;
  let seen = false;
  while (q < canon.length && q - p < 8) {
    const c = canon.charCodeAt(q);
    if (isPicture(c)) seen = true;
    else if (c !== 32) break;
    q++;
  }
  return seen ? q : p;
}

/** The app in brackets right after an @handle (the handle read back over its underscores typed apart). */
function bracketedAtHandle(canon: string, h: Hit): boolean {
  const q = bracketAfterHandle(canon, h);
  return q >= 0 && handleAt(canon, handleStartBefore(canon, q, h.start - 62));
}

/**
 * Where a handle that ends at `from` starts, walking back (never to `floor` or before it) over its units and an
 * underscore typed with spaces beside it ("luxe_outlet _ 88").
 */
function handleStartBefore(canon: string, from: number, floor: number): number {
  let s = from;
  while (s > 0 && s > floor) {
    const c = canon.charCodeAt(s - 1);
    if (isCore(c) || (c === 32 && s > 1 && (canon.charCodeAt(s - 2) === 95 || canon.charCodeAt(s) === 95))) s--;
    else break;
  }
  return s;
}

/**
 * "id" only as a word: inside "said", "paid", "video" or "inside" it introduces nothing ("WhatsApp to finish the
 * deal. Said no, kept it" has no handle).
 */
// (round 86: or an arrow, a pointer or a heavy plus, 加 said with a sign: 威信 ➕ ab 8 8 6 6, line ➡ x_88)
// (👉 outside the class: inside one, without the u flag, each half of its surrogate pair would stand for every emoji
// that shares it)
const INTRODUCER_WORDS = String.raw`(?<![a-z])id(?![a-z])|号是|号|是`;
const INTRODUCER = new RegExp(`[:@#➕→➡]|👉|${INTRODUCER_WORDS}`);
const SIGNLESS_INTRODUCER = new RegExp(`[:@#]|${INTRODUCER_WORDS}`);
function introduced(canon: string, from: number, to: number): boolean {
  return INTRODUCER.test(canon.slice(from, to));
}

function overlapsAny(list: readonly Hit[], w: Hit): boolean {
  for (const s of list) if (w.start < s.end && s.start < w.end) return true;
  return false;
}
function byStart(a: Hit, b: Hit): number {
  return a.start - b.start;
}

/** Chunks read after the first token, at most; and the longest value they make (a WeChat ID has 6–20 characters). */
const MAX_CHUNKS = 12;
const MAX_CHUNKED_ID = 20;
/** Short chunks after the first token, one space apart: "lan lan 8823" → "lanlan8823" (null when it is not that). */
// (round 86: after a sign only, an arrow or a plus, the first chunk is a word of up to eight letters and the rest are digits:
// "➕ ab 8 8 6 6", not "👉 2 more days")
function readChunks(canon: string, first: Token, digitsAfter = false): Token | null {
  if (first.value.length > (digitsAfter ? 8 : 4) || !/^[a-z0-9_]+$/.test(first.value)) return null;
  if (digitsAfter && !/^[a-z]/.test(first.value)) return null;
  let value = first.value;
  let end = first.end;
  // (as many chunks as an ID's length allows: digits dictated one by one are a chunk each, "lan lan 8 8 2 3")
  for (let k = 0; k < MAX_CHUNKS; k++) {
    if (canon.charCodeAt(end) !== 32 || !isCore(canon.charCodeAt(end + 1))) break;
    let e = end + 1;
    while (e < canon.length && e - end <= 5 && isCore(canon.charCodeAt(e))) e++;
    const chunk = canon.slice(end + 1, e);
    if (chunk.length > 4 || (e < canon.length && isCore(canon.charCodeAt(e))) || STOP_TOKENS.has(chunk)) break;
    if (digitsAfter && !/^\d+$/.test(chunk)) break;
    if (value.length + chunk.length > MAX_CHUNKED_ID) break;
    value += chunk;
    end = e;
  }
  if (end === first.end || !/[a-z]/.test(value) || !/\d/.test(value) || value.length < 6) return null;
  return { start: first.start, end, value };
}

/**
 * A handle dictated in pieces, each joined by saying what comes next ("ks 后面加 888 再加 shop", "ab 然后是 12 最后是 cd",
 * "mia followed by 88"): typed whole it would be caught, so each piece is said apart. Only after an introduced first
 * piece; the joiner must say "after it" (a bare 加 may be the next "add me").
 */
const DICTATION_JOIN = /^\s*[,，]?\s*(?:(?:后面|后边|然后|接着|之后|最后|再)(?:再|是)?(?:加上?|接上?|跟上?|跟着|是|加个)|followed by|then)\s*/;
function readDictated(canon: string, first: Token): Token | null {
  let value = first.value;
  let end = first.end;
  for (let k = 0; k < 4; k++) {
    const j = DICTATION_JOIN.exec(canon.slice(end, end + 16));
    if (j === null) break;
    const tok = readToken(canon, end + j[0].length, Math.min(canon.length, end + j[0].length + 16));
    if (tok === null || tok.start !== end + j[0].length || tok.value.length > 12 || STOP_TOKENS.has(tok.value)) break;
    value += tok.value;
    end = tok.end;
  }
  if (end === first.end || !/^[a-z0-9_]+$/.test(value) || value.length < 6 || value.length > 30) return null;
  return { start: first.start, end, value };
}

/**
 * Latin names of the messaging and payment apps, whatever rule binds them: in a list of apps ("WhatsApp、WeChat",
 * "Signal, QQ") the next name is another app, not a handle.
 */
const APP_NAMES = new Set(
  [...WECHAT_STRONG, ...QQ_STRONG, ...IM_STRONG, ...ALIPAY, 'line', 'kik', 'zalo', 'paypal', 'venmo', 'zelle', 'cashapp', 'imessage', 'facetime', 'sms']
    .filter((w) => /^[a-z ]+$/.test(w))
    .map((w) => w.replace(/ /g, '')),
);

/** After a bare "no": a word of letters alone, ending there (round 90). */
const NO_THEN_WORD = /^ [a-z]{3,}(?![a-z0-9_.@])/;
/** Stop words between the app and a name that make the name an account ("telegram me sunnyshop", "kakao id is …"). */
const CUE_TOKENS = new Set(['id', 'is', 'me', 'my', 'add', 'search', 'handle', 'name', 'user', 'username', 'acc', 'account', 'dm', 'pm', 'msg', 'ping', 'at', 'on', 'via', 'here', 'us', 'our', 'there', 'number', 'no', 'num']);

/**
 * "add me on / find us at / message me via" right before the app, or the writer's own account on it to add ("add my
 * snap x", "follow our insta x"): the word after the app is then the account, not what the app is for.
 */
const CONTACT_ON = /(?:add|dm|message|msg|text|ping|find|follow|reach|contact|hit|catch)\s+(?:me|us)(?:\s+up)?\s+(?:on|at|via|in)\s*$|(?<![a-z])(?:add|follow)\s+(?:my|our)\s+$/;
/**
 * After that request, the short names that are also words ("snap", "line", "fb") are the app when an account-shaped
 * word follows straight away: six characters or more, not what the app holds or is for ("add my line manager", "add
 * me on fb marketplace", "add my snap story").
 */
const ACCOUNT_NEXT = /^\s*[:：]?\s*@?(?!(?:page|pages|groups?|friends?|manager|marketplace|stories|story|profile|business|status|channel|account|number|contacts?|messenger|reels?|videos?|photos?|updates?|because|tonight|today|tomorrow|instead|already|anytime|whenever|please)(?![a-z0-9_.]))[a-z][a-z0-9_.]{5,29}(?![a-z0-9_])/;

/** The token is exactly a keyword of the binding, or the name of another app. */
function isKeyword(ctx: MatchContext, opts: BindOptions, tok: Token): boolean {
  if (APP_NAMES.has(tok.value)) return true;
  const h = ctx.near(opts.strong, tok.start, tok.end) ?? (opts.weak ? ctx.near(opts.weak, tok.start, tok.end) : undefined);
  return h !== undefined && h.start === tok.start && h.end === tok.end;
}

/**
 * One of this binding's own Latin names starting at `p` (球球 then q, 微信 then wx), with a space or colon and a digit-led
 * value after it: where that label ends, or undefined.
 */
function ownNameAt(ctx: MatchContext, opts: BindOptions, p: number): number | undefined {
  const h = ctx.near(opts.strong, p, p + 12) ?? (opts.weak ? ctx.near(opts.weak, p, p + 12) : undefined);
  if (h === undefined || h.start !== p || !isAsciiLetter(ctx.canon.charCodeAt(p))) return undefined;
  return /^\s*[:：]?\s*\d/.test(ctx.canon.slice(h.end, h.end + 6)) ? h.end : undefined;
}

/** Right before the app: another app and a list separator ("WeChat, WhatsApp & Line", "Instagram and TikTok", "微信、QQ"). */
const LIST_BEFORE = /([a-z]+|[\u3400-\u9fff]{1,4})\s*(?:,|、|&|\/|\+|and|or|和|或)\s*$/;
function afterAppInList(ctx: MatchContext, opts: BindOptions, start: number): boolean {
  // Most apps follow a letter, digit or Chinese character that cannot end a separator (nor be \s): no slice, no regex.
  const c = start > 0 ? ctx.canon.charCodeAt(start - 1) : -1;
  if (c === -1 || isDigit(c) || (isAsciiLetter(c) && c !== 100 && c !== 114) || (isCjk(c) && c !== 0x548c && c !== 0x6216)) return false;
  const m = LIST_BEFORE.exec(ctx.canon.slice(Math.max(0, start - 24), start));
  if (m === null) return false;
  const end = start - (m[0].length - m[1]!.length);
  const tok: Token = { start: end - m[1]!.length, end, value: m[1]! };
  if (/^[a-z]/.test(tok.value)) return isKeyword(ctx, opts, tok);
  // CJK: some keyword of this binding ends right at the separator
  const h = ctx.near(opts.strong, Math.max(0, end - 4), end);
  return h !== undefined && h.end === end;
}

/**
 * A plain word, or plain words joined by hyphens ("noise-cancelling", "paper-plane", "hand-stitched"): an English
 * compound that describes the product next to an app name. Handles that take a hyphen (Line, Kakao) are written
 * with a digit, a dot or an underscore, or after a cue.
 */
const PLAIN_WORD = /^[a-z]+(?:-[a-z]+)*$/;
/**
 * The app judged, not named by its account ("WeChat is easier", "WhatsApp is better for me", "Telegram's fine"): a word
 * of praise or of how it works after the copula is no handle ("is" is otherwise a cue: "my WeChat is sunny_88"). So is
 * the account's state ("my WeChat is hacked, ignore messages from it", "our Telegram is suspended"): only an account's
 * shape after it is read ("my WeChat is hacked, amy_2024 is the new one").
 */
const JUDGED = /^(?:better|best|easier|easiest|faster|fastest|quicker|quickest|simpler|safer|safest|cheaper|smoother|handier|nicer|preferred|preferable|fine|okay|good|great|easy|fast|quick|simple|safe|convenient|available|popular|blocked|banned|down|slow|free|cool|perfect|ideal|broken|hacked|dead|frozen|suspended|restricted|deleted|disabled|locked|glitchy|buggy|laggy|offline|unavailable|unstable|crashing|stuck|not)$/;
const COPULA_BEFORE = /(?:^|\s)(?:is|are|was|'s|seems|sounds|looks|feels|works)\s*$/;

/**
 * The sentence after the app's own opening with the account named ("Let's move this to Discord, easier for videos.
 * Username is x.y", "我们去Telegram聊吧，发图方便。我的用户名是 abc_88"): the app is where, the next sentence says who.
 */
// (the writer's "user" for the user name, "user id", "account": "my user is x.y", said of the app just proposed; the value
// may start the next line, "my user is\nx.y")
// (round 83: or bare "mine", "mine is x", "here's mine: x", after the app asked about: "do u have WeChat? mine is x")
const NEXT_SENTENCE_ID = /^\s*(?:(?:(?:my|our)\s+)?(?:username|user name|handle)|(?:my|our)\s+(?:id|user(?:\s*id)?|userid|acc|acct|account))\s*(?:is|是|[:：=])\s*@?|^\s*(?:mine(?:'s|\s+is|\s*[:：=])|here'?s mine\s*[:：=-]?|here is mine\s*[:：=-]?)\s*@?|^\s*(?:我的?|我们的?)?(?:用户名|账号|帐号|id)\s*(?:is|是|[:：=])\s*@?/;
/** End of the app's sentence: a full stop before a space, or a question, exclamation or line break. */
const CLAUSE_END = /\.(?=\s)|[!?。！？\n]/;
/** Where the account introduced in the sentence after the app's starts, or undefined. */
function nextSentenceId(canon: string, h: Hit): number | undefined {
  const rest = canon.slice(h.end, h.end + 80);
  const stop = rest.search(CLAUSE_END);
  if (stop < 0) return undefined;
  let p = h.end + stop + 1;
  while (p < canon.length && /[.!?。！？\s]/.test(canon[p]!)) p++;
  const intro = NEXT_SENTENCE_ID.exec(canon.slice(p, p + 24));
  return intro === null ? undefined : p + intro[0].length;
}
/** The proposal ends with the app's name ("move to snap?", "switch to kik instead."), not a line or a step of something ("line 3 of …"). */
const MOVE_ENDS = /^\s*(?:instead|then|now|pls|please|plz|app)?\s*(?:[?？!！.。,，;\n]|$)/;
/**
 * The talk proposed to move to the app (APP_MOVE_BEFORE), then the writer's account introduced right after it or in
 * the next sentence ("can we move to snap? my user is x.y", "let's switch to kik, my user id is x_2"): the proposal
 * makes a short name that is also a word ("snap", "line", "kik") the app.
 */
function movedThenId(canon: string, h: Hit): boolean {
  const close = /^\s*[,，]?\s*/.exec(canon.slice(h.end, h.end + 4))![0].length;
  return NEXT_SENTENCE_ID.test(canon.slice(h.end + close, h.end + close + 24)) || (MOVE_ENDS.test(canon.slice(h.end, h.end + 12)) && nextSentenceId(canon, h) !== undefined);
}
function idInNextSentence(ctx: MatchContext, opts: BindOptions, h: Hit): RawMatch | undefined {
  const at = nextSentenceId(ctx.canon, h);
  return at === undefined ? undefined : accountAt(ctx, opts, h, at);
}

/**
 * A handle spelled with a hyphen between its characters ("m-i-m-i-8866", "k-i-k-i-s-h-o-p"): the account is the
 * characters. Only when every piece is one character or a run of digits, two letters at least; "shop-88" or "a-b" stay.
 */
function unhyphenated(v: string): string {
  if (!v.includes('-')) return v;
  const pieces = v.split('-');
  if (pieces.length < 4 || !pieces.every((x) => x.length === 1 || /^\d+$/.test(x))) return v;
  return pieces.filter((x) => /^[a-z]$/.test(x)).length >= 2 ? pieces.join('') : v;
}

/** The account introduced at `at` for the app at `h`, when it is shaped like one and the rule accepts it. */
function accountAt(ctx: MatchContext, opts: BindOptions, h: Hit, at: number): RawMatch | undefined {
  const tok = readToken(ctx.canon, at, Math.min(ctx.canon.length, at + 40));
  // (only a value shaped like an account: "Username is required" names none)
  if (tok === null || !/[\d_.]/.test(tok.value) || ctx.labelledAt(tok.start) || !opts.accept(tok.value, true, ctx, tok)) return undefined;
  return { start: h.start, end: tok.end, value: tok.value, contact: true };
}

/**
 * The add-me request, then the account introduced later in its sentence past chat words the forward reading stops at
 * (code-switched "你 add 我 wechat 可以 give you better price 的，ID x_88"): the add verb asks for the app, the "ID"
 * names the account on it.
 */
const ID_LATER = /^[^.!?。！？\n;；]{0,48}?(?<![a-z])(?:id|账号|帐号|用户名|username)\s*(?:is|是|[:：=])?\s*@?(?=[a-z0-9])/;
/**
 * The app called the easier way for the writer ("WeChat is way easier for me, my ID is x_88", "Telegram works better, id:
 * x", 微信比较方便，我的账号是…): the preference invites as an add verb would, and the id later in the sentence is the
 * account on it.
 */
const APP_PREFERRED = /^\s*(?:(?:is|'s|would be|works?)\s+(?:(?:way|much|a lot|so|far)\s+)?(?:easier|better|quicker|faster|simpler|more convenient)(?![a-z])|(?:会)?(?:比较|更|最|较)(?:方便|快))/;
/**
 * Someone's account on the app the talk is taken to, named by whose it is ("my manager handles refunds on WeChat, his ID
 * is x_8", "our agent is on Line, her username is x.y"): the app is where, the possessive introduces who.
 */
const ON_BEFORE = /(?<![a-z])(?:on|via|over|through)\s+$/;
const OWNER_ID_LATER = /^[^.!?。！？\n;；]{0,40}?(?<![a-z])(?:his|her|their|my|our)\s+(?:id|username|user name|handle)\s*(?:is|[:：=])/;
/**
 * The app named for who the offer is for, by the people it has there ("the group price is for my WeChat friends only,
 * add me: x_88", "our Telegram members get it cheaper, add me: @x_8"), then the add-me in a later clause of the same
 * sentence, a colon introducing the account: the add is on the app just named. (Not the app judged, "Discord is fun, dm
 * me: x.com", nor its server or channel, read elsewhere; only an account's shape, a digit, an underscore or a dot in it;
 * not 微信好友, which notAfter reads as the app itself, as in 分享给微信好友.)
 */
const ADD_ME_LATER = /^\s*(?:friends|members|customers|contacts|fans|followers|buyers|clients|subscribers|粉丝|客户|会员|群友)(?![a-z])[^.!?。！？\n;；]{0,40}?[,，]\s*(?:then\s+|so\s+|就|那就|直接)?(?:add|dm|message|msg|find|search|加|添加|搜|找)\s*(?:me|us|我们?)\s*[:：]\s*@?(?=[a-z0-9])/;
function addMeLaterInSentence(ctx: MatchContext, opts: BindOptions, h: Hit): RawMatch | undefined {
  const m = ADD_ME_LATER.exec(ctx.canon.slice(h.end, h.end + 64));
  return m === null ? undefined : accountAt(ctx, opts, h, h.end + m[0].length);
}
function idLaterInSentence(ctx: MatchContext, opts: BindOptions, h: Hit): RawMatch | undefined {
  const m = ID_LATER.exec(ctx.canon.slice(h.end, h.end + 72));
  return m === null ? undefined : accountAt(ctx, opts, h, h.end + m[0].length);
}

/**
 * The app as a way to sign in, maybe last of a list of them ("sign in with Google, Apple or your WeChat account", "log in
 * via Facebook or LINE"): the reader's own login, no account handed out.
 */
const LOGIN_BEFORE = /(?<![a-z])(?:sign|log)[- ]?(?:in|on|up)\s+(?:with|via|using|through)\s+(?:(?:your\s+)?[a-z]+\s*(?:,|\/|or|and)\s*){0,4}(?:your\s+|an?\s+|the\s+)?$/;

/** Latin text right before (the login words are English): skips the test for most Chinese text. */
function latinBefore(canon: string, start: number): boolean {
  const c = canon.charCodeAt(start - 2);
  return start >= 2 && ((c >= 97 && c <= 122) || c === 32 || c === 44);
}

/**
 * The app named in brackets right after a value ("@luxe_88（电报）", "mm_8866 (WeChat)", "shop_tw【LINE】"): the value is the
 * account on that app, as "x 这是我微信" says. Where the value ends (its last unit), or -1.
 */
function bracketAfterHandle(canon: string, h: Hit): number {
  const open = canon.charCodeAt(h.start - 1);
  const close = canon.charCodeAt(h.end);
  if (!((open === 40 && close === 41) || (open === 91 && close === 93) || (open === 0x3010 && close === 0x3011))) return -1;
  let q = h.start - 2;
  if (canon.charCodeAt(q) === 32) q--;
  return q >= 0 && isCore(canon.charCodeAt(q)) ? q : -1;
}
/** An @ right before `start`, or across one space ("@ luxe_outlet"). */
function handleAt(canon: string, start: number): boolean {
  return canon.charCodeAt(start - 1) === 64 || (canon.charCodeAt(start - 1) === 32 && canon.charCodeAt(start - 2) === 64);
}

/** Find keyword–handle pairs. */
/**
 * The keyword at h names the app itself, not an account on it: `notAfter` right after it (微信支付, qq音乐), or `notBefore`
 * in the words before it (分享到微信; the reach takes in an English verb and its object: "shared the listing to Facebook").
 */
export function appItselfAt(canon: string, h: Hit, opts: Pick<BindOptions, 'notAfter' | 'notBefore'>): boolean {
  return (opts.notAfter?.test(canon.slice(h.end, h.end + 16)) ?? false) || (opts.notBefore?.test(canon.slice(Math.max(0, h.start - 28), h.start)) ?? false);
}

export function bindHandles(ctx: MatchContext, opts: BindOptions): RawMatch[] {
  const canon = ctx.canon;
  const strongHits = ctx.hits(opts.strong);
  let hits: Hit[] = strongHits;
  if (opts.weak) {
    // (loops, not filter/some callbacks: this runs for most messages)
    let weak: Hit[] | undefined;
    for (const w of ctx.hits(opts.weak)) {
      if (overlapsAny(strongHits, w) || !weakOk(canon, w)) continue;
      (weak ??= []).push(w);
    }
    if (weak !== undefined) hits = [...strongHits, ...weak].sort(byStart);
  }
  const out: RawMatch[] = [];
  const fwd = opts.forward ?? 18;
  const back = opts.backward ?? 10;
  let lastEnd = -1;
  for (const h of hits) {
    if (h.start < lastEnd) continue;
    if (appItselfAt(canon, h, opts)) continue;
    if (latinBefore(canon, h.start) && LOGIN_BEFORE.test(canon.slice(Math.max(0, h.start - 64), h.start))) continue;
    // "VX-200" is a model code; "加我QQ1847362950" is a request with the number glued on.
    const code = partOfCode(canon, h);
    const latin = isAsciiLetter(canon.charCodeAt(h.start));
    const needsCue = opts.wordNeedsCue === true || (opts.wordNeedsCue === 'latin' && latin);
    // (read once, and only when one of its two uses below asks)
    const addBefore = (code || needsCue) && addVerbBefore(canon, h.start);
    if (code && !addBefore) continue;
    // forward
    let found: RawMatch | undefined;
    let cued = needsCue && (addBefore || CONTACT_ON.test(canon.slice(Math.max(0, h.start - 24), h.start)));
    const listed = afterAppInList(ctx, opts, h.start);
    /** past the question that asked to add the keyword: only a value with a digit may follow */
    let afterAsk = false;
    /** past the question about the app that the writer's add-me answers */
    let askedApp = false;
    /** past "for"/"to": a plain word there is a purpose */
    let purpose = false;
    /** past the app's own short name, once */
    let relabelled = false;
    /** past a word judging the app ("is easier") */
    let judged = false;
    let p = h.end;
    let lim = Math.min(canon.length, h.end + fwd);
    while (p < lim) {
      const c = canon.charCodeAt(p);
      if (SENTENCE_END.has(c)) {
        // the app ends its line and the next line starts with the @handle (an image's or a bio's lines: "IG\n@x")
        if (c === 10 && /^\s*[:：]?\s*$/.test(canon.slice(h.end, p)) && canon.charCodeAt(p + 1) === 64) {
          p++;
          continue;
        }
        if (!ASK_END.has(c) || afterAsk || askedApp) break;
        if (!ID_NEXT.test(canon.slice(p + 1, p + 24))) {
          if (ADD_ME_NEXT.test(canon.slice(p + 1, p + 12))) {
            // the writer's add-me is the cue: a handle of any shape may follow, but no second question
            cued = true;
            askedApp = true;
          } else if (ASKED_ADD.test(canon.slice(Math.max(0, h.start - 24), h.start))) afterAsk = true;
          else if (APP_ME_AT.test(canon.slice(h.end, p + 4)) || appAskedThenAt(canon, h)) {
            cued = true;
            askedApp = true;
          }
          else break;
        }
        p++;
        continue;
      }
      if (isCore(c) || c === 64 || c === 36) {
        // the same app's short name once, as the label of the value after it ("咱们球球聊吧 q 3 0 9 4…", "扣扣上聊 qq:
        // 5821…"): the account is still on the app named first (read before the token, which would spell "q 3 0 9" as one)
        const own = relabelled ? undefined : ownNameAt(ctx, opts, p);
        if (own !== undefined) {
          relabelled = true;
          p = own;
          continue;
        }
        // (round 81: "id" kept from the value by a picture, line\u2b50id\u2b50x_99: the label, not the value's first letters)
        if (c === 105 && canon.charCodeAt(p + 1) === 100 && isPicture(canon.charCodeAt(p + 2)) && (p === 0 || !isCore(canon.charCodeAt(p - 1)))) {
          p += 2;
          continue;
        }
        const tok = readToken(canon, c === 36 ? p + 1 : p, Math.min(canon.length, p + 80));
        if (tok === null) {
          p++;
          continue;
        }
        if (ctx.labelledAt(tok.start)) break; // 货号 A2026-118, 订单号 …: a labelled code, not a handle
        // a link's host, its path right after ("Telegram channel t.me/x", "whatsapp group: chat.whatsapp.com/Hk…"): the link
        // is read whole by the rules that read links, not its host as the account
        if (canon.charCodeAt(tok.end) === 47 && tok.value.includes('.')) break;
        const verb = CONTACT_VERB.exec(canon.slice(tok.start, tok.start + 24));
        if (verb !== null) {
          cued = true;
          p = tok.start + verb[0].length;
          continue;
        }
        if (tok.value === 'only' && ONLY_THEN_AT.test(canon.slice(tok.end, tok.end + 20))) {
          p = tok.end;
          continue;
        }
        // round 90: "no" with a plain word after it and no dot or colon ("WhatsApp, no outside deals", "line no spam pls"):
        // a refusal, not the number's label ("whatsapp no. 0917…", "no: x_88")
        if (tok.value === 'no' && NO_THEN_WORD.test(canon.slice(tok.end, tok.end + 24))) break;
        // a Discord's "server" named: what follows is what it is for ("Discord server 抢 pre-order"), unless introduced
        if (tok.value === 'server' && !INTRO_AFTER.test(canon.slice(tok.end, tok.end + 12))) break;
        // how soon the writer answers there, after the app used as the verb ("watsap me faster, …"): no handle follows in
        // the request itself (after "is", "Telegram is quicker, …", it is a judgement, read below)
        if (SOONER.has(tok.value) && /(?:^|\s)me\s*$/.test(canon.slice(h.end, tok.start))) break;
        if (STOP_TOKENS.has(tok.value)) {
          if (CUE_TOKENS.has(tok.value)) cued = true;
          if (CODE_SWITCH_SET.has(tok.value)) lim = Math.min(canon.length, lim + tok.end - tok.start + 1, h.end + 2 * fwd);
          // ("search for x", "look for x": that "for" names the account)
          if (PURPOSE_TOKENS.has(tok.value) && !/(?:search|look|ask)\s*$/.test(canon.slice(Math.max(0, tok.start - 8), tok.start))) purpose = true;
          p = tok.end;
          continue;
        }
        // the next app of a list ("WhatsApp、Telegram", "WhatsApp, Signal installed"): a name, not a handle
        if (isKeyword(ctx, opts, tok)) break;
        if (afterAsk && (!/\d/.test(tok.value) || COUNT_AFTER.test(canon.slice(tok.end, tok.end + 10)))) break;
        if (/^[\d-]+$/.test(tok.value) && MEASURE_AFTER.test(canon.slice(tok.end, tok.end + 4))) break;
        if (VERB_ZH_OBJECT.test(tok.value) && ZH_OBJECT_AFTER.test(canon.slice(tok.end, tok.end + 3))) {
          p = tok.end;
          continue;
        }
        const intro = c === 64 || introduced(canon, h.end, p);
        // the last app of a list ("WeChat, WhatsApp, Line & Messenger, IP68"): what follows is the next spec, unless introduced
        if (listed && !intro) break;
        if (purpose && !intro && /^[a-z]+$/.test(tok.value)) {
          // the purpose is filler between the app and its handle ("Telegram for faster replies: @x"): it does not
          // use up the reach
          lim = Math.min(canon.length, lim + tok.end - tok.start + 1, h.end + 2 * fwd);
          p = tok.end;
          continue;
        }
        if (needsCue && !intro && !cued && PLAIN_WORD.test(tok.value)) break;
        if (!intro && !judged && JUDGED.test(tok.value) && COPULA_BEFORE.test(canon.slice(h.end, tok.start))) {
          // (the judgement is filler before the account: "Telegram is easier for me, @x", "WeChat is quicker, my ID is x_8")
          judged = true;
          lim = Math.min(canon.length, lim + tok.end - tok.start + 1, h.end + 2 * fwd);
          p = tok.end;
          continue;
        }
        // past a judgement only an account's shape counts: "WhatsApp is better because…" names none
        if (judged && !intro && !/[\d_.]/.test(tok.value)) break;
        // (round 86: after a sign only, a plain word then spaced digits is one ID, "➕ mira 2 4 6 8": read whole, not the word)
        const bySignOnly = intro && c !== 64 && !SIGNLESS_INTRODUCER.test(canon.slice(h.end, p));
        // (and after any introducer, "ID: lanlan 8 8 2 3", "v♥: shop 0 1 2", "微信号：dong dong 520": the first word alone
        // would pass, and lose the rest)
        // (or after the app asked to be added, "加绿泡泡 xiaoyu 0 5 2 1": a word, then digits only)
        let chunks: Token | null = null;
        if (c !== 64) {
          if (/^[a-z]{1,8}$/.test(tok.value) && (intro || addVerbBefore(canon, h.start))) chunks = readChunks(canon, tok, true);
          if (chunks === null && intro && !bySignOnly) chunks = readChunks(canon, tok);
        }
        if (chunks !== null && opts.accept(chunks.value, intro, ctx, chunks)) {
          found = { start: Math.min(h.start, tok.start), end: chunks.end, value: chunks.value, contact: true };
        } else if (opts.accept(tok.value, intro, ctx, tok)) {
          found = { start: Math.min(h.start, tok.start), end: tok.end, value: unhyphenated(tok.value), contact: true };
        } else if (intro) {
          // a handle typed in short chunks after "ID:" ("lan lan 8823"): joined, with letters and digits, it is one
          const chunked = readDictated(canon, tok) ?? readChunks(canon, tok, bySignOnly);
          if (chunked !== null && opts.accept(chunked.value, intro, ctx, chunked)) {
            found = { start: Math.min(h.start, tok.start), end: chunked.end, value: chunked.value, contact: true };
          }
        }
        break;
      }
      p++;
    }
    // backward: "sunny7788cn 这是我绿泡泡"; or the app in brackets after the handle ("@x_88（电报）", "mm_8866 (WeChat)")
    if (!found) {
      const bq = bracketAfterHandle(canon, h);
      let q = h.start - 1;
      const stop = Math.max(0, h.start - back);
      if (bq >= 0) q = bq;
      else while (q >= stop && (isCjk(canon.charCodeAt(q)) || canon.charCodeAt(q) === 32) && !isCore(canon.charCodeAt(q))) q--;
      if (q >= 0 && isCore(canon.charCodeAt(q)) && (bq >= 0 || /^\s*(?:这是|是|就是)?(?:我的?|我)?\s*$/.test(canon.slice(q + 1, h.start)))) {
        // walk back to the token start (spelled tokens included; before a bracket, only an underscore typed apart)
        let s = bq >= 0 ? handleStartBefore(canon, q, q - 60) : q;
        while (bq < 0 && s > 0 && q - s < 60) {
          const c = canon.charCodeAt(s - 1);
          if (isCore(c)) s--;
          else if ((c === 32 || c === 45 || c === 46) && s > 1 && isCore(canon.charCodeAt(s - 2))) s--;
          else break;
        }
        while (s < q && !isCore(canon.charCodeAt(s))) s++;
        const tok = readToken(canon, s, q + 1);
        // the token must reach the keyword: "perfect for Instagram" is a word, a gap, then the app
        // a plain word right before the app's Latin name is part of a product name ("Apeach Kakao Friends", "Brown
        // LINE Friends"): a handle before the app has digits or a mark, or a word that says so (这是我…)
        const productWord = latin && tok !== null && PLAIN_WORD.test(tok.value) && canon.slice(tok.end, h.start).trim() === '';
        // (before a bracket, only a value shaped as a handle, a digit, an underscore or a dot in it: "reach the seller
        // (WeChat)" names a person, "@everyone (Telegram) is down" the app; nor a labelled code: "型号 ab2024（微信）")
        const shaped = bq < 0 || (tok !== null && /[\d_.]/.test(tok.value) && !ctx.labelledAt(tok.start));
        if (tok && shaped && !productWord && tok.end === q + 1 && !STOP_TOKENS.has(tok.value) && !isKeyword(ctx, opts, tok) && opts.accept(tok.value, false, ctx, tok)) {
          found = { start: tok.start, end: bq >= 0 ? h.end + 1 : h.end, value: tok.value, contact: true };
        }
      }
    }
    if (!found) found = idInNextSentence(ctx, opts, h);
    if (!found) found = addMeLaterInSentence(ctx, opts, h);
    if (!found && (addVerbBefore(canon, h.start) || APP_PREFERRED.test(canon.slice(h.end, h.end + 24)) || (ON_BEFORE.test(canon.slice(Math.max(0, h.start - 9), h.start)) && OWNER_ID_LATER.test(canon.slice(h.end, h.end + 56))))) found = idLaterInSentence(ctx, opts, h);
    if (found) {
      out.push(found);
      lastEnd = found.end;
    }
  }
  return out;
}

/** An app name written in two parts is also written with a hyphen or a dot between them ("We-Chat", "Whats.App", "wei-xin"). */
export function withJoiners(words: readonly string[]): string[] {
  const out = [...words];
  for (const w of words) if (/^[a-z]+ [a-z]+$/.test(w)) out.push(w.replace(' ', '-'), w.replace(' ', '.'));
  return out;
}

/** Latin/digit handle of a messaging app (WeChat ID rules are the model). */
export function looksLikeHandle(v: string, intro: boolean, minLetters = 6): boolean {
  if (v.length < 3 || v.length > 40) return false;
  const hasLetter = /[a-z]/.test(v);
  const hasDigitOrMark = /[0-9_.-]/.test(v);
  if (!hasLetter) return false;
  if (!/^[a-z]/.test(v) && !intro) return false;
  if (hasDigitOrMark) return v.length >= 4 || intro;
  return v.length >= minLetters || (intro && v.length >= 4);
}

export function isCnMobile(d: string): boolean {
  return d.length === 11 && /^1[3-9]\d{9}$/.test(d);
}
