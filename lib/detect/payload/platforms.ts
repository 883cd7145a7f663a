/**
 * Which hosts belong to which shopping platform, so that a QR code linking
 * to the platform the page is on (the shop's own item page, a short link
 * of the same app) stays quiet while a link anywhere else is an external
 * channel. Families are named by the label before the public suffix, so
 * `ebay.co.uk` and `ebay.de` are both eBay.
 */
export const PLATFORM_FAMILIES: readonly (readonly string[])[] = [
  // Taobao, Tmall and their short links; Xianyu (goofish) shares Taobao's accounts and links.
  ['taobao', 'tmall', 'tb', 'alicdn', 'goofish'],
  ['jd', '3', 'jd-cdn', '360buyimg'],
  ['pinduoduo', 'yangkeduo', 'pddpic'],
  ['douyin', 'iesdouyin', 'jinritemai', 'douyinpic'],
  ['kuaishou', 'kwai', 'kwaicdn', 'gifshow'],
  ['xiaohongshu', 'xhslink', 'xhscdn'],
  ['ebay', 'ebayimg'],
  ['etsy', 'etsystatic'],
  ['shopee', 'shp', 'susercontent'],
  ['facebook', 'fb', 'fbcdn'],
];

/** Second-level labels under which country registries sell names (`co.uk`, `com.cn`). */
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'co', 'ac', 'or', 'ne', 'go']);

/**
 * The registrable domain of a host (`item.taobao.com` → `taobao.com`,
 * `www.ebay.co.uk` → `ebay.co.uk`). An approximation of the public suffix
 * list that is right for the hosts shops use; an IP address is its own domain.
 */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/** The name label of a registrable domain (`ebay.co.uk` → `ebay`). */
function nameOf(domain: string): string {
  return domain.split('.')[0] ?? domain;
}

/** True when `host` belongs to the same platform (or the same site) as `pageHost`. */
export function samePlatform(host: string, pageHost: string): boolean {
  const a = registrableDomain(host);
  const b = registrableDomain(pageHost);
  if (a === b) return true;
  const fa = PLATFORM_FAMILIES.find((f) => f.includes(nameOf(a)));
  return !!fa && fa.includes(nameOf(b));
}
