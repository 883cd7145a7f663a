import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '@/lib/content/start';

/**
 * WXT's context also announces itself with `window.postMessage` for content
 * scripts of older WXT versions. Off, for two reasons: the page receives that
 * message, which names this extension's id; and Blink records the JS stack of
 * every postMessage, which makes V8 re-parse the whole minified script for its
 * source positions: about 40 ms of the first task on a 2-core machine
 * (traced). The context still hears newer copies of itself by its DOM event.
 * (WXT's build reads this object literally: no spread.)
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The detection engine runs in the background worker (lib/background/detect.ts).
    startContentScript(ctx);
  },
});
