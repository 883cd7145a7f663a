import type { Lang } from '../i18n';
import type { ShownFinding, WarningActions, WarningUi } from './warning-ui';

/**
 * The warning card's code (Preact, the card, its styles: about a fifth of the
 * page's script) is not part of the content script: most pages never show a
 * card, and every page compiled that code in its first task. The background
 * injects `warning-ui.js` into the frame on the first card (`ui/load`), in the
 * extension's isolated world, where it leaves the class on a global of that
 * world only (pages cannot see it). Until then calls wait, in order.
 */
export const WARNING_UI_GLOBAL = '__opgWarningUi';

export interface WarningUiModule {
  WarningUi: typeof WarningUi;
}

export function loadedWarningUi(): WarningUiModule | undefined {
  return (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] as WarningUiModule | undefined;
}

export class LazyWarningUi {
  private real: WarningUi | null = null;
  private loading: Promise<WarningUi> | null = null;

  constructor(
    private readonly doc: Document,
    private readonly lang: Lang,
    private readonly actions: WarningActions,
    private readonly openShadow: boolean,
    /** Has the background inject warning-ui.js into this frame. */
    private readonly load: () => Promise<unknown>,
  ) {}

  show(f: ShownFinding, anchor?: { el: Element; chat: boolean }): void {
    this.with((ui) => ui.show(f, anchor));
  }

  showBuyerNote(anchor: DOMRect): void {
    this.with((ui) => ui.showBuyerNote(anchor));
  }

  /** A capture's result is only ever for a card already shown. */
  captured(key: string | undefined, ok: boolean, reason?: string): void {
    this.real?.captured(key, ok, reason);
  }

  private with(fn: (ui: WarningUi) => void): void {
    this.loading ??= this.start();
    this.loading.then(fn, (err: unknown) => console.warn('[opg] the warning card could not be shown', err));
  }

  private async start(): Promise<WarningUi> {
    try {
      if (!loadedWarningUi()) await this.load();
      const mod = loadedWarningUi();
      if (!mod) throw new Error('warning-ui.js ran but left no WarningUi');
      this.real = new mod.WarningUi(this.doc, this.lang, this.actions, this.openShadow);
      return this.real;
    } catch (err) {
      // The next card tries again (a worker stopped mid-injection, a frame not ready yet).
      this.loading = null;
      throw err;
    }
  }
}
