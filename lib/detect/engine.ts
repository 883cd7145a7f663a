/** Runs the rules over one message or a chat thread. */
import { MEMO_TEXT_MAX, type Normalised, normalise, toOriginal } from './normalise';
import { phraseSkipping, preparePhrases, triggerWords, type Rule } from './rule';
import { RULES } from './rules/index';
import { walletKey, walletsAtCheckout } from './rules/payment-account';
import { Lexicon, MatchContext, Scanner } from './scan';
import { type Finding, type MessageSeverity, severityRank, worstSeverity } from './kinds';
import { MARKETPLACES_EN, PAY_ON_MARKET, REFUSALS, WECHAT_WEAK } from './lexicon/words';
import { QQ_ALT, WECHAT_ALT } from './app-names';
import { JOIN_SHORT, bareValue, handleSplit, isFragment, joinLength, opensWithValue, valueLabelLength, valuePiece } from './thread-gate';

export interface DetectResult {
  flagged: boolean;
  severity: MessageSeverity;
  findings: Finding[];
}
export type ThreadFinding = Finding & { message: number };
export interface ThreadResult {
  flagged: boolean;
  severity: MessageSeverity;
  findings: ThreadFinding[];
}

/** Texts longer than this are scanned in overlapping windows so work stays linear. */
const WINDOW = 16_384;
const OVERLAP = 256;
const MAX_FINDINGS = 2_000;

/**
 * The one-pass scanner over every lexicon and the triggers of RULES, made on
 * first use (after every rule module has made its lexicons).
 */
let scanner: Scanner | undefined;
/** rule → its trigger bit in the scanner; rules whose trigger is not plain literals test their regex */
const TRIGGER_BIT = new Map<Rule, number>();
function getScanner(): Scanner {
  if (scanner === undefined) {
    preparePhrases();
    const lists: string[][] = [];
    for (const rule of RULES) {
      const lits = rule.trigger ? triggerWords(rule.trigger) : null;
      if (lits === null || lists.length >= 31) continue;
      TRIGGER_BIT.set(rule, 1 << lists.length);
      lists.push(lits);
    }
    scanner = new Scanner(lists);
  }
  return scanner;
}

/**
 * Per rule of a rule list: its trigger bit, -1 when its trigger is a regex to
 * test, 0 when it has none. Kept for the last list (nearly always RULES), so a
 * message does not look each rule up in TRIGGER_BIT.
 */
let bitsOf: readonly Rule[] | undefined;
let bitsArr = new Int32Array(0);
function triggerBits(rules: readonly Rule[]): Int32Array {
  if (rules === bitsOf) return bitsArr;
  const a = new Int32Array(rules.length);
  rules.forEach((rule, i) => {
    a[i] = rule.trigger ? (TRIGGER_BIT.get(rule) ?? -1) : 0;
  });
  bitsOf = rules;
  bitsArr = a;
  return a;
}

