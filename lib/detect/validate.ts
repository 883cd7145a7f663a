/** Validators that prove a candidate before it counts (checksums, number plans). */
import type { CountryCode, MetadataJson } from './validator-libs';
import { validatorLibs } from './validator-loader';

let phoneMetadata: MetadataJson | undefined;
function parsePhoneNumberFromString(text: string, region?: CountryCode) {
  const { parsePhoneNumberFromString: parseWith, PHONE_METADATA_JSON } = validatorLibs();
  return parseWith(text, { defaultCountry: region }, (phoneMetadata ??= JSON.parse(PHONE_METADATA_JSON) as MetadataJson));
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Issuer prefixes of payment cards: UnionPay, Visa, Mastercard, Amex, JCB, Discover, Maestro. */
export function knownCardBin(d: string): boolean {
  if (/^62/.test(d) || /^4/.test(d) || /^5[1-5]/.test(d) || /^3[47]/.test(d) || /^35(2[89]|[3-8])/.test(d)) return true;
  const four = Number(d.slice(0, 4));
  if (four >= 2221 && four <= 2720) return true;
  return /^(6011|65|64[4-9]|50|5[6-9]|60|8[1-9])/.test(d);
}

export function isCardNumber(d: string): boolean {
  return d.length >= 16 && d.length <= 19 && knownCardBin(d) && luhn(d);
}

/**
 * A valid IBAN: country, length, BBAN shape and the mod-97 check digits. The national check digits inside some BBANs
 * (Spain's DC, France's RIB key…) are not required: people type them wrong and banks still pay by the IBAN check.
 */
export function isIban(raw: string): string | undefined {
  const { ValidationErrorsIBAN, electronicFormatIBAN, validateIBAN } = validatorLibs();
  const e = electronicFormatIBAN(raw);
  if (!e) return undefined;
  // Most letters-then-digits runs in shop text are SKUs and model numbers: the mod-97 check rejects them
  // with a few multiplications, before the library's full validation (which checks it too).
  if (ibanMod97(e) === false) return undefined;
  const r = validateIBAN(e);
  return r.valid || r.errorCodes.every((c) => c === ValidationErrorsIBAN.WrongAccountBankBranchChecksum) ? e : undefined;
}

/** The length of an IBAN of the country (two letters, upper case), or 0 for a country that has none. */
export function ibanLength(country: string): number {
  const spec = validatorLibs().countrySpecs[country];
  return spec?.chars ?? 0;
}

/**
 * The IBAN check digits (ISO 13616: the first four characters moved to the end, letters as 10–35, remainder
 * mod 97 must be 1). Undefined when the text has characters an IBAN cannot have (left to the library).
 */
export function ibanMod97(e: string): boolean | undefined {
  if (e.length < 5) return undefined;
  let rem = 0;
  for (let k = 0; k < e.length; k++) {
    const c = e.charCodeAt((k + 4) % e.length);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return undefined;
  }
  return rem === 1;
}

/** 1[3-9] + 9 digits, except 179… */
export const CN_MOBILE_FAST = /^1(?:[3-68-9]\d|7[0-8])\d{8}$/;

const REGIONS: CountryCode[] = ['CN', 'HK', 'TW', 'US', 'GB', 'SG', 'MY', 'AU', 'CA'];

/** E.164 of a valid phone number; international when it starts with +, else tried in likely regions. */
export function validPhone(digits: string, plus: boolean, loose = false): string | undefined {
  if (digits.length < 7 || digits.length > 15) return undefined;
  // Chinese mobiles are most of the numbers in a chat. libphonenumber's CN plan
  // accepts every 1[3-9] + 9 digits; only 179xx is first stripped as a carrier
  // prefix, so those still go through the parser. (A test pins this to the library.)
  if (!plus && CN_MOBILE_FAST.test(digits)) return '+86' + digits;
  if (plus) {
    const p = parsePhoneNumberFromString('+' + digits);
    if (p && (p.isValid() || (loose && p.isPossible()))) return p.number;
    // A region outside the bundled metadata: with a contact word beside it, an international number is one.
    if (!p && loose && digits.length >= 8 && !/^0/.test(digits)) return '+' + digits;
    return undefined;
  }
  for (const r of REGIONS) {
    const p = parsePhoneNumberFromString(digits, r);
    if (p && p.isValid()) return p.number;
  }
  if (loose) {
    for (const r of REGIONS) {
      const p = parsePhoneNumberFromString(digits, r);
      if (p && p.isPossible() && p.nationalNumber.length === digits.replace(/^0/, '').length && digits.startsWith('0')) return p.number;
    }
  }
  return undefined;
}

/**
 * Mobile numbers as people in English-speaking markets write them at home, with the trunk 0 (their numbering plans
 * give mobiles their own prefixes): the United Kingdom, Ireland, Australia, South Africa, Nigeria, Kenya, the
 * Philippines and Malaysia. (Not New Zealand's 02…: a bank's and a routing number's shape too.) The prefix alone says the line is a person's, as 1[3-9] does for a mainland mobile.
 */
const HOME_MOBILES: ReadonlyArray<readonly [RegExp, CountryCode]> = [
  [/^07[1-57-9]\d{8}$/, 'GB'],
  [/^08[35-9]\d{7}$/, 'IE'],
  [/^04\d{8}$/, 'AU'],
  [/^0[6-8]\d{8}$/, 'ZA'],
  [/^0[789][01]\d{8}$/, 'NG'],
  [/^0(?:7\d|1[01])\d{7}$/, 'KE'],
  [/^09\d{9}$/, 'PH'],
  [/^01[0-46-9]\d{7,8}$/, 'MY'],
];

/**
 * E.164 of a home-written mobile of HOME_MOBILES whose length its region's plan allows, or undefined. Possible, not
 * valid: the plans' lists of allocated blocks lag behind the carriers, and the prefix has already said "mobile".
 */
export function homeMobile(digits: string): string | undefined {
  if (digits.charCodeAt(0) !== 48) return undefined;
  for (const [shape, region] of HOME_MOBILES) {
    if (!shape.test(digits)) continue;
    const p = parsePhoneNumberFromString(digits, region);
    if (p && p.isPossible()) return p.number;
  }
  return undefined;
}

export const B58 = '[1-9A-HJ-NP-Za-km-z]';
export const ETH_RE = /\b0x[0-9a-fA-F]{40}\b/g;
export const TRON_RE = new RegExp(`\\bT${B58}{33}\\b`, 'g');
export const BTC_RE = new RegExp(`\\b(?:[13]${B58}{25,34}|bc1[02-9ac-hj-np-z]{11,71})\\b`, 'g');
