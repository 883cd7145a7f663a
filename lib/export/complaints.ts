/**
 * Complaint drafts the shopper edits before sending: a 12315 complaint, a
 * report to the platform and an English complaint for cross-border
 * disputes. Written from the records only: what the seller said, when and
 * where, quoted. What the records cannot know (amount, order number, the
 * shopper's name) is left as a visible blank.
 */
import { KIND_LABELS } from '../kind-labels';
import { formatLocal, formatUtc, platformName, type ViewCase, type ViewItem } from './view';

export const BLANK_ZH = '【请填写】';
export const BLANK_EN = '[please fill in]';

const QUOTE_MAX = 600;

function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX)}…` : t;
}

function sorted(view: ViewCase): ViewItem[] {
  return view.items.slice().sort((a, b) => a.capturedAt.localeCompare(b.capturedAt) || a.seq - b.seq);
}

function uniq<T>(list: (T | undefined)[]): T[] {
  return [...new Set(list.filter((x): x is T => x !== undefined && x !== ''))];
}

function when(item: ViewItem, lang: 'zh' | 'en'): string {
  const local = formatLocal(item);
  const utc = formatUtc(item.capturedAt);
  if (!local) return utc;
  return lang === 'zh' ? `${local}（${utc}）` : `${local} (${utc})`;
}

function findingsText(item: ViewItem, lang: 'zh' | 'en'): string {
  const labels = KIND_LABELS[lang] as Record<string, string>;
  return uniq(item.findings.map((f) => `${labels[f.kind] ?? f.kind}${lang === 'zh' ? '：' : ': '}${f.value || f.text}`)).join(
    lang === 'zh' ? '；' : '; ',
  );
}

function speaker(item: ViewItem, lang: 'zh' | 'en'): string {
  const role = item.role === 'streamer' ? (lang === 'zh' ? '主播' : 'the streamer') : item.role === 'seller' ? (lang === 'zh' ? '卖家' : 'the seller') : '';
  if (item.author) {
    const name = lang === 'zh' ? `“${item.author}”` : `"${item.author}"`;
    return role ? `${role}${lang === 'zh' ? '' : ' '}${name}` : name;
  }
  return role || (lang === 'zh' ? '对方' : 'the other party');
}

/** Files the shopper attaches: the bundle itself, then what is inside it. */
function attachments(view: ViewCase, bundleName: string, lang: 'zh' | 'en'): string[] {
  const lines: string[] = [];
  lines.push(lang === 'zh' ? `证据包 ${bundleName}（可用 VERIFY.txt 所述方法核验）` : `Evidence bundle ${bundleName} (verifiable as VERIFY.txt explains)`);
  for (const p of view.bundleFiles) lines.push(p);
  for (const it of sorted(view)) {
    for (const f of it.files) lines.push(`${f.path}  SHA-256 ${f.sha256}`);
  }
  return lines;
}

export interface Drafts {
  'complaint-12315.txt': string;
  'platform-report.txt': string;
  'complaint-en.txt': string;
}

export function complaint12315(view: ViewCase, bundleName: string): string {
  const items = sorted(view);
  const first = items[0];
  const last = items[items.length - 1];
  const sellers = uniq(items.map((i) => i.seller));
  const sellerUrls = uniq(items.map((i) => i.sellerUrl));
  const platforms = uniq(items.map((i) => platformName(i, 'zh')));
  const pages = uniq(items.map((i) => i.url));
  const facts = items.map((it, n) => {
    const where = [platformName(it, 'zh'), it.title ? `“${it.title}”页面` : '页面'].filter(Boolean).join(' ');
    return `${n + 1}. ${when(it, 'zh')}，在${where}（${it.url}），${speaker(it, 'zh')}发送：“${quote(it.message)}”。其中包含：${findingsText(it, 'zh')}。（证据记录 #${it.seq}）`;
  });
  return [
    '12315 投诉书（草稿：请核对、补全【请填写】处并删改后提交）',
    '',
    '一、被投诉方',
    `  名称/店铺：${sellers.join('、') || BLANK_ZH}`,
    `  所在平台：${platforms.join('、') || BLANK_ZH}`,
    `  店铺链接：${sellerUrls.join(' ') || BLANK_ZH}`,
    `  涉及页面：${pages.join(' ')}`,
    '',
    '二、购买或接触时间',
    `  接触时间（据证据记录）：${first ? when(first, 'zh') : BLANK_ZH}${last && last !== first ? ` 至 ${when(last, 'zh')}` : ''}`,
    `  购买时间：${BLANK_ZH}`,
    '',
    `三、金额：${BLANK_ZH} 元`,
    `四、订单号：${BLANK_ZH}`,
    '',
    '五、事实经过',
    `  我在${platforms.join('、') || BLANK_ZH}${sellers.length ? `与${sellers.join('、')}` : ''}接触期间，对方在平台页面上发送了引导我到平台外联系或交易的内容，具体如下（原文引用，时间为浏览器取证时记录）：`,
    ...facts.map((f) => `  ${f}`),
    '  平台规则禁止引导用户站外交易/私下交易；在平台外交易无法获得平台的交易保障和售后服务。',
    `  其他情况（如是否已在平台外付款、损失情况）：${BLANK_ZH}`,
    '',
    '六、诉求（请保留适用项，删除其余）',
    '  □ 要求退款',
    '  □ 要求赔偿损失',
    '  □ 要求平台对该商家引导站外交易的行为进行处理',
    '  □ 要求商家停止引导站外交易/私下交易',
    `  □ 其他：${BLANK_ZH}`,
    '',
    '七、附件清单',
    ...attachments(view, bundleName, 'zh').map((l, i) => `  ${i + 1}. ${l}`),
    '',
    `投诉人：${BLANK_ZH}    联系电话：${BLANK_ZH}`,
    `日期：${BLANK_ZH}`,
    '',
  ].join('\n');
}