/** `\s` in a RegExp, as a test on one code unit. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function blank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

function detectOne(text: string, rules: readonly Rule[], norm: Normalised = normalise(text)): Finding[] {
  const canon = norm.canon;
  const out: Finding[] = [];
  if (blank(canon)) return out;
  const sc = getScanner();
  const hits = sc.scan(canon);
  const triggers = sc.triggers;
  const ctx = new MatchContext(norm, hits, sc);
  const bits = triggerBits(rules);
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    const negatable = rule.negatable !== false;
    const bit = bits[r]!;
    if (bit > 0 ? (triggers & bit) === 0 : bit < 0 && !rule.trigger!.test(canon)) continue;
    const ms = rule.match(ctx);
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i]!;
      if (m.end <= m.start) continue;
      let start: number;
      let end: number;
      if (negatable && !m.contact && ctx.warnedAt(m.start)) continue;
      if (m.original) {
        start = m.start;
        end = m.end;
      } else {
        if (negatable && m.contact && ctx.quotedExampleAt(m.start, m.end)) continue;
        if (negatable && (ctx.negatedAt(m.start, 16, m.end) || (!m.contact && (ctx.listNegatedAt(m.start) || ctx.comparedAgainstAt(m.start, m.end))))) continue;
        ({ start, end } = toOriginal(norm, m.start, m.end));
      }
      out.push({ kind: rule.kind, severity: rule.severity, rule: rule.id, start, end, text: text.slice(start, end), value: m.value });
      if (out.length >= MAX_FINDINGS) break;
    }
  }
  return out;
}

/** Sort by start; drop same-kind overlaps (keep the longer); drop low findings inside stronger ones. */
function tidy<F extends Finding>(list: F[]): F[] {
  // Most messages have no finding or one: nothing to compare (the list is the caller's own).
  if (list.length <= 1) return list;
  list.sort(byStartLongerFirst);
  const kept: F[] = [];
  next: for (const f of list) {
    for (let i = 0; i < kept.length; i++) {
      const k = kept[i]!;
      if (k.kind === f.kind && f.start < k.end && k.start < f.end) {
        if (f.end - f.start > k.end - k.start) kept[i] = f;
        continue next;
      }
    }
    kept.push(f);
  }
  const result: F[] = [];
  for (const f of kept) if (f.severity !== 'low' || !insideStronger(kept, f)) result.push(f);
  result.sort(byStartEnd);
  return result;
}
function byStartLongerFirst(a: Finding, b: Finding): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start);
}
function byStartEnd(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end;
}
/** f overlaps a kept finding of a higher severity. */
function insideStronger(kept: readonly Finding[], f: Finding): boolean {
  const rank = severityRank(f.severity);
  for (const k of kept) if (k !== f && severityRank(k.severity) > rank && f.start < k.end && k.start < f.end) return true;
  return false;
}

/**
 * Findings of recent texts read with every rule, kept on normalise()'s own
 * memo of the last texts (its `derived` slot): a chat window is read once per
 * message and again in each thread pass over its neighbours, and live rooms
 * repeat short messages ("666", "扣1") by the hundred. A Map by text (a string
 * hash and an iterator per message) or a WeakMap by Normalised (cost the
 * garbage collector) each made every message dearer by a third; the slot costs
 * about nothing. The findings are frozen because callers share them.
 */
export function detectFindings(text: string, rules: readonly Rule[] = RULES): Finding[] {
  // (a text longer than normalise() keeps gets a fresh Normalised each time: nothing to key on)
  if (rules !== RULES || text.length > MEMO_TEXT_MAX || !phraseSkipping()) return findingsOf(text, rules);
  const norm = normalise(text);
  const known = norm.derived as readonly Finding[] | undefined;
  // A copy of the list: callers may add to or sort their own list; the findings themselves are frozen.
  if (known !== undefined) return known.slice();
  const found = findingsOf(text, rules, norm);
  for (const f of found) Object.freeze(f);
  norm.derived = found.slice();
  return found;
}

/** `norm`: the text's Normalised when the caller already has it (only for a text read in one window). */
function findingsOf(text: string, rules: readonly Rule[], norm?: Normalised): Finding[] {
  if (text.length <= WINDOW + OVERLAP) return tidy(detectOne(text, rules, norm));
  const all: Finding[] = [];
  for (let s = 0; s < text.length; s += WINDOW) {
    const e = Math.min(text.length, s + WINDOW + OVERLAP);
    for (const f of detectOne(text.slice(s, e), rules)) {
      all.push({ ...f, start: f.start + s, end: f.end + s });
    }
    if (all.length >= MAX_FINDINGS) break;
  }
  return tidy(all);
}

export function detect(text: string): DetectResult {
  const findings = detectFindings(text);
  const severity = worstSeverity(findings);
  return { flagged: findings.length > 0, severity, findings };
}

// ---------------------------------------------------------------- threads

const REFUSAL = new Lexicon(REFUSALS);
const PAY_ON_MARKET_LEX = new Lexicon(PAY_ON_MARKET);
/**
 * round 89: the English answer that turns the ask down by the marketplace's rule or keeps it to its checkout or chat ("Etsy
 * doesn't allow that, let's keep chatting here", "sorry, only eBay checkout"). A regex, not REFUSALS (the one-pass trie
 * is near its size), read only on a message with no finding of its own, as REFUSAL is.
 */
