import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Lexicon, type MatchContext, type NumberRun, sentenceEnd, sentenceStart } from '../scan';
import { ibanLength, isCardNumber, isIban } from '../validate';
import { isGapUnit } from '../normalise';
import { BANK_NAMES, CN_BANK_SHORT_NAMES } from '../lexicon/words';

/** Words that say "this number is where the money goes". */
const BANK = new Lexicon([
  '银行卡', '卡号', '账号', '帐号', '账户', '帐户', '户名', '开户行', '开户', '银行', '储蓄卡', '借记卡', '对公', '汇款', '转账',
  '打款', '打到', '转到', '转过来', '收款', '这个卡', '卡:', 'account', 'acct', 'a/c', 'sort code', 'routing', 'iban',
  'swift', 'bic', 'ifsc', 'wire', 'bank', 'transfer', 'deposit', 'card number', 'acc', 'acc no', 'bsb',
  // Hong Kong: 户口 is a bank account, 入数/过数 paying into one
  '户口', '入数', '过数',
]);
/**
 * The short names Chinese, Hong Kong and Taiwanese banks go by (农行, 招行, 中银, 玉山): beside a valid card number
 * they say where it was issued, as 银行 does. Only with a card (Luhn and issuer prefix): several are ordinary
 * words elsewhere (中信, 国泰), and a bare digit run beside them is no account.
 */
const BANK_SHORT_NAMES = new Lexicon(CN_BANK_SHORT_NAMES);
const ACCOUNT_WORDS = new Lexicon(['account', 'acct', 'a/c', 'acc', '账号', '帐号', '账户', '帐户', '卡号', '银行卡', '户口']);
/** A UK sort code (or an Australian BSB) written before the account number: "sort code 20-45-77, acc …", "s/c 204577". */
// (round 92: or "sort" alone, as UK chat shortens it, right before a code in its own dashed or dotted shape: "barclays sort
// 20.45.77, acc 3301…"; not "sort 100 items", nor a bare six digits)
const SORT_ALONE = String.raw`(?<![a-z])sort(?= ?[:#]? ?\d{2}([-.])\d{2}\1\d{2}(?![\d.-]))`;
const SORT_CODE = new RegExp(String.raw`(?:sort ?code|s\/c|bsb|${SORT_ALONE})[\s:#.]*(?:no\.?\s*)?(?:\d{2}[-\s.]?\d{2}[-\s.]?\d{2}|\d{3}[-\s]?\d{3})(?!\d)`);
const SORT_WORD = new RegExp(String.raw`sort ?code|s\/c|bsb|${SORT_ALONE}`);

/**
 * round 84: a Canadian account told by its three numbers, each labelled: the branch's transit (5 digits), the institution
 * (3 digits), in either order, then the account (7 to 12 digits): "transit 01234, institution 002, acct 7654321". The
 * three labels together name a bank account; the account number is the match (too short for the runs read below).
 */
const CA_TRANSIT = String.raw`transit(?: (?:no\.?|number|#))?[\s:#.]*\d{5}`;
const CA_INSTITUTION = String.raw`(?:institution|inst\.?|fi)(?: (?:no\.?|number|#|code))?[\s:#.]*\d{3}`;
const CA_ACCOUNT = new RegExp(String.raw`(?<![a-z])(?:${CA_TRANSIT}[\s,;/-]*(?:and |& )?${CA_INSTITUTION}|${CA_INSTITUTION}[\s,;/-]*(?:and |& )?${CA_TRANSIT})(?!\d)[\s,;/-]*(?:and |& )?(?:acct|account|acc|a\/c)\.?(?: (?:no\.?|number|#))?[\s:#.]*(\d{7,12})(?!\d)`, 'g');

