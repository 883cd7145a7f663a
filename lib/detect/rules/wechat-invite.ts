import { Phrases, defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { refusedAfter } from '../scan';
import { WECHAT_ALT } from '../app-names';

/** WeChat by any of its names (薇信, 绿泡泡, 绿色软件…). */
const N = WECHAT_ALT;

/**
 * "Add my WeChat" with no ID in the message: the ID is on the profile, in a QR
 * picture, or follows in the next message. (A handle in the same message is wechat-id.)
 * (A space may stand between 加我 and the app's name, typed to split the words for a filter or left round a picture
 * read as the name: 加我 微信, ➕我 🛰️ 号; only the app's full names there, not a bare v or 微.)
 */
/**
 * 卫星 (a satellite, 🛰), WeChat's homophone, after 加我 or 加个 with the clause ending there or a chat after it (加个卫星吧，
 * 加我🛰️ 方便联系, 加我卫星聊): no one adds a satellite. (Not 卫星电话, 卫星导航, a model's 卫星版.)
 */
const SATELLITE = '卫星(?=$|[吧呗呀哦啊哈喔嘛,，。.!！~～ ?？]|聊|细聊|详聊|联系|沟通|私聊)';
/**
 * The shop's own people by their role, added on WeChat (加客服微信, 添加店主vx, 加我们老板V): the shop's talk moved to the
 * app where the platform cannot see it, as the writer's own account is. (Not 卖家 or 商家: a buyer's words for the other
 * side, 朋友说加卖家微信能便宜, more than a shop's for itself.)
 */
const STAFF = '客服|店主|老板|老板娘|掌柜|店长|助理|小助理|小助手|专属客服|售后';
/** The shop's people and their WeChat after a verb (…客服微信, …我们店主的v). */
const STAFF_WECHAT = `(?:我们|咱们)?的?(?:${STAFF})的?(?:私人)?(?:${N}|v(?![a-z]|领))`;
const ZH: RegExp[] = [
  // the deal moved to WeChat with "we" (这个月平台查得严，咱们走微信吧): not WeChat Pay chosen at the checkout (我们走微信支付)
  new RegExp(`(?<![说让叫诉])(?:咱们|我们|咱俩|我俩|咱)(?:就|还是|直接|改|换)?走(?:${N}|v(?![a-z]|领))(?:吧|呗|好了|交易|转账|聊|沟通|联系)?(?!支付|付款码|的?收款)`),
  // the WeChat ID said to be the writer's phone number, with no number in the message (买前先联系我，微信号就是我手机号): the
  // buyer is to add the number they have or will get (微信同号 13800138000 is wechat-id's, the number there). The writer's
  // own (我), not a login's choices (微信和手机号都可以登录), nor asked (微信号就是手机号吗)
  new RegExp(`(?:${N})(?:号|id)?(?:就是|即|同)我的?(?:手机|电话)(?:号码|号)?(?![^。！？!?\\n]{0,8}?\\d{5})(?![^。！？!?\\n]{0,4}?[吗么?？])`),
  // the shop's people reached on their WeChat (收货后联系客服微信领取, 找售后微信登记): the same move as adding them. Only the
  // staff before the app (not 联系微信客服, WeChat's own help desk)
  new RegExp(`(?:联系|联络|找|私聊|咨询)(?:一下|下)?${STAFF_WECHAT}`),
  new RegExp(`(?:加|添加|➕|\\+)(?:一下|下)?(?:我的?|个)(?:私人|企业)?(?:${N}|微(?=[,，。 ]|号)|v(?![a-z])|${SATELLITE})|(?:加|添加|➕|\\+)(?:一下|下)?我的? (?:${N})|(?:加|添加|➕|\\+)(?:一下|下)?${STAFF_WECHAT}|(?:扫|看)(?:我的?)?主页[^。！？!?\\n]{0,6}(?:二维码|码)[^。！？!?\\n]{0,4}加[^。！？!?\\n]{0,3}(?:${N}|v)|(?:${N})(?:号)?(?:在|见)(?:我的?)?(?:主页|简介|头像)|(?<![说让叫诉])(?:咱们|我们|咱|去|到|来|转|换|改用|换用|改成|换成)到?(?:${N}|v)(?:上|里)?(?:聊|说|谈|沟通|联系|细聊|详聊|详谈)(?!天)|(?:${N})(?:上|里)?(?:细聊|详聊|详谈|细谈|私聊)|(?:${N}|v)(?:上|里)?(?:直接)?搜(?:一下|下|索)?(?:我的?)(?:手机号码?|手机|电话(?:号码?)?|号码|名字|昵称|账号|id)|(?:有事|有需要的?|需要的|感兴趣的?|有意的?|有意者)(?:请)?(?:${N}|v)(?:联系|找我|私我|滴我|我)(?!人)`, 'g'),
  /v我(?:详谈|详聊|细聊|私聊)|add me on wechat|my wechat is in my (?:bio|profile)|(?:continue|talk|chat|move (?:this|it)|take (?:this|it)|message me|text me|reach me|contact me) (?:on|to|over|via) wechat|\bwechat me\b|(?<![a-z])(?<!(?:don'?t|do not|never|not|no need to|stop|to|i|i'?ll|i will|i can|let me|we'?ll|we will|can i|could i|how do i|how can i) )(?:(?:pls|please|plz|kindly|just|you can|u can|can you|can u|could you) )?add (?:my|our) (?:wechat|weixin)(?: id| account)?(?=(?:,| -)? (?:(?:it'?s|its|is|much|way|so) )?(?:faster|quicker|easier|simpler|more convenient)(?![a-z])|(?: (?:pls|please|plz|ya|ok|okay|thx|thanks|ty|tq|lah|la|po))? ?[.!~]*$| (?:for|to get|to discuss|to talk about|and get) )/g,
];
const PATTERNS = new Phrases(ZH);
/**
 * Round 73: someone else as who would add the writer (会有人加我微信推销吗？, 总有陌生人加我vx发广告): the writer is the one
 * added, asking or complaining, never inviting. Only with "someone" right before, and a question or a pestering after it in
 * the clause (有人加我微信吗 asked; not 有需要的人加我微信, the writer's own call).
 */
