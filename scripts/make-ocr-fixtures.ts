/**
 * `node --import tsx scripts/make-ocr-fixtures.ts` — renders the OCR fixture
 * set into test/fixtures/ocr/ (images + labels.json) with Debian's Chromium.
 *
 * Half the images carry inducement written into the picture (a poster, a
 * product-detail block, a chat screenshot), half ordinary shop text. Fonts,
 * sizes, colours, backgrounds and a slight rotation vary from a fixed seed, so
 * running it again gives the same set. The texts are written here for this
 * set; the detector must flag each inducement line as typed text (checked
 * before rendering) so the set measures what OCR loses, not detector gaps.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { detect } from '../lib/detect/index';
import type { Kind } from '../lib/detect/kinds';
import { findChromium } from '../test/e2e/harness';
import { OCR_FIXTURE_SIZE, type OcrFixture, type OcrFixtureStyle } from '../test/support/ocr-fixtures';

const OUT = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'ocr');

type Script = 'sc' | 'tc' | 'en';
interface Subject {
  text: string;
  script: Script;
  kind?: Kind;
}

const INDUCEMENT: Subject[] = [
  { text: '加我微信：lily_silk2024 发你内部价', script: 'sc', kind: 'wechat' },
  { text: 'VX：mengmeng_8866 下单再减20', script: 'sc', kind: 'wechat' },
  { text: '想要更低價？加微信號 tw_bella520', script: 'tc', kind: 'wechat' },
  { text: '这边聊不方便，加我微信 xiaoyu_5201', script: 'sc', kind: 'wechat' },
  { text: 'Add me on WeChat: annashop_88', script: 'en', kind: 'wechat' },
  { text: '有问题直接加我QQ 1847362950', script: 'sc', kind: 'qq' },
  { text: '扣扣 2876543190 备注淘宝', script: 'sc', kind: 'qq' },
  { text: '直接打我电话 139 2847 5630', script: 'sc', kind: 'phone' },
  { text: 'Call or text me at +1 (646) 872-3391', script: 'en', kind: 'phone' },
  { text: '聯繫電話 0912-345-678 面交更方便', script: 'tc', kind: 'phone' },
  { text: '转账到工商银行 6222 0212 3456 7890 128', script: 'sc', kind: 'bank_account' },
  { text: 'Bank transfer: GB33 BUKB 2020 1555 5555 55', script: 'en', kind: 'bank_account' },
  { text: '私下转账 不走平台 便宜100', script: 'sc', kind: 'off_platform_payment' },
  { text: '拍下后申请退款，微信转我', script: 'sc', kind: 'off_platform_payment' },
  { text: '不走蝦皮，私下匯款打九折', script: 'tc', kind: 'off_platform_payment' },
  { text: 'Pay me outside Etsy and save 15%', script: 'en', kind: 'off_platform_payment' },
  { text: 'PayPal Friends & Family: seller.mia@gmail.com', script: 'en', kind: 'payment_account' },
  { text: 'Venmo @mia-crafts to skip the fees', script: 'en', kind: 'payment_account' },
  { text: '好评返现5元 晒图再返10元红包', script: 'sc', kind: 'cashback_card' },
  { text: '5-star review = $10 back', script: 'en', kind: 'cashback_card' },
  { text: 'Telegram @mia_deals for the real price', script: 'en', kind: 'im_handle' },
  { text: 'Email me: mia.deals@outlook.com', script: 'en', kind: 'email' },
  { text: '扫码付款更优惠 收款码在下图', script: 'sc', kind: 'payment_qr' },
  { text: '进群领福利 关注公众号 好物优选', script: 'sc', kind: 'external_channel' },
];

const ORDINARY: Subject[] = [
  { text: '支持微信支付 支付宝 银联', script: 'sc' },
  { text: '订单编号：2024051812345678', script: 'sc' },
  { text: '尺码表 S M L XL 胸围 88 92 96', script: 'sc' },
  { text: '限时特价 ¥199 原价 ¥399', script: 'sc' },
  { text: '包邮 七天无理由退货 运费险', script: 'sc' },
  { text: '使用微信账号登录 分享到微信', script: 'sc' },
  { text: 'QQ音乐年卡 豪华绿钻 12个月', script: 'sc' },
  { text: '物流单号 SF1234567890123', script: 'sc' },
  { text: '型号 VX-200 蓝牙耳机 续航30小时', script: 'sc' },
  { text: '請勿私下轉賬 謹防詐騙', script: 'tc' },
  { text: 'Size chart: S 36 / M 38 / L 40', script: 'en' },
  { text: 'Free shipping on orders over $35', script: 'en' },
  { text: 'Secure checkout with PayPal', script: 'en' },
  { text: 'Never pay outside the platform', script: 'en' },
  { text: 'Model No. A2231 Battery 5000mAh', script: 'en' },
  { text: 'Order #114-3941689-8772232', script: 'en' },
  { text: '加入购物车 立即购买', script: 'sc' },
  { text: '客服电话 138****8000', script: 'sc' },
  { text: '好评率 99% 已售 1.2万件', script: 'sc' },
  { text: '满300减50 店铺优惠券', script: 'sc' },
  { text: '生产日期 2024-05-18 保质期 12个月', script: 'sc' },
  { text: '條碼 6901234567892 規格 500ml', script: 'tc' },
  { text: '規格 顏色 尺寸 全新未拆封', script: 'tc' },
  { text: 'V领 加绒 卫衣 男女同款', script: 'sc' },
];

/** Neutral lines around the subject, as on a real poster or product page. */
const FILLER: Record<Script, string[]> = {
  sc: ['新款真丝连衣裙', '夏季清仓 全场包邮', '正品保证 假一赔三', '纯棉透气 舒适亲肤', '今日上新', '手工陶瓷马克杯'],
  tc: ['全新上架', '夏季限定 全館免運', '手工皮革錢包', '品質保證'],
  en: ['Handmade ceramic mug', 'New arrivals', 'Summer sale', 'Organic cotton tee', 'Limited edition'],
};