/** An account word ends just before the number ("account no. 012-…", "account number: 012…", "账号：…"). */
function accountWordBefore(ctx: MatchContext, pos: number): boolean {
  const from = Math.max(0, pos - 20);
  const hit = ctx.near(ACCOUNT_WORDS, from, pos);
  return !!hit && /^[\s:：#.no]*$/.test(ctx.canon.slice(hit.end, pos).replace(/number|num/g, ''));
}

/** The account holder's name is given right with the number (HOLDER_AFTER, HOLDER_BEFORE). */
function holderNamed(canon: string, start: number, end: number): boolean {
  return HOLDER_AFTER.test(canon.slice(end, end + 24)) || HOLDER_BEFORE.test(canon.slice(Math.max(0, start - 60), start));
}

/** A sort code (with its word) ends within a short reach before pos: the number after it is the account. */
function sortCodeBefore(canon: string, pos: number): boolean {
  const from = Math.max(0, pos - 40);
  const w = SORT_WORD.exec(canon.slice(from, pos));
  if (w === null) return false;
  const m = SORT_CODE.exec(canon.slice(from + w.index, pos));
  // the code's word comes first, then the code; only filler ("acc", "account no.", ",") up to the number
  return m !== null && m.index === 0 && /^[\s,;:#./\-a-z]*$/.test(canon.slice(from + w.index + m[0].length, pos)) &&
    canon.slice(from + w.index + m[0].length, pos).replace(/[^a-z]/g, '').length <= 14;
}

/** How an account is labelled ("acct", "account", "acc.", "a/c"), then what the label names. */
const ACCOUNT_LABEL = String.raw`(?:acct|account|acc|a\/c)\.? ?`;
/** The holder's name: "acct name", "account holder", "beneficiary (name)". */
const HOLDER_LABEL = String.raw`(?:${ACCOUNT_LABEL}(?:name|holder)|beneficiary(?: name)?)`;
/** The number: "a/c no.", "account number", or the label alone. */
const NUMBER_LABEL = String.raw`${ACCOUNT_LABEL}(?:no|number|num)?\.?`;

/**
 * The holder's name given with the number ("0134552861, acct name Ade Bello", "A/C name: …, 2087654321"): only a bank
 * account comes with the name it is held in (or, in India, the branch's IFSC code). After the number: separators only;
 * before it: the name in between.
 */
const HOLDER_AFTER = new RegExp(String.raw`^[\s,;:.()\-–—/|]{0,4}(?:${HOLDER_LABEL}|name on (?:the )?account|ifsc[\s:\-]*[a-z]{4}0[a-z0-9]{6})(?![a-z])`);
const HOLDER_BEFORE = new RegExp(String.raw`${HOLDER_LABEL}(?![a-z])[\s:.\-–]*[a-z][a-z .'\-]{0,30}?[\s,;:.()\-–—/|]*(?:${NUMBER_LABEL}[\s:#.]*)?$`);
/** A bank named right before the number ("Pay into GTBank 0134552861", "Zenith Bank: 2087654321"). */
/** (not "your bank", whose number may be its phone line, nor a power bank) */
const BANK_NAME_BEFORE = new RegExp(String.raw`(?<=[a-z])(?<!power)bank[\s:#.\-–]{0,3}$|(?<![a-z])(?!(?:your|the|a|any|power|food|blood|piggy) )[a-z]+ bank(?: plc| ltd| limited)?[\s:#.,\-–]{0,3}(?:${NUMBER_LABEL}[\s:#.]*)?$`);
const NAMED_BANK = new Lexicon(BANK_NAMES);
/** What may stand between a bank's name and its account number: "GTB: 0123…", "HDFC a/c no. 5010…". */
// (round 64: or the account's kind, "POSB savings 123-…", "Maybank current a/c 5140…", as Singapore and Malaysia say it)
const NAME_TO_NUMBER = new RegExp(String.raw`^[\s:#.,\-–]{0,3}(?:(?:savings|saving|current|checking|chequing|cheque|everyday)[\s:#.\-–]{0,2})?(?:${NUMBER_LABEL}[\s:#]*)?$`);
/**
 * Round 90: the holder's name told right after the number, "name" and a word ("Wema Bank 0123456789, name Tola"): the account's
 * details as Nigeria writes them, with no word of paying needed.
 */
// (round 95: an em dash before it too, and the name's word in Malay and Indonesian, "nama", "a/n" or "atas nama" (in the
// name of): "Maybank 5141 2803 7156 — nama Nurul Ain", "BCA 8720 1193 44 a/n Budi")
const NAME_AFTER = /^[\s,;:.\-–—]{0,3}(?:name|acct name|acc name|nama|a\/n|atas nama)\s?[:\-–]?\s?[a-z]{2,}/;
/** A bank named right after the number: "0123456789 GTBank", "0123456789 (Kuda)", "… Zenith Bank". */
const BANK_WORD_AFTER = /^[\s,;:(\-–]{0,3}(?:[a-z]*bank|[a-z]+ bank)(?![a-z])/;

/** The bank is named right before or after the number (BANK_NAME_BEFORE, NAMED_BANK, BANK_WORD_AFTER). */
function bankNamed(ctx: MatchContext, start: number, end: number): boolean {
  const canon = ctx.canon;
  if (BANK_NAME_BEFORE.test(canon.slice(Math.max(0, start - 40), start)) || BANK_WORD_AFTER.test(canon.slice(end, end + 30))) return true;
  const before = ctx.near(NAMED_BANK, Math.max(0, start - 24), start);
  if (before && NAME_TO_NUMBER.test(canon.slice(before.end, start))) return true;
  const after = ctx.near(NAMED_BANK, end, Math.min(canon.length, end + 16));
  return !!after && /^[\s,;:(\-–]{0,3}$/.test(canon.slice(end, after.start));
}

/**
 * Payment details laid out as labelled lines (Nigeria's "Bank: GTBank / Acct no: 0214… / Name: …"): with the account's
 * own label before the number, a "Bank:" label near it or a "Name:" right after it says the block is an account's
 * details, even where the word to pay is in another message.
 */
const BANK_LABEL = /(?<![a-z])bank(?: name)?\s*[:：]/;
const NAME_LABEL_AFTER = /^[\s,;.\-–—/|]{0,4}(?:name|beneficiary)\s*[:：]/;
function detailsBlock(ctx: MatchContext, start: number, end: number): boolean {
  const canon = ctx.canon;
  if (!accountWordBefore(ctx, start)) return false;
  return NAME_LABEL_AFTER.test(canon.slice(end, end + 12)) || BANK_LABEL.test(canon.slice(Math.max(0, start - 40), start)) ||
    BANK_LABEL.test(canon.slice(end, end + 24)) || bankNamed(ctx, start, end);
}

/** A bank's phone line: "call Chase Bank 800…", "customer care". */
const CALLISH = /call|phone|ring|hotline|helpline|customer (?:service|care)|(?<![a-z])tel(?![a-z])/;

/**
 * An account given as its branch's number and then the account's own (Taiwan's post office: 局号 0041827 帐号 0365190;
 * a bank's 分行编号 123 户口号码 456789): neither part is long alone, the two labels together say what they are.
 */
const BRANCH_LABEL = /(?:局号|分局号|分行(?:号码?|代码|代号|编号)|网点(?:号|代码|编号))\s*[:：#]?\s*$/;
const ACCOUNT_NEXT = /^\s*[,，、;；/-]?\s*(?:帐号|账号|帐户|账户|户口)(?:号码|号)?\s*[:：#]?\s*$/;
function branchAndAccount(canon: string, runs: readonly NumberRun[], i: number): RawMatch | null {
  const a = runs[i]!;
  const b = runs[i + 1];
  if (b === undefined || a.masked || b.masked || a.digits.length < 3 || a.digits.length > 8 || b.digits.length < 6 || b.digits.length > 14) return null;
  if (!BRANCH_LABEL.test(canon.slice(Math.max(0, a.start - 8), a.start)) || !ACCOUNT_NEXT.test(canon.slice(a.end, b.start))) return null;
  return { start: a.start, end: b.end, value: a.digits + b.digits, contact: true };
}

/**
 * The order's own virtual account, which the marketplace collects on (Taiwan's ATM payment: 虛擬帳號 … 蝦皮代收, "virtual
 * account … collected by Shopee"): a number made for this one order at the platform's bank, its checkout's option.
 * Both are needed: a seller's "virtual account" with no platform collecting is anyone's.
 */
const VIRTUAL_BEFORE = /(?:虚[拟擬]|virtual) ?(?:账号|帐号|账户|帐户|account)(?: ?(?:号码|number|no\.?))?[\s:：#]*$/;
const PLATFORM_COLLECTS = /(?:虾皮|shopee|露天|momo|pchome|乐天|rakuten|yahoo|淘宝|天猫|京东|拼多多|平台)(?:官方)?(?:代收|代为收款)|(?:collected|received|held) by (?:the )?(?:shopee|lazada|momo|pchome|rakuten|yahoo|ruten|platform|marketplace)(?![a-z])/;
function platformVirtualAccount(canon: string, run: NumberRun): boolean {
  return VIRTUAL_BEFORE.test(canon.slice(Math.max(0, run.start - 16), run.start)) &&
    PLATFORM_COLLECTS.test(canon.slice(Math.max(0, run.start - 40), run.end + 24));
}

/**
 * A card that is itself the goods, delivered with its number (a gift card's, a top-up or game card's: 卡号 SN 8203…,
 * 礼品卡卡号…卡密在订单详情, "gift card number and PIN"): its serial's label right before the number, the card named as
 * such, or its password or PIN given with it (a bank card's password is never handed to the buyer). Not a number that
 * is a bank card (issuer and Luhn), nor one with a bank (工行, GTBank) or a transfer or receiving word in the sentence,
 * which make it an account to pay into after all (点卡我这便宜 卡号 6212… 工行).
 */
const SERIAL_BEFORE = /(?:(?<![a-z])s\/?n|序列号|序号|serial(?: ?(?:no\.?|number|#))?)[\s:：#.]*$/;
const GOODS_CARD = /礼品卡|购物卡|储值卡|充值卡|点卡|游戏卡|话费卡|电话卡|流量卡|兑换卡|提货卡|(?<![a-z])e卡|卡密|激活码|兑换码|gift ?cards?|prepaid cards?|top-?up cards?|e-?gift|voucher/;
const CARD_SECRET = /密码|卡密|(?<![a-z])pin(?: code)?(?![a-z])/;
const MONEY_INTO = /银行|开户|户名|转(?!发|赠|送)|汇款|汇到|打款|打到|收款|对公|储蓄卡|借记卡|信用卡|(?<![a-z])(?:bank|transfer|wire|deposit|iban|swift|routing|sort code|pay (?:to|into))/;
function goodsCard(ctx: MatchContext, run: NumberRun): boolean {
  const canon = ctx.canon;
  const from = sentenceStart(canon, run.start, 40);
  const to = sentenceEnd(canon, run.end, 40);
  const sentence = canon.slice(from, to);
  if (!(SERIAL_BEFORE.test(canon.slice(Math.max(0, run.start - 12), run.start)) || GOODS_CARD.test(sentence) || CARD_SECRET.test(sentence))) return false;
  return !isCardNumber(run.digits) && !MONEY_INTO.test(sentence) && !ctx.near(BANK_SHORT_NAMES, from, to) && !ctx.near(NAMED_BANK, from, to);
}

/**
 * The number as where a fee or a sum is paid into (先交20元手续费到 6212…): the fee's label before it names what is
 * paid, not the number, which is the destination.
 */
const PAID_INTO = /(?:到|至|入|进)\s*[:：]?\s*$/;
/**
 * A wallet's own account label right before the number (支付宝账号 138…, alipay account: 138…): the wallet's account, which
 * payment-account reports; not a bank's, though "账号" and the 付 in 支付宝 would otherwise read as one. (A card's number
 * there is still a card's.)
 */
const WALLET_ACCOUNT_BEFORE = /(?:支付宝|alipay|zfb|微信|wechat|财付通)\s?(?:账号|帐号|账户|帐户|号|account|acct|id)\s*[:：]?\s*$/;
/**
 * Or a mobile's number as the account, a wallet named earlier in the clause ("支付宝转我就行，账号138…", "街口支付轉給我 帳號
 * 0958…"): wallets key accounts by the owner's mobile; a bank's account is not one.
 */
const WALLET_EARLIER = /(?:支付宝|alipay|zfb|微信|wechat|财付通|街口|jkopay|line ?pay|payme|转数快|fps|gcash|maya|opay|palmpay|m-?pesa)[^。！？!?\n]{0,24}$/;
const MOBILE_SHAPED = /^(?:1[3-9]\d{9}|09\d{8})$/;
function walletAccount(canon: string, start: number, d: string): boolean {
  if (isCardNumber(d)) return false;
  return WALLET_ACCOUNT_BEFORE.test(canon.slice(Math.max(0, start - 20), start)) || (MOBILE_SHAPED.test(d) && WALLET_EARLIER.test(canon.slice(Math.max(0, start - 36), start)));
}
const LONG_ACCOUNT_LABEL = /(?:账号|帐号|账户|帐户|户口)(?:号码|号)?\s*[:：#]?\s*$/;
/**
 * The money sent to "this card", the number right after (请汇到这张卡 6228…, 转我这张卡：6217…): the card that is paid into
 * is a bank card, even where its number fails the card check (a post-office or a long account). Only the sending verb and
 * the card together, right before the number: "这张卡的订单号…" or "会员卡：这张卡 积分…" send nothing.
 */
const REMIT_TO_CARD = /(?:汇|转|打|存)(?:款|钱)?(?:到|至|入|进)?(?:我的?)?(?:这张|这个|下面这张|下面的?)(?:银行)?卡(?:上|里|号)?\s*[:：]?\s*$/;
/**
 * Round 87: the money sent "to card" and a valid card number right after ("send the $ to card 4111…", "€80 onto my card:
 * …"): a price sign or a sum before it labels the money, not the number, which is where it goes.
 */
/**
 * Round 91: "card no." or "card number" right before a number that passes the card check (issuer and Luhn): the "no." is the
 * card's, not an order's label. (A gift card's is goodsCard's, read before.)
 */
const CARD_LABEL = /(?<![a-z])(?:bank |debit )?card (?:number|no\.?|num|#)\s*[:：#.]?\s*$/;
const TO_CARD = /(?<![a-z])(?:to|into|onto) (?:my |this |the |our )?(?:bank |debit )?card(?: (?:number|no\.?|#))?\s*[:：#]?\s*$/;
/**
 * Round 93: a number that passes the card check with its expiry right after ("my card 4111 … exp 03/28, just charge it",
 * "4111 … valid thru 11/27 cvv on request"): the card's details handed over in chat, to be charged off the checkout, whatever
 * words of paying there are. The month and year in their card form (MM/YY), not a date or a batch's day.
 */
const EXPIRY_AFTER = /^[\s,;]{0,3}(?:exp(?:iry|ires|iration)?(?: date)?\.?|valid (?:thru|through|until|till)|expiring|ex\.?)\s?[:：-]?\s?(?:0[1-9]|1[0-2])\s?\/\s?(?:\d{2}|20\d{2})(?![\d/])/;
const NO_RUNS: NumberRun[] = [];
// (钱到/到账: the money arriving is what the writer waits for before shipping, 钱到了我就发)
// (round 89: the money "pushed" to a card, the instant transfer to a debit card, "push the $40 to my debit …")
// (round 92: with a word of how between, "push the $60 right to my debit card", "push the money over to …")
const PAYISH = /转|付|汇|打款|打到|收到|安排|发货|卡|入数|过数|钱到|到账|pay|wire|transfer|send|deposit|(?<![a-z])push(?:ed)? (?:it|them|the (?:money|payment|funds|balance|rest)|funds|money|payment|[$£€] ?\d+(?:[.,]\d+)?)(?: (?:straight|directly|direct|right|over|across|instantly))? (?:to|into|onto)(?![a-z])/;
/** Where an IBAN may start: its country and check digits, not inside a word. */
const IBAN_START = /(?<![a-z0-9])[a-z]{2}\d{2}/g;
const isAlnumUnit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/**
 * IBANs in any grouping: by fours, spaced, dotted or dashed character by character, split by emoji. From the country
 * code on, the letters and digits are read across separators of up to four units (spaces, dots, dashes, symbols) until
 * the country's IBAN length; it counts only when a group ends there (the next word is not its tail, "… 1783 pls") and
 * the whole passes the length, the BBAN shape and the mod-97 check. One country length per start: linear.
 */
function readIbans(canon: string): RawMatch[] {
  const out: RawMatch[] = [];
  const n = canon.length;
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(canon); m !== null; m = IBAN_START.exec(canon)) {
    let chars = '';
    /** canonical end of each character read */
    const ends: number[] = [];
    let p = m.index;
    while (p < n && chars.length < 34) {
      if (isAlnumUnit(canon.charCodeAt(p))) {
        chars += canon[p];
        ends.push(++p);
        continue;
      }
      let q = p;
      while (q < n && q - p < 4 && isGapUnit(canon.charCodeAt(q))) q++;
      if (q === p || q >= n || !isAlnumUnit(canon.charCodeAt(q))) break;
      p = q;
    }
    // (the shortest IBAN has 15 characters: most letters-then-digits are model numbers, read no further)
    if (chars.length < 15) continue;
    const len = ibanLength(chars.slice(0, 2).toUpperCase());
    const end = ends[len - 1];
    if (len === 0 || end === undefined || (end < n && isAlnumUnit(canon.charCodeAt(end)))) continue;
    const iban = isIban(chars.slice(0, len).toUpperCase());
    if (iban) {
      out.push({ start: m.index, end, value: iban, contact: true });
      IBAN_START.lastIndex = end;
    }
  }
  return out;
}

/** A bank card (Luhn + issuer prefix), a bank account given with 账号/开户行 words, or an IBAN. */
export default defineRule({
  id: 'bank-account',
  kind: 'bank_account',
  severity: 'high',
  trigger: /\d/,
  explain: {
    zh: {
      asked: '对方给出了银行卡号或银行账户，让你直接汇款。',
      risk: '直接打款到个人账户，钱不经过平台担保，收不到货也很难追回，平台无法帮你退款。',
      instead: '只通过平台的下单和付款流程付款；不要向个人账户转账，并向平台举报该卖家。',
    },
    en: {
      asked: 'The seller gave a bank card or account number for a direct transfer.',
      risk: 'A bank transfer skips the platform’s escrow: if nothing arrives, the platform cannot refund you and the money is hard to recover.',
      instead: 'Pay only through the platform’s checkout; never wire money to a private account, and report the seller.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    const runs = ctx.hasDigits(8) ? ctx.numbers() : NO_RUNS;
    // (a word of paying anywhere in the message: read once, not per number)
    const wholeMsgPay = runs.length > 0 && PAYISH.test(canon);
    let skipTo = -1;
    // a card or account number has 8+ digits; the IBAN check below has its own test
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      const d = run.digits;
      if (run.start < skipTo) continue;
      const split = wholeMsgPay ? branchAndAccount(canon, runs, i) : null;
      if (split !== null) {
        out.push(split);
        skipTo = split.end;
        continue;
      }
      // (a company's account runs to 20–21 digits in China: only with its own label right before, 账号 3301…)
      if (run.masked || d.length < 8 || (d.length > 19 && (d.length > 21 || !LONG_ACCOUNT_LABEL.test(canon.slice(Math.max(0, run.start - 8), run.start))))) continue;
      if (platformVirtualAccount(canon, run) || goodsCard(ctx, run) || walletAccount(canon, run.start, d)) continue;
      if (ctx.labelledAt(run.start) && !ctx.near(BANK, Math.max(0, run.start - 12), run.start) && !PAID_INTO.test(canon.slice(Math.max(0, run.start - 3), run.start)) && !((TO_CARD.test(canon.slice(Math.max(0, run.start - 30), run.start)) || CARD_LABEL.test(canon.slice(Math.max(0, run.start - 20), run.start))) && isCardNumber(d))) continue;
      const near = ctx.near(BANK, Math.max(0, run.start - 20), Math.min(canon.length, run.end + 16));
      const card = isCardNumber(d);
      const bankName = card && ctx.near(BANK_SHORT_NAMES, Math.max(0, run.start - 20), Math.min(canon.length, run.end + 16));
      if ((card && (near || bankName || wholeMsgPay || EXPIRY_AFTER.test(canon.slice(run.end, run.end + 28)))) || (near && d.length >= 12 && !/^1[3-9]\d{9}$/.test(d))) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (near && d.length >= 8 && /account|acct|a\/c|^acc/.test(near.word) && (/sort ?code|routing|bsb|s\/c/.test(canon) || SORT_WORD.test(canon))) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (d.length >= 6 && d.length <= 10 && sortCodeBefore(canon, run.start)) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (d.length <= 18 && holderNamed(canon, run.start, run.end)) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if ((wholeMsgPay || NAME_AFTER.test(canon.slice(run.end, run.end + 16))) && !run.plus && d.length <= 18 && bankNamed(ctx, run.start, run.end) &&
        !CALLISH.test(canon.slice(Math.max(0, run.start - 24), run.end + 20))) {
        // a bank's own name ("GTBank", "Zenith Bank", "HDFC") right beside it: the number is an account at that bank (not its phone line)
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (d.length >= 8 && d.length <= 18 && !run.plus && detailsBlock(ctx, run.start, run.end) &&
        !CALLISH.test(canon.slice(Math.max(0, run.start - 24), run.end + 20))) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (d.length >= 12 && !run.plus && REMIT_TO_CARD.test(canon.slice(Math.max(0, run.start - 16), run.start))) {
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      } else if (d.length >= 8 && wholeMsgPay && accountWordBefore(ctx, run.start)) {
        // "transfer to our DBS account 012-345678-9": account numbers carry no checksum, the words say what it is.
        out.push({ start: run.start, end: run.end, value: d, contact: true });
      }
    }
    if (ctx.lettersDigits) out.push(...readIbans(canon));
    if (canon.includes('transit')) {
      CA_ACCOUNT.lastIndex = 0;
      for (let m = CA_ACCOUNT.exec(canon); m !== null; m = CA_ACCOUNT.exec(canon)) {
        const end = m.index + m[0].length;
        const start = end - m[1]!.length;
        if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, value: m[1]!, contact: true });
      }
    }
    return out;
  },
});
