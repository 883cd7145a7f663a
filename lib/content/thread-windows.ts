import type { ScanUnit } from '../surfaces/types';

/** Consecutive messages of one chat considered together (a handle split over messages). */
export const THREAD_WINDOW = 5;

/**
 * The last few messages of each chat, so every new message is also read
 * together with the ones just before it. Keyed weakly by the chat element:
 * a chat removed from the page takes its window with it.
 */
export class ThreadWindows {
  private windows = new WeakMap<Element, ScanUnit[]>();
  private claimed = new WeakMap<Element, Set<string>>();

  push(unit: ScanUnit): ScanUnit[] {
    const chat = unit.chat!;
    const list = this.windows.get(chat) ?? [];
    const next = [...list.filter((u) => u.el !== unit.el), unit].slice(-THREAD_WINDOW);
    this.windows.set(chat, next);
    return next;
  }

  /** True the first time a finding key is seen across messages of this chat. */
  claim(chat: Element, key: string): boolean {
    const set = this.claimed.get(chat) ?? new Set<string>();
    this.claimed.set(chat, set);
    if (set.has(key)) return false;
    if (set.size > 1_000) set.clear();
    set.add(key);
    return true;
  }
}
