/**
 * `node --import tsx scripts/make-phone-metadata.ts`: writes
 * lib/detect/lexicon/phone-metadata.json, libphonenumber-js's "min" metadata
 * cut to the regions whose numbers shoppers on the supported platforms meet.
 * The whole set is a third of the content script, which every page compiles;
 * a "+" number from a region left out is still taken when a contact word is
 * next to it (lib/detect/validate.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PHONE_REGIONS = [
  // Greater China and East Asia
  'CN', 'HK', 'MO', 'TW', 'JP', 'KR',
  // South-east and South Asia (Shopee's markets, common seller origins)
  'SG', 'MY', 'TH', 'VN', 'PH', 'ID', 'MM', 'KH', 'IN', 'PK', 'BD', 'LK', 'NP',
  // North America, Oceania
  'US', 'CA', 'AU', 'NZ', 'MX', 'BR', 'AR', 'CO', 'CL', 'PE',
  // Europe
  'GB', 'IE', 'DE', 'FR', 'IT', 'ES', 'PT', 'NL', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK', 'FI', 'PL', 'CZ', 'RO', 'HU', 'GR',
  'UA', 'RU', 'TR',
  // Middle East and Africa
  'AE', 'SA', 'IL', 'EG', 'NG', 'GH', 'KE', 'ZA', 'MA',
] as const;

type Metadata = { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown>; nonGeographic?: unknown };

function main(): void {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8')) as Metadata;
  const keep = new Set<string>(PHONE_REGIONS);
  const countries = Object.fromEntries(Object.entries(full.countries).filter(([c]) => keep.has(c)));
  const codes: Record<string, string[]> = {};
  for (const [code, list] of Object.entries(full.country_calling_codes)) {
    const kept = list.filter((c) => keep.has(c));
    // The main region of a shared code (the first) must stay, or parsing that code fails.
    if (kept.length && keep.has(list[0]!)) codes[code] = kept;
  }
  const out: Metadata = { version: full.version, country_calling_codes: codes, countries };
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/detect/lexicon/phone-metadata.json');
  writeFileSync(file, JSON.stringify(out));
  console.log(`${file}: ${Object.keys(countries).length} regions, ${(JSON.stringify(out).length / 1024).toFixed(1)} KB (full: ${(JSON.stringify(full).length / 1024).toFixed(1)} KB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
