import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** zxing-wasm's reader binary from node_modules, as the extension bundles it. */
export async function zxingWasmFromDisk(): Promise<ArrayBuffer> {
  const file = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const b = readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
