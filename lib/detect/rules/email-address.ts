import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Presence } from '../scan';
import { MAIL_GENERIC_ENDINGS, MARKETPLACES_EN } from '../lexicon/words';

const OPEN = String.raw`[(\[{<【「《〔]`;
const CLOSE = String.raw`[)\]}>】」》〕]`;
/**
 * "@" and the words for it, bare or in brackets: at, (at), 艾特/爱特, 圈a, 小老鼠 (Taiwan), 【艾特】; a bare 圈 (the
 * circle of "@") last, kept only for a mail service's address or one after a mailbox word (see BARE_CIRCLE).
 */
const AT_WORD = String.raw`(?:艾特|爱特|圈圈a|圈a|a圈|小老鼠|老鼠|圈)`;
/**
 * 在 ("at") said for "@" the way English says "at" ("camera.chen 在 gmail 點 com"): only before a big mail service, since
 * 在 is Chinese's commonest preposition.
 */
const ZAI_SERVICES = ['gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'icloud', 'protonmail', 'foxmail', 'qq', '163', '126', 'sina', 'sohu', 'aliyun', 'yeah'];
const ZAI_SERVICE = `(?:${ZAI_SERVICES.join('|')})`;
const AT_ZAI = String.raw`\s*在\s*(?=${ZAI_SERVICE}\s*(?:\.|dot|点|多特))`;
const AT = String.raw`(?:\s*@\s*|\s*${OPEN}\s*(?:at|@|${AT_WORD})\s*${CLOSE}\s*|\s+at\s+|\s*${AT_WORD}\s*|${AT_ZAI})`;
/**
 * "." and the words for it, bare or in brackets: dot, (dot), 点/點, 多特, the ideographic full stop, a spaced dot; round 95:
 * a bullet or a middle dot typed for it ("rediffmail • com", "gmail · com"), the ending after it still one DOMAIN knows.
 */
const DOT = String.raw`(?:\s?[.•·‧・]\s?|\s*${OPEN}\s*(?:dot|点|多特|\.)\s*${CLOSE}\s*|\s+dot\s+|\s*(?:点|多特)\s*|\s?。\s?)`;
/** a name spelled out letter by letter: "s a r a h 7 7" */
const SPELLED = String.raw`[a-z0-9](?: [a-z0-9]){2,39}`;
/**
 * The mailbox name spelled letter by letter with spaces or hyphens, its parts joined by "dot" ("j-e-n-n-y dot r-o-s-e 9 1",
 * "s a m dot l e e"): one name, read as it would be typed.
 */
const NAME_PART = String.raw`(?:[a-z0-9](?:[ -][a-z0-9]){1,39}|[a-z0-9_%+-]+)`;
/**
 * A numeric mailbox (a QQ number at qq.com, a phone number at 163.com) split to dodge a filter: digit by digit with
 * dots ("2.0.4.8.8.1.3.7@qq.com": no mailbox of single characters dotted five times over is meant so, and single
 * dotted letters are already read joined, "j.o.h.n"), or in groups between emoji or symbols, which no address has
 * ("204✨881✨37@qq.com"). Read joined, as it would be typed.
 */
const SPLIT_DIGITS = String.raw`[a-z0-9](?:\.[a-z0-9]){4,39}|\d+(?:(?:[\ud800-\udbff][\udc00-\udfff]|[\u2190-\u2bff]){1,4}\d+){1,9}`;
const SPLIT_WHOLE = new RegExp(`^(?:${SPLIT_DIGITS})$`);
/**
 * A name typed whole, then its digits dictated one by one ("zhangwei 8 8 1 2 at 126 点 com", "lily 2 0 0 9 at gmail dot
 * com"): one mailbox, read joined. Not a word that introduces the address ("is 8 8 1 2 at…", "email 2 0 0 9 at…").
 */
const NAME_SPACED_DIGITS = String.raw`(?!(?:is|me|my|at|to|mail|email|e-mail|address|here|it|id|no|num|number)\s)[a-z][a-z0-9_]{1,30}(?: \d){2,15}`;
/**
 * A dot with a space on each side inside the mailbox name ("best . sells @ gmail . com", "s e l l s . k i d @ …", which
 * the normaliser reads as "sells . kid @ …"): only when the "@" (or "at") is spaced too, as the whole address is typed
 * apart, and not after a word that introduces the address ("email me . sarah @ …" is "me", a full stop, then the
 * address). (Whether each side was spelled out cannot be told here: the normaliser joins letters spelled one by one,
 * "j o a n n e", but not ones mixed with digits, "c r u z 8 8".)
 */
const SPACED_DOT = String.raw`(?<!(?<![a-z])(?:me|is|my|at|to|on|us|via|mail|e-?mail|address|contact|reach|line|here|below|it|or|and|pls|please|thanks|ok)) \. (?=[a-z0-9 ._-]{1,60}? (?:@|at ))`;
const LOCAL = String.raw`(?:[a-z0-9](?:[ -][a-z0-9]){2,39}|${NAME_SPACED_DIGITS}|[a-z0-9_%+-]+|${SPLIT_DIGITS})(?:(?:\.|\s+dot\s+|${SPACED_DOT})${NAME_PART}){0,4}`;
/**
 * (a domain's label spelled apart may be two letters only, "@ q q . com": after an "@" the spaced letters are a host)
 */
const LABEL = String.raw`(?:${SPELLED}|[a-z0-9](?: [a-z0-9]){1,39}|[a-z0-9-]{1,40})`;
/** "com" said in Chinese characters for its sound (126 点康姆), the way 艾特 says "@": read as the ending. */
const COM_SAID = '康姆|康母|康木';
const COM_SAID_RE = new RegExp(COM_SAID);
const DOMAIN = String.raw`${LABEL}(?:${DOT}[a-z0-9-]{1,30}){0,3}${DOT}(?:${COM_SAID}|com|net|org|cn|edu|gov|io|me|co|uk|hk|tw|jp|kr|de|fr|info|biz|shop|store|us|ca|au|sg|my|c o m|n e t|o r g)`;
/**
 * A mail service and its ending said with no dot at all, "name at gmail com": only the big mail services (a plain word
 * before "com" is ordinary English), and the name must look like a mailbox or follow a mail word.
 */
/**
 * A big mail service under any country's ending (hotmail.ie, yahoo dot in, yahoo.co.in, gmail.com.ph): the service's
 * name makes the two letters an ending, not the English word they may spell ("in", "it", "no").
 */
const MAIL_SERVICE = '(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|aol|protonmail|proton|gmx|yandex|zoho|rediffmail|rocketmail|libero|wanadoo|naver|daum|hanmail|qq|163|126|sina)';
/** (the dot typed tight or said: "live. in the end" is a sentence) */
const TIGHT_DOT = String.raw`(?:\.|\s*${OPEN}\s*(?:dot|点|多特|\.)\s*${CLOSE}\s*|\s+dot\s+|\s*(?:点|多特)\s*)`;
const COUNTRY_DOMAIN = String.raw`${MAIL_SERVICE}(?:${TIGHT_DOT}(?:co|com|net|org))?${TIGHT_DOT}[a-z]{2}`;
const SPOKEN = new RegExp(
  `(?<![a-z0-9_.%+-])(${LOCAL})${AT}(gmail|googlemail|yahoo|hotmail|outlook|icloud|aol|protonmail|gmx|yandex|foxmail|qq|163|126|sina|sohu|aliyun)\\s+(com|net|cn|co uk|com cn)(?![a-z0-9-])`,
  'g',
);
/** round 91: a mailbox's name, then its service in brackets (see match). */
const BRACKETED_SERVICE = /(?<![a-z0-9_.%+@-])([a-z][a-z0-9_.+-]{2,38}[a-z0-9]) ?[(（\[] ?(gmail|yahoo|hotmail|outlook|icloud|protonmail|foxmail|qq|163|126) ?[)）\]]/g;
const BRACKETED_GATE = /[(（\[] ?(?:gmail|yahoo|hotmail|outlook|icloud|protonmail|foxmail|qq|163|126) ?[)）\]]/;
const MAIL_HOSTS = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|tutanota|gmx|mail|yandex|zoho|qq|foxmail|163|126|yeah|sina|sohu|aliyun|139|189|tom|21cn)\./;
const DOT_WORDS = new RegExp(DOT, 'g');
/**
 * A dot written in brackets, "(dot)" / "[.]": only an address is disguised so, so the ending after it may be any
 * country's ("bookings (at) x (dot) nl", "x@y[.]ie"), not only the endings DOMAIN knows.
 */
