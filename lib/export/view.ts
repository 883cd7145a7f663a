/**
 * What the report and the complaint drafts are written from: a neutral,
 * flattened view of a case's records. `source.ts` builds it from the locker;
 * the renderers stay pure functions of it (and tests can build one by hand).
 * Nothing here is invented: every field is copied from a locker record, and
 * a field the record lacks stays undefined (the drafts then leave a blank).
 */
export interface ViewFinding {
  kind: string;
  severity: string;
  start: number;
  end: number;
  text: string;
  value: string;
  rule?: string;
}

export interface ViewContext {
  text: string;
  author?: string;
  role?: string;
}

export interface ViewFile {
  /** Path inside the bundle, e.g. `records/000003-abc/screenshot.png`. */
  path: string;
  sha256: string;
  size: number;
  mime?: string;
  /** What the file is to the record: screenshot, page-text, … */
  role?: string;
}

export interface ViewItem {
  seq: number;
  id: string;
  /** Folder of the record's files in the bundle, with the trailing slash. */
  dir: string;
  /** ISO-8601 UTC time of the capture. */
  capturedAt: string;
  /** IANA zone or UTC offset the user was in, when the record has it. */
  timeZone?: string;
  /** The local time as the record wrote it, when it has it. */
  localTime?: string;
  url: string;
  title?: string;
  platform?: string;
  seller?: string;
  sellerUrl?: string;
  /** The flagged message exactly as the page showed it. */
  message: string;
  author?: string;
  role?: string;
  findings: ViewFinding[];
  context: ViewContext[];
  /** Relative path of the screenshot inside the bundle, if any. */
  screenshot?: string;
  /** Relative path of the image a code was read from (the record's `image` file), if any. */
  image?: string;
  /** Where the page showed that image. */
  imageSrc?: string;
  files: ViewFile[];
  recordHash: string;
  prevHash?: string;
  entryHash?: string;
  signature?: string;
  /** Times the same thing was seen again (deduped captures). */
  seenAgain: string[];
}

export interface ViewCase {
  caseId: string;
  caseName: string;
  bundleId: string;
  createdAt: string;
  extensionVersion: string;
  /** SHA-256 of the canonical public JWK: a short name for the signing key. */
  keyFingerprint: string;
  items: ViewItem[];
  /** Records the case had that were deleted (signed tombstones). */
  deleted: { id: string; seq: number; at?: string }[];
  /** Paths of the other files in the bundle, for the attachment list. */
  bundleFiles: string[];
}

/** Platforms by host, for naming the platform when a record lacks it. */
const PLATFORM_HOSTS: [RegExp, string, string][] = [
  [/(^|\.)taobao\.com$/, '淘宝', 'Taobao'],
  [/(^|\.)tmall\.com$/, '天猫', 'Tmall'],
  [/(^|\.)jd\.com$/, '京东', 'JD.com'],
  [/(^|\.)(pinduoduo|yangkeduo)\.com$/, '拼多多', 'Pinduoduo'],
  [/(^|\.)douyin\.com$/, '抖音', 'Douyin'],
  [/(^|\.)kuaishou\.com$/, '快手', 'Kuaishou'],
  [/(^|\.)xiaohongshu\.com$/, '小红书', 'Xiaohongshu'],
  [/(^|\.)(goofish|xianyu)\.com$/, '闲鱼', 'Xianyu'],
  [/(^|\.)ebay\.[a-z.]+$/, 'eBay', 'eBay'],
  [/(^|\.)etsy\.com$/, 'Etsy', 'Etsy'],
  [/(^|\.)shopee\.[a-z.]+$/, 'Shopee', 'Shopee'],
  [/(^|\.)facebook\.com$/, 'Facebook Marketplace', 'Facebook Marketplace'],
];

/** The platform's name: the record's own, else known from the URL's host, else the host. */
export function platformName(item: Pick<ViewItem, 'platform' | 'url'>, lang: 'zh' | 'en'): string | undefined {
  let host = '';
  try {
    host = new URL(item.url).hostname;
  } catch {
    // not a URL
  }
  for (const [re, zh, en] of PLATFORM_HOSTS) {
    if (re.test(host)) {
      if (!item.platform || item.platform.toLowerCase() === en.toLowerCase() || item.platform === zh) return lang === 'zh' ? zh : en;
    }
  }
  if (item.platform) return item.platform;
  return host || undefined;
}

/** "2024-05-01 08:30:00 UTC" */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC');
}

/** Local time: as recorded, else computed for the record's zone, else nothing. */
export function formatLocal(item: Pick<ViewItem, 'capturedAt' | 'timeZone' | 'localTime'>): string | undefined {
  if (item.localTime) return item.timeZone ? `${item.localTime} (${item.timeZone})` : item.localTime;
  if (!item.timeZone) return undefined;
  const d = new Date(item.capturedAt);
  if (Number.isNaN(d.getTime())) return undefined;
  try {
    const f = new Intl.DateTimeFormat('sv-SE', {
      timeZone: item.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    });
    return `${f.format(d)} (${item.timeZone})`;
  } catch {
    return undefined;
  }
}
