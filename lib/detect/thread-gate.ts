/**
 * Which messages can complete inducement spread over a thread. The thread
 * pass finds a cue followed by bare values ("加我" / "mm_8866") and runs of
 * one- or two-character fragments ("加" / "微" / "信"); a message that is
 * neither cannot be the last piece of one, so a chat reader that runs the
 * thread pass once per new message can skip it for every other message:
 * anything the earlier messages make up together was found when they came.
 */
import { normalise } from './normalise';
import { isDigit } from './scan';

const SEPARATORS = /[\s\-.·•,，。:：]/g;
/** Symbols and emoji between digit groups ("021✨473✨968", "6228★4806"): they group the number as a space does. */
const DIGIT_GROUPING = /(?<=\d)[^a-z0-9\u3400-\u9fff\n]{1,3}(?=\d)/g;

/** A message that is only a handle or a group of digits ("mm_8866", "139", "一二三四"). */
export function bareValue(msg: string): string | undefined {
  const canon = normalise(msg).canon;
  // Words are not a handle spaced out: "ok will do", "set of 20 props, 18 kg" run together would be one. A spaced
  // handle or a labelled number has two words at most and then a digit or an underscore ("xiao mei 0312",
  // "acct no: 2034…", "z h o u _ 6 6").
  const words = canon.split(/\s+/).filter((t) => /[a-z]{2}/.test(t)).length;
  if (words > 2 || (words === 2 && !/[\d_]/.test(canon))) return undefined;
  const v = canon.replace(DIGIT_GROUPING, '').replace(SEPARATORS, '');
  return /^@?[a-z0-9_]{2,40}$/.test(v) && (/\d/.test(v) || /_/.test(v) || v.length >= 6) ? v : undefined;
}

/** Short enough to be glued to the messages before it. */
export const FRAGMENT_MAX = 2;

export function isFragment(msg: string): boolean {
  return normalise(msg).canon.trim().length <= FRAGMENT_MAX;
}

/** Messages this short are joined with their short neighbours (engine.ts). */
export const JOIN_SHORT = 24;

/**
 * A message's length for joining: spaces and the usual group separators do not count, so a card number written in
 * groups of four with its bank's name ("6228 4806 1923 5742 183 农行") is as short as the same digits run together.
 * Counted on the canonical text, so a number is as short styled (bold digits are two units each), with zero-width
 * characters between its digits, or spelled in number words ("six two two eight …") as typed plainly.
 */
export function joinLength(msg: string): number {
  const canon = normalise(msg).canon;
  let n = 0;
  for (let i = 0; i < canon.length; i++) {
    const c = canon.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    // whatever stands between two digits groups them ("6.2.2.8…", "622✨848✨078"): a dot, a star, an emoji
    if (i > 0 && isDigit(canon.charCodeAt(i - 1)) && !isWordUnit(c)) {
      let k = i;
      while (k < canon.length && k - i < 3 && !isWordUnit(canon.charCodeAt(k))) k++;
      if (k < canon.length && isDigit(canon.charCodeAt(k))) {
        i = k - 1;
        continue;
      }
    }
    n++;
  }
  return n;
}
/** A letter, digit or Chinese character: not a separator. */
function isWordUnit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 122) || (c >= 0x3400 && c <= 0x9fff) || c === 10;
}
/**
 * A piece of a number or handle: three digits in a row, or letters running
 * into a digit or underscore. Not any digit: live chats are full of short
 * messages with one ("扣1", "2号链接"), and each would cost a thread pass.
 */
const VALUE_PIECE = /\d{3}|[a-z]{2}[\d_]/;

/**
 * Can this message, arriving last, complete a finding across the thread? `before`: the message before it, whose
 * end may ask for the contact this one opens with.
 */
export function canCompleteThread(msg: string, before?: string): boolean {
  return isFragment(msg) || bareValue(msg) !== undefined || opensWithValue(msg, before) ||
    (before !== undefined && handleSplit(before, msg)) ||
    (joinLength(msg) <= JOIN_SHORT && VALUE_PIECE.test(normalise(msg).canon));
}

