import { defineContentScript } from 'wxt/utils/define-content-script';
import { canCompleteThread, detect, detectPayload, detectThread, explain, explainPayload } from '@/lib/detect';
import { publishEngine } from '@/lib/content/engine';

/**
 * The detection engine, injected as a content script of its own just before
 * `content` (lib/content/engine.ts says why; wxt.config.ts keeps the two in
 * separate manifest entries and in this order). Same pages and frames as `content`.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // See entrypoints/content.ts.
  noScriptStartedPostMessage: true,
  main() {
    publishEngine({ detect, detectThread, canCompleteThread, detectPayload, explain, explainPayload });
  },
});
