import { afterEach, describe, expect, it } from 'vitest';
import { validatorLibs as engineLoader } from '../../../lib/content/validator-loader.engine';
import { publishValidators, takeValidators } from '../../../lib/content/validators';
import { validatorLibs as eager } from '../../../lib/detect/validator-loader';

const KEY = Symbol.for('off-platform-guard/validator-libs');

afterEach(() => {
  delete (globalThis as { [KEY]?: unknown })[KEY];
});

describe('validation libraries handed from the validators script to the engine', () => {
  it('gives the engine what the validators script published, started only when first asked', () => {
    let started = 0;
    publishValidators(() => {
      started++;
      return eager();
    });
    expect(started).toBe(0);
    expect(takeValidators()).toBeTypeOf('function');
    const libs = engineLoader();
    expect(started).toBe(1);
    expect(libs.parsePhoneNumberFromString('+442079460958', {}, JSON.parse(libs.PHONE_METADATA_JSON))?.isValid()).toBe(true);
    expect(libs.electronicFormatIBAN('GB82 WEST 1234 5698 7654 32')).toBe('GB82WEST12345698765432');
  });

  it('says clearly when the validators script did not run in the frame', () => {
    expect(takeValidators()).toBeUndefined();
    expect(() => engineLoader()).toThrow(/validators content script did not run/);
  });
});