const REFUSAL_EN = new RegExp(
  `(?<![a-z])(?:(?:${MARKETPLACES_EN}|the platform|the app|the site|(?:their|the|our) policy|policy)(?: really| just)? (?:doesn't|does not|won't|will not|can't|cannot) (?:allow|permit)` +
    `|only (?:via |through |at |on |use |using )?(?:the )?(?:${MARKETPLACES_EN}) (?:checkout|payments?|messages|chat)` +
    `|(?:let's|lets|let us|we can|please|pls) (?:keep|stay) (?:chatting|talking|it|this) (?:here|on (?:the )?(?:app|${MARKETPLACES_EN}))` +
    // round 94: the deal said to have to go through the marketplace, and the writer's wish to keep the talk on the app ("sorry
    // no, it has to go through Vinted", "I'd rather keep it on the app if that's ok")
    `|(?:has|have|needs?|got) to (?:go|be done|be paid) (?:through|via|on) (?:the )?(?:app|site|platform|checkout|${MARKETPLACES_EN})` +
    `|(?:i'd|i would|we'd|we would) (?:rather|prefer to) (?:keep|stay|leave) (?:it|this|things|everything|the chat|chatting|talking) (?:here|on here|on (?:the )?(?:app|${MARKETPLACES_EN})))(?![a-z])`,
);
/** REFUSAL_EN, with no other way offered after it ("Etsy doesn't allow that, but Zelle works"). */
function refusesEn(canon: string): boolean {
  const m = REFUSAL_EN.exec(canon);
  return m !== null && !/(?<![a-z])(?:but|instead|except|however|unless)(?![a-z])/.test(canon.slice(m.index + m[0].length));
}
const CUE_KINDS = new Set(['wechat', 'qq', 'phone', 'contact_request', 'im_handle', 'email']);
const MAX_GLUE = 3;
const JOIN_MAX = 4;
/** kinds whose finding is a value (a number or handle), which a cue in an earlier message can make one */
const VALUE_KINDS = new Set(['bank_account', 'payment_account', 'phone', 'qq', 'wechat', 'im_handle', 'email']);

/**
 * The message is the value and little else: a bare number or handle, or the finding with at most a short label
 * beside it and no other digits ("6228 4806 … 农行", "账号 6228…").
 */
function valueMessage(msg: string, s: number, e: number): boolean {
  if (bareValue(msg) !== undefined) return true;
  if (s < 0 || e > msg.length || e <= s) return false;
  // (read canonically: invisible characters and styled letters beside the value are no more words)
  const rest = normalise(msg.slice(0, s) + ' ' + msg.slice(e)).canon.replace(/[\s:,.。]/g, '');
  return rest.length <= 4 && !/\d/.test(rest);
}

/** Where each of messages a..b starts in the text that joins them with nothing between (a glued unit). */
function runBounds(messages: readonly string[], a: number, b: number): number[] {
  const bounds: number[] = [];
  let off = 0;
  for (let k = a; k <= b; k++) {
    bounds.push(off);
    off += messages[k]!.length;
  }
  return bounds;
}

/**
 * Messages a..b joined by spaces, save a handle typed in two goes ("abby" / "_tw520"), whose pieces join with
 * nothing between them (a space would end the handle at the cut); with where each message starts.
 */
function joinSpaced(messages: readonly string[], a: number, b: number): { text: string; bounds: number[] } {
  const bounds: number[] = [];
  let text = '';
  for (let k = a; k <= b; k++) {
    if (k > a) text += handleSplit(messages[k - 1]!, messages[k]!) ? '' : ' ';
    bounds.push(text.length);
    text += messages[k]!;
  }
  return { text, bounds };
}

/** A finding of the joined run a..b, cut into the part that lies in each message (offsets in that message). */
function partsOf(f: Finding, messages: readonly string[], a: number, b: number, bounds: readonly number[]): ThreadFinding[] {
  const parts: ThreadFinding[] = [];
  for (let k = a; k <= b; k++) {
    const s0 = bounds[k - a]!;
    const s = Math.max(f.start, s0) - s0;
    const e = Math.min(f.end, s0 + messages[k]!.length) - s0;
    if (e > s) parts.push({ ...f, start: s, end: e, text: messages[k]!.slice(s, e), message: k });
  }
  return parts;
}

