import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as esbuild from 'esbuild';
import { lazyValidatorsPlugin } from '../../../scripts/lazy-validators';

/**
 * The extension's builds swap validator-loader.ts for validator-loader.lazy.ts
 * (wxt.config.ts), so the phone and IBAN libraries start on first use. This
 * bundles lib/detect the same way and runs the bundle: detection must be the
 * same, and the libraries must sit inside a lazy initialiser, not at top level.
 */
const root = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let code: string;
let lazy: typeof import('../../../lib/detect/index');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'opg-lazy-'));
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'lib/detect/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: [lazyValidatorsPlugin(root)],
  });
  code = result.outputFiles[0]!.text;
  const file = path.join(dir, 'detect.mjs');
  writeFileSync(file, code);
  lazy = (await import(pathToFileURL(file).href)) as typeof lazy;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validation libraries loaded on first use', () => {
  it('wraps the libraries and the phone metadata in lazy initialisers', () => {
    expect(code).toMatch(/var init_validator_libs = __esm\(/);
    // the metadata text and the IBAN country table are assigned inside their modules' initialisers
    expect(code).toMatch(/var init_phone_metadata = __esm\(\{\s*"lib\/detect\/lexicon\/phone-metadata\.ts"\(\) \{\s*"use strict";\s*phone_metadata_default = '\{"version"/);
    // (a lazily initialised module's top-level `var x = …` becomes a hoisted `var x;` and an assignment inside init_…)
    expect(code).toMatch(/var init_ibantools = __esm\(/);
    expect(code).toContain('countrySpecs = {');
    expect(code).not.toContain('var countrySpecs = {');
  });

  it('finds international phone numbers and IBANs as the eager engine does', async () => {
    const eager = await import('../../../lib/detect/index');
    for (const text of [
      'WhatsApp +44 20 7946 0958',
      '加我 WhatsApp +852 9123 4567',
      'IBAN GB82 WEST 1234 5698 7654 32, pay there',
      'call me on 0412 345 678 instead',
      '加我微信 abc_123',
    ]) {
      const a = lazy.detect(text).findings.map((f) => [f.kind, f.value]);
      expect(a).toEqual(eager.detect(text).findings.map((f) => [f.kind, f.value]));
    }
    expect(lazy.detect('WhatsApp +44 20 7946 0958').findings.some((f) => f.kind === 'phone' && f.value === '442079460958')).toBe(true);
    expect(lazy.detect('IBAN GB82 WEST 1234 5698 7654 32, pay there').findings.some((f) => f.kind === 'bank_account')).toBe(true);
  });
});
