import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { type Hit, Lexicon, type MatchContext, type NumberRun, Presence, readToken, isCore, numberRuns, sentenceEnd } from '../scan';
import { isCnMobile } from '../bind';
import { B58, BTC_RE, ETH_RE, TRON_RE } from '../validate';
import { casedText, casedToOriginal } from '../normalise';
import { ALIPAY } from '../lexicon/words';

/** Wallets and person-to-person payment apps beyond the big ones (e-CNY, Bestpay, 和包, QQ钱包, PayPay, Interac…). */
const WALLETS = [
  '数字人民币', '数币钱包', 'e-cny', 'ecny', '翼支付', '和包', 'qq钱包', 'paypay', 'line pay', 'kakaopay', 'kakao pay',
  'grabpay', 'gopay', 'touch n go', "touch 'n go", 'tng', 'm-pesa', 'mpesa', 'interac', 'e-transfer', 'apple cash',
  // (Apple Cash by its older name, Apple Pay Cash: the wallet, not the checkout button Apple Pay)
  'apple pay cash',
  // (Australia's bank-to-bank payments keyed on a mobile or e-mail, PayID or Osko; and Cash App's handle, a cashtag, named
  // by that word alone: "my cashtag is $x")
  'payid', 'pay id', 'osko', 'cashtag',
  // (round 93: the South African banks' eWallet, money sent to a cellphone number: "send it to my ewallet on 072 …"; read
  // only with the number later in its sentence, PHONE_KEYED)
  'ewallet', 'e-wallet',
];
/** Abbreviated or romanised app names ("z f b" and "z.f.b" are joined by normalisation): "zhifubao", and "pp" for PayPal (only with an address or F&F). */
const ABBREVIATED = ['zhifubao', 'zhi fu bao', 'pp'];
/** A wallet whose account is a plain number (the e-CNY wallet number, a Bestpay account). */
const NUMBERED_WALLET = /^(?:数字人民币|数币钱包|e-cny|ecny|翼支付|和包|qq钱包)$/;
/** Hong Kong and Singapore instant transfer: the account is a seven- to nine-digit FPS ID or a local eight-digit mobile. */
const PROXY_ID_WALLET = /^(?:fps|转数快|payme|paynow|paylah|pay lah|支付宝 ?hk|支付宝香港|香港支付宝|alipay ?hk)$/;
/** AlipayHK, whose account is the holder's Hong Kong mobile number (eight digits), like the proxy IDs above. */
const HK_WALLETS = ['支付宝hk', '支付宝 hk', '支付宝香港', '香港支付宝', 'alipayhk', 'alipay hk'];
/** round 86: …whose account is a name too when labelled as one right before it (支付宝HK 转账 账号 x_mo), as a regional wallet's. */
const HK_WALLET = new Set(HK_WALLETS);
/** Only introducers between the app and its account name, at least one of them: "venmo is", "zelle: ", "revolut username". */
const P2P_INTRO = /^(?:\s|[:=]|id|username|user|handle|tag)*(?:[:=]|\bis|\bid|username|handle|tag)(?:\s|[:=]|is)*$/;
/**
 * Alipay's own user ID (the "2088" PID, sixteen digits, often written in groups: 2088 6021 …): an account no order or
 * trade number has, unless the words between name such a number (交易号, 订单号).
 */
const ALIPAY_UID = /^2088\d{12}$/;
const NOT_ACCOUNT_NO = /订单|交易|流水|单号|order|trade|transaction/;
const ALIPAY_NAMES = new Set([...ALIPAY, 'zhifubao', 'zhi fu bao']);
/**
 * China's other wallets (UnionPay's 云闪付, 财付通, Bestpay, 和包, the e-CNY wallet): an account name is theirs when it is
 * labelled as one right before it ("用云闪付转我，账户 x_shop88", "财付通账号：abc2024"), not any Latin word after the name.
 */
const CN_WALLET = /^(?:云闪付|财付通|翼支付|和包|qq钱包|数字人民币|数币钱包)$/;
/** An account labelled in Chinese (账号：, 户名是), the label's words read by ACCOUNT_LABEL and REGIONAL_ACCOUNT_LABEL. */
const ZH_LABEL = '(?:账户|帐户|账号|帐号|户名|用户名)\\s*(?:是|为)?';
/**
 * The wallets of Taiwan, Hong Kong and South-East Asia (街口支付 / JKOPay, 全支付, 悠遊付, 橘子支付, 八達通, LINE Pay, PayMe,
 * GCash, GoPay, TrueMoney…): an account name is theirs, too, when labelled as one right before it (可以用街口支付轉給我，帳號
 * tw_x88). (ShopeePay is the platform's own.)
 */
const REGIONAL_WALLETS = ['街口支付', 'jkopay', 'jko pay', '全支付', '悠游付', '橘子支付', '八达通', 'truemoney', 'true money'];
/**
 * The label right before the name: Chinese, or English "account:" / "username -" (not "ID": "Txn ID: GRABPAY-…" is a
 * receipt's; nor an account spoken of, "your GrabPay account was charged").
 */
const REGIONAL_ACCOUNT_LABEL = new RegExp(`(?:${ZH_LABEL}|(?<![a-z])(?:account|acct|a\\/c|user ?name)(?: name| no\\.?)?(?: is)?)\\s*[:：-]?\\s*$`);
/** The regional wallets an account name after a Chinese label belongs to: those above, and the ones other lists name. */
const REGIONAL_WALLET = new Set([...REGIONAL_WALLETS, '街口', 'line pay', 'payme', 'gcash', 'maya', 'paymaya', 'gopay', 'grabpay', 'paypay', 'tng', "touch 'n go", 'touch n go']);
/**
 * round 64: a regional wallet's transfer ID, the ID labelled by the transfer itself (LINE Pay 转帐 ID：x, 街口收款ID是 x): the
 * payee's name. Only a name with letters (three or more) and few digits, as a transfer's reference number is a receipt's.
 */
