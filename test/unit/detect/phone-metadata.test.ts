import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PHONE_REGIONS, phoneMetadataModule } from '../../../scripts/make-phone-metadata';
import { validPhone } from '../../../lib/detect/validate';
import bundledJson from '../../../lib/detect/lexicon/phone-metadata';

const bundled = JSON.parse(bundledJson) as { version: number; countries: Record<string, unknown> };

describe('bundled phone metadata', () => {
  it('is exactly the generator output for the installed libphonenumber-js (rerun scripts/make-phone-metadata.ts after an upgrade)', () => {
    const full = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json'), 'utf8')) as { version: number; countries: Record<string, unknown> };
    expect(bundled.version).toBe(full.version);
    expect(Object.keys(bundled.countries).sort()).toEqual([...PHONE_REGIONS].sort());
    for (const c of PHONE_REGIONS) expect(bundled.countries[c]).toEqual(full.countries[c]);
    // and the module is what the generator writes for it, byte for byte
    const file = readFileSync(new URL('../../../lib/detect/lexicon/phone-metadata.ts', import.meta.url), 'utf8');
    expect(file).toBe(phoneMetadataModule(bundled));
  });
  it('validates numbers of the kept regions and takes other international numbers only beside a contact word', () => {
    expect(validPhone('447400123456', true)).toBe('+447400123456');
    expect(validPhone('886912345678', true)).toBe('+886912345678');
    expect(validPhone('2348031234567', true)).toBe('+2348031234567');
    // Kazakhstan (+7 7…) shares Russia's code; an unknown-region number needs the cue
    expect(validPhone('99312345678', true)).toBeUndefined();
    expect(validPhone('99312345678', true, true)).toBe('+99312345678');
  });
});
