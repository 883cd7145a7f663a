import { Phrases, defineRule } from '../rule';
import type { RawMatch } from '../rule';
import { refusedAfter } from '../scan';

const ZH = /(?:收款|付款|收钱|转账|支付)(?:二维)?码|收款二维码|个人(?:收款)?(?:二维)?码|扫(?:一扫|一下|我的?|这个|下面的?)?(?:主页的?|详情页?的?)?(?:收款|付款)?(?:二维)?码(?:就)?(?:付|支付|转|打款|付款|付定金|给我)|扫(?:这个)?码(?:付|支付|转|打款)|(?:二维)?码(?:付|付款|支付)更|(?:发|给)(?:你|您)(?:个|一个)?二维码[^。！？!?\n]{0,6}(?:付|转|支付)|二维码[^。！？!?\n]{0,3}(?:付|转账|支付)|(?:微信|支付宝|vx|wx)扫(?:一扫)?[^。！？!?\n]{0,6}码[^。！？!?\n]{0,4}(?:付|转|定金|支付)|(?:微信|支付宝|vx|wx)扫码(?:转|付)/g;
const EN = new RegExp(
  [
    '(?:payment|pay|alipay|wechat|venmo|cash ?app|paypal|my) qr(?: code)?', 'qr code (?:to|for) pay(?:ment)?', 'scan (?:my|this|the) (?:qr|code) (?:to|and) pay',
    // a QR code sent to the buyer, then paid by scanning it ("I'll send you a QR code, scan it with your bank app to pay")
    '(?:send|sending|sent|give|attach|attaching|forward|share|text)(?: you)? (?:a|my|the|our) (?:payment )?qr(?: code)?[^.!?\\n]{0,48}?(?:to|and|then) (?:pay|send (?:the )?(?:money|payment)|transfer)',
    // "my payment code", "scan to pay" (not at a checkout: see EN_PLATFORM)
    "(?:my|our|the seller['’]?s) (?:payment|pay|receiving) code", '\\bscan (?:to|and) pay',
    '(?:pay|send (?:the )?(?:money|payment)|transfer(?: the money)?)(?: me)? (?:via|using|with|through|by|to) (?:the|my|this|that|our) (?:payment )?qr(?: code)?',
    '\\bscan (?:it|this|that|the code|the qr(?: code)?|my code)[^.!?\\n]{0,30}?(?:to|and|then) (?:pay|send (?:the )?(?:money|payment)|transfer)',
  ].join('|'),
  'g',
);
const DECODED = /wxp:\/\/[a-z0-9_\-/]+|qr\.alipay\.com\/[a-z0-9]+|payapp\.weixin\.qq\.com\/[a-z0-9_\-/]+/g;
const PATTERNS = new Phrases([ZH, EN, DECODED]);
/** The platform's own pay-by-scan or login screens. */
const PLATFORM = /登录|登陆|关注|进群|加群|领|下载|login|log in|sign in|收货|扫码购|扫码点单|checkout|register|cashier|in store|in-store|menu|table/;

/** The shop's own till in English: the code is shown at the checkout or on the table (not "instead of using checkout"). */
const EN_PLATFORM = /(?:at|in|on|during) (?:the )?(?:checkout|register|cashier|table|menu)|in[- ]store|login|log in|sign in/;

/** A payment QR code, or a pointer to one ("收款码发你了", "扫码付", wxp:// links). */
export default defineRule({
  id: 'payment-qr',
  kind: 'payment_qr',
  severity: 'high',
  trigger: /码|qr|wxp|alipay|scan/,
  explain: {
    zh: {
      asked: '对方让你扫他的收款二维码付款。',
      risk: '扫个人收款码付款，钱直接进对方口袋，不经过平台担保；出问题平台无法退款，也没有7天无理由退货。',
      instead: '只在平台订单页付款，不扫卖家发来的收款码；向平台举报这种要求。',
    },
    en: {
      asked: 'The seller asked you to pay by scanning their personal payment QR code.',
      risk: 'Paying by a private QR code sends money straight to the seller with no escrow; the platform cannot refund you.',
      instead: 'Pay only on the platform’s order page and never scan a seller’s payment code; report the request.',
    },
  },
  match: (ctx) => {
    const canon = ctx.canon;
    const out: RawMatch[] = [];
    for (const re of PATTERNS.for(ctx)) {
      re.lastIndex = 0;
      for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
        // (English: the place named later in the sentence, "pay with the QR code shown at checkout")
        const around = canon.slice(Math.max(0, m.index - 4), m.index + m[0].length + (re === EN ? 30 : 4));
        if (re === EN ? EN_PLATFORM.test(around) : re !== DECODED && PLATFORM.test(around)) continue;
        if (re !== DECODED && refusedAfter(canon, m.index + m[0].length)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
        if (out.length > 500) return out;
      }
    }
    return out;
  },
});