const BRACKET_DOT = String.raw`\s*${OPEN}\s*(?:dot|点|\.)\s*${CLOSE}\s*`;
const BRACKETED_DOMAIN = String.raw`[a-z0-9-]{1,40}(?:${DOT}[a-z0-9-]{1,30}){0,2}${BRACKET_DOT}[a-z]{2,6}`;
const EMAIL = new RegExp(`(?<![a-z0-9_.%+-])(${LOCAL})${AT}(${COUNTRY_DOMAIN}|${DOMAIN}|${BRACKETED_DOMAIN})(?![a-z0-9-])`, 'g');
/**
 * An address typed whole, no space around its "@" and dots: any country's ending ("sales@brand.ie", "x@shop.co.nz"),
 * or a generic one a small business picks (hello@maple.studio; not a file's "icon@2x.png").
 */
const TIGHT = new RegExp(String.raw`(?<![a-z0-9_.%+-])([a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+){0,4})@([a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,30}){0,2}\.(?:[a-z]{2}|${MAIL_GENERIC_ENDINGS}))(?![a-z0-9-]|\.[a-z0-9])`, 'g');

/**
 * A symbol standing in for "@" with an instruction to swap it back: "(#换成@)", "把*改为@", "replace # with @", "& = @".
 * The address is then read with that symbol as "@".
 */