const SOMEONE_BEFORE = /(?<![的要])(?:有人|别人|陌生人|外人|骗子|有些人|有个人|其他人)(?:会|总|老|总是|老是|又|一直|经常|也|还|就|突然|偷偷)?(?:来)?$/;
const ASKED_OR_PESTERED = /^[^，,。；;！!\n]{0,12}?(?:[?？吗么嘛]|推销|骚扰|打扰|发广告|打广告|卖东西|拉群|营销)/;

export default defineRule({
  id: 'wechat-invite',
  kind: 'wechat',
  severity: 'medium',
  trigger: new RegExp(`加|➕|\\+|扫|看|v|${N}`),
  explain: {
    zh: {
      asked: '对方邀请你加他的微信（微信号在主页、二维码里，或稍后发给你）。',
      risk: '加微信后的聊天和付款平台看不到：没有担保交易，没有7天无理由退货，出了问题平台无法帮忙。',
      instead: '留在平台聊天里沟通，不加卖家私人微信；对方坚持可向平台举报。',
    },
    en: {
      asked: 'The seller invites you to add their WeChat (ID on their profile, in a QR image, or sent next).',
      risk: 'Once you move to WeChat the platform cannot see or protect the deal: no escrow, no 7-day returns.',
      instead: 'Stay in the platform chat and don’t add the seller’s WeChat; report them if they insist.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    // (only the patterns some of whose literals are in the text run)
    for (const re of PATTERNS.for(ctx)) {
      re.lastIndex = 0;
      for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
        const tail = canon.slice(m.index + m[0].length, m.index + m[0].length + 6);
        if (/^(?:好友|群|支付|登录|分享)/.test(tail) || refusedAfter(canon, m.index + m[0].length)) continue;
        if (SOMEONE_BEFORE.test(canon.slice(Math.max(0, m.index - 8), m.index)) && ASKED_OR_PESTERED.test(canon.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: '' });
        if (out.length > 500) return out;
      }
    }
    return out;
  },
});
