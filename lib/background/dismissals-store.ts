import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { MAX_DISMISSED_PER_SITE } from '../messages';

/**
 * The "this is not inducement" fingerprints of each site, in storage.local.
 * Kept by the background: content scripts get their site's list with the
 * answer to 'content/hello' and add to it by message, so a page's script
 * never reads storage.
 */
const StoredSchema = lazySchema(() => z.array(z.string().check(z.maxLength(64))).check(z.maxLength(MAX_DISMISSED_PER_SITE)));

export const dismissKey = (host: string) => `dismissed:${host.toLowerCase()}`;

/** The site's list; an unreadable one counts as empty (it is only a convenience, never evidence). */
export async function loadDismissed(host: string): Promise<string[]> {
  const key = dismissKey(host);
  const got = await browser.storage.local.get(key);
  const parsed = StoredSchema.safeParse(got[key] ?? []);
  return parsed.success ? parsed.data : [];
}

export async function rememberDismissed(host: string, fp: string): Promise<void> {
  const list = (await loadDismissed(host)).filter((x) => x !== fp);
  list.push(fp);
  await browser.storage.local.set({ [dismissKey(host)]: list.slice(-MAX_DISMISSED_PER_SITE) });
}