const STAND_IN = String.raw`[#*&$%!~^]`;
const SWAP = new RegExp(
  String.raw`(?:^|[^a-z0-9])(${STAND_IN})\s*(?:号|符号|字符)?\s*(?:请|要|需)?\s*(?:换成|改成|替换成|换为|改为|替换为|变成|换回|改回|代表|就是|即|=|→|->|means|is|to)\s*["'“”]?@` +
    String.raw`|(?:replace|change|swap|switch|substitute)\s+(?:the\s+)?["'“”(]?(${STAND_IN})["'“”)]?(?:\s+(?:sign|symbol))?\s+(?:with|to|for|into|by)\s+(?:an?\s+)?["'“”(]?(?:@|at\b)`,
);

/**
 * Emoji or symbols standing for "@" and "." with a key to them: "x 🌀 gmail 🌀 com (1st 🌀 = @, 2nd = .)",
 * "x 🌸 gmail ⭐ com (🌸 = @, ⭐ = dot)", "第一个❤是@，第二个是点".
 */
const SYM = String.raw`(?:[\ud800-\udbff][\udc00-\udfff]|[#*&$%!~^♥\u2600-\u27bf\u2b00-\u2bff])`;
const ROLE = String.raw`\s*(?:=|is|means|stands for|是|代表|为|->|→|:)\s*["'“]?`;
const DOT_ROLE_END = String.raw`(?:\.|dot|点)(?![a-z0-9])`;
const SYM_AT = new RegExp(`(${SYM})${ROLE}@`);
const SYM_DOT = new RegExp(`(${SYM})${ROLE}${DOT_ROLE_END}`);
const SYM_ORDINAL = new RegExp(`(?:1st|first|第一个?)\\s*(${SYM})${ROLE}@[^\\n]{0,16}?(?:2nd|second|第二个?)\\s*(?:${SYM})?${ROLE}${DOT_ROLE_END}`);

/** The text with the keyed symbols read as "@" and "."; map[i] is the canonical offset of text[i] (map[text.length] = end). */
function readKeyedSymbols(canon: string, at: string, dot: string | undefined, ordinal: boolean): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let seen = 0;
  for (let i = 0; i < canon.length; ) {
    const isAt = canon.startsWith(at, i);
    if (isAt || (dot !== undefined && canon.startsWith(dot, i))) {
      text += isAt && !(ordinal && seen > 0) ? '@' : '.';
      if (isAt) seen++;
      map.push(i);
      i += isAt ? at.length : dot!.length;
    } else {
      text += canon[i];
      map.push(i);
      i++;
    }
  }
  map.push(canon.length);
  return { text, map };
}

/** The mailbox name as typed, spaces and "dot" words taken out: "s a r a h 7 7" → sarah77, "j dot lee" → j.lee. */
function mailboxName(raw: string): string {
  if (SPLIT_WHOLE.test(raw)) return raw.replace(/[^a-z0-9]/g, '');
  // (a hyphen between two single letters spells them out: "j-e-n-n-y"; one between words is the name's own)
  return raw.replace(/\s+dot\s+/g, '.').replace(/(?<![a-z0-9])([a-z0-9])-(?=[a-z0-9](?![a-z0-9]))/g, '$1').replace(/ /g, '');
}

/** Words for a mailbox, before an address. */
const MAILBOX_WORD = /邮箱|邮件|e-?mail|mail/;
/** Words English puts before "at" and a shop's place ("shop at", "sold at", "available at"): a local part no one writes. */
const PLACE_WORD = /^(?:shop|shopping|buy|sold|sell|selling|available|stocked|listed|find|look|visit|cheaper|deals)$/;

/**
 * "@domain" alone after an ordinary word ("emails only come from @ebay.com", "ends with @company.com"): a space before
 * the "@" and none after, and the word before is not a mailbox name but a preposition or verb, or the app the handle is on
 * ("message me on insta @bloom.co": a handle with a dot in it).
 */
const BARE_DOMAIN = /^([a-z]+)\s+@[a-z0-9]/;
const NOT_A_MAILBOX = /^(?:from|to|by|at|via|is|are|was|were|be|in|on|with|only|use|uses|using|and|or|the|a|an|end|ends|ending|come|comes|came|sent|under|domain|domains|address|addresses|email|emails|mail|mails|official|like|as|than|not|but|except|any|all|just|always|never|same|real|genuine|legit|ig|insta|instagram|telegram|tg|twitter|tiktok|snap|snapchat|threads|fb|facebook|discord|line|kakao|whatsapp|wa|signal|viber|youtube|yt|pinterest)$/;

/**
 * A full stop typed after a name and then an ending that is also an English word ("follow us @brand. Shop now", "ask
 * @sam. Me too"): the next sentence starts, no domain. (A dot spaced on both sides, or an ending such as "com" that is
 * no word, is still an address split to get past a filter.)
 */
const SENTENCE_AFTER = /[a-z0-9]\.\s+(?:shop|store|me|us|my|co|info|biz)$/;

const MAY_HAVE_AT = new RegExp(String.raw`@|艾特|爱特|圈|老鼠|[(\[{<【「《〔]\s*at|\sat\s|在\s*${ZAI_SERVICE}`);
/** The "@" said as a bare 圈 (not 圈a/a圈): a word of its own too (圈子, 朋友圈), so the address must show it is one. */
const BARE_CIRCLE = /(?<!a)圈(?!a)/;

