import { MAX_MATCHES_PER_RULE, Phrases, defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Lexicon } from '../scan';
import { type BindOptions, appItselfAt, bindHandles, looksLikeHandle, withJoiners } from '../bind';
import { IM_STRONG, IM_WEAK } from '../lexicon/words';

/** Chinese and regional messaging apps not in the shared list (DingTalk, Feishu, Momo, Tantan, Yixin, Zalo, ICQ; 脸书/推特 as Facebook/Twitter are called in Taiwan and Hong Kong; KakaoTalk written as two words). */
const MORE_APPS = ['钉钉', '钉钉号', 'dingtalk', 'ding talk', '飞书', '飞书号', '陌陌', '陌陌号', '探探', '易信', '米聊', 'zalo', 'icq', '脸书', '推特', 'kakao talk',
  // Telegram called by its icon in English, as 纸飞机 is in Chinese ("the paper-plane app", "find me on paper plane app")
  'paper plane app', 'paper-plane app', 'paperplane app', 'paper airplane app', 'paper-airplane app',
  // round 95: Instagram as chat calls it, "the 'gram" (with its apostrophe), or "on the gram" (not "by the gram", a weight)
  "the 'gram", 'on the gram'];
const STRONG = new Lexicon(withJoiners([...IM_STRONG, ...MORE_APPS]));
/**
 * "ins" is what Chinese and Hong Kong sellers call Instagram ("ins搜…", "ins: …"); weak, like "ig". "tele" is
 * Telegram in Singapore and Malaysia ("tele me @x"), and a lens word too: weak.
 */
const WEAK = new Lexicon([...IM_WEAK, 'ins', 'tele']);
const STRONG_WORD = new Set(withJoiners([...IM_STRONG, ...MORE_APPS]));
// (round 91: or one space after the slash, typed to keep the chat from making it a link, "t.me/ name"; the account then
// needs five characters, Telegram's least, or a digit, so that "t.me/ and" is no link)
const LINKS = /(?<![a-z0-9])(?:wa\.me|t\.me|telegram\.me|line\.me\/ti\/p|m\.me|ig\.me|discord\.gg|qm\.qq\.com|u\.wechat\.com)\/(?:[~@+]?[a-z0-9_.+-]{3,60}| (?=[a-z0-9_]*[\d_]|[a-z0-9_]{5})[~@+]?[a-z0-9_][a-z0-9_.+-]{2,60})/g;
/**
 * The same links with the dot or the slash spelled out, past a filter that catches the link ("wa dot me slash 2348…",
 * "t dot me/shopbkk", "line(dot)me/ti/p/~ann", "wa点me斜杠6281…"): read as the link they stand for. Only the apps'
 * short-link hosts; the account after the slash.
 */
// (spelled with single spaces, so that "dot me" is one literal the scanner looks for)
const SP_DOT = String.raw`(?: dot | ?\((?:dot|点)\) ?| ?\[(?:dot|点)\] ?| ?点 ?)`;
const SP_SLASH = String.raw`(?:\s*[(\[{<]\s*slash\s*[)\]}>]\s*|\s+(?:forward )?slash\s+|\s*(?:斜杠|斜线)\s*)`;
const LINK_APP = '(?<![a-z0-9\'’])(wa|t|telegram|line|m|ig|discord)';
const LINK_REST = String.raw`(?:ti(?:${SP_SLASH}|\s*/\s*)p(?:${SP_SLASH}|\s*/\s*))?(\+?\d[\d ]{6,18}\d(?![a-z0-9_])|[~@+]?[a-z0-9_.+-]{3,60})`;
const SPELLED_LINKS = new Phrases([
  // (the dot spelled, the slash either way; or the dot typed and the slash spelled)
  // (round 87: or the dot and the slash both typed with spaces round them, as letter-spaced links are read back,
  // "d i s c o r d . g g / x" → "discord . gg / x": the host's own name before the dot)
  new RegExp(`${LINK_APP}${SP_DOT}(me|gg)(?:${SP_SLASH}|\\s*/\\s*)${LINK_REST}|${LINK_APP}\\.(me|gg)${SP_SLASH}${LINK_REST}|${LINK_APP} \\. (me|gg) ?/ ?${LINK_REST}`, 'g'),
]);
/** a handle written in the app's own script after "号是 / 搜 / id" (小红书号是 小鹿的衣橱2024) */
const NATIVE = /^[^。！？!?\n]{0,8}?(?:号是|号:|id:|id是|搜索?|搜我小号|小号)\s*([\u3400-\u9fffa-z0-9_.]{3,20})/;