/**
 * Detect over a chat thread: findings of each message, plus inducement spread
 * over consecutive messages ("你加我" / "V" / "mm_8866"), reported in the
 * messages where the parts are. A later refusal ("只在平台内沟通") clears the
 * request it answers.
 */
export interface ThreadOptions {
  /**
   * Read only the run of short messages that ends with the newest one (a chat reader that calls this once per
   * new message: every earlier run was read when its own last message came). A run is then as long as it can
   * be, so a value whose parts began up to three messages back is still whole. Default false: every run.
   */
  newest?: boolean;
}

/**
 * round 64: who speaks, written at the head of each message of a copied chat (賣家：…, 买家：…, "Seller: …"): taken off
 * for the passes that join messages (their findings moved back past it), as the label is no part of a number or handle
 * typed over several of them (賣家：電話 0955 / 賣家：660 213).
 */
const SPEAKER_LABEL = /^\s*(?:买家|買家|卖家|賣家|商家|店家|客服|主播|老板|老闆|店主|团长|團長|(?<![a-z])(?:buyer|seller|customer|shop|store)(?![a-z]))\s?[:：]\s?/i;
/** Which side a speaker's label names: the buyer or the seller's side, or none. */
function sideOf(label: RegExpExecArray | null): 'buyer' | 'seller' | undefined {
  if (label === null) return undefined;
  return /买家|買家|buyer|customer/i.test(label[0]) ? 'buyer' : 'seller';
}