/** The big mail services whose name alone is a mailbox's domain (a capture group); in English text not Outlook, also a word. */
const BIG_MAIL = '(gmail|googlemail|yahoo|ymail|hotmail|outlook|icloud|protonmail|aol|gmx|yandex|zoho)';
const BIG_MAIL_EN = '(gmail|googlemail|yahoo|ymail|hotmail|icloud|protonmail|aol|gmx|yandex|zoho)';
/**
 * The mailbox named by its service with only the name after it ("my gmail is" / "josh.r.deals", "our yahoo: x_store88",
 * 我的gmail是 ann.lee; round 86: Cantonese 係, folded to 系: 我 gmail 係 ann.lee): the service is the domain. The name must look like a mailbox (a dot, digit or underscore in it),
 * so "my gmail is full" or "my gmail is down" names none. (Outlook only in Chinese: "our outlook is v.good" is the
 * English word.)
 */
const SERVICE_NAMED = new RegExp(String.raw`(?:(?<![a-z])(?:my|our) (?:personal |business |work |shop |store )?${BIG_MAIL_EN}(?: (?:address|account|acct|add|id))? ?(?:is:?|:|=|-)|(?:我的?|我们的?|本店的?)\s*${BIG_MAIL}\s*(?:邮箱|信箱|地址|账号|帐号)?\s*(?:是|系|:|=))\s*([a-z][a-z0-9_%+-]*(?:\.[a-z0-9_%+-]+){0,4})(?![a-z0-9_%+@-]|\.[a-z0-9]|\s*(?:@|\(at\)|\[at\]|at\s|艾特|圈))`, 'g');
/**
 * The mailbox told after a mailbox word, its service named with no ending ("my email is j o h n 8 8 at hotmail", "email
 * me at ann.lee @ gmail"): the service is the domain, as SERVICE_NAMED reads it. The name spelled letter by letter, or
 * with a digit, dot or underscore, so "my email is down at gmail" names none.
 */
const INTRO_NO_ENDING = new RegExp(String.raw`(?<![a-z])(?:(?:my|our) (?:e-?mail|mail)(?: address)?(?: is|'s|:)|(?:e-?)?mail (?:me|us)(?: at| on)?)\s*([a-z0-9](?: [a-z0-9]){3,39}|[a-z0-9][a-z0-9._%+-]{2,39})\s*(?:@|\s+at\s+)\s*${BIG_MAIL}(?![a-z0-9@]|\s*(?:\.|dot\s|点|\(dot|\[dot))`, 'g');
/**
 * Round 70: a name at a big mail service with no ending, then the reader told to write there ("it's annies_attic at
 * yahoo, email me there", "ben.k at outlook — message me on that"): the ask makes the service the mailbox's domain.
 * The name introduced (it's, I'm, is, a colon) or shaped like a mailbox (a dot, digit or underscore); not a word that
 * says where something is sold or cheaper ("it's cheaper at yahoo, message me there").
 */
const NAME_AT_THEN_ASK = new RegExp(String.raw`(?<![a-z])(?:(?:it'?s|it is|i'?m|i am|is|:)\s*)?([a-z][a-z0-9._%+-]{2,39})\s+at\s+${BIG_MAIL}(?![a-z0-9@]|\s*(?:\.|dot\s|点|\(dot|\[dot))[^.!?\n]{0,8}?[,;:\s-]+(?:(?:pls|please|just)\s+)?(?:(?:e-?mail|mail|message|msg|write|contact|reach|ping|hit)\s+(?:me|us)(?:\s+up)?|drop (?:me|us) a (?:line|note|message|mail))\s+(?:there|on (?:it|that|there)|at (?:it|that))(?![a-z])`, 'g');
/**
 * Round 83: the mailbox told as the writer's name on this platform at a mail service ("email is my shop name here @ gmail",
 * "our store name at yahoo, mail us there"): the reader types the name they see. A mail word must stand within the
 * sentence (MAIL_ASKED), as "my username at yahoo was hacked" gives none.
 */
const OWN_NAME_AT_SERVICE = new RegExp(String.raw`(?<![a-z])(?:my|our) ((?:shop|store|seller|user|account|page|display) ?(?:name|handle)|username|user name|handle|name)(?: (?:here|on here|on this app|on this site|on the app))?\s*(?:@|\(at\)|\[at\]|\sat\s)\s*${BIG_MAIL}(?:(?:\.|\s+dot\s+)com)?(?![a-z0-9])`, 'g');
/**
 * A mailbox at a big mail service, its ending left out: glued to the service by "@" ("lily.deals88@gmail pls"), or the
 * service told as the label before it ("gmail: lily_88", "my yahoo lily.k2"). The name looks like a mailbox (a digit,
 * dot or underscore), so "@gmail" alone, "my gmail works" or "yahoo finance" name none. Round 95: or by a bracketed "at",
 * "(at)" or "[at]", which only an address is disguised with ("cardvault.nz (at) gmail"; not "tom (at) gmail", no digit).
 */
