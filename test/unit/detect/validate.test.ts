import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { CN_MOBILE_FAST, ibanMod97, isIban, validPhone } from '../../../lib/detect/validate';

describe('validPhone fast path for Chinese mobiles', () => {
  it('agrees with libphonenumber on every 1[3-9]xx prefix', () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let p = 130; p <= 199; p++) {
      for (let k = 0; k < 40; k++) {
        const d = String(p) + String(Math.floor(rnd() * 1e8)).padStart(8, '0');
        const lib = parsePhoneNumberFromString(d, 'CN');
        if (CN_MOBILE_FAST.test(d)) {
          expect(lib?.isValid(), d).toBe(true);
          expect(validPhone(d, false)).toBe(lib!.number);
        }
      }
    }
  });
  it('leaves 179… (carrier prefix) to the library', () => {
    expect(CN_MOBILE_FAST.test('17951234567')).toBe(false);
    expect(CN_MOBILE_FAST.test('13800138000')).toBe(true);
  });
});

describe('IBAN check digits before the library', () => {
  it('agree with ibantools: every IBAN the library accepts passes mod 97, and a changed digit fails', () => {
    const good = ['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606', 'NL91 ABNA 0417 1643 00'];
    for (const g of good) {
      const e = electronicFormatIBAN(g)!;
      expect(isValidIBAN(e), g).toBe(true);
      expect(ibanMod97(e), g).toBe(true);
      expect(isIban(g), g).toBe(e);
      // every single-digit change breaks mod 97, and the library says the same
      for (let i = 4; i < e.length; i++) {
        const c = e.charCodeAt(i);
        if (c < 48 || c > 57) continue;
        const bad = e.slice(0, i) + String.fromCharCode(48 + ((c - 48 + 1) % 10)) + e.slice(i + 1);
        expect(ibanMod97(bad), bad).toBe(false);
        expect(isValidIBAN(bad), bad).toBe(false);
        expect(isIban(bad), bad).toBeUndefined();
      }
    }
  });
  it('leaves text an IBAN cannot be to the library', () => {
    expect(ibanMod97('GB82-WEST')).toBeUndefined();
    expect(ibanMod97('GB8')).toBeUndefined();
    expect(isIban('SKU AB12 3456 7890')).toBeUndefined();
  });
});
