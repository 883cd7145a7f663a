/**
 * Any name of WeChat, QQ or Alipay as a regex alternation (canonical text), for the rules that name the app as a
 * channel: paid on it (薇信转我), scanned with it (直接V信扫), asked for (留个扣扣), a group on it (绿泡泡群). Built from
 * the lexicon's variant lists, so a homophone or look-alike the wechat and qq rules know is known to every rule.
 * (Longest first: an alternation takes the first name that matches, and 微信号 must win over 微信.)
 */
import { ALIPAY, QQ_STRONG, WECHAT_STRONG } from './lexicon/words';
import { escapeRe } from './escape-re';

function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join('|');
}

/** (a group is named apart: 微信群 is where a rule's own 群 is read) */
const QQ_NAMES = QQ_STRONG.filter((w) => !w.includes('群'));

export const WECHAT_ALT = alternation(WECHAT_STRONG);
export const QQ_ALT = alternation(QQ_NAMES);
export const ALIPAY_ALT = alternation(ALIPAY);
/** The two wallets a seller in mainland China names as the way to pay: WeChat's and Alipay. */
export const WALLET_ALT = alternation([...WECHAT_STRONG, ...ALIPAY]);
/** The two chat apps a buyer's account is asked on, in Chinese. */
export const CHAT_ALT = alternation([...WECHAT_STRONG, ...QQ_NAMES]);
/**
 * QQ's nicknames that are also common nouns (企鹅 a penguin, 球球 a ball): an account only where the words around make
 * it one (你的企鹅多少, 加个企鹅吧), not beside any noun (签名企鹅玩偶, 企鹅留下的脚印).
 */
const COMMON_NOUNS = new Set(['企鹅', '球球']);
export const CHAT_NOUNLESS_ALT = alternation([...WECHAT_STRONG, ...QQ_NAMES].filter((w) => !COMMON_NOUNS.has(w)));
