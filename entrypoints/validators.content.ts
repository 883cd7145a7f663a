import { defineContentScript } from 'wxt/utils/define-content-script';
import { validatorLibs } from '@/lib/detect/validator-loader.lazy';
import { publishValidators } from '@/lib/content/validators';

/**
 * The phone and IBAN libraries, a content script of their own injected just
 * before the engine (lib/content/validators.ts says why; wxt.config.ts keeps
 * the three scripts in separate manifest entries, in order). This build gets
 * the lazy loader, so the libraries start on the first number, not here.
 * Same pages and frames as `engine` and `content`.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // See entrypoints/content.ts.
  noScriptStartedPostMessage: true,
  main() {
    publishValidators(validatorLibs);
  },
});
