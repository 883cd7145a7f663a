import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { WarningUi } from '@/lib/content/warning-ui';
import { WARNING_UI_GLOBAL, type WarningUiModule } from '@/lib/content/lazy-warning-ui';

/**
 * The warning card's code, injected by the background into a frame on its
 * first card (lib/content/lazy-warning-ui.ts says why). It runs in the
 * extension's isolated world, so the global is the content script's, not the
 * page's.
 */
export default defineUnlistedScript(() => {
  const mod: WarningUiModule = { WarningUi };
  (globalThis as Record<string, unknown>)[WARNING_UI_GLOBAL] = mod;
});
