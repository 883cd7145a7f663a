import { defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { Lexicon, type MatchContext } from '../scan';
import { type BindOptions, bindHandles } from '../bind';
import { QQ_STRONG, QQ_WEAK } from '../lexicon/words';

/** "Q Q" spelled with a space (dotted "q.q" is joined by normalisation). */
// (round 85: 企鹅号 put into English for overseas buyers, "penguin number 👉 …", "penguin ID: …"; not the bird alone)
// (round 93: and its 号 put as an account, "add our penguin acc 12345678", "penguin account: …"; not Club Penguin's, a game's
// account, in BIND's notBefore)
// (round 95: and its group or its app, "penguin group 6823…", "penguin app number: …"; and the letters' sound spelled,
// "kiu kiu: 4218…", as kou kou spells 扣扣; not a penguin plush or a game with no number bound after it)
const STRONG = new Lexicon([...QQ_STRONG, 'q q', 'penguin number', 'penguin no', 'penguin id', 'penguin acc', 'penguin account', 'penguin acct', 'penguin group', 'penguin app', 'kiu kiu', 'kiukiu']);
const WEAK = new Lexicon(QQ_WEAK);
const PROFILE = /^[^。！？!?\n]{0,6}(?:在|见|看)(?:我的?)?(?:主页|简介|个人资料|资料|签名|头像)/;

/**
 * After "QQ group", a number given after a colon later in the same sentence ("my qq group has the full catalog:
 * 6 1 8 2 0 3 4 7 5"): the words between describe the group, the colon hands over its number.
 */
const GROUP_AFTER = /^\s*(?:群|group|grp|qun)/;
const GROUP_REACH = 48;
const GROUP_NO_LINE = /^\s*(?:新|本)?(?:群号|群号码|q群号|qq群号|group (?:no\.?|number|id))\s*:\s*$/;
/**
 * The first QQ-shaped number within GROUP_REACH after `from` whose gap `gapOk` accepts and whose tail is no count or
 * amount (`notAfter`): the group's number after its colon, or the number after a pointer (below).
 */
function numberAfter(ctx: MatchContext, from: number, gapOk: (gap: string) => boolean, notAfter: (canon: string, end: number) => boolean): RawMatch | undefined {
  const canon = ctx.canon;
  for (const run of ctx.numbers()) {
    if (run.start <= from) continue;
    if (run.start > from + GROUP_REACH) break;
    if (!gapOk(canon.slice(from, run.start))) continue;
    if (!/^[1-9]\d{4,10}$/.test(run.digits) || run.masked || run.alphaBefore || run.alphaAfter || ctx.labelledAt(run.start)) continue;
    if (notAfter(canon, run.end)) continue;
    return { start: from, end: run.end, value: run.digits, contact: true };
  }
  return undefined;
}

function groupGapOk(gap: string): boolean {
  // (a line break only before a line that names the number as the group's: "Q群\n群号：…", as an image's lines read)
  const nl = gap.indexOf('\n');
  const lineOk = nl < 0 || (nl === gap.lastIndexOf('\n') && GROUP_NO_LINE.test(gap.slice(nl + 1)));
  return lineOk && !/[。!?！？;；]/.test(gap) && /:\s*$/.test(gap);
}

// a count of members or an amount, not the group's number
const groupCountAfter = (canon: string, end: number): boolean =>
  /^\s*(?:人|个|名|位|元|块|%|members?|people|ppl|users?|fans|followers|subs)/.test(canon.slice(end, end + 10));

function groupNumberAfter(ctx: MatchContext, from: number): RawMatch | undefined {
  return numberAfter(ctx, from, groupGapOk, groupCountAfter);
}

/**
 * 扣 as the verb "QQ me" (你扣我 + the number, like q我 in bind's VERB_ME_AFTER): only with a QQ-shaped number of six
 * digits or more right after, and no unit after it, as 扣我 is also "deduct from me" (扣我 200 元, 扣我 1500 积分).
 */
const KOU_ME = /扣我\s*[:：]?\s*$/;
const NOT_QQ_AFTER = /^\s*(?:元|块|蚊|分|毛|角|%|积分|点|个|次|天|小时|rmb|usd|hkd)/;
function kouMe(ctx: MatchContext): RawMatch[] {
  const canon = ctx.canon;
  const out: RawMatch[] = [];
  for (const run of ctx.numbers()) {
    const m = KOU_ME.exec(canon.slice(Math.max(0, run.start - 6), run.start));
    // (a round sum is what was deducted: 扣我 150000)
    if (m === null || !/^[1-9]\d{5,10}$/.test(run.digits) || /000$/.test(run.digits) || run.masked || run.alphaBefore || run.alphaAfter) continue;
    if (NOT_QQ_AFTER.test(canon.slice(run.end, run.end + 6)) || ctx.labelledAt(run.start)) continue;
    out.push({ start: run.start - m[0].length, end: run.end, value: run.digits, contact: true });
  }
  return out;
}

/**
 * Round 75: QQ asked about as a question, then the writer's own number given right after it as "mine" ("got QQ? mine's
 * 12345678", "you use QQ? mine: …", 有QQ吗？我的是…): the exchange of numbers is the contact. Not an order's number.
 */
const ASKED_THEN_MINE = /^\s?(?:号|number|no\.?|id)?\s?(?:吗|嘛|不|没|没有|呢)?\s?[?？]+\s?(?:(?:mine|mine is|mine's|here'?s mine|my (?:qq )?(?:number |no\.? |id )?is|我的(?:是|号是|号码是)?|我(?:的)?号)\s*[:：-]?\s*)([1-9]\d{4,10})(?![0-9a-z])/;

/**
 * Round 87: QQ named, a few words about it, then its number handed over after a pointer ("on QQ way more than here ➡
 * 12345678", "QQ is faster 👉 …"): the arrow introduces the number as a colon does after "QQ group" above; in one
 * sentence and one line, and not a count or a price.
 */
const POINTER_BEFORE = /\s*(?:→|➡️?|👉|->|=>)\s*$/u;
function pointedNumberAfter(ctx: MatchContext, from: number): RawMatch | undefined {
  return numberAfter(
    ctx,
    from,
    (gap) => !/[。.!?！？;；\n]/.test(gap) && POINTER_BEFORE.test(gap),
    (canon, end) =>
      NOT_QQ_AFTER.test(canon.slice(end, end + 6)) || /^\s*(?:members?|people|ppl|users?|fans|followers|subs|coins?|points?|pts)/.test(canon.slice(end, end + 10)),
  );
}

/** Made once (not per message): the keyword lexicons and what a QQ number looks like. */
const BIND: BindOptions = {
  strong: STRONG,
  weak: WEAK,
  notAfter: /^\s*(?:音乐|会员|空间|邮箱|糖|绿钻|黄钻|钻|账号登录|登录|登陆|浏览器|游戏|飞车|炫舞|分享|好友|币|阅读|视频|宠物|子|款)/,
  notBefore: /(?:分享到|分享给|支持|使用|装|扣|club)\s*$/,
  accept: (v) => /^[1-9]\d{4,10}$/.test(v),
};

/** A QQ number or QQ group number next to QQ or one of its nicknames (扣扣, 企鹅, 球球). */
export default defineRule({
  id: 'qq-number',
  kind: 'qq',
  severity: 'medium',
  trigger: /[q扣企球抠寇叩k]|penguin/,
  explain: {
    zh: {
      asked: '对方给出了QQ号或QQ群号，想让你到QQ上联系。',
      risk: '离开平台后的聊天和交易不受平台保护：没有担保，无法7天无理由退货，平台也无法介入纠纷。',
      instead: '只在平台内沟通和下单；遇到引导加QQ的卖家可以举报。',
    },
    en: {
      asked: 'The seller gave a QQ number or QQ group to contact them there.',
      risk: 'Once you leave the platform there is no escrow, no 7-day returns, and the platform cannot step in.',
      instead: 'Keep the conversation and the order on the platform; report sellers who push you to QQ.',
    },
  },
  match: (ctx) => {
    const out: RawMatch[] = bindHandles(ctx, BIND);
    if (ctx.canon.includes('扣我')) {
      for (const k of kouMe(ctx)) if (!out.some((o) => o.start < k.end && k.start < o.end)) out.push(k);
    }
    // "QQ号在我主页简介": the number is one click away
    for (const h of ctx.hits(STRONG)) {
      if (out.some((m) => m.start <= h.start && h.start < m.end)) continue;
      const tail = ctx.canon.slice(h.end, h.end + 16);
      const m = PROFILE.exec(tail);
      if (m) {
        out.push({ start: h.start, end: h.end + m[0].length, value: '' });
        continue;
      }
      const mine = ASKED_THEN_MINE.exec(ctx.canon.slice(h.end, h.end + 40));
      if (mine !== null && !NOT_QQ_AFTER.test(ctx.canon.slice(h.end + mine[0].length, h.end + mine[0].length + 6))) {
        out.push({ start: h.start, end: h.end + mine[0].length, value: mine[1]!, contact: true });
        continue;
      }
      const isGroup = /群/.test(ctx.canon.slice(h.start, h.end)) || GROUP_AFTER.test(tail);
      const g = isGroup ? groupNumberAfter(ctx, h.end) : BIND.notAfter!.test(tail) ? undefined : pointedNumberAfter(ctx, h.end);
      if (g !== undefined) out.push({ ...g, start: h.start });
    }
    return out;
  },
});