export function platformReport(view: ViewCase, bundleName: string): string {
  const items = sorted(view);
  const platforms = uniq(items.map((i) => platformName(i, 'zh')));
  const sellers = uniq(items.map((i) => i.seller));
  const sellerUrls = uniq(items.map((i) => i.sellerUrl));
  return [
    `致${platforms.join('、') || BLANK_ZH}平台：举报商家引导站外交易（草稿，请核对后提交）`,
    '',
    `被举报商家/店铺：${sellers.join('、') || BLANK_ZH}`,
    `店铺链接：${sellerUrls.join(' ') || BLANK_ZH}`,
    `订单号（如有）：${BLANK_ZH}`,
    '',
    '平台规则禁止引导用户站外交易/私下交易。该商家在平台内向我发送了以下内容，引导我到平台外联系或付款：',
    '',
    ...items.map(
      (it, n) =>
        `${n + 1}. ${when(it, 'zh')}，${it.url}\n   ${speaker(it, 'zh')}：“${quote(it.message)}”\n   涉及：${findingsText(it, 'zh')}`,
    ),
    '',
    '请平台依据规则核实并处理该商家，并保障我在平台内的交易权益。',
    '',
    '附件：',
    ...attachments(view, bundleName, 'zh').map((l) => `  - ${l}`),
    '',
    `举报人账号：${BLANK_ZH}`,
    '',
  ].join('\n');
}

export function complaintEn(view: ViewCase, bundleName: string): string {
  const items = sorted(view);
  const first = items[0];
  const last = items[items.length - 1];
  const platforms = uniq(items.map((i) => platformName(i, 'en')));
  const sellers = uniq(items.map((i) => i.seller));
  const sellerUrls = uniq(items.map((i) => i.sellerUrl));
  return [
    'Complaint: a seller pushed me to trade off the platform (DRAFT: check, fill in the blanks and edit before sending)',
    '',
    `To: ${BLANK_EN} (the platform's resolution centre or the consumer authority)`,
    `Seller / shop: ${sellers.join(', ') || BLANK_EN}`,
    `Platform: ${platforms.join(', ') || BLANK_EN}`,
    `Shop link: ${sellerUrls.join(' ') || BLANK_EN}`,
    `Contact period (from the evidence records): ${first ? when(first, 'en') : BLANK_EN}${last && last !== first ? ` to ${when(last, 'en')}` : ''}`,
    `Date of purchase: ${BLANK_EN}`,
    `Amount: ${BLANK_EN}`,
    `Order number: ${BLANK_EN}`,
    '',
    'What happened',
    'On the platform, the other party sent me the following messages asking me to contact them or pay outside the platform (quoted as captured; times recorded by my browser):',
    ...items.map(
      (it, n) =>
        `${n + 1}. ${when(it, 'en')}, on ${it.url}: ${speaker(it, 'en')} wrote: "${quote(it.message)}" It contains: ${findingsText(it, 'en')}. (evidence record #${it.seq})`,
    ),
    'The platform\'s rules forbid steering buyers to off-platform or private transactions; a trade outside the platform loses the platform\'s buyer protection.',
    `Anything else (whether I paid outside the platform, my loss): ${BLANK_EN}`,
    '',
    'What I ask for (keep what applies)',
    '  [ ] a refund',
    '  [ ] compensation for my loss',
    '  [ ] that the platform act against this seller',
    '  [ ] that the seller stop steering buyers off the platform',
    `  [ ] other: ${BLANK_EN}`,
    '',
    'Attachments',
    ...attachments(view, bundleName, 'en').map((l, i) => `  ${i + 1}. ${l}`),
    '',
    `Name: ${BLANK_EN}    Contact: ${BLANK_EN}`,
    '',
  ].join('\n');
}

export function complaintDrafts(view: ViewCase, bundleName: string): Drafts {
  return {
    'complaint-12315.txt': complaint12315(view, bundleName),
    'platform-report.txt': platformReport(view, bundleName),
    'complaint-en.txt': complaintEn(view, bundleName),
  };
}
