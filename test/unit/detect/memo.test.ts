/** The memo of recent texts, and the switch benchmarks use to measure the engine without it. */
import { afterEach, describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { normalise, setMemo } from '../../../lib/detect/normalise';

describe('memo of recent texts', () => {
  afterEach(() => setMemo(true));

  it('gives back the same reading of a text seen just now', () => {
    const text = '加我微信 memo_test_01';
    expect(normalise(text)).toBe(normalise(text));
  });

  it('can be switched off: every call works the text out again, with the same findings', () => {
    const text = '加我微信 memo_test_02';
    const withMemo = detect(text);
    setMemo(false);
    const a = normalise(text);
    const b = normalise(text);
    expect(a).not.toBe(b);
    expect(a.canon).toBe(b.canon);
    expect(detect(text)).toEqual(withMemo);
    expect(withMemo.findings.map((f) => f.kind)).toContain('wechat');
  });
});
