import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { VALIDATOR_LOADER_IMPORT, lazyValidatorLoader } from './scripts/lazy-validators';
import { OCR_ASSET_SOURCES } from './lib/ocr/assets';

/** The QR decoder's WebAssembly, shipped as a file of the extension (zxing-wasm would fetch it from a CDN). */
const ZXING_WASM_FILE = 'zxing_reader.wasm';

// Auto-imports are off: every module names what it uses, so lib/ code reads
// the same in Node tests, the CLI and the extension.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'tabs',
      'unlimitedStorage',
      // MHTML snapshots exist only on Chromium; so does the offscreen document that reads text in images.
      ...(browser === 'firefox' ? [] : ['pageCapture', 'offscreen']),
      // The warning card's code is put into a frame on its first card, not into every page (lib/content/lazy-warning-ui.ts).
      'scripting',
    ],
    // WebAssembly (the QR decoder zxing-wasm and the text recogniser Tesseract, both bundled) needs 'wasm-unsafe-eval'; no remote code.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    // captureVisibleTab, and fetching the page's cross-origin images to read codes and text in them, need host access.
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'off-platform-guard@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  hooks: {
    // The QR decoder's wasm and the OCR engine's worker, core and language data ship inside the extension (no CDN).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'), relativeDest: ZXING_WASM_FILE });
      for (const [dest, src] of Object.entries(OCR_ASSET_SOURCES)) {
        files.push({ absoluteSrc: resolve(import.meta.dirname, 'node_modules', src), relativeDest: dest });
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // A lazy schema that nothing reads is dropped like the schema it wraps (lib/lazy-schema.ts).
    // OPG_NOMINIFY=1 keeps the built scripts' function names, for reading a CPU profile of the extension in a page.
    build: { minify: process.env.OPG_NOMINIFY ? false : undefined, rollupOptions: { treeshake: { manualPureFunctions: ['lazySchema'] } } },
    resolve: {
      // The validation libraries load on first use in the extension (lib/detect/validator-loader.lazy.ts).
      alias: [{ find: VALIDATOR_LOADER_IMPORT, replacement: lazyValidatorLoader(import.meta.dirname) }],
    },
  }),
});
