import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { CN_MOBILE_FAST, validPhone } from '../../../lib/detect/validate';

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
