/**
 * The shape of a payload rule: one file per rule in ./rules, like the text
 * rules, but reading what a QR code (or another machine-readable code in an
 * image) decodes to rather than what a person typed.
 */
import type { Explanation } from '../rule';
import type { Kind, Severity } from '../kinds';
import { registrableDomain } from './platforms';

export interface PayloadContext {
  /** Host of the page the code was seen on: a link back to that platform is not inducement. */
  pageHost?: string;
}

/** A decoded payload, read once for every rule. */
export interface ParsedPayload {
  /** The payload as decoded, trimmed of surrounding white space. */
  text: string;
  /** Lower-cased scheme without the colon (`https`, `wxp`, `alipays`…), when the payload starts with one. */
  scheme?: string;
  /** The parsed URL when the payload is one (any scheme). */
  url?: URL;
  /** Lower-cased host name without a leading `www.` (http/https only). */
  host?: string;
  /** Registrable domain of `host` (`item.taobao.com` → `taobao.com`). */
  domain?: string;
}

export interface PayloadRule {
  readonly id: string;
  readonly kind: Kind;
  readonly severity: Severity;
  readonly explain: { readonly zh: Explanation; readonly en: Explanation };
  /** True when the payload is what this rule is about. */
  match(p: ParsedPayload, ctx: PayloadContext): boolean;
}

export function definePayloadRule(rule: PayloadRule): PayloadRule {
  return rule;
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,30}):/i;

export function parsePayload(raw: string): ParsedPayload {
  const text = raw.trim();
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (!scheme) return { text };
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (scheme !== 'http' && scheme !== 'https')) return { text, scheme, ...(url ? { url } : {}) };
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return { text, scheme, url, host, domain: registrableDomain(host) };
}

/** `host` is `name` or a subdomain of it. */
export function hostIs(p: ParsedPayload, ...names: string[]): boolean {
  const h = p.host;
  if (!h) return false;
  return names.some((n) => h === n || h.endsWith(`.${n}`));
}

/** The URL's path (and query) without the leading slash: what follows the host. */
export function rest(p: ParsedPayload): string {
  if (!p.url) return '';
  return (p.url.pathname + p.url.search).replace(/^\/+/, '');
}