const GLUED_NO_ENDING = new RegExp(String.raw`(?<![a-z0-9._%+-])([a-z][a-z0-9._%+-]{2,39})(?:@| ?[(\[] ?at ?[)\]] ?)${BIG_MAIL}(?![a-z0-9@-]|\.[a-z0-9]|\s*(?:\.|dot\s|点|\(dot|\[dot))`, 'g');
const SERVICE_LABEL = new RegExp(String.raw`(?:^|[\n,;!?] ?|(?<![a-z])(?:my|our) )${BIG_MAIL_EN} ?[:=-]? ?([a-z][a-z0-9_%+-]*(?:\.[a-z0-9_%+-]+){0,4})(?![a-z0-9_%+@-]|\.[a-z0-9]|\s*(?:@|\(at\)|\[at\]|at\s))`, 'g');
const MAIL_ASKED = /(?<![a-z])(?:e-?mail|mail|write (?:me|us|to me|to us)|inbox|drop (?:me|us) a (?:line|note|mail))(?![a-z])/;
const NOT_A_NAME = /^(?:cheaper|cheap|also|listed|available|sold|selling|sell|here|there|up|back|better|live|on|free|now|home|work|shopping|bidding|sale|auctions?|stuff|items|more|less|same|them|one|ones)$/;
/** Answered by the scanner's one pass: the rule's trigger ("at") lets in most English text, and this was a pass of its own. */
const MAIL_SERVICE_WORD = new Presence(['gmail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'icloud', 'protonmail', 'aol', 'gmx', 'yandex', 'zoho']);
const SERVICE_DOMAIN: Readonly<Record<string, string>> = { protonmail: 'proton.me', googlemail: 'gmail.com' };
const serviceDomain = (service: string): string => SERVICE_DOMAIN[service] ?? `${service}.com`;

/**
 * Round 77: a big mail service named in Chinese (谷歌邮箱, 网易126, QQ邮箱, 扣扣, 新浪): the mailbox's domain, its ending left
 * out or said. Either the service's mailbox named, then the name ("网易邮箱 lily_2288", 谷歌邮箱是 mm.shop66), or the name, a
 * said or typed "@", then the service ("lily88 艾特 网易163", "mm_shop 圈a 扣扣点com"; a 然后 or 再 between, as dictation
 * says it). The name looks like a mailbox (a digit, dot or underscore in it, four letters or more); a service named with
 * no name after it (QQ邮箱登录不了) names none.
 */
const CN_SERVICE = '(谷歌|google|网易 ?(?:163|126)?|163|126|qq|扣扣|企鹅|新浪|雅虎|outlook|hotmail)';
const CN_SERVICE_DOMAIN = (w: string): string => {
  const x = w.replace(/ /g, '');
  if (x === '谷歌' || x === 'google') return 'gmail.com';
  if (/126/.test(x)) return '126.com';
  if (/^(?:网易|网易163|163)$/.test(x)) return '163.com';
  if (/^(?:qq|扣扣|企鹅)$/.test(x)) return 'qq.com';
  if (x === '新浪') return 'sina.com';
  if (x === '雅虎') return 'yahoo.com';
  return `${x}.com`;
};
const CN_BOX_THEN_NAME = new RegExp(`${CN_SERVICE} ?(?:邮箱|信箱)(?:号|地址|账号|帐号)? ?(?:是|为|:|=)? ?([a-z][a-z0-9_.]{3,29})(?![a-z0-9_@]|\\s*(?:@|艾特|爱特|圈|\\.|dot\\s|点))`, 'g');
const CN_NAME_AT_BOX = new RegExp(`(?<![a-z0-9_.])([a-z][a-z0-9_.]{3,29})\\s*(?:(?:然后|再|接着|后面)\\s*)?(?:@|艾特|爱特|圈a|a圈|小老鼠)\\s*${CN_SERVICE}(?:邮箱|信箱)?(?:\\s*(?:\\.|点|dot)\\s*(?:com|康姆|康母|康木))?(?![a-z0-9])`, 'g');
/** An e-mail address, also written "name at domain dot com" / "(at)" / "艾特 … 点 com". */
/**
 * A mailbox at the platform's own domain (or a payment service's) given as where to forward or report a suspicious message
 * ("forward it to spoof@… .com and delete it", 转发至 abuse@…; round 59): the platform's reporting address, which no
 * seller or stranger can hold, not a private contact. Only with the forwarding or reporting verb right before it.
 */
const PLATFORM_BOX = new RegExp(`@(?:${MARKETPLACES_EN}|paypal|alipay|taobao|tmall|jd|pinduoduo|apple|google|microsoft)\\.`);
const REPORT_TO = /(?:(?<![a-z])(?:forward|report|send|email|mail)(?:ed|ing)?(?: (?:it|this|that|them|the (?:e-?mail|message|text|link|screenshot)s?|a copy|any (?:such |suspicious )?(?:e-?mails?|messages?)))? to|转发(?:至|到|给)|举报(?:至|到|给)|发送(?:至|到)|检举(?:至|到))\s*$/;

/**
 * Round 95: the writer's instruction to take the spaces out ("(close up the spaces)", "no spaces", "remove the spaces"):
 * the address around an "@" is read with its spaces dropped ("lim jun hao 88 @ ya hoo . com . sg" → limjunhao88@yahoo.com.sg).
 * The name is the short pieces right before the "@" back to a word that introduces it (me, my, is, email, a colon); the
 * joined reading must still be an address EMAIL reads whole, with an ending it knows, and a space must have split a
 * name or a label. The instruction closes its clause ("…, no spaces", "(no spaces)"), not "no spaces left".
 */
const NO_SPACES = /(?<![a-z])(?:no|without|remove(?: the| all)?|delete(?: the| all)?|close up(?: the)?|take out(?: the)?|ignore(?: the)?) spaces(?=\s*(?:[)\]}.!,;]|$))/;
const SPACED_PIECE = /^[a-z0-9._-]{1,12}$/;
const NOT_A_PIECE = /^(?:me|my|is|at|to|on|it|its|it's|via|email|e-mail|mail|address|instead|here|add|pm|dm|send|write|contact|or|and|the|our|us)$/;
const JOINED_WHOLE = new RegExp(`^([a-z0-9_%+-]+(?:\\.[a-z0-9_%+-]+){0,4})@(${DOMAIN})$`);
function spacesClosed(canon: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (let at = canon.indexOf('@'); at >= 0 && out.length < 20; at = canon.indexOf('@', at + 1)) {
    // the pieces before: at most six, each short, one space between
    let start = at;
    while (start > 0 && canon[start - 1] === ' ') start--;
    let pieces = 0;
    for (let i = start; pieces < 6; ) {
      let j = i;
      while (j > 0 && /[a-z0-9._-]/.test(canon[j - 1]!) && i - j < 13) j--;
      const piece = canon.slice(j, i);
      if (!SPACED_PIECE.test(piece) || NOT_A_PIECE.test(piece)) break;
      start = j;
      pieces++;
      if (j === 0 || canon[j - 1] !== ' ') break;
      i = j - 1;
    }
    if (pieces === 0) continue;
    // the domain after: letters, digits and dots, single spaces between, to the first other character
    // (the longest reading that is an address: "g mail . com no spaces" ends at "com")
    let end = at + 1;
    const ends: number[] = [];
    for (let k = 0; k < 40 && end < canon.length && /[a-z0-9. -]/.test(canon[end]!); k++) {
      end++;
      if (/[a-z]/.test(canon[end - 1]!) && !/[a-z0-9]/.test(canon[end] ?? ' ')) ends.push(end);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      // (a space inside a name or a label, not only around the "@" or a dot, is what the instruction is for)
      if (!/[a-z0-9] [a-z0-9]/.test(canon.slice(start, ends[k]))) break;
      const joined = canon.slice(start, ends[k]).replace(/ /g, '');
      const m = JOINED_WHOLE.exec(joined);
      if (m === null || m[1]!.length < 3) continue;
      out.push({ start, end: ends[k]!, value: joined, contact: true });
      break;
    }
  }
  return out;
}

export default defineRule({
  id: 'email-address',
  kind: 'email',
  severity: 'medium',
  // (在 and a service's name: the services Latin text already wakes the rule by are listed too, for one list)
  trigger: new RegExp(['@', 'at', '#', '邮箱', '信箱', '艾特', '爱特', '圈', '老鼠', 'gmail', 'yahoo', 'ymail', 'hotmail', 'outlook', 'icloud', 'protonmail', 'aol', 'gmx', 'yandex', 'zoho', ...ZAI_SERVICES.flatMap((x) => [`在${x}`, `在 ${x}`])].join('|')),
  explain: {
    zh: {
      asked: '对方给出了邮箱，想让你通过邮件联系或交易。',
      risk: '邮件往来不在平台记录里，平台无法核实；在平台外达成的交易没有担保和退货保障。',
      instead: '在平台聊天里沟通；需要发票等文件也请通过平台的订单功能处理，对方坚持时可举报。',
    },
    en: {
      asked: 'The seller gave an e-mail address to take the conversation or the deal off the platform.',
      risk: 'E-mails are outside the platform’s records; deals made there have no escrow and no return protection.',
      instead: 'Keep the conversation in the platform chat; report the seller if they insist.',
    },
  },
  match: (ctx) => {
    const out: RawMatch[] = [];
    const canon = ctx.canon;
    if (canon.length > 200_000) return out;
    /** The mailbox at a named service's domain; none over a reading already taken. */
    const pushMailbox = (s: number, e: number, name: string, domain: string): void => {
      if (out.some((o) => o.start < e && s < o.end)) return;
      out.push({ start: s, end: e, value: `${name}@${domain}`, contact: true });
    };
    if (ctx.has(MAIL_SERVICE_WORD)) {
      SERVICE_NAMED.lastIndex = 0;
      for (let m = SERVICE_NAMED.exec(canon); m !== null; m = SERVICE_NAMED.exec(canon)) {
        const name = m[3]!;
        if (name.length < 4 || !/[._\d]/.test(name)) continue;
        pushMailbox(m.index, m.index + m[0].length, name, serviceDomain((m[1] ?? m[2])!));
      }
      INTRO_NO_ENDING.lastIndex = 0;
      for (let m = INTRO_NO_ENDING.exec(canon); m !== null; m = INTRO_NO_ENDING.exec(canon)) {
        const name = m[1]!.replace(/ /g, '');
        if (!m[1]!.includes(' ') && !/[._\d]/.test(name)) continue;
        pushMailbox(m.index + m[0].indexOf(m[1]!), m.index + m[0].length, name, serviceDomain(m[2]!));
      }
      OWN_NAME_AT_SERVICE.lastIndex = 0;
      for (let m = OWN_NAME_AT_SERVICE.exec(canon); m !== null; m = OWN_NAME_AT_SERVICE.exec(canon)) {
        const from = Math.max(0, m.index - 60);
        const around = canon.slice(from, m.index + m[0].length + 60).split(/[.!?\n。！？](?:\s|$)/);
        if (!around.some((clause) => clause.includes(m![0].trim().slice(0, 6)) && MAIL_ASKED.test(clause))) continue;
        pushMailbox(m.index, m.index + m[0].length, `(${m[1]!})`, serviceDomain(m[2]!));
      }
      for (const re of [GLUED_NO_ENDING, SERVICE_LABEL]) {
        re.lastIndex = 0;
        for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
          const [name, service] = re === GLUED_NO_ENDING ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
          if (name.length < 4 || !/[._\d]/.test(name)) continue;
          const s = re === GLUED_NO_ENDING ? m.index : m.index + m[0].indexOf(service);
          pushMailbox(s, m.index + m[0].length, name, serviceDomain(service));
        }
      }
      NAME_AT_THEN_ASK.lastIndex = 0;
      for (let m = NAME_AT_THEN_ASK.exec(canon); m !== null; m = NAME_AT_THEN_ASK.exec(canon)) {
        const name = m[1]!;
        const introduced = m[0].length > 0 && !m[0].startsWith(name);
        if (NOT_A_NAME.test(name) || (!introduced && !/[._\d]/.test(name))) continue;
        const s = m.index + m[0].indexOf(name, introduced ? m[0].length - m[0].trimStart().length : 0);
        const e = m.index + m[0].indexOf(m[2]!, s - m.index + name.length) + m[2]!.length;
        pushMailbox(s, e, name, serviceDomain(m[2]!));
      }
    }
    if (/邮箱|信箱|艾特|爱特|圈a|a圈|老鼠|@/.test(canon)) {
      for (const re of [CN_BOX_THEN_NAME, CN_NAME_AT_BOX]) {
        re.lastIndex = 0;
        for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
          const [name, service] = re === CN_BOX_THEN_NAME ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
          // (a name of letters alone only before a said "@", 艾特 or 圈a: the dictation is itself the sign of an address)
          if (!/[._\d]/.test(name) && (re === CN_BOX_THEN_NAME || m[0].includes('@'))) continue;
          pushMailbox(m.index, m.index + m[0].length, name, CN_SERVICE_DOMAIN(service));
        }
      }
    }
    // round 91: the mailbox's name with its service named after it in brackets, the "@" and the ending left out ("mail me:
    // lin.bags77 (gmail)", "wu_qc88 [outlook]"): a name shaped as a mailbox, or a mail word just before it
    if (BRACKETED_GATE.test(canon)) {
      BRACKETED_SERVICE.lastIndex = 0;
      for (let m = BRACKETED_SERVICE.exec(canon); m !== null; m = BRACKETED_SERVICE.exec(canon)) {
        if (!/[._\d]/.test(m[1]!) && !MAILBOX_WORD.test(canon.slice(Math.max(0, m.index - 16), m.index))) continue;
        if (out.some((o) => o.start < m!.index + m![0].length && m!.index < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: `${m[1]}@${m[2]}.com`, contact: true });
      }
    }
    // Cheap necessary conditions: an "at" form (or a '#' by a mailbox word) and a "dot" form must both occur.
    const hashMail = canon.includes('#') && MAILBOX_WORD.test(canon);
    if (!MAY_HAVE_AT.test(canon) && !hashMail) return out;
    if (/\s(?:com|net|cn)(?![a-z0-9])/.test(canon)) {
      SPOKEN.lastIndex = 0;
      for (let m = SPOKEN.exec(canon); m !== null; m = SPOKEN.exec(canon)) {
        const local = mailboxName(m[1]!);
        if (local.length < 3 || (!/[0-9._]/.test(local) && !MAILBOX_WORD.test(canon.slice(Math.max(0, m.index - 16), m.index)))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: `${local}@${m[2]}.${m[3]!.replace(' ', '.')}`, contact: true });
      }
    }
    if (!/[.点。•·‧・]|dot|多特/.test(canon)) return out;
    // a stand-in symbol with a swap instruction, or '#' after a mailbox word ("邮箱 abc#qq.com"): read the text
    // with the symbol as "@" (same length, same offsets)
    let swap = SWAP.exec(canon);
    const stand = swap !== null ? (swap[1] ?? swap[2])! : hashMail ? '#' : undefined;
    let text = stand === undefined ? canon : canon.split(stand).join('@');
    // emoji or symbols keyed to "@" and "." (read into a text of another length, with a map back)
    let map: number[] | undefined;
    if (canon.includes('@')) {
      const ord = SYM_ORDINAL.exec(canon);
      const atKey = ord === null ? SYM_AT.exec(canon) : null;
      const dotKey = ord === null ? SYM_DOT.exec(canon) : null;
      const at = ord !== null ? ord[1]! : atKey !== null ? atKey[1]! : undefined;
      if (at !== undefined && (ord !== null || (dotKey !== null && dotKey[1] !== at) || at.length > 1)) {
        const read = readKeyedSymbols(canon, at, dotKey !== null && dotKey[1] !== at ? dotKey[1] : undefined, ord !== null);
        text = read.text;
        map = read.map;
        swap = swap ?? SYM_AT.exec(canon) ?? ord;
      }
    }
    EMAIL.lastIndex = 0;
    for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
      const local = mailboxName(m[1]!);
      const domain = m[2]!.replace(DOT_WORDS, '.').replace(/\s/g, '').replace(COM_SAID_RE, 'com');
      // a reading turned down gives its domain back as the next address's name: "drop me a line at x.uk at proton dot
      // me" is not line@x.uk, but x.uk@proton.me (the domain's start is past the match's: linear)
      const retry = (): void => {
        EMAIL.lastIndex = m!.index + m![0].length - m![2]!.length;
      };
      if (local.length < 2) continue;
      // (a split mailbox is a number of five digits or more typed against its "@": "5⭐4⭐5 @ amazon.com" is a rating)
      if (SPLIT_WHOLE.test(m[1]!) && (local.length < 5 || text[m.index + m[1]!.length] !== '@')) continue;
      if (SENTENCE_AFTER.test(m[2]!)) {
        retry();
        continue;
      }
      const bare = BARE_DOMAIN.exec(m[0]);
      if (bare !== null && NOT_A_MAILBOX.test(bare[1]!)) continue;
      // plain "x at y.com" is ordinary English ("price at amazon.com") unless it names a mail service; and with the dot
      // spoken too, a word that is where to buy ("shop at etsy dot com", "sold at x dot com") is a shop's address, not a
      // mailbox's, unless a mailbox word comes before it
      if (!m[0].includes('@') && /\sat\s/.test(m[0]) && !MAIL_HOSTS.test(domain) && (!/dot|点|多特/.test(m[0]) || (PLACE_WORD.test(m[1]!) && !MAILBOX_WORD.test(canon.slice(Math.max(0, m.index - 12), m.index))))) {
        retry();
        continue;
      }
      if (!m[0].includes('@') && BARE_CIRCLE.test(m[0]) && !MAIL_HOSTS.test(domain) && !MAILBOX_WORD.test(canon.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (map !== undefined) {
        out.push({ start: map[m.index]!, end: map[m.index + m[0].length]!, value: `${local}@${domain}`, contact: true });
        if (out.length > 1000) break;
        continue;
      }
      // '#' without an instruction: only a mail service's address right after a mailbox word
      if (swap === null && stand !== undefined && canon.slice(m.index, m.index + m[0].length).includes(stand)) {
        if (!MAIL_HOSTS.test(domain) || !MAILBOX_WORD.test(canon.slice(Math.max(0, m.index - 12), m.index))) continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, value: `${local}@${domain}`, contact: true });
      if (out.length > 1000) break;
    }
    if (canon.includes('@')) {
      TIGHT.lastIndex = 0;
      for (let m = TIGHT.exec(canon); m !== null; m = TIGHT.exec(canon)) {
        const s = m.index;
        const e = s + m[0].length;
        if (m[1]!.length < 2) continue;
        // a longer reading of an address already found ("shop.co" of "shop.co.nz") takes its place
        const i = out.findIndex((o) => o.start < e && s < o.end);
        if (i >= 0 && (out[i]!.start !== s || out[i]!.end >= e)) continue;
        if (i >= 0) out.splice(i, 1);
        out.push({ start: s, end: e, value: m[0], contact: true });
        if (out.length > 1000) break;
      }
    }
    if (canon.includes('@') && canon.includes(' spaces') && NO_SPACES.test(canon)) {
      for (const o of spacesClosed(canon)) {
        const i = out.findIndex((x) => x.start < o.end && o.start < x.end);
        if (i >= 0 && out[i]!.start <= o.start && out[i]!.end >= o.end) continue;
        if (i >= 0) out.splice(i, 1);
        out.push(o);
      }
    }
    return out.filter((o) => !(PLATFORM_BOX.test(o.value) && REPORT_TO.test(canon.slice(Math.max(0, o.start - 48), o.start))));
  },
});