export function detectThread(messages0: readonly string[], opts: ThreadOptions = {}): ThreadResult {
  const per: ThreadFinding[][] = messages0.map((m, i) => detectFindings(m).map((f) => ({ ...f, message: i })));
  // (each message's label read once: its length cut off, its side compared below)
  const labels = messages0.map((m) => SPEAKER_LABEL.exec(m));
  const cut = labels.map((l) => l?.[0].length ?? 0);
  const sides = labels.map(sideOf);
  const messages = messages0.map((m, i) => m.slice(cut[i]));
  // refusals clear the previous two messages
  for (let i = 0; i < messages.length; i++) {
    const canon = normalise(messages[i]!).canon;
    if ((REFUSAL.test(canon) || refusesEn(canon)) && per[i]!.length === 0) {
      for (let j = Math.max(0, i - 2); j < i; j++) per[j] = [];
    }
    // (the payment sent to the marketplace's checkout, answering the other side's ask: 買家：收款碼可以傳給我嗎 /
    // 賣家：付款請在蝦皮完成)
    else if (per[i]!.length === 0 && PAY_ON_MARKET_LEX.test(canon)) {
      const side = sides[i];
      for (let j = Math.max(0, i - 2); j < i; j++) if (side !== undefined && sides[j] !== undefined && sides[j] !== side) per[j] = [];
    }
  }
  answeredAtCheckout(messages, per);
  const extra: ThreadFinding[] = [];
  payToldNext(messages, per, extra);
  appAskedThenGiven(messages, per, extra);
  // join short fragments ("加我" / "微" / "信") and look for cue + value pairs
  let i = 0;
  while (i < messages.length) {
    // a unit: one message, or a run of very short messages glued together
    let j = i;
    let joined = messages[i]!;
    while (j + 1 < messages.length && j - i < MAX_GLUE + 2 && isFragment(messages[j + 1]!) && bareValue(messages[j + 1]!) === undefined) {
      j++;
      joined += messages[j]!;
    }
    // findings of the glued unit that no single message had
    const glued = j > i ? detectFindings(joined) : null;
    if (glued) {
      const bounds = runBounds(messages, i, j);
      for (const f of glued) extra.push(...partsOf(f, messages, i, j, bounds));
    }
    // a cue in this unit, then bare values in the next few messages
    const unitFindings = glued ?? per[i]!;
    const cue = unitFindings.find((f) => CUE_KINDS.has(f.kind) && f.value === '' || f.kind === 'contact_request') ?? cueOnly(joined, messages.slice(i + 1, j + 1));
    if (cue) {
      let k = j + 1;
      let skipped = 0;
      const vals: number[] = [];
      while (k < messages.length && k <= j + 5) {
        const v = bareValue(messages[k]!);
        if (v !== undefined) vals.push(k);
        else if (vals.length > 0) break;
        else if (normalise(messages[k]!).canon.trim().length > 6 || ++skipped > 2) break;
        k++;
      }
      if (vals.length > 0) {
        const value = vals.map((x) => bareValue(messages[x]!)!).join('');
        const kind = valueKind(cue.kind, value, 'value' in cue ? String(cue.value) : '');
        if (kind) {
          for (const x of vals) {
            const msg = messages[x]!;
            const s = msg.search(/\S/);
            const e = msg.trimEnd().length;
            extra.push({ ...kind, start: Math.max(0, s), end: e, text: msg.slice(Math.max(0, s), e), value, message: x });
          }
        }
      }
    }
    i = j + 1;
  }
  // a number or handle broken over short consecutive messages ("打款账号" / "62284804" / "02531178620",
  // "加我" / "扣扣" / "3317-0592-6 备注"): read runs of short messages as one text, joined by spaces,
  // and keep what crosses a message boundary
  const short = messages.map((m) => joinLength(m) <= JOIN_SHORT);
  const joinRun = (a: number, b: number): void => {
    const { text, bounds } = joinSpaced(messages, a, b);
    for (const f of detectFindings(text)) {
      const parts = partsOf(f, messages, a, b, bounds);
      if (parts.length === 0) continue;
      const first = parts[0]!.message;
      // what lies in one message counts only when that message is a bare value whose cue came before it
      // ("你打款到这张卡" / "6228…"): read alone, the number had no words beside it
      if (first === parts[parts.length - 1]!.message) {
        const s0 = bounds[first - a]!;
        if (!(first > a && VALUE_KINDS.has(f.kind) && valueMessage(messages[first]!, f.start - s0, f.end - s0))) continue;
      }
      extra.push(...parts);
    }
  };
  if (opts.newest) {
    const b = messages.length - 1;
    let a = b;
    while (a > 0 && b - a < JOIN_MAX - 1 && short[a - 1] && short[a]) a--;
    if (a < b) joinRun(a, b);
    for (let k = b; k >= Math.max(1, b - JOIN_MAX + 2); k--) extra.push(...askedBefore(messages, k, b));
  } else {
    for (let a = 0; a < messages.length; a++) {
      let b = a;
      while (b + 1 < messages.length && b - a < JOIN_MAX - 1 && short[b + 1] && short[b]) b++;
      if (b === a) continue;
      joinRun(a, b);
      a = b - 1;
    }
    for (let k = 1; k < messages.length; k++) extra.push(...askedBefore(messages, k));
  }
  for (const f of extra) {
    const c = cut[f.message]!;
    if (c === 0) continue;
    f.start += c;
    f.end += c;
    f.text = messages0[f.message]!.slice(f.start, f.end);
  }
  const all = [...per.flat(), ...extra];
  const byMsg = new Map<number, ThreadFinding[]>();
  for (const f of all) {
    const l = byMsg.get(f.message) ?? [];
    l.push(f);
    byMsg.set(f.message, l);
  }
  const findings: ThreadFinding[] = [];
  for (const [m, list] of [...byMsg.entries()].sort((a, b) => a[0] - b[0])) {
    for (const f of tidy(list)) findings.push({ ...f, message: m } as ThreadFinding);
  }
  const severity = worstSeverity(findings);
  return { flagged: findings.length > 0, severity, findings };
}

/**
 * Round 83: an account's number given alone in one message and the way to pay it told in the next ("BDO savings 0012 …" /
 * "deposit then send the slip", "Maybank 5140 …" / "transfer first pls"): the bank rule wants a word of paying in the
 * number's own text, so the two are read together and a bank account found in the first message counts. Only a next
 * message that opens with the instruction.
 */
const PAY_OPENS = /^\s*(?:(?:pls|please|plz|kindly|just|then|ok|so) )?(?:deposit|transfer|pay|wire|bank in|send (?:the )?(?:payment|money|deposit|full amount))(?![a-z])/;
function payToldNext(messages: readonly string[], per: readonly ThreadFinding[][], extra: ThreadFinding[]): void {
  for (let k = 0; k + 1 < messages.length; k++) {
    const m = messages[k]!;
    if (per[k]!.some((f) => f.kind === 'bank_account') || !/\d{4}/.test(m.replace(/[\s-]/g, ''))) continue;
    if (!PAY_OPENS.test(normalise(messages[k + 1]!).canon)) continue;
    for (const f of detectFindings(`${m}\n${messages[k + 1]!}`)) {
      if (f.kind === 'bank_account' && f.end <= m.length) extra.push({ ...f, message: k });
    }
  }
}