/** The opening of a message, spaces, zero-widths and emoji taken out, as handles are spaced out to dodge filters. */
function head(msg: string): string {
  return normalise(msg.length > 64 ? msg.slice(0, 64) : msg).canon.replace(/[\s\u200b-\u200d\u2060\ufe0f]|\p{Extended_Pictographic}/gu, '');
}
const LEAD_TOKEN = /^[(+@]?[a-z0-9_][a-z0-9_.@()+/#-]*/;

/**
 * Round 93: a short label at the head of the message, before the value it names ("id: tomo-lens_88", "acc - 0917…",
 * "number: …"), as a contact asked for in the message before is often handed over: read past it (VALUE_LABEL_HEAD on the
 * message's head, valueLabelLength on its text).
 */
const VALUE_LABEL_WORDS = 'id|wxid|username|user|handle|acc|acct|account|no|number|num|tel|mob|mobile|phone|cell';
const VALUE_LABEL_HEAD = new RegExp(`^(?:${VALUE_LABEL_WORDS})[:：=-]+(?=[a-z0-9_(+@])`);
/** (on the message's own text, spaces and capitals as typed: "User name: …") */
const VALUE_LABEL = new RegExp(`^\\s*(?:user name|${VALUE_LABEL_WORDS})\\s?[:：=-]+\\s?(?=[a-z0-9_(+@])`, 'i');
/** How long the label at the head of `msg` is (0 without one): the value after it still opens the message. */
export function valueLabelLength(msg: string): number {
  return VALUE_LABEL.exec(msg)?.[0].length ?? 0;
}

/**
 * The message opens with what may be a number or handle ("0928-517-063 ，晚上都可以", "ayu_tw77 詳談", "(415) 862…",
 * "ｄａｉｌｉａｎ ＿８８１", "jenna.sells, …"), where a contact asked for at the end of the message before would stand,
 * or with the rest of a handle cut at its separator ("_tw520 加一下"). A plain word ("thanks") opens no value, but
 * after an at sign ending the message before ("DM me on insta @") it is the handle's name.
 */
export function opensWithValue(msg: string, before?: string): boolean {
  const h = head(msg).replace(VALUE_LABEL_HEAD, '');
  if (/^[._@-][a-z0-9]/.test(h)) return true;
  const m = LEAD_TOKEN.exec(h);
  if (m === null) return false;
  if (/[\d_@#]|[a-z0-9][.-][a-z0-9]/.test(m[0])) return true;
  return before !== undefined && /[@＠]\s*$/.test(before) && /^[a-z][a-z0-9]{2,}/.test(m[0]);
}

/** A message that is a piece of a number or handle and nothing else ("abby", "(415)", "+234", "hollow@proton"). */
export function valuePiece(msg: string): boolean {
  return joinLength(msg) <= JOIN_SHORT && /^[(+@]?[a-z0-9_.@()+/#-]+$/.test(head(msg));
}

/**
 * A handle typed in two goes with its separator at the cut ("abby" / "_tw520 加一下", "kicks." / "direct@…"): the
 * two pieces join with nothing between them. Only when the earlier piece is one token and nothing else, so a
 * sentence's full stop before a number ("call me." / "0912…") does not fuse a word into it; or when the later piece
 * opens with an underscore, which only a handle's piece does.
 */
export function handleSplit(a: string, b: string): boolean {
  const x = normalise(a).canon.trim();
  const y = normalise(b).canon.trimStart();
  if (addressSplit(x, y)) return true;
  // (a message of words ending with the handle's first piece, "绿泡泡 搜 tang" / "_yu": a piece opening with an underscore
  // continues the last token, as no word starts with one)
  if (!/^[a-z0-9_.@-]{1,40}$/.test(x)) return /(?:^|[\s\u3400-\u9fff:：])[a-z][a-z0-9]{1,39}$/.test(x) && /^_[a-z0-9]/.test(y);
  return (/[a-z0-9]$/.test(x) && /^[_.@-][a-z0-9]/.test(y)) || (/[a-z0-9][_.@-]$/.test(x) && /^[a-z0-9]/.test(y));
}

/**
 * A wallet address broken over two messages ("…地址发你：TXk9Qm3vR7pLw" / "Z2aHn5JcYd8eFgUu4sBtE"): the earlier message
 * ends with an address's opening (Tron's T, Bitcoin's 1, 3 or bc1, Ethereum's 0x) and the two pieces together are as long
 * as that coin's address. Payment-account still checks the whole address's shape.
 */
const ADDRESS_HEAD = /(?:^|[^a-z0-9])(t|[13]|bc1|0x)([a-z0-9]{5,})$/;
const ADDRESS_TAIL = /^[a-z0-9]{3,}(?![a-z0-9_.@-])/;
function addressSplit(x: string, y: string): boolean {
  const h = ADDRESS_HEAD.exec(x);
  if (h === null) return false;
  const t = ADDRESS_TAIL.exec(y);
  if (t === null) return false;
  const n = h[1]!.length + h[2]!.length + t[0].length;
  switch (h[1]) {
    case 't': return n === 34;
    case '0x': return n === 42;
    case 'bc1': return n === 42 || n === 62;
    default: return n >= 26 && n <= 35;
  }
}
