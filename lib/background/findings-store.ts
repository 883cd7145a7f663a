import { browser } from 'wxt/browser';
import { z } from 'zod';
import { severityRank, type MessageSeverity } from '../detect/types';
import { TabFindingSchema, type TabFinding } from '../messages';

/**
 * Per-tab findings (design contract 2) in storage.session, so an MV3 worker
 * restart loses nothing and the popup, badge and tests read one source.
 */
export const MAX_FINDINGS_PER_TAB = 500;

export const findingsKey = (tabId: number) => `findings:${tabId}`;

const StoredSchema = z.array(TabFindingSchema);

export async function readFindings(tabId: number): Promise<TabFinding[]> {
  const key = findingsKey(tabId);
  const got = await browser.storage.session.get(key);
  const parsed = StoredSchema.safeParse(got[key] ?? []);
  return parsed.success ? parsed.data : [];
}

// Reports from several frames arrive together; chaining the read-modify-write
// per tab keeps one report from overwriting another. The chain is only a
// queue of in-flight work, not state: losing it with the worker loses nothing.
const pending = new Map<number, Promise<unknown>>();

function serialised<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const prev = pending.get(tabId) ?? Promise.resolve();
  const next = prev.then(work, work);
  pending.set(tabId, next);
  void next.finally(() => {
    if (pending.get(tabId) === next) pending.delete(tabId);
  });
  return next;
}

/** Merge new findings: a repeat of the same key raises its count instead of a new entry. */
export function mergeFindings(existing: TabFinding[], incoming: TabFinding[]): TabFinding[] {
  const out = existing.slice();
  const index = new Map<string, number>();
  out.forEach((f, i) => index.set(f.key ?? `${f.kind}|${f.value}|${f.message}`, i));
  for (const f of incoming) {
    const key = f.key ?? `${f.kind}|${f.value}|${f.message}`;
    const at = index.get(key);
    if (at !== undefined) {
      const old = out[at]!;
      out[at] = { ...old, count: (old.count ?? 1) + (f.count ?? 1), at: f.at };
    } else {
      index.set(key, out.length);
      out.push({ ...f, key });
    }
  }
  // Keep the newest when a flood exceeds the cap; the counter on the page still counts them.
  return out.length > MAX_FINDINGS_PER_TAB ? out.slice(out.length - MAX_FINDINGS_PER_TAB) : out;
}

export function addFindings(tabId: number, incoming: TabFinding[]): Promise<TabFinding[]> {
  return serialised(tabId, async () => {
    const merged = mergeFindings(await readFindings(tabId), incoming);
    await browser.storage.session.set({ [findingsKey(tabId)]: merged });
    await updateBadge(tabId, merged);
    return merged;
  });
}

export function clearFindings(tabId: number): Promise<void> {
  return serialised(tabId, async () => {
    await browser.storage.session.remove(findingsKey(tabId));
    await updateBadge(tabId, []);
  });
}

export function worstOf(list: TabFinding[]): MessageSeverity {
  let worst: MessageSeverity = 'none';
  for (const f of list) if (severityRank(f.severity) > severityRank(worst)) worst = f.severity;
  return worst;
}

export const BADGE_COLOURS: Record<MessageSeverity, string> = {
  none: '#6b7280',
  low: '#2563eb',
  medium: '#d97706',
  high: '#dc2626',
};

export function badgeFor(list: TabFinding[]): { text: string; color: string } {
  const count = list.reduce((n, f) => n + (f.count ?? 1), 0);
  return {
    text: count === 0 ? '' : count > 999 ? '999+' : String(count),
    color: BADGE_COLOURS[worstOf(list)],
  };
}

async function updateBadge(tabId: number, list: TabFinding[]): Promise<void> {
  const { text, color } = badgeFor(list);
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color });
  } catch {
    // The tab closed between the report and the badge update.
  }
}