/**
 * Round 92: a chat app asked about, the question the whole message ("do u have qq?", "u on discord?", "are you on
 * telegram?"), then after at most one short yes ("yep", "ya how come") the number or handle given at the head of a message, or
 * after "add" ("2 8 4 6 …" / "add me there"; "add mossy_finds22, easier there"): the account on that app. The message is
 * read with the app's name before it, so the rules bind and validate the value as they would "qq: 2846…". Not after a "no",
 * and only a value within the message's first words (one later in it had its own words around it when read alone).
 */
const APP_ASKED = /^\s*(?:(?:do|d) (?:you|u|ya) (?:have|got|use|have an?)|(?:you|u|ya) (?:on|got|have|use)|(?:are|r) (?:you|u|ya) on|(?:you|u|ya) got an?|any) (qq|discord|telegram|tg|whatsapp|signal|snapchat|snap|instagram|insta|ig|kakao|kakaotalk|line|wechat|viber|skype)\s?\?+\s*$/;
/** A bare yes answering it (with "why", "y", "how come" after it: the answer's own question). */
const YES_ALONE = /^\s*(?:ya|yah|yea|yeah|yes|yep|yup|sure|ok|okay|i do|i am|ye|yh)(?:[ ,.!]+(?:why|y|how come|wassup|what's up|whats up|i do|i am))?\s?[.!?]*\s*$/;
const APP_VALUE_KINDS = new Set(['qq', 'wechat', 'im_handle', 'phone']);
/** How far into the message the value may start (after "add", "add me", "it's"). */
const APP_VALUE_LEAD = 10;
function appAskedThenGiven(messages: readonly string[], per: readonly ThreadFinding[][], extra: ThreadFinding[]): void {
  for (let i = 0; i + 1 < messages.length; i++) {
    // (a short question only: most messages are passed over before normalising)
    const q = messages[i]!;
    if (q.length > 48 || !/[?？]/.test(q)) continue;
    const asked = APP_ASKED.exec(normalise(q).canon);
    if (asked === null) continue;
    let k = i + 1;
    if (YES_ALONE.test(normalise(messages[k]!).canon)) k++;
    if (k >= messages.length || per[k]!.some((f) => APP_VALUE_KINDS.has(f.kind))) continue;
    const msg = messages[k]!;
    const head = `${asked[1]}: `;
    const lead = msg.length - msg.trimStart().length;
    for (const f of detectFindings(head + msg)) {
      if (!APP_VALUE_KINDS.has(f.kind) || f.end <= head.length + lead) continue;
      // (a number, or a handle in the shape of one: a letter and a digit, an underscore or a dot; "love" or "hoodie" bound
      // after "insta: " is a word)
      const digits = /^\+?\d{5,15}$/.test(f.value);
      if (!digits && !(/[a-z]/.test(f.value) && /[\d_.]/.test(f.value) && f.value.length >= 5)) continue;
      // (what stands before the value's end in the message, less the value, is a few words at most: "add", "it's")
      const upto = normalise(msg.slice(0, f.end - head.length)).canon;
      const rest = digits ? upto.replace(/[\d\s.+-]/g, '') : upto.replace(f.value, '').replace(/\s/g, '');
      if (rest.length > APP_VALUE_LEAD) continue;
      const start = Math.max(0, f.start - head.length);
      extra.push({ ...f, start, end: f.end - head.length, text: msg.slice(start, f.end - head.length), message: k });
    }
  }
}

/** Kinds of a contact that an ask ending one message binds to the value opening the next. */
// (and a wallet address: one typed in two goes, its opening at the end of the ask, reads whole only across the cut)
const CONTACT_KINDS = new Set(['phone', 'qq', 'wechat', 'im_handle', 'email', 'payment_account']);
/** How much of the message before is read with the value: its end, with the words a negation or warning needs. */
const ASK_TAIL = 400;

/**
 * The ask ends one message and the contact opens the next, words after it ("直接打給我" / "0928-517-063 ，晚上都可以",
 * "有意者請加微信號" / "ayu_tw77 詳談", "ring or text" / "07824 316 590"), the contact perhaps typed in pieces
 * ("abby" / "_tw520 加一下"): the end of message k-1 is read with k (and its pieces) as one text, so the value is
 * bound, validated and told from an order or tracking number as in one message. Only a contact that starts
 * message k counts: anything later in it had its own words around it when k was read alone. `last`: the run
 * of pieces must end there (a chat reader's newest message).
 */
function askedBefore(messages: readonly string[], k: number, last?: number): ThreadFinding[] {
  const prev = messages[k - 1]!;
  const goesOn = (j: number): boolean =>
    j + 1 < messages.length && valuePiece(messages[j]!) && (handleSplit(messages[j]!, messages[j + 1]!) || opensWithValue(messages[j + 1]!));
  if (!opensWithValue(messages[k]!, prev) && !goesOn(k)) return [];
  let j = k;
  while (j - k < JOIN_MAX - 2 && goesOn(j)) j++;
  if (last !== undefined && j !== last) return [];
  const cut = Math.max(0, prev.length - ASK_TAIL);
  const view = [prev.slice(cut), ...messages.slice(k, j + 1)];
  const { text, bounds } = joinSpaced(view, 0, view.length - 1);
  // (round 93: past a label at its head, "id: tomo-lens_88": the value still opens the message)
  const lead = bounds[1]! + Math.max(messages[k]!.length - messages[k]!.trimStart().length, valueLabelLength(messages[k]!));
  const out: ThreadFinding[] = [];
  for (const f of detectFindings(text)) {
    if (!CONTACT_KINDS.has(f.kind) || f.end <= bounds[1]! || f.start > lead) continue;
    for (const p of partsOf(f, view, 0, view.length - 1, bounds)) {
      const m = k - 1 + p.message;
      const shift = p.message === 0 ? cut : 0;
      out.push({ ...p, start: p.start + shift, end: p.end + shift, message: m });
    }
  }
  return out;
}

/**
 * A request to pay with a wallet ("Can pay with PayNow?") answered, in one of the next two messages, by that wallet
 * being one of the checkout's options ("Yes, PayNow is one of the options at checkout"): the platform's own way to
 * pay, not the writer's. Only the bare request goes (its value is the wallet's name): an account given stays.
 */
function answeredAtCheckout(messages: readonly string[], per: ThreadFinding[][]): void {
  for (let i = 1; i < messages.length; i++) {
    if (!per.slice(Math.max(0, i - 2), i).some((list) => list.some(walletAsked))) continue;
    const norm = normalise(messages[i]!);
    const sc = getScanner();
    const wallets = walletsAtCheckout(new MatchContext(norm, sc.scan(norm.canon), sc));
    if (wallets.size === 0) continue;
    for (let j = Math.max(0, i - 2); j < i; j++) {
      per[j] = per[j]!.filter((f) => !(walletAsked(f) && wallets.has(walletKey(f.value))));
    }
  }
}
/** A bare request to pay with a wallet: payment-account's finding whose value is the wallet's name, no account. */
function walletAsked(f: ThreadFinding): boolean {
  return f.rule === 'payment-account' && /^[a-z' -]+$/.test(f.value);
}

const CUE_WORDS: [RegExp, 'wechat' | 'qq' | 'phone'][] = [
  // (the apps by any of their names: 绿泡泡, 球球…)
  [new RegExp(`${WECHAT_ALT}|(?:加|搜)(?:个|我)?(?:一下|下)?我?v|微(?![a-z])`), 'wechat'],
  [new RegExp(QQ_ALT), 'qq'],
  [/电话|手机|号码|call|number|phone/, 'phone'],
];
/**
 * A homophone of WeChat's name sent alone after the request (补发先加我一下 / 威 / qm_ / 8836): a one-character message
 * that names the app the handle is on. Inside a longer message 威, 维 and 薇 are other words (维修, 威力, a name).
 */
const WEAK_NAME_ALONE = new Set(WECHAT_WEAK.filter((w) => w.length === 1 && !/[a-z]/.test(w)));
function cueOnly(text: string, fragments: readonly string[] = []): { kind: string } | undefined {
  const canon = normalise(text).canon;
  // (搜: "search me" is how a WeChat ID is asked to be looked up)
  if (!/加|留|打|发|给|搜|call|add|text|号/.test(canon)) return undefined;
  for (const [re, kind] of CUE_WORDS) if (re.test(canon)) return { kind };
  if (fragments.some((f) => WEAK_NAME_ALONE.has(normalise(f).canon.trim()))) return { kind: 'wechat' };
  // (a message that ends on the ask to add the writer, the app left to the next message or to both sides' knowing:
  // "你加我" / "mm_8866", "add me" / "V" / "mia_88", "add me pls" / "lily.vintage_2")
  if (ADD_ME_V_END.test(canon)) return { kind: 'wechat' };
  if (ADD_ME_END_ZH.test(canon)) return { kind: 'contact_request' };
  if (ADD_ME_END_EN.test(canon)) return { kind: 'im_handle' };
  return undefined;
}
/** The English ask to add, WeChat's letter glued after it by the thread's join ("add me" / "V" → "add mev"). */
const ADD_ME_V_END = /(?<![a-z])add (?:me|us)(?: (?:pls|please|plz|on))? ?(?:v|vx|wx)[\s.!~:]*$/;
/** 加我 ending the message: a Chinese seller's add is WeChat's, or the number's app (valueKind reads the value). */
const ADD_ME_END_ZH = /(?:你|您|亲)?(?:加|添加)(?:一下|下)?我(?:们)?(?:吧|呀|哈|哦|呗|啊|好友)?[\s.!~:。！～：]*$/;
/**
 * "add me" ending an English message: with no app named, only a handle after it is read (an IM handle), never a bare
 * number ("add me" / "order 55213" could be anything).
 */
const ADD_ME_END_EN = /(?<![a-z])add (?:me|us)(?: (?:pls|please|plz|then|now|here|bro|babe|hun|dear|ok|okay))?[\s.!~:]*$/;

/**
 * An ask to add the writer that names another app than WeChat ("add me on insta" / "lily.vintage88"): the value after it
 * is that app's handle, not a WeChat ID.
 */
const OTHER_APP_NAMED = /(?<![a-z])(?:insta|instagram|ig|snap|snapchat|telegram|whatsapp|kakao|kakaotalk|discord|facebook|fb|messenger|viber|signal|skype|tiktok)(?![a-z])/;

/** What a bare value after a cue is; `cueText`, the cue finding's value, says which app an ask to add named. */
function valueKind(cueKind: string, value: string, cueText = ''): Pick<Finding, 'kind' | 'severity' | 'rule'> | undefined {
  const digits = /^\d+$/.test(value);
  if (cueKind === 'phone' || (digits && /^1[3-9]\d{9}$/.test(value))) {
    return /^\d{7,15}$/.test(value) ? { kind: 'phone', severity: 'medium', rule: 'phone-number' } : undefined;
  }
  if (cueKind === 'qq') return /^[1-9]\d{4,10}$/.test(value) ? { kind: 'qq', severity: 'medium', rule: 'qq-number' } : undefined;
  if (cueKind === 'contact_request' && OTHER_APP_NAMED.test(cueText)) {
    // (a handle after "add me on insta" is that app's, in the shape a WeChat ID would need; nothing else is read here)
    return /^[a-z][a-z0-9_-]{4,}$/.test(value) ? { kind: 'im_handle', severity: 'medium', rule: 'im-handle' } : undefined;
  }
  if (cueKind === 'wechat' || cueKind === 'contact_request') {
    if (/^[a-z][a-z0-9_-]{4,}$/.test(value)) return { kind: 'wechat', severity: 'medium', rule: 'wechat-id' };
    if (digits && value.length >= 5) return { kind: cueKind === 'wechat' ? 'wechat' : 'phone', severity: 'medium', rule: cueKind === 'wechat' ? 'wechat-id' : 'phone-number' };
  }
  if (cueKind === 'im_handle' && /[a-z]/.test(value)) return { kind: 'im_handle', severity: 'medium', rule: 'im-handle' };
  if (cueKind === 'email') return undefined;
  return undefined;
}