const TRANSFER_ID_LABEL = /(?:转帐|转账|收款|汇款|过数|入数)\s*id\s*(?:是|为|係|系)?\s*[:：]?\s*$/;
const ACCOUNT_LABEL = new RegExp(`(?:${ZH_LABEL}|\\bid\\s*(?:是|为)?)\\s*[:：]?\\s*$`);
/** A handle written before the app: "i'm @jo-shop-7 on venmo", "$kimsells on cash app", "@x is my revolut". */
const TAG_BEFORE = /(?<![a-z0-9_.-])[@$]([a-z][a-z0-9_.-]{2,39})\s*(?:(?:on|at|via|in|for)(?: my)?|is my|(?:=|:|-))\s*$/;
/** Only introducers between the wallet and its number: "钱包编号", "账号：", "wallet no." */
const WALLET_INTRO = /^(?:\s|[:#：]|钱包|账户|帐户|账号|帐号|编号|号码|号|id|wallet|account|number|no\.?)*$/;
/**
 * India's UPI and the apps that pay through it: the account is a UPI ID, name@handle, whose handle is the payment
 * provider's (okaxis, ybl, paytm), with no dot-domain like an e-mail's; or the mobile number it is linked to.
 */
const UPI_APPS = ['upi', 'upi id', 'bhim', 'phonepe', 'phone pe', 'paytm', 'gpay', 'g pay', 'google pay'];
const UPI_APP = /^(?:upi(?: id)?|bhim|phone ?pe|paytm|g ?pay|google pay)$/;
const UPI_HANDLE = /^[a-z][a-z0-9]{1,19}$/;
/**
 * A UPI ID later in the sentence, past chat words ("UPI kar do directly — name@okaxis", "upi pe bhej do bhai:
 * x@ybl"): name@provider with no dot-domain after, which no e-mail address has.
 */
const LATER_UPI = /^[^.!?\n@]{0,40}?(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]{1,40}@[a-z][a-z0-9]{1,19})(?![a-z0-9@]|\.[a-z0-9])/;
/**
 * Round 95: the UPI ID with its "@" said as "at" ("pay on my upi arjun.traders at okhdfcbank", "gpay: ravi22 (at) ybl"):
 * only before a UPI provider's own handle (these, as the banks and apps issue them), which no English word after "at"
 * is, so "upi works at the shop" names none; not a bank's bare name ("at sbi", "at icici"), which is where one goes.
 */
const UPI_PROVIDERS = 'okhdfcbank|okaxis|oksbi|okicici|ybl|ibl|axl|apl|yapl|ptyes|ptaxis|pthdfc|ptsbi|fbl|jupiteraxis|naviaxis|abfspay|waaxis|wahdfcbank|wasbi|waicici';
const LATER_UPI_SAID = new RegExp(`^[^.!?\\n@]{0,40}?(?<![a-z0-9._-])([a-z0-9][a-z0-9._-]{1,40})(?: at | ?[(\\[] ?at ?[)\\]] ?)(${UPI_PROVIDERS})(?![a-z0-9@]|\\.[a-z0-9])`);
/**
 * Round 90: the wallet as the verb, "me" or "us" right after it, then its question mark ("duitnow me?", "paynow us?"), a
 * number right after (not "did you venmo me? @x thanks", a payment asked about).
 */
const WALLET_ME_ASKED = /^\s?(?:me|us)\s?$/;
const APPS = new Lexicon([
  ...ALIPAY, 'paypal', 'paypal.me', 'zelle', 'venmo', 'cash app', 'cashapp', 'revolut', 'wise', 'skrill', 'payoneer',
  'western union', 'moneygram', 'usdt', 'trc20', 'erc20', 'btc', 'bitcoin', 'eth', 'ethereum', 'crypto', 'wallet', '钱包地址',
  // (round 68: Maya, formerly PayMaya, the Philippines' other wallet, read as GCash is)
  '云闪付', '财付通', '街口', '转数快', 'fps', 'payme', 'gcash', 'maya', 'paymaya', 'paynow', ...WALLETS, ...ABBREVIATED, ...HK_WALLETS, ...UPI_APPS,
  ...REGIONAL_WALLETS,
  // round 90: Malaysia's DuitNow, paid to a phone number or an ID as Singapore's PayNow is
  'duitnow',
  // round 93: Singapore's DBS PayLah!, paid to the holder's eight-digit mobile as PayNow is ("can paylah me?" / "9318 2746")
  'paylah', 'pay lah',
]);
const HEX_PREFIX = new Presence(['0x']);
const CRYPTO_CTX = new Presence(['btc', 'bitcoin', 'usdt', 'trc', 'erc', 'eth', 'crypto', 'wallet', '钱包', '币', 'coin', 'tether', 'tron']);
/** Tools that move money person to person, with no buyer protection for goods. */
const P2P = /^(?:zelle|venmo|cash ?app|western union|moneygram|wise|revolut|skrill|payoneer|gcash|maya|paymaya|paynow|paylah|pay lah|fps|转数快|payme|paypay|line pay|kakao ?pay|grabpay|gopay|touch '?n go|tng|duitnow|m-?pesa|interac|e-transfer|apple (?:pay )?cash|pay ?id|osko|cashtag)$/;
/** Round 68: a Pix random key (a UUID) after "chave" or "pix" and at most a few words between (not a licence's "key"). */
const PIX_KEY = /(?<![a-z])(?:chave(?: (?:do |de )?pix)?|pix(?: key)?)(?: (?:aleatoria|e|é|eh|is|:|-|=|pra|para|na|a))*\s*[:：=-]?\s*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/g;
/**
 * Round 87: a Pix key that is the writer's phone number or CPF (Brazil's tax number), after "chave" or "pix chave", or "pix:"
 * ("pix chave 11 98765 4321", "chave pix: 123.456.789-09"): a phone number or a CPF said to be the key is the account
 * the money goes to. Not "pix" alone before a number (pictures, "pix 2 of 5").
 */
const PIX_KEY_NUMBER = /(?<![a-z])(?:chave(?: (?:do |de )?pix)?|pix (?:key|chave)|pix ?[:：=])(?: (?:e|é|eh|is|:|-|=|pra|para|na|a|o|meu|minha|cpf|celular|cel|telefone|tel|phone|numero|número))*\s*[:：=-]?\s*(\+?(?:55 ?)?\(?\d{2}\)? ?9 ?\d{4}[- .]?\d{4}|\d{3}\.?\d{3}\.?\d{3}-?\d{2})(?![\d])/g;
/** Round 68: Argentina's alias, three words joined by dots (MESA.SOL.RIO), labelled so. */
const WALLET_ALIAS = /(?<![a-z])alias(?: (?:es|is|de|mp|mercado ?pago))?\s*[:：=-]?\s*([a-z][a-z0-9]{1,19}(?:\.[a-z0-9]{1,19}){1,3})(?![a-z0-9.@])/g;
/** The wallet or a transfer named around the alias (Mercado Pago, Ualá, a transfer, CBU/CVU). */
const ALIAS_WALLET = /mercado ?pago|(?<![a-z])(?:mp|uala|brubank|cvu|cbu|transferi|transferime|transferencia|transferis|manda|mandame|deposita|pagame|paga|pay|send|transfer)(?![a-z])/;
/** "pay me by …", "send it via …", "send me 30 on …", "转给我 用…": the seller asks to be paid with the tool directly. */
const PAY_ME = /(?:pay|send|transfer|wire)(?: it| me| us| the money| the payment| payment| money| the (?:deposit|balance|rest|remainder|full amount)| half| (?:[$£€₱] ?)?\d+(?:[.,]\d+)?(?: ?(?:dollars|bucks|usd|quid))?)*(?: to (?:me|us))?\s*(?:by|via|through|thru|with|on|using|over)?\s*$|(?:转|付|打)给?我(?:的)?\s*(?:用|走)?\s*$|(?:用|走)\s*$/;
/**
 * The wallet named first, then the transfer to the writer (LINE Pay 转账给我比较快, 街口直接转我, PayMe 过数俾我): PAY_ME's ask
 * with the order turned. (To "me" only: 转给他 tells of someone else; 转给你 is the buyer offering. Not 街口 the street
 * corner turned at: 街口转我家那条巷.)
 */
// (round 86: LINE Pay's transfer to a friend said between, 好友转帐给我)
const PAID_TO_ME_AFTER = /^\s?(?:直接|就|先|可以|再)?\s?(?:好友|朋友)?\s?(?:转账|转帐|转|汇款|汇|过数|入数|付款|打款)\s?(?:给|到|入)?\s?我(?!们?的?(?:订单|单号)|家|那|这)/;
/**
 * Round 67: a wallet named in Latin letters used as the verb in Chinese talk, "Zelle 给我" ("Zelle it to me"; 可以 Venmo 俾我,
 * PayPal 给我就行): only with what ends the ask after "给我" (a colon, a pause, 就行, the end), so 给我看 or 给我发 is some
 * other favour, and not someone's wallet asked for (你的 Venmo 给我).
 */
const LATIN_WALLET_TO_ME = /^\s?(?:直接|就|先|可以|再)?\s?(?:给|俾|畀)\s?我(?=\s*[:：,，]|\s*$|\s?(?:就行|就好|就得|就可以|即可|吧|啦|呗)|\s[a-z0-9@])/;
/**
 * The payment itself forbidden right before its verb ("do not send money via Zelle", "never pay by Venmo", 请勿用…):
 * a notice, whose verb and money words put the wallet past a negation's usual reach.
 */
const PAY_FORBIDDEN = /(?:(?<![a-z'])(?:do not|don'?t|never|not|won'?t|will not|cannot|can'?t|avoid|no need to)(?: ever)?|请勿|不要|别|切勿|勿)\s*$/;
function payForbidden(canon: string, verb: number): boolean {
  return PAY_FORBIDDEN.test(canon.slice(Math.max(0, verb - 16), verb));
}
/**
 * round 64: whether the wallet may be used, asked in Chinese (可以用 LINE Pay 吗, 能唔能用 FPS 付呀？): the
 * buyer's question about the checkout, with no account or payment to the writer in it (用 LINE Pay 转给我吗 is still
 * read, by the payment to me after it).
 */
const ASKED_WHETHER_AFTER = /^\s?(?:付款?|付钱|给钱|支付|结帐|结账|买)?\s?(?:吗|么|嘛|可以吗|可唔可以|得唔得|得吗|行吗|ok吗|呀[?？]|[?？])/;
const ASKED_WHETHER_BEFORE = /(?:可以|能|可不可以|能不能|可唔可以|能唔能|得唔得)\s*(?:用|走)\s*$/;
function askedWhether(before: string, after: string): boolean {
  return ASKED_WHETHER_BEFORE.test(before) && ASKED_WHETHER_AFTER.test(after);
}
/**
 * round 64: the ask told as made to someone (有人叫佢用 FPS 先俾订金, 卖家叫我用街口转), and the scam it turned out to be or a
 * warning after it (结果俾人呃，大家小心; 后来才知道是骗子): a story passed on to warn, not the writer's ask. Both needed.
 */
const TOLD_TO_BEFORE = /(?:叫|让|要|教)(?:佢|他|她|我|我朋友|朋友|人)[^。！？!?\n，,]{0,4}(?:用|走)\s*$/;
const SCAM_AFTER = /被骗|给人呃|俾人呃|畀人呃|被人呃|被呃|中伏|骗子|诈骗|骗局|大家小心|要小心|当心|谨防|(?<![a-z])scam/;
function toldAsScam(before: string, after: string): boolean {
  return TOLD_TO_BEFORE.test(before) && SCAM_AFTER.test(after);
}
/** A bare "no" right before, as a listing lists what it does not take ("no PayPal F&F, no swaps"). */
// (round 93: or quoted from the listing, "your listing says 'no PayPal F&F'": the quote mark is no apostrophe of a word)
const NO_BEFORE = /(?<![a-z])(?<![a-z]['’])no\s*$/;
/** PayPal's person-to-person mode: it waives buyer protection. */
// (the mode in brackets, and its "and" shortened to n, 'n' or +: "paypal (friends n family)")
// (round 91: or pointed at by an arrow or a colon after the app's name, "paypal → f&f → name", as finds posts lay it out)
// (round 85: or by its older name, the payment sent as a gift: "paypal gift option", "paypal as gift pls"; not a PayPal gift card)
const FRIENDS_FAMILY = /^\s*(?:(?:->|→|➡|➔|=>|:)\s*)?[(（\[]?\s*(?:friends ?(?:&|and|n|'n'|n'|\+) ?family|f ?& ?f|f ?(?:n|'n'|'n|n'|\+|and) ?f(?![a-z0-9_.@])|family (?:and|&) friends|好友付款|亲友付款|朋友付款|(?:as (?:a )?)?gift(?: option| mode| payment| type)?(?! ?(?:cards?|certificates?|wrap|box|set|voucher)s?)(?![a-z]))/;

/** A personal payment link: the handle after the host is the account (paypal.me/x, cash.app/$x, venmo.com/u/x…). */
// (round 64: and Hong Kong's PayMe link, payme.hsbc/x)
const PAY_LINKS = /(?<![a-z0-9.])(?:paypal\.me|paypal\.com\/paypalme|cash\.app|venmo\.com(?:\/u)?|revolut\.me|monzo\.me|wise\.com\/pay\/me|payme\.hsbc(?:\.com\.hk)?)\/\$?([a-z0-9_][a-z0-9_.-]{1,59})/g;

/** The platform's own checkout options: "支持支付宝", "pay securely with PayPal". */
const PLATFORM = /(?:支持|可用|使用|通过|支援|securely with|checkout with|pay with paypal,|accept)\s*$/;

/**
 * The wallet chosen inside the platform's own checkout or app ("pay with M-Pesa at checkout", "pay with GCash
 * inside the Shopee app", "available at Lazada checkout"): an option the platform offers, not the seller's tool. Group 1 names the app; the
 * wallet's own app or the buyer's bank app ("in the Venmo app", "in your banking app") is still paying the seller.
 */
// (and in Chinese or mixed chat, 在 before the place: 在 Lazada checkout 付, 在结账时选 GrabPay; group 2 names the app)
const IN_PLATFORM = /^\s*(?:(?:at|in|during|on|through|via) (?:the |our )?check ?out(?![a-z])|(?:inside|in|within|through|via|on|at) (?:the |our )?([a-z][a-z0-9-]*) (?:app|website|site|store|checkout|cart)(?![a-z])|在\s?(?:结账|结帐|收银台|付款页|支付页|check ?out(?![a-z]))|\s?(?:来|去)?(?:结账|结帐)|在\s?([a-z][a-z0-9-]*)\s?的?\s?(?:app|checkout|结账|结帐|收银台|付款页|支付页|平台|网站|商城)(?![a-z]))/;
const NOT_PLATFORM_APP = /^(?:your|my|his|her|their|bank|banking|mobile|phone|wallet|same|other|official|payment|money)$/;
/**
 * The other methods listed with the wallet before the checkout is named ("pay with GCash, Maya or card at checkout"):
 * one list of the checkout's options. Only payment methods count as items ("…, or ask in the Shopee app" is no list).
 */
const METHODS = [
  ...APPS.words.filter((w) => /^[a-z]/.test(w)), 'maya', 'paymaya', 'cards?', 'credit cards?', 'debit cards?', 'cod', 'cash',
  'cash on delivery', 'online banking', 'bank transfers?', 'installments?', 'e-?wallets?', '[a-z]+pay',
  'apple pay', 'google pay', 'samsung pay', 'amazon pay', 'duitnow', 'fpx', 'boost',
  // (Southeast Asia's wallets offered at the same checkouts: OVO, DANA, LinkAja, TrueMoney, MoMo, QRIS)
  'ovo', 'dana', 'linkaja', 'truemoney', 'momo', 'qris',
  // (the same methods in Chinese: 用 LINE Pay 或信用卡结账)
  '信用卡', '银行卡', '刷卡', '货到付款', '超商付款', '超商取货付款', 'atm转账',
].map((w) => w.replace(/[.$]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
/** The wallet named with what it is ("Touch 'n Go eWallet", "GCash app"), before the list goes on; Chinese joiners too (或, 和, 、). */
const LISTED_IN_PLATFORM = new RegExp(`^(?: e-?wallet| wallet| app)?(?:\\s*(?:,|/|or|and|&|或者?|和|、|跟)(?: or| and)?\\s*(?:${METHODS})(?![a-z])){0,3}${IN_PLATFORM.source.slice(1)}`);
function inPlatform(canon: string, end: number): boolean {
  const m = LISTED_IN_PLATFORM.exec(canon.slice(end, end + 88));
  return m !== null && platformNamed(m);
}
/** The checkout, or an app named after IN_PLATFORM that is the platform's (not a wallet's own app, nor the buyer's bank app). */
function platformNamed(m: RegExpExecArray): boolean {
  const app = m[1] ?? m[2];
  return app === undefined || (!NOT_PLATFORM_APP.test(app) && !APPS.test(app));
}

/**
 * The wallet said to be one of the checkout's own options ("PayNow is one of the options at checkout", "Venmo is
 * also accepted in the Depop app"): whoever asked to pay with it is answered with the platform's checkout.
 */
const CHECKOUT_CLAIM = new RegExp(
  `^\\s*(?:is|are)\\s+(?:also\\s+)?(?:(?:one|among) of (?:the |our )?(?:payment )?(?:options|methods|choices|ways)|(?:an? )?(?:payment )?(?:option|method|choice)|available|accepted|supported|offered|listed)${IN_PLATFORM.source.slice(1)}`,
);
function claimedInPlatform(canon: string, end: number): boolean {
  const m = CHECKOUT_CLAIM.exec(canon.slice(end, end + 88));
  return m === null ? inPlatform(canon, end) : platformNamed(m);
}
/** The wallet's own promotion used (用 TnG voucher, "use your GrabPay coupon"): a discount, not the way the seller is paid. */
const PROMO_AFTER = /^\s?(?:vouchers?|coupons?|promo|points|rewards?|cashback|rebates?|优惠券|优惠|券|积分|返现)/;
/** One spelling per wallet ("cash app" and "cashapp" are one). */
export function walletKey(word: string): string {
  return word.replace(/[ '-]/g, '');
}
/**
 * The person-to-person wallets a message places in the platform's checkout: a request to pay with one of them, in the
 * same message or just before in the thread, asked for the platform's option.
 */
export function walletsAtCheckout(ctx: Pick<MatchContext, 'canon' | 'hits'>): Set<string> {
  const out = new Set<string>();
  for (const h of ctx.hits(APPS)) if (P2P.test(h.word) && (claimedInPlatform(ctx.canon, h.end) || chosenAtCheckout(ctx.canon, h.start) || pickedThenCheckout(ctx.canon, h))) out.add(walletKey(h.word));
  return out;
}

/**
 * The wallet picked on the platform's own checkout, the checkout named first (结账页面选 LINE Pay 就好, 在结帐时选择街口支付,
 * "at checkout just select Venmo", "on the checkout page choose GCash"): the platform's option, the answer to a buyer who
 * asked to pay with it. Not a checkout passed over (不用去结账页面，选 LINE Pay 转我; "don't pay at checkout, use Zelle").
 */
const CHOSEN_AT_CHECKOUT = /(?:(?:结账|结帐|结算|收银台|付款页|支付页|check ?out)(?:页面|页|画面|界面|时候?|的时候|page|screen)?\s?(?:里|上|中|内|那里|那边)?\s?[,，]?\s?(?:再|就|直接|可以|要|只要|只需)?\s?(?:选择?|勾选|点选?|选用|用)\s?(?:付款方式|支付方式)?\s?(?:为|成)?|(?<![a-z])(?:at|in|on|during) (?:the |our )?check ?out(?: page| screen)?,? (?:you can |just |simply |then )?(?:select|choose|pick|tap|click|use)(?: on)?)\s?$/;
const CHECKOUT_PASSED = /(?:不|别|跳过|绕过|绕开|免|无需|省得|省去|(?<![a-z])(?:don'?t|do not|no need to|skip|never|not|instead of|rather than)(?![a-z]))[^。！？!?\n,，]{0,12}$/;
/**
 * Round 90: the wallet picked, the checkout or the platform's protection named after it ("select Maya under Lazada
 * Guarantee when you check out", "tick GrabPay as you checkout"), or the wallet named and then "choose it at checkout"
 * ("you can use Maya, just pick it at the Lazada checkout"): the platform's option, as chosenAtCheckout reads it the
 * other way round. Not a checkout passed over (CHECKOUT_PASSED).
 */
const PICK_BEFORE = /(?<![a-z])(?:select|choose|pick|tap|tick|click)\s?$/;
const CHECKOUT_AFTER = /^\s?(?:under (?:the )?[a-z']+(?: [a-z']+)? (?:protection|guarantee|checkout|payment options?)(?![a-z])|(?:when|as) (?:you|u) check ?out(?![a-z])|(?:at|on|in|during) (?:the )?(?:[a-z]+ )?check ?out(?![a-z]))/;
const PICKED_LATER = /^[^.!?\n]{0,16}?(?<![a-z])(?<!(?:don'?t|dont|do not|not|never|no need to|wag|huwag) (?:just )?)(?:choose|select|pick|tap|tick) (?:it|that|this)(?: option)? (?:at|in|on|during|under) (?:the )?(?:[a-z]+ )?check ?out(?![a-z])/;
function pickedThenCheckout(canon: string, h: { start: number; end: number }): boolean {
  const after = canon.slice(h.end, h.end + 64);
  if (PICKED_LATER.test(after)) return true;
  const before = canon.slice(Math.max(0, h.start - 24), h.start);
  return PICK_BEFORE.test(before) && CHECKOUT_AFTER.test(after) && !CHECKOUT_PASSED.test(before.replace(PICK_BEFORE, ''));
}
function chosenAtCheckout(canon: string, start: number): boolean {
  const before = canon.slice(Math.max(0, start - 40), start);
  const m = CHOSEN_AT_CHECKOUT.exec(before);
  return m !== null && !CHECKOUT_PASSED.test(before.slice(0, m.index));
}

/**
 * M-Pesa's merchant numbers, after the wallet: a till ("Buy Goods") or a paybill with its business number
 * ("Lipa na M-Pesa till number 5283917", "M-Pesa paybill 247247 acc 0712…"). The number is the payee's own.
 */
const MPESA_TILL = /^\s*[-:,(]?\s*(?:(?:buy goods(?: and services)?|lipa)\s*[-:,]?\s*)?(?:till|paybill|pay bill|business)(?: ?(?:number|no\.?|num|#))?\s*(?:is\s*)?[:#=-]?\s*(?=\d)/;
/**
 * The till or paybill number itself, in any grouping the number reader joins (spaced, dashed, dotted digit by
 * digit, split by emoji): five to seven digits, and no decimal ("till 1500.50" is an amount).
 */
function tillNumber(ctx: MatchContext, at: number): NumberRun | undefined {
  const run = ctx.numbers().find((r) => r.start === at);
  if (run === undefined || run.digits.length < 5 || run.digits.length > 7) return undefined;
  return /\d{2}\.\d|\d\.\d{2}/.test(ctx.canon.slice(run.start, run.end)) || /^[.,]\d/.test(ctx.canon.slice(run.end, run.end + 2)) ? undefined : run;
}

/**
 * Wallets whose account is the holder's mobile number (GCash, M-Pesa, the UPI apps, PayNow, FPS…): the number may come
 * later in the sentence, past chat fillers ("GCash na lang po para mabilis, 0917 …", "paytm kar do bhai, 98…").
 */
// (Zelle and Interac e-Transfer send to the payee's mobile number or e-mail: "Zelle works best for me — (415) 555-0172";
// Apple Cash, or Apple Pay Cash, to the payee's iPhone number: "Apple Cash to (718) 555-0102 is fastest")
const PHONE_KEYED = /^(?:e-?wallet|paylah|pay lah|gcash|maya|paymaya|m-?pesa|paytm|phone ?pe|g ?pay|upi(?: id)?|bhim|paynow|payme|fps|转数快|tng|touch '?n go|grabpay|gopay|zelle|interac|e-transfer|pay ?id|osko|apple (?:pay )?cash)$/;
/**
 * Words that make the later number something else: an order's or a transfer's reference, or a line to call
 * (a shop's hotline after its payment options); an English full stop ends the sentence.
 */
const OTHER_NUMBER = /\.\s|\b(?:orders?|ref|reference|trans|transactions?|txn|tracking|invoice|receipt|amount|total|call|text|txt|sms|hotline|viber|whatsapp|contact|customer|support|inquiry|inquiries|enquiry|enquiries)\b/;
/** A number labelled as a payment's or an order's reference ("paid via gcash, ref no 1234567890"): no account. */
const REFERENCE = /\b(?:orders?|ref|reference|transactions?|txn|tracking|invoice|receipt)\b/;
/**
 * The wallet's name as the prefix of a receipt's code ("Ref TNG-2405-339187", "txn id: GCASH-88120…"): the digits
 * after it are the transaction's, not an account.
 */
const REF_PREFIX_BEFORE = /\b(?:ref|reference|txn|transaction|receipt|trx)\b\.?\s*(?:no\.?|number|id|#)?\s*[:#]?\s*$/;
const AMOUNT_BEFORE = /(?:[$₱£€]|\b(?:php|rs|ksh|inr|sgd|hkd)) ?$/;
/** The mobile number later in the wallet's sentence, with only fillers between (see PHONE_KEYED). */
function laterNumber(canon: string, h: { end: number; word: string }): RawMatch | null {
  const stop = sentenceEnd(canon, h.end, 56);
  for (const r of numberRuns(canon.slice(h.end, stop))) {
    const start = h.end + r.start;
    if (r.masked || r.alphaBefore || r.alphaAfter || OTHER_NUMBER.test(canon.slice(h.end, start))) return null;
    // (an amount before it: "gcash 350 lang, 0917 …", "GCash ₱1,200 to 0917 …")
    if (r.digits.length < 7 || AMOUNT_BEFORE.test(canon.slice(Math.max(h.end, start - 5), start))) continue;
    if (/^\d{9,12}$/.test(r.digits) || (PROXY_ID_WALLET.test(h.word) && /^\d{7,9}$/.test(r.digits))) {
      return { start: -1, end: h.end + r.end, value: r.digits, contact: true };
    }
    return null;
  }
  return null;
}

/**
 * Wallets whose account is an @name or a $cashtag, given later in the sentence past a remark ("Venmo works best for me,
 * @jo-ann-22", "Cash App is easiest — $kimsells"): an @name needs the digit or mark of an account, as a bare @name may
 * tag a person in the chat; no other app or a DM between (the @ is then that app's).
 */
const TAG_KEYED = /^(?:venmo|cash ?app|revolut|cashtag)$/;
/**
 * The e-mail address around an "@" at `at` typed with a space on each side: its name read back to `from` over dots that
 * may be spaced too ("kate . rose"), its domain forward. Null when either side is not one.
 */
const SPACED_MAIL_NAME = /(?<![a-z0-9_.+-])[a-z0-9][a-z0-9_+-]*(?:(?:\.| \. )[a-z0-9_+-]+)* $/;
const SPACED_MAIL_DOMAIN = /^ ([a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,30}){1,3})(?![a-z0-9.-])/;
function spacedMailAt(canon: string, at: number, from: number): { value: string; end: number } | null {
  if (canon.charCodeAt(at - 1) !== 32) return null;
  const name = SPACED_MAIL_NAME.exec(canon.slice(from, at));
  const domain = SPACED_MAIL_DOMAIN.exec(canon.slice(at + 1, at + 80));
  if (name === null || domain === null) return null;
  return { value: `${name[0].trim().replace(/ \. /g, '.')}@${domain[1]!}`, end: at + 1 + domain[0].length };
}
// (round 95: one space may follow the sign, "revtag is @ ollieb92", "$ tr3y kicks": the sign still keys the name after it;
// see laterAccount)
const LATER_TAG = /^[^.!?\n@$]{0,32}?([@$]) ?([a-z][a-z0-9_.-]{2,29}?)(?=\.?(?:$|[^a-z0-9_.-]))/;
/**
 * Round 95: the writer's word to take the spaces out ("(no spaces)", "close up the spaces"): the tag's pieces after its
 * first, short and one space apart, are read joined to it ("$ tr3y kicks (no spaces)" → tr3ykicks).
 */
const NO_SPACES = /(?<![a-z])(?:no|without|remove(?: the| all)?|delete(?: the| all)?|close up(?: the)?|take out(?: the)?|ignore(?: the)?) spaces(?=\s*(?:[)\]}.!,;]|$))/;
const TAG_PIECES = /^(?: [a-z0-9_.-]{1,15}){1,4}(?![a-z0-9_.-])/;
/**
 * The wallet used as a verb on the writer and asked, the @name or $cashtag right after the question ("can you venmo me?
 * @jo-22", "Cash App us please? $kimsells"): the question is the request, the tag the account.
 */
const ASKED_TAG = /^\s*(?:me|us)\s*(?:pls|please|plz|lah|la|ah|ya)?\s*[?？!！]\s*[,，]?\s*([@$])([a-z][a-z0-9_.-]{2,29}?)(?=\.?(?:$|[^a-z0-9_.-]))/;
const NOT_TAG_GAP = /(?<![a-z])(?:ig|insta|instagram|twitter|x|tiktok|facebook|fb|snap|snapchat|telegram|tg|whatsapp|line|discord|dm|pm|follow|thanks|thank|cc|ask|tagging|tag)(?![a-z])/;

/**
 * The account given later in the wallet's sentence, in the form the wallet keys it on: the holder's mobile (PHONE_KEYED,
 * not a checkout's option), a UPI ID, an @name or $cashtag (TAG_KEYED).
 */
function laterAccount(canon: string, h: Hit): RawMatch | null {
  if (PHONE_KEYED.test(h.word) && !claimedInPlatform(canon, h.end)) {
    const later = laterNumber(canon, h);
    if (later !== null) return { ...later, start: h.start };
  }
  if (UPI_APP.test(h.word)) {
    const u = LATER_UPI.exec(canon.slice(h.end, h.end + 90));
    if (u !== null) return { start: h.start, end: h.end + u[0].length, value: u[1]!, contact: true };
    const said = LATER_UPI_SAID.exec(canon.slice(h.end, h.end + 90));
    if (said !== null) return { start: h.start, end: h.end + said[0].length, value: `${said[1]!}@${said[2]!}`, contact: true };
  }
  if (TAG_KEYED.test(h.word)) {
    const t = LATER_TAG.exec(canon.slice(h.end, h.end + 64)) ?? ASKED_TAG.exec(canon.slice(h.end, h.end + 48));
    // (a sign with a space after it keys only a name with a digit, an underscore or a dot, or one told "no spaces": "$ off
    // for bundles" is a price's sign)
    const spaced = t !== null && t[0].includes(`${t[1]} `) && !/[\d_.]/.test(t[2]!) && !NO_SPACES.test(canon);
    if (t !== null && !spaced && (t[1] === '$' || /[\d_.-]/.test(t[2]!)) && !NOT_TAG_GAP.test(t[0])) {
      const more = NO_SPACES.test(canon) ? TAG_PIECES.exec(canon.slice(h.end + t[0].length, h.end + t[0].length + 64)) : null;
      if (more !== null && !NO_SPACES.test(more[0].trim() + ')')) {
        return { start: h.start, end: h.end + t[0].length + more[0].length, value: t[2]! + more[0].replace(/ /g, ''), contact: true };
      }
      return { start: h.start, end: h.end + t[0].length, value: t[2]!, contact: true };
    }
  }
  return null;
}

/**
 * A base58 address with no digit in it (TJVxdSGjMihrvtQjQTdUoddCjQdVeyJYRc: one Tron address in a few hundred has none):
 * upper and lower case mixed all through it, as no word or name of that length is.
 */
function mixedCase(v: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 6 && lower >= 6;
}

/**
 * An address broken over two lines (to fit a chat bubble, or to pass a filter that reads one line) or typed in groups
 * ("TXk9Qm3vR7 pLwZ2aHn5J cYd8eFgUu4sBtE"): the pieces read as one, kept only when the first few of them make an
 * address of its coin's shape. (Each piece stops at a non-address character, one separator between: linear.)
 */
const PIECE_SEP = '(?:[ \\t]*\\n[ \\t]*| )';
const SPLIT_ADDRESS = new RegExp(`(?<![0-9A-Za-z])(?:0x[0-9a-fA-F]{3,39}(?:${PIECE_SEP}[0-9a-fA-F]{2,39}){1,12}|(?:T|[13])${B58}{2,33}(?:${PIECE_SEP}${B58}{2,33}){1,12}|bc1[02-9ac-hj-np-z]{2,60}(?:${PIECE_SEP}[02-9ac-hj-np-z]{2,60}){1,12})(?![0-9A-Za-z])`, 'g');
const WHOLE_ADDRESS = [ETH_RE, TRON_RE, BTC_RE].map((re) => new RegExp(`^(?:${re.source.replace(/^\\b|\\b$/g, '')})$`));
/** The longest run of the first pieces of m that is a whole address: [address, its length in m], or null. */
function splitAddress(m: string): [string, number] | null {
  const pieces = m.split(/(?<=[0-9A-Za-z])(?=[ \t\n])|(?<=[ \t\n])(?=[0-9A-Za-z])/);
  for (let k = pieces.length; k >= 3; k -= 2) {
    const whole = pieces.slice(0, k).join('').replace(/\s/g, '');
    if (WHOLE_ADDRESS.some((re) => re.test(whole)) && (whole.startsWith('0x') || /\d/.test(whole) || mixedCase(whole))) {
      return [whole, pieces.slice(0, k).join('').length];
    }
  }
  return null;
}

/** A wallet address named as one right before it (地址, 位址, 钱包, address, wallet), of nearly its coin's length. */
// (typed by hand after its label, it may hold a look-alike base58 leaves out, 0 for O or l for I: two at most, the
// rest of its alphabet)
const LABELLED_ADDRESS = new RegExp(`(?:地址|位址|钱包|錢包|address|addr|wallet)\\s?[:：]?\\s?((?:T|[13])(?=[0-9A-Za-z]{30,34}(?![0-9A-Za-z]))${B58}*(?:[0OIl]${B58}*){0,2})(?![0-9A-Za-z])`, 'g');

/** A private payment account: Alipay/PayPal/Zelle/Venmo/Cash App ID or a crypto wallet address. */
/**
 * Round 63: Alipay named, an account's name to search for there (支付宝搜“山里王叔”转账, 支付宝上搜索 山货小李 实名李*军 打款),
 * then a transfer to it in the same sentence: the money goes to a person, not the platform. Only a transfer's words
 * (转账, 打款, 汇款, 转给我), not a payment or a search for a service (支付宝搜电费缴费, 支付宝搜余额宝).
 */
const SEARCH_NAME_TRANSFER = /^\s?(?:上|里)?\s?(?:搜索?|search)(?:一下|下)?\s?(?:[“"「]([^”"」\n]{2,12})[”"」]|([\u3400-\u9fffa-z0-9*]{2,12})(?=\s|[(（,，]))[^。！？!?\n]{0,20}?(?:转账|转钱|打款|汇款|转给我|转过来|转我)(?!记录|明细|截图|的)/;

/** Round 70: the goods' own code's label right before a token (型号SK-08, 货号 ab-12, model no. zf-200). */
const GOODS_CODE_BEFORE = /(?:型号|货号|款号|编号|编码|(?<![a-z])(?:sku|model(?: no\.?| number)?))\s*[:：#]?\s*$/;
export default defineRule({
  id: 'payment-account',
  kind: 'payment_account',
  severity: 'high',
  trigger: /[a-z0-9支吱之云财街转阿]/,
  explain: {
    zh: {
      asked: '对方给出了个人收款账户（如支付宝、PayPal好友付款、加密货币地址），让你直接转账。',
      risk: '转账给个人账户不经过平台担保，对方不发货或货不对板时，平台无法帮你退款，钱很难追回。',
      instead: '只用平台的收银台付款；不要向个人账户转账，并向平台举报该卖家。',
    },
    en: {
      asked: 'The seller gave a private payment account (Alipay, PayPal friends & family, Zelle, Venmo, a crypto wallet) to pay them directly.',
      risk: 'Money sent to a private account has no escrow and no buyer protection; if the goods never come, the platform cannot refund you.',
      instead: 'Pay only through the platform’s checkout; report the seller for asking for a direct payment.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    let checkout: Set<string> | undefined;
    for (const h of ctx.hits(APPS)) {
      if (PLATFORM.test(canon.slice(Math.max(0, h.start - 16), h.start))) continue;
      if (/^\s*(?:付款成功|支付成功|余额|花呗|分期|扫码|二维码|收款码|付款码|qr)/.test(canon.slice(h.end, h.end + 6))) continue;
      const before = canon.slice(Math.max(0, h.start - 28), h.start);
      if (REF_PREFIX_BEFORE.test(before) && /^[-_]?\d/.test(canon.slice(h.end, h.end + 2))) continue;
      if (/^m-?pesa$/.test(h.word)) {
        const t = MPESA_TILL.exec(canon.slice(h.end, h.end + 48));
        const till = t === null ? undefined : tillNumber(ctx, h.end + t[0].length);
        if (till !== undefined) {
          // (a paybill keyed on the order number is the platform's own checkout: "account no.: your order number")
          if (!/order (?:number|no|id|#|ref)/.test(canon.slice(till.end, till.end + 40))) {
            out.push({ start: h.start, end: till.end, value: till.digits, contact: true });
          }
          continue;
        }
      }
      const ff = /paypal|^pp$/.test(h.word) ? FRIENDS_FAMILY.exec(canon.slice(h.end, h.end + 24)) : null;
      // look for an account right after: phone/e-mail/@handle/$cashtag, across fillers (账号, 转账到, only:, to)
      const lim = Math.min(canon.length, h.end + 24 + (ff ? ff[0].length : 0));
      for (let p = h.end; p < lim; p++) {
        const c = canon.charCodeAt(p);
        // (round 90: the wallet used as the verb and asked, then the number after the question mark: "can PayNow me? 9…")
        if ((c === 63 || c === 0xff1f) && WALLET_ME_ASKED.test(canon.slice(h.end, p)) && /^\s?\+?\d/.test(canon.slice(p + 1, p + 4)) && !/(?<![a-z])(?:did|have|has|had)\s(?:you|u|he|she|they)\s?$/.test(canon.slice(Math.max(0, h.start - 12), h.start))) continue;
        if (c === 0x3002 || c === 10 || c === 63 || c === 0xff1f) break;
        if (!(isCore(c) || c === 64 || c === 36)) continue;
        const tok = readToken(canon, c === 36 ? p + 1 : p, Math.min(canon.length, p + 80));
        if (!tok) continue;
        let v = tok.value;
        let end = tok.end;
        // an "@" with a space each side after a name is an e-mail address's, typed apart ("zelle to kate . rose @ gmail.com"),
        // not an @tag of the domain (read here, right after the name's last token: the loop never reaches that "@" first)
        const spacedMail = canon[end] === ' ' && canon[end + 1] === '@' ? spacedMailAt(canon, end + 1, h.end) : null;
        if (spacedMail !== null) {
          out.push({ start: h.start, end: spacedMail.end, value: spacedMail.value, contact: true });
          break;
        }
        if (canon[end] === '@') {
          const dom = readToken(canon, end + 1);
          if (dom && (dom.value.includes('.') || (UPI_APP.test(h.word) && UPI_HANDLE.test(dom.value)))) {
            v = `${v}@${dom.value}`;
            end = dom.end;
          }
        }
        const isEmail = v.includes('@');
        const isPhone = (isCnMobile(v) || /^\d{9,12}$/.test(v)) && !REFERENCE.test(canon.slice(h.end, tok.start));
        // (round 83: the @ kept from the handle by one space, "venmo @ jo-vintage", "cash app 👉 @ kim_r": typed past a filter)
        const spacedAt = c !== 64 && c !== 36 && p >= 2 && canon.charCodeAt(p - 1) === 32 && canon.charCodeAt(p - 2) === 64;
        // (…and then handle-shaped, a digit or a joiner in it: "venmo @ the market" is "at")
        const isTag = (c === 64 || c === 36 || (spacedAt && /[\d_.-]/.test(v))) && /^[a-z][a-z0-9_.-]{2,}$/.test(v);
        const handleShaped = /^[a-z][a-z0-9_.-]{4,}$/.test(v) && /[\d_.]/.test(v);
        const isTransferId = handleShaped && REGIONAL_WALLET.has(h.word) && /(?:[a-z][^a-z]*){3}/.test(v) && (v.match(/\d/g) ?? []).length <= 4 && TRANSFER_ID_LABEL.test(canon.slice(h.end, tok.start));
        const isId = handleShaped && (ALIPAY_NAMES.has(h.word) || (CN_WALLET.test(h.word) && ACCOUNT_LABEL.test(canon.slice(h.end, tok.start))) || ((REGIONAL_WALLET.has(h.word) || HK_WALLET.has(h.word)) && REGIONAL_ACCOUNT_LABEL.test(canon.slice(h.end, tok.start))));
        const isWalletNo = /^\d{10,20}$/.test(v) && NUMBERED_WALLET.test(h.word) && WALLET_INTRO.test(canon.slice(h.end, tok.start));
        const isAlipayUid = ALIPAY_UID.test(v) && ALIPAY_NAMES.has(h.word) && !NOT_ACCOUNT_NO.test(canon.slice(h.end, tok.start));
        const isProxyId = /^\d{7,9}$/.test(v) && PROXY_ID_WALLET.test(h.word);
        // "my venmo is kim_sells22", "revolut: jo-shop7": a handle-shaped name introduced after a person-to-person app
        const isP2pName = P2P.test(h.word) && /^[a-z][a-z0-9_.-]{3,29}$/.test(v) && /[\d_]/.test(v) && P2P_INTRO.test(canon.slice(h.end, tok.start));
        // (round 91: or sent "to" a name shaped as an account, three letters then a dot, a digit or an underscore in it: "zelle to
        // mei.buys", "venmo → lin_88"; not "zelle to u.s. banks", nor a site's address, "wise to wise.com")
        const isP2pTo = P2P.test(h.word) && /^[a-z]{3}[a-z0-9_.-]{1,27}$/.test(v) && /[\d_.]/.test(v) && !/\.(?:com|net|org|io|co|me|app|cn|uk)$/.test(v) && /^\s?(?:to|->|→|➡)\s?$/.test(canon.slice(h.end, tok.start));
        // "pp" is PayPal only with an address after it
        // round 70: a code with a non-contact label right before it (型号SK-08, 货号 ab-12): the goods' model, not an account
        if (isId && !isEmail && !isPhone && !isTag && GOODS_CODE_BEFORE.test(canon.slice(Math.max(h.end, tok.start - 10), tok.start))) break;
        if (h.word === 'pp' ? isEmail : isEmail || isPhone || isTag || isId || isTransferId || isWalletNo || isAlipayUid || isProxyId || isP2pName || isP2pTo) {
          out.push({ start: h.start, end, value: v, contact: true });
          break;
        }
        if (v.length > 4 && !/^(?:only|to|via|me|at|and|for|the|account|send|please|pls|with|friends|family|wallet|number|username|handle)$/.test(v)) break;
        p = end - 1;
      }
      // round 63: the writer's Alipay account to be searched for by its name, then a transfer to it (SEARCH_NAME_TRANSFER)
      if (out.at(-1)?.start !== h.start && ALIPAY_NAMES.has(h.word)) {
        const sn = SEARCH_NAME_TRANSFER.exec(canon.slice(h.end, h.end + 48));
        if (sn !== null) {
          out.push({ start: h.start, end: h.end + sn[0].length, value: (sn[1] ?? sn[2])!, contact: true });
          continue;
        }
      }
      if (out.at(-1)?.start !== h.start) {
        const later = laterAccount(canon, h);
        if (later !== null) {
          out.push(later);
          continue;
        }
      }
      // The handle written before the app name, tied to it by "on"/"is my".
      if (out.at(-1)?.start !== h.start && h.word !== 'pp') {
        const tag = TAG_BEFORE.exec(before);
        if (tag !== null) {
          const start = h.start - before.length + tag.index;
          if (!out.some((o) => o.start <= start && start < o.end)) out.push({ start, end: h.end, value: tag[1]!, contact: true });
          continue;
        }
      }
      // No account written after it, but the seller asks to be paid with the tool itself.
      if (out.at(-1)?.start !== h.start) {
        // ("no PayPal F&F, no trades": a listing's rule that turns the mode down)
        if (ff) {
          if (!NO_BEFORE.test(before)) out.push({ start: h.start, end: h.end + ff.index + ff[0].length, value: 'paypal friends & family' });
        }
        // (walletsAtCheckout also holds this wallet when it is listed among the checkout's options right after it)
        else if (P2P.test(h.word) && PAY_ME.test(before) && !askedWhether(before, canon.slice(h.end, h.end + 12)) && !toldAsScam(before, canon.slice(h.end, h.end + 40)) && !payForbidden(canon, h.start - before.length + PAY_ME.exec(before)!.index) && !PROMO_AFTER.test(canon.slice(h.end, h.end + 8)) && !(checkout ??= walletsAtCheckout(ctx)).has(walletKey(h.word))) {
          out.push({ start: h.start, end: h.end, value: h.word });
        }
        else if ((P2P.test(h.word) || REGIONAL_WALLET.has(h.word)) && !payForbidden(canon, h.start) && !(checkout ??= walletsAtCheckout(ctx)).has(walletKey(h.word))) {
          const after = PAID_TO_ME_AFTER.exec(canon.slice(h.end, h.end + 16)) ?? (/^[a-z]/.test(h.word) && !/的\s?$/.test(canon.slice(Math.max(0, h.start - 3), h.start)) ? LATIN_WALLET_TO_ME.exec(canon.slice(h.end, h.end + 16)) : null);
          if (after !== null) out.push({ start: h.start, end: h.end + after[0].length, value: h.word });
        }
      }
    }
    // (every link has a '/' after the host)
    if (canon.includes('/')) {
      PAY_LINKS.lastIndex = 0;
      for (let m = PAY_LINKS.exec(canon); m !== null; m = PAY_LINKS.exec(canon)) {
        if (out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0], contact: true });
      }
    }
    // round 68: Brazil's Pix paid to a random key, a UUID, with the key or Pix named just before it ("chave Pix: 3f0c…",
    // "faz o Pix pra chave 3f0c…"); and Argentina's Mercado Pago or bank alias, words joined by dots, labelled "alias"
    // with the wallet or a transfer in the sentence ("Mercado Pago, alias MESA.SOL.RIO"): the payee's account
    if (canon.includes('pix') || canon.includes('chave')) {
      PIX_KEY.lastIndex = 0;
      for (let m = PIX_KEY.exec(canon); m !== null; m = PIX_KEY.exec(canon)) {
        const k = m.index + m[0].length - m[1]!.length;
        if (out.some((o) => o.start < k + m![1]!.length && k < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[1]!, contact: true });
      }
      PIX_KEY_NUMBER.lastIndex = 0;
      for (let m = PIX_KEY_NUMBER.exec(canon); m !== null; m = PIX_KEY_NUMBER.exec(canon)) {
        const k = m.index + m[0].length - m[1]!.length;
        if (out.some((o) => o.start < k + m![1]!.length && k < o.end)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[1]!.replace(/\D/g, ''), contact: true });
      }
    }
    if (canon.includes('alias')) {
      WALLET_ALIAS.lastIndex = 0;
      for (let m = WALLET_ALIAS.exec(canon); m !== null; m = WALLET_ALIAS.exec(canon)) {
        const from = Math.max(0, m.index - 60);
        const sentence = canon.slice(from, sentenceEnd(canon, m.index + m[0].length, 60));
        if (!ALIAS_WALLET.test(sentence) || /(?<![a-z])(?:email|e-mail|correo|instagram|ig|usuario de)(?![a-z])/.test(canon.slice(Math.max(0, m.index - 16), m.index))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[1]!, contact: true });
      }
    }
    // Addresses are read case and all, but with styled and spaced-out characters made plain (casedText)
    // (the canonical text has every "0x" of the original: the scanner answers first)
    const hex = ctx.has(HEX_PREFIX);
    const crypto = ctx.has(CRYPTO_CTX);
    if (!hex && !crypto) return out;
    const cased = casedText(ctx.norm);
    const text = cased.text;
    const push = (m: RegExpExecArray): void => {
      const { start, end } = casedToOriginal(cased, m.index, m.index + m[0].length);
      out.push({ start, end, value: m[0], original: true, contact: true });
    };
    if (hex && text.includes('0x')) {
      ETH_RE.lastIndex = 0;
      for (let m = ETH_RE.exec(text); m !== null; m = ETH_RE.exec(text)) push(m);
    }
    if (/\s[0-9A-Za-z]/.test(text)) {
      SPLIT_ADDRESS.lastIndex = 0;
      for (let m = SPLIT_ADDRESS.exec(text); m !== null; m = SPLIT_ADDRESS.exec(text)) {
        if (!m[0].startsWith('0x') && !crypto) continue;
        const a = splitAddress(m[0]);
        if (a === null) continue;
        const { start, end } = casedToOriginal(cased, m.index, m.index + a[1]);
        out.push({ start, end, value: a[0], original: true, contact: true });
      }
    }
    if (crypto) {
      for (const re of [TRON_RE, BTC_RE]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (!/[a-z]/.test(m[0]) || (!/\d/.test(m[0]) && !mixedCase(m[0]))) continue;
          push(m);
        }
      }
      // an address labelled as one right before it, a character or two off its coin's length as typed by hand
      // (TRC20地址 TQ7h…, "wallet address: T…"): the label and the coin say what it is
      LABELLED_ADDRESS.lastIndex = 0;
      for (let m = LABELLED_ADDRESS.exec(text); m !== null; m = LABELLED_ADDRESS.exec(text)) {
        const v = m[1]!;
        const s = m.index + m[0].length - v.length;
        if (!/[a-z]/.test(v) || (!/\d/.test(v) && !mixedCase(v))) continue;
        const { start, end } = casedToOriginal(cased, s, s + v.length);
        if (out.some((o) => o.start < end && start < o.end)) continue;
        out.push({ start, end, value: v, original: true, contact: true });
      }
    }
    return out;
  },
});