const FONTS: Record<Script, string[]> = {
  sc: ['Noto Sans CJK SC', 'Noto Serif CJK SC', 'Noto Sans Mono CJK SC'],
  tc: ['Noto Sans CJK TC', 'Noto Serif CJK TC', 'Noto Sans CJK HK'],
  en: ['DejaVu Sans', 'Liberation Serif', 'Liberation Sans', 'DejaVu Serif', 'Noto Sans CJK SC'],
};

const STYLES: OcrFixtureStyle[] = ['poster', 'product', 'chat', 'banner'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

interface Look {
  style: OcrFixtureStyle;
  font: string;
  fontPx: number;
  rotation: number;
  background: string;
  color: string;
}

function page(lines: string[], subjectIndex: number, look: Look): string {
  const { style, font, fontPx, rotation, background, color } = look;
  const rot = `transform: rotate(${rotation}deg);`;
  let body: string;
  if (style === 'chat') {
    // A chat screenshot: the subject in the other party's white bubble, a reply in a green one.
    const bubbles = lines
      .map((l, i) => {
        const mine = i !== subjectIndex && i % 2 === 1;
        return `<div class="row ${mine ? 'mine' : ''}"><div class="avatar"></div><div class="bubble">${escapeHtml(l)}</div></div>`;
      })
      .join('');
    body = `<div class="top">店铺客服</div><div class="chat" style="${rot}">${bubbles}</div>`;
  } else if (style === 'product') {
    // A product-detail block: a "photo" area above, spec lines below.
    body = `<div class="photo"></div><div class="specs" style="${rot}">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
  } else if (style === 'banner') {
    body = `<div class="banner" style="${rot}">${lines.map((l, i) => `<p class="${i === subjectIndex ? 'hot' : ''}">${escapeHtml(l)}</p>`).join('')}</div>`;
  } else {
    body = `<div class="poster" style="${rot}">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${OCR_FIXTURE_SIZE}px; height: ${OCR_FIXTURE_SIZE}px; overflow: hidden; }
  body { background: ${background}; color: ${color}; font-family: '${font}'; font-size: ${fontPx}px; }
  p { margin: 0 0 ${Math.round(fontPx * 0.7)}px; white-space: nowrap; }
  .poster { position: absolute; top: 260px; left: 60px; right: 40px; text-align: left; }
  .banner { position: absolute; top: 330px; left: 40px; right: 40px; padding: 36px 30px; background: #c62828; color: #fff8e1; border-radius: 18px; }
  .banner .hot { color: #ffeb3b; }
  .photo { position: absolute; top: 40px; left: 100px; width: 800px; height: 440px; border-radius: 12px;
    background: radial-gradient(circle at 30% 40%, #f5d0a9, #b07d4f 60%, #6d4c33); }
  .specs { position: absolute; top: 540px; left: 70px; right: 30px; }
  .top { height: 90px; line-height: 90px; text-align: center; background: #f7f7f7; color: #111; font-size: 34px; border-bottom: 1px solid #ddd; }
  .chat { padding: 40px 30px; }
  .row { display: flex; align-items: flex-start; margin-bottom: 44px; }
  .row.mine { flex-direction: row-reverse; }
  .avatar { width: 80px; height: 80px; border-radius: 8px; background: #8aa; flex: none; margin: 0 20px; }
  .row.mine .avatar { background: #c9a; }
  .bubble { background: #fff; color: #111; padding: 20px 24px; border-radius: 10px; max-width: 760px; white-space: nowrap; }
  .row.mine .bubble { background: #95ec69; }
  </style></head><body>${body}</body></html>`;
}

const BACKGROUNDS = [
  { background: '#ffffff', color: '#1a1a1a' },
  { background: '#fdf6e3', color: '#3b2f2f' },
  { background: 'linear-gradient(135deg, #e0f7fa, #fce4ec)', color: '#263238' },
  { background: 'linear-gradient(180deg, #fff8e1, #ffe0b2)', color: '#5d1a00' },
  { background: '#1f2a44', color: '#f5f5f5' },
  { background: 'repeating-linear-gradient(45deg, #f4f4f4 0 24px, #e9e9e9 24px 48px)', color: '#202020' },
];

async function main(): Promise<void> {
  for (const s of INDUCEMENT) {
    const kinds = detect(s.text).findings.map((f) => f.kind);
    if (!s.kind || !kinds.includes(s.kind)) throw new Error(`typed text not flagged as ${s.kind}: ${s.text} → ${kinds.join(',')}`);
  }
  for (const s of ORDINARY) {
    if (detect(s.text).flagged) throw new Error(`ordinary text is flagged as typed text: ${s.text}`);
  }

  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (/\.(png|jpg)$/.test(f)) rmSync(join(OUT, f));

  const rand = mulberry32(20_240_518);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const tab = await browser.newPage({ viewport: { width: OCR_FIXTURE_SIZE, height: OCR_FIXTURE_SIZE } });
  const fixtures: OcrFixture[] = [];
  const subjects = [
    ...INDUCEMENT.map((s) => ({ ...s, label: 'inducement' as const })),
    ...ORDINARY.map((s) => ({ ...s, label: 'ordinary' as const })),
  ];
  for (const [i, s] of subjects.entries()) {
    const style = STYLES[i % STYLES.length] as OcrFixtureStyle;
    const script = s.script;
    const fillers = FILLER[script].filter((l) => l !== s.text);
    const before = pick(fillers);
    const after = pick(fillers.filter((l) => l !== before));
    const lines = style === 'chat' ? [before, s.text, after] : rand() < 0.5 ? [before, s.text] : [before, s.text, after];
    const subjectIndex = 1;
    const bg = style === 'chat' ? { background: '#ededed', color: '#111' } : style === 'banner' ? BACKGROUNDS[0]! : pick(BACKGROUNDS);
    const maxPx = style === 'chat' ? 34 : 60;
    const minPx = style === 'chat' ? 26 : 28;
    const look: Look = {
      style,
      font: pick(FONTS[script]),
      // Long lines must still fit 1000 px: cap the size by the line's width in ems.
      fontPx: Math.round(Math.min(minPx + rand() * (maxPx - minPx), (style === 'chat' ? 700 : 840) / Math.max(...lines.map(emWidth)))),
      rotation: Math.round((rand() * 8 - 4) * 10) / 10,
      ...bg,
    };
    const jpeg = style === 'product' || bg.background.includes('gradient');
    const file = `${String(i + 1).padStart(2, '0')}-${s.label}-${style}.${jpeg ? 'jpg' : 'png'}`;
    await tab.setContent(page(lines, subjectIndex, look));
    await tab.evaluate(() => document.fonts.ready);
    await tab.screenshot({ path: join(OUT, file), type: jpeg ? 'jpeg' : 'png', ...(jpeg ? { quality: 82 } : {}) });
    fixtures.push({
      file,
      label: s.label,
      ...(s.kind ? { kind: s.kind } : {}),
      script,
      lines,
      subject: s.text,
      style,
      font: look.font,
      fontPx: look.fontPx,
      rotation: look.rotation,
    });
  }
  await browser.close();
  writeFileSync(join(OUT, 'labels.json'), JSON.stringify(fixtures, null, 2) + '\n');
  console.log(`${fixtures.length} images in ${OUT}`);
}

/** Width of a line in ems: CJK and full-width characters count 1, others about 0.6. */
function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/.test(ch) ? 1 : 0.6;
  return w;
}

void main();
