import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyWarningUi, WARNING_UI_GLOBAL } from '../../../lib/content/lazy-warning-ui';
import type { ShownFinding } from '../../../lib/content/warning-ui';

const calls: string[] = [];
class FakeUi {
  constructor(_doc: unknown, lang: string, _actions: unknown, open: boolean) {
    calls.push(`new ${lang} ${open}`);
  }
  show(f: ShownFinding): void {
    calls.push(`show ${f.key}`);
  }
  showBuyerNote(): void {
    calls.push('note');
  }
  captured(key: string | undefined, ok: boolean): void {
    calls.push(`captured ${key} ${ok}`);
  }
}

const finding = (key: string) => ({ key }) as unknown as ShownFinding;
const actions = { capture: async () => {}, notInducement: () => {}, openLocker: () => {} };
const flush = () => new Promise((r) => setTimeout(r, 0));
const g = globalThis as Record<string, unknown>;

afterEach(() => {
  delete g[WARNING_UI_GLOBAL];
  calls.length = 0;
});

describe('LazyWarningUi: the card code is loaded on the first card', () => {
  it('loads once, then shows every card in the order asked', async () => {
    const load = vi.fn(async () => {
      await flush();
      g[WARNING_UI_GLOBAL] = { WarningUi: FakeUi };
    });
    const ui = new LazyWarningUi({} as Document, 'zh', actions, true, load);
    ui.captured('k', true); // no card yet: nothing to tell
    ui.show(finding('a'));
    ui.show(finding('b'));
    ui.showBuyerNote({} as DOMRect);
    await flush();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['new zh true', 'show a', 'show b', 'note']);
    ui.show(finding('c'));
    ui.captured('c', false);
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls.slice(4)).toEqual(['captured c false', 'show c']);
  });

  it('a failed load is tried again on the next card, and the code already present is not loaded again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('frame gone');
      g[WARNING_UI_GLOBAL] = { WarningUi: FakeUi };
    });
    const ui = new LazyWarningUi({} as Document, 'en', actions, false, load);
    ui.show(finding('a'));
    await flush();
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalled();
    fail = false;
    ui.show(finding('b'));
    await flush();
    expect(calls).toEqual(['new en false', 'show b']);
    const other = new LazyWarningUi({} as Document, 'en', actions, false, load);
    other.show(finding('c'));
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(calls.at(-1)).toBe('show c');
    warn.mockRestore();
  });
});