/**
 * The app named, then later in the sentence the writer's "DM us @x" (restocks go up on Insta first, DM us @x; 新款先上ig，
 * 私信我们 @x), or the account to search for there (客服在飞机上，搜 @x; on Telegram, search @x): the handle is the account on that app, past words bindHandles would not cross.
 */
// (or after a colon with no @, "Discord is where we talk, add me: x.y": then the value has a digit, a dot or an
// underscore, and is no web address)
// (or "DM" itself before the @handle, no "me" between, as Hong Kong chat writes it: "IG 見，DM @x_y": then the handle has a
// digit, a dot or an underscore, not a word like "@mention")
const DM_LATER = /^[^!?\n。！？]{0,40}?(?:(?<![a-z])(?:dm|pm|message|msg|text|hit|find|follow|reach|add)\s+(?:us|me)(?:\s+up)?(?:\s+(?:there|on there|at))?|(?<![a-z])(?:i'?m|i am|we'?re|we are)(?=\s*@)|私信|私讯|私聊|私|联系|搵|找|搜索?|(?<![a-z])search(?: for)?|(?<![a-z0-9])(?:dm|pm)(?=\s*@[a-z0-9]{0,29}[0-9_.]))\s*(?:我们|我|us|me)?(?:\s*[:：]?\s*@([a-z0-9_][a-z0-9_.]{2,29})|\s*[:：]\s*([a-z0-9_][a-z0-9_.]{2,29})(?![a-z0-9_@#]))/;
const WEB_END = /\.(?:com|net|org|co|cn|io|me|shop|store|hk|tw|sg|my|uk|us)$/;
/**
 * The app named, then its ID told a few words on in the same sentence (我这边line用得多 ID 是 x_y, telegram 比较常用 账号:
 * x_y): the ID is the account on the app just named. A weak name (line, wa) counts only in Chinese talk, where it is
 * the app; never an order's or an item's ID.
 */
const ID_LATER = /^([^。！？!?\n]{0,14}?)(?<![a-z])(?:id|账号|帐号|用户名)\s*(?:是|为|:|：)\s*([a-z0-9_][a-z0-9_.-]{2,29})(?![a-z0-9_])/;
/**
 * The app named as where the writer deals, then after a comma its ID with no colon ("takes orders on Line, id x_tw_shop",
 * "在line接单，id mm_88"): the value plainly a handle (a letter and a digit, an underscore or a dot), and a short name
 * that is also a word ("line") only after "on", "via" or "using" or in Chinese talk.
 */
// (a few words of the dealing may stand before the comma: 在line接单，id x)
// (or its 账号 in Chinese talk, "发你ins私信，账号 x_vintage")
const ID_AFTER_COMMA = /^([^。！？!?\n,，]{0,28}?)\s*[,，]\s*(?:(?:id|user ?name|handle)\s+|(?:账号|帐号|用户名)\s*)@?([a-z0-9_][a-z0-9_.-]{2,29}|[a-z0-9_](?: [a-z0-9_]){4,29})(?![a-z0-9_@])/;
/**
 * The app used as the verb of the ask before the comma ("Line me pls, ID x_99", "whatsapp us, id shop88"): the ID after it
 * is the account there, as it is after the app alone; the handle may be spelled letter by letter ("t h a i s h o p 9 9").
 */
const APP_VERB_BEFORE_COMMA = /^\s*(?:me|us)(?:\s+(?:pls|please|plz|now|here|there|instead|anytime))?\s*$/;
/**
 * Round 92: the app told as the writer's best or usual one before the comma ("telegram is easiest for me, username x_07",
 * "whatsapp works better for us, id x_9"): the ID after it is the account there. (The ID's shape is checked as after the app alone.)
 */
const APP_PREFERRED_BEFORE_COMMA = /^\s*(?:is|'s|works|would be)\s+(?:(?:the\s+)?(?:best|easiest|easier|better|quickest|quicker|fastest|faster|simplest|simpler)|preferred|my go-?to|what i use)(?:\s+(?:for|with)\s+(?:me|us))?\s*$/;
/**
 * Round 95: the app named or asked as a verb, then a few words on its handle's word and "is" or a colon ("tg me ah, handle
 * is x_gadgets_sg", "join my discord for the drops, username is slab.tcg", "snap me, my username's x_99"): the value the
 * handle. The value has an account's shape (a digit, "_" or "."), no web ending, and no order's word stands between.
 */
const HANDLE_WORD_LATER = /^([^。！？!?\n]{0,40}?)(?<![a-z])(?:handle|user ?name|user id|tag)(?:'s|\s+is|\s*[:：=])\s*@?([a-z0-9_][a-z0-9_.]{2,29})(?![a-z0-9_@])/;
const DEALS_ON_BEFORE = /(?:(?<![a-z])(?:on|via|using|use|through)\s+|[\u3400-\u9fff]\s?)$/;
const NOT_ACCOUNT = /订单|物流|快递|运单|商品|宝贝|款|货|order|item|product|tracking|sku/;
/** The weak names that are only an app (not "line", "wa", "dc", "snap": words too). */
const WEAK_APP = /^(?:ig|ins|tg|fb)$/;

/**
 * Discord's user tag, a name and four digits after '#' (moon#4821): an account, not a hashtag or an item number
 * (#4821), once Discord (its server, 服务器; dc only with one: dc is also direct current) is named before it in the
 * sentence, then who to find or add (找我, 名字, "add me") right before the tag.
 */
const DISCORD_TAG = /(?<![a-z0-9_.#])[a-z][a-z0-9_.]{1,31}#\d{4}(?![0-9a-z])/g;
/**
 * A Skype ID in its newer form, "live:" then the name (live:.cid.x, live:ann_buyer): Skype named before it, a few words at
 * most between (an ID, "is", a colon). The whole ID is the account, not the bare "live" the handle binder reads.
 */
// (round 67: or the chat asked on it between, Chinese or English: Skype 上聊吧 live:x, skype 找我 live:x, "skype me at live:x")
const SKYPE_LIVE = /(?<![a-z])skype(?:\s*(?:id|name|account|acc))?(?:\s?(?:上|里)?\s?(?:聊|联系|找我|加我|私聊|谈|沟通|详聊|细聊)(?:吧|哦|呀|啦|一下)?|\s(?:me|us)(?:\s(?:at|on))?)?(?:\s*(?:is|:|：|-|=|,|，))?\s*(live:\s?\.?[a-z0-9][a-z0-9_.-]{2,40}?)(?=[.,，。!?！？]?(?:\s|$|[\u3400-\u9fff]))/g;
// (or Discord named, then a colon, then the tag: "our Discord support: x#1234", Discord 客服：x#1234; round 59: only
// who answers between, as "Discord announcements: item#4821" names a product)
const DISCORD_BEFORE = /(?:discord|不和谐|(?<![a-z])dc ?(?:服务器|server|群|频道|上)|服务器|(?<![a-z])server(?![a-z]))[^。！？!?\n]*?(?:找我|加我|联系我|私我|名字|昵称|用户名|(?<![a-z])(?:add me|find me|dm me|name|username|user|tag|id)(?![a-z]))[^。！？!?\n]{0,8}$|(?:discord|不和谐) ?(?:(?:support|help ?desk|help|agent|admin|staff|team|account|acct|id|tag|handle|user ?name|user|客服|管理员|账号|帐号|用户名|名字)(?![a-z]) ?)?[:：]\s*$/;

/**
 * Line named as the app to add someone on, in Chinese talk, then the handle (请用 Line 加 x_88, 在line上加我：x_88; round 59):
 * "line" alone is a word too, so only with 用 / 在 / 通过 / 上 before it and 加 after it; the handle must hold a digit, "_" or ".".
 */
const LINE_ADD = /(?:用|在|通过|透过|上|去)\s?line\s?(?:上)?\s?加(?:我|我们|一下)?\s*[:：]?\s*([a-z0-9_][a-z0-9_.-]{2,29})(?![a-z0-9_@])/g;

/**
 * Round 84: the chat asked on an app first, then the display name to search for there, in quotes ("message me on Messenger,
 * search 'Tita Bakes'", Tagalog-English "Viber mo na lang ako, search \"Rosa Crafts\""): SEARCH_NAME_THEN_CHAT in the other
 * order. The quotes are needed, so the name's end is known (not "…search the shop for more").
 */
const CHAT_THEN_SEARCH_NAME = /(?<![a-z])(?:(?:messenger|whatsapp|telegram|viber|signal|kakao|instagram|insta|facebook)(?: (?:mo|niyo|nyo|na|lang|nalang|po))* (?:ako|kami)|(?:message|msg|dm|pm|chat with|contact|text|add|find) (?:me|us) (?:on|via|sa|thru|through) (?:messenger|whatsapp|telegram|viber|signal|kakao|instagram|insta|facebook|fb|ig))(?![a-z])[^.!?\n]{0,12}?(?:,|;| -| —)?\s?(?:just |then |and |tapos |pls |please )?search(?: for)?:?\s?["“'‘]((?:[a-z][a-z0-9'’]*)(?: [a-z0-9'’&.]+){0,4})["”'’]/g;

/**
 * Round 63: an app named, a display name to search for on it (words, not an account's shape: Messenger 搜 Auntie Mei Farm,
 * Line 搜「阿明山货」), then the chat asked there right after (跟我聊, 找我, 私我, "message me"): the buyer is sent to an account
 * by its name. Only the apps whose names are no common word (not "line" alone in English, "wa", "snap"), and the chat
 * asked: a bare "search it on Instagram" is a product looked up.
 */
const SEARCH_NAME_THEN_CHAT = /(?<![a-z])(?:messenger|whatsapp|telegram|signal|viber|instagram|insta|facebook|kakao|kakaotalk|脸书|电报|(?<=[\u3400-\u9fff]\s?|^)line|(?<=[\u3400-\u9fff]\s?|^)ig|(?<=[\u3400-\u9fff]\s?|^)fb)\s?(?:上|里)?\s?(?:搜索?|search(?: for)?)\s?[“"「]?((?:[a-z][a-z0-9'’]*)(?: [a-z0-9'’]+){0,4}|[\u3400-\u9fff]{2,8})[”"」]?\s?[,，]?\s?(?:跟我|和我|同我|找我|私我|加我|联系我|私信我|(?<![a-z])(?:message|msg|chat with|dm) me(?![a-z]))/g;

/**
 * Each match of `re` (global, the handle in its first group) whose handle has an account's shape (a digit, "_" or ".")
 * and that no reading already covers: reported from `startOf(m)` to the handle's end, trailing dots and hyphens left out.
 */
function pushShapedHandles(canon: string, re: RegExp, out: RawMatch[], startOf: (m: RegExpExecArray) => number): void {
  re.lastIndex = 0;
  for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
    const value = m[1]!.replace(/[.-]+$/, '');
    const start = startOf(m);
    const end = m.index + m[0].length - (m[1]!.length - value.length);
    if (!/[\d_.]/.test(value) || !looksLikeHandle(value, true, 6) || out.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, value, contact: true });
  }
}

/**
 * Round 87: "disc" as gamers and traders call Discord ("disc is x_trades", "my disc: slab.guy", "disc is kayo. msg me
 * there"): a disc is also the game's own (a scratched disc, "disc: mint"), so the account must look like one (a digit,
 * "_" or "."), or the writer must ask to be messaged "there" right after it.
 */
const DISC_IS = /(?<![a-z])(?:my |our )?disc(?: (?:tag|name|username|user|id|handle))? ?(?:is|=|:) ?@?([a-z][a-z0-9_.]{2,31})(?![a-z0-9_])/g;
const MSG_THERE = /^[\s.,;:—–-]*[^!?\n]{0,12}?(?<![a-z])(?:msg|message|dm|pm|add|hmu|hit|ping|text|find|contact|reach)(?: me| us)?(?: up)? (?:there|on there|on it|over there)(?![a-z])/;
/** Made once (not per message): the keyword lexicons and what a handle looks like. */
const BIND: BindOptions = {
  strong: STRONG,
  weak: WEAK,
  notAfter: /^\s*(?:pay|支付|登录|login|sign|compatible|and |or |版|小程序|上买|直播间|店铺|商城|同款|爆款|买的|上看到|上刷到|(?:(?:pre-?)?(?:install|load)(?:ed|s|ing)?|built[- ]?in|ready|enabled|supported|support|integration|integrated|notifications?|stickers?|desktop|web version|clone|dual|(?:video )?calls?(?:ing)?|backups?|apps?)(?![a-z0-9_])|双开|多开|分身)/,
  // (shared to an app, like 分享到: the app's share button, "shared the link to WhatsApp", "sharing it to Facebook")
  notBefore: /(?:runs|supports?|with|分享到|分享给|支持|支援|装|兼容|相容|适用|使用|(?<![a-z])shar(?:e|es|ed|ing)(?: (?:it|this|them|(?:the|this|my|a|your|our) [a-z]+))? (?:it )?(?:to|onto))\s*$/,
  wordNeedsCue: true,
  // Many of these apps use the phone number as the handle ("WhatsApp +44 7700 900123").
  accept: (v, intro) => looksLikeHandle(v, intro, 6) || (intro && /^\d{6,15}$/.test(v)) || /^\d{8,15}$/.test(v),
};

/**
 * Round 62: the writer asked to be reached on an app ("message me on the Telegram thing…", "find me on Signal…"), the
 * handle with its @ (said as "at sign" and folded) further on in the same sentence, past words about the app: the
 * handle is the one to reach there. The ask and the @ are both needed; another @ mention alone is not read.
 */
const REACH_ON_APP_THEN_AT = /(?<![a-z])(?:message|msg|text|find|add|reach|contact|dm|pm|hit|ping)(?: me| us)?(?: up)? (?:on|in|via|over|through) (?:the |my |our )?(?:telegram|whatsapp|signal|instagram|insta|snapchat|kakao|discord|viber)(?![a-z])[^.!?\n。！？@]{0,60}?(?<![a-z0-9])@([a-z0-9_][a-z0-9_.]{2,29})/g;

/**
 * Round 65: the ask to be reached on an app ("hmu on kik, sam_77", "message me on Snapchat - jo.deals", "add me on
 * telegram: pete_50"), the handle right after a comma, colon or dash with no "id" word: the handle has an account's
 * shape (a digit, "_" or "."), and no web ending.
 */
const REACH_ON_APP_THEN_HANDLE = /(?<![a-z])(?:hmu|hit me up|message me|msg me|text me|find me|add me|reach me|contact me|dm me|pm me|ping me|catch me)(?: up)? (?:on|in|via|over|through) (?:the |my )?(?:telegram|whatsapp|signal|instagram|insta|snapchat|snap|kik|kakao|discord|viber|wickr|threema)(?: app)?\s*(?:,|:|-|—|–)\s*@?([a-z][a-z0-9_.]{2,29})(?![a-z0-9_@])(?<!\.(?:com|net|org|co|me|io|shop|store))/g;

/**
 * Round 75: the writer's other account asked to be messaged, its @handle, then the app it is on ("DM my other page @x on
 * IG", "message our backup account @x over on insta"): the app named after the handle. The handle has an account's shape.
 */
const OTHER_PAGE_THEN_APP = /(?<![a-z])(?:dm|pm|message|msg|text|follow|find|add|hit up)\s+(?:my|our)\s+(?:other |second |backup |back-up |new |main |personal |private |2nd )?(?:page|account|acc|acct|profile|ig|insta)\s*[:：]?\s*@([a-z0-9_][a-z0-9_.]{2,29})\s+(?:over )?(?:on|in|at)\s+(?:ig|insta|instagram|tiktok|tik tok|snapchat|snap|telegram|twitter|x|facebook|fb|threads|whatsapp)(?![a-z])/g;

/** A handle on another messaging or social app (Telegram, WhatsApp, Line/賴, Kakao, Discord, Instagram, 小红书…). */
export default defineRule({
  id: 'im-handle',
  kind: 'im_handle',
  severity: 'medium',
  trigger: /[a-z飞纸赖电小抖快微카钉陌探易米脸推]/,
  explain: {
    zh: {
      asked: '对方给出了其他社交或聊天软件的账号（如Telegram、Line、WhatsApp、小红书），想让你去那里联系。',
      risk: '在别的软件上谈成的交易平台无法看到和保护：没有担保付款，不能7天无理由退货，纠纷时缺少证据。',
      instead: '继续在平台内沟通和下单；对引导你去其他软件的卖家，可以向平台举报。',
    },
    en: {
      asked: 'The seller gave a handle on another app (Telegram, WhatsApp, Line, Instagram…) to move the chat there.',
      risk: 'Deals made in other apps are invisible to the platform: no escrow, no returns, and little proof in a dispute.',
      instead: 'Keep chatting and ordering on the platform; report sellers who redirect you elsewhere.',
    },
  },
  match: (ctx) => {
    const out: RawMatch[] = bindHandles(ctx, BIND);
    const canon = ctx.canon;
    for (const h of ctx.hits(STRONG)) {
      if (out.some((m) => m.start <= h.start && h.start < m.end)) continue;
      const m = NATIVE.exec(canon.slice(h.end, h.end + 40));
      if (m && /[\u3400-\u9fff]/.test(m[1]!) && /\d|_/.test(m[1]!)) {
        const end = h.end + m.index + m[0].length;
        out.push({ start: h.start, end, value: m[1]!, contact: true });
      }
    }
    for (const h of [...ctx.hits(STRONG), ...ctx.hits(WEAK).filter((w) => WEAK_APP.test(w.word))]) {
      if (out.some((m) => m.start <= h.start && h.start < m.end)) continue;
      if (appItselfAt(canon, h, BIND)) continue;
      const m = DM_LATER.exec(canon.slice(h.end, h.end + 80));
      if (m === null) continue;
      const raw = m[1] ?? m[2]!;
      const value = raw.replace(/\.+$/, '');
      if (!looksLikeHandle(value, true, 6) || (m[1] === undefined && (!/[0-9_.]/.test(value) || WEB_END.test(value)))) continue;
      out.push({ start: h.start, end: h.end + m.index + m[0].length - (raw.length - value.length), value, contact: true });
    }
    for (const h of [...ctx.hits(STRONG), ...ctx.hits(WEAK)]) {
      if (out.some((m) => m.start <= h.start && h.start < m.end) || appItselfAt(canon, h, BIND)) continue;
      const c = ID_AFTER_COMMA.exec(canon.slice(h.end, h.end + 44));
      const asVerb = c !== null && APP_VERB_BEFORE_COMMA.test(c[1]!);
      // (up to eight characters of Chinese dealing words, as before; the English words only as the writer's best app)
      const between = c === null ? '' : c[1]!;
      const dealt = /[\u3400-\u9fff]/.test(between) && between.length <= 8;
      if (c !== null && !NOT_ACCOUNT.test(between) && (between.trim() === '' || dealt || asVerb || (STRONG_WORD.has(h.word) && APP_PREFERRED_BEFORE_COMMA.test(between))) && (STRONG_WORD.has(h.word) || asVerb || DEALS_ON_BEFORE.test(canon.slice(Math.max(0, h.start - 8), h.start)))) {
        const kept = c[2]!.replace(/[.-]+$/, '');
        const value = kept.replace(/ /g, '');
        if (/[a-z]/.test(value) && /[\d_.]/.test(value) && looksLikeHandle(value, true, 6)) {
          out.push({ start: h.start, end: h.end + c[0].length - (c[2]!.length - kept.length), value, contact: true });
          continue;
        }
      }
      const m = ID_LATER.exec(canon.slice(h.end, h.end + 60));
      if (m === null || NOT_ACCOUNT.test(m[1]!) || NOT_ACCOUNT.test(canon.slice(h.end + m[1]!.length - 2, h.end + m[1]!.length))) continue;
      if (!STRONG_WORD.has(h.word) && !/[\u3400-\u9fff]/.test(m[1]!)) continue;
      const value = m[2]!.replace(/[.-]+$/, '');
      if (!looksLikeHandle(value, true, 6)) continue;
      out.push({ start: h.start, end: h.end + m[0].length - (m[2]!.length - value.length), value, contact: true });
    }
    // round 95: the handle's word told later in the sentence (HANDLE_WORD_LATER); weak names only as the apps they alone are
    for (const h of [...ctx.hits(STRONG), ...ctx.hits(WEAK).filter((w) => WEAK_APP.test(w.word) || w.word === 'snap')]) {
      if (out.some((m) => m.start <= h.start && h.start < m.end) || appItselfAt(canon, h, BIND)) continue;
      const m = HANDLE_WORD_LATER.exec(canon.slice(h.end, h.end + 80));
      if (m === null || NOT_ACCOUNT.test(m[1]!)) continue;
      const value = m[2]!.replace(/[.-]+$/, '');
      // (three letters at least: "tag is v2.0" is a version)
      if (!/[\d_.]/.test(value) || !/[a-z][^a-z]*[a-z][^a-z]*[a-z]/.test(value) || WEB_END.test(value) || !looksLikeHandle(value, true, 6)) continue;
      out.push({ start: h.start, end: h.end + m[0].length - (m[2]!.length - value.length), value, contact: true });
    }
    if (canon.includes('@')) pushShapedHandles(canon, REACH_ON_APP_THEN_AT, out, (m) => m.index);
    pushShapedHandles(canon, REACH_ON_APP_THEN_HANDLE, out, (m) => m.index);
    if (canon.includes('disc')) {
      DISC_IS.lastIndex = 0;
      for (let m = DISC_IS.exec(canon); m !== null; m = DISC_IS.exec(canon)) {
        const value = m[1]!.replace(/[.-]+$/, '');
        const end = m.index + m[0].length - (m[1]!.length - value.length);
        // (not a console, a region or a part told of the disc, "disc: ps5", "disc = region2", "disc: xbox360")
        if (value.length < 5 || /^(?:[a-z]{1,3}\d|(?:region|xbox|gen|ver|version|vol|part|disk|dvd|blu|wii|switch|game|season|series|episode|level|lvl|side|layer)[\d_.])/.test(value) || !looksLikeHandle(value, true, 6) || out.some((o) => o.start < end && m!.index < o.end)) continue;
        if (!/[\d_.]/.test(value) && !MSG_THERE.test(canon.slice(end, end + 40))) continue;
        out.push({ start: m.index, end, value, contact: true });
      }
    }
    if (canon.includes('@')) pushShapedHandles(canon, OTHER_PAGE_THEN_APP, out, (m) => m.index);
    // a Skype "live:" ID after Skype named: replaces the bare "live" read above
    if (canon.includes('live:')) {
      SKYPE_LIVE.lastIndex = 0;
      for (let m = SKYPE_LIVE.exec(canon); m !== null; m = SKYPE_LIVE.exec(canon)) {
        const start = m.index;
        const end = m.index + m[0].length;
        for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && start < out[i]!.end) out.splice(i, 1);
        out.push({ start, end, value: m[1]!.replace(/\s/g, ''), contact: true });
      }
    }
    // round 63: an account's display name to search on an app, then the chat asked there (SEARCH_NAME_THEN_CHAT)
    if (canon.includes('搜') || canon.includes('search')) {
      SEARCH_NAME_THEN_CHAT.lastIndex = 0;
      for (let m = SEARCH_NAME_THEN_CHAT.exec(canon); m !== null; m = SEARCH_NAME_THEN_CHAT.exec(canon)) {
        const start = m.index + m[0].search(/[^\s]/);
        const end = m.index + m[0].length;
        if (out.some((o) => o.start < end && start < o.end)) continue;
        out.push({ start, end, value: m[1]!.trim(), contact: true });
      }
    }
    // round 84: the chat asked on an app, then the display name to search there in quotes (CHAT_THEN_SEARCH_NAME)
    if (canon.includes('search')) {
      CHAT_THEN_SEARCH_NAME.lastIndex = 0;
      for (let m = CHAT_THEN_SEARCH_NAME.exec(canon); m !== null; m = CHAT_THEN_SEARCH_NAME.exec(canon)) {
        const start = m.index;
        const end = m.index + m[0].length;
        // (a shorter reading inside it, the name's first word bound to the app, gives way to the whole name)
        if (out.some((o) => o.start < end && start < o.end && (o.start < start || o.end > end))) continue;
        for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start >= start && out[k]!.end <= end) out.splice(k, 1);
        out.push({ start, end, value: m[1]!.trim(), contact: true });
      }
    }
    // Line named as the app to add on, in Chinese talk, then the handle (LINE_ADD)
    if (canon.includes('line')) pushShapedHandles(canon, LINE_ADD, out, (m) => m.index + m[0].indexOf('line'));
    // a Discord tag (name#1234) with Discord or its server named before it in the sentence
    if (canon.includes('#')) {
      DISCORD_TAG.lastIndex = 0;
      for (let m = DISCORD_TAG.exec(canon); m !== null; m = DISCORD_TAG.exec(canon)) {
        const from = Math.max(0, m.index - 40);
        if (!DISCORD_BEFORE.test(canon.slice(from, m.index)) || out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0], contact: true });
      }
    }
    // every link has a '/' after the host
    if (canon.includes('/')) {
      LINKS.lastIndex = 0;
      for (let m = LINKS.exec(canon); m !== null; m = LINKS.exec(canon)) {
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0].replace('/ ', '/'), contact: true });
      }
    }
    for (const re of SPELLED_LINKS.for(ctx)) {
      re.lastIndex = 0;
      for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
        const [app, host, id] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : m[4] !== undefined ? [m[4], m[5]!, m[6]!] : [m[7]!, m[8]!, m[9]!];
        if ((app === 'discord') !== (host === 'gg') || out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
        const value = `${app}.${host}/${id.replace(/ /g, '').replace(/\.+$/, '')}`;
        out.push({ start: m.index, end: m.index + m[0].length, value, contact: true });
        if (out.length > MAX_MATCHES_PER_RULE) return out;
      }
    }
    return out;
  },
});
