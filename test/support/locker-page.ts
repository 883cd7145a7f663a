/**
 * The locker page in happy-dom against the real (fake-indexeddb) locker:
 * an empty database and a mount point per test, object URLs and
 * IntersectionObserver stood in for (happy-dom has neither for Blobs and
 * layout), and helpers to let Preact and IndexedDB settle.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { openLocker } from '@/lib/evidence/locker';

export interface LockerPage {
  /** Where each test renders the page. */
  root: HTMLElement;
  /** Object URLs the page made and revoked, in order. */
  created: string[];
  revoked: string[];
}

export function useLockerPage(urlPrefix = 'blob:test/'): LockerPage {
  const page: LockerPage = { root: undefined as unknown as HTMLElement, created: [], revoked: [] };
  beforeEach(async () => {
    const db = openLocker();
    await db.open();
    await Promise.all(db.tables.map((t) => t.clear()));
    page.root = document.createElement('div');
    document.body.appendChild(page.root);
    page.created.length = 0;
    page.revoked.length = 0;
    let n = 0;
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      const u = `${urlPrefix}${++n}`;
      page.created.push(u);
      return u;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u: string) => void page.revoked.push(u));
    // Every thumbnail is "on screen" at once; real browsers report it as it scrolls in.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private cb: (e: { isIntersecting: boolean }[]) => void) {}
        observe() {
          queueMicrotask(() => this.cb([{ isIntersecting: true }]));
        }
        disconnect() {}
      },
    );
  });
  afterEach(async () => {
    await act(async () => render(null, page.root));
    page.root.remove();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  return page;
}

export async function flush(times = 8): Promise<void> {
  for (let i = 0; i < times; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

export async function until(what: string, test: () => boolean, ms = 8_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await flush(1);
  }
}

/** A few bytes that start like a PNG: enough for a stored screenshot. */
export const fakePng = (): Blob => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9])], { type: 'image/png' });
