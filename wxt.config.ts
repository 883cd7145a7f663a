import { createRequire } from 'node:module';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

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
      // MHTML snapshots exist only on Chromium.
      ...(browser === 'firefox' ? [] : ['pageCapture']),
    ],
    // captureVisibleTab, and fetching the page's cross-origin images to read QR codes in them, need host access.
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    // The QR decoder is WebAssembly (zxing-wasm, bundled): compiling it needs 'wasm-unsafe-eval'; no remote code.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'off-platform-guard@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'), relativeDest: ZXING_WASM_FILE });
    },
  },
});
