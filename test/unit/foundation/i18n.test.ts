import { describe, expect, it } from 'vitest';
import { langFrom, pickLang } from '@/lib/i18n';
import { KINDS } from '@/lib/detect/types';
import { KIND_LABELS } from '@/lib/kind-labels';

describe('UI language', () => {
  it('follows the browser: any zh tag is Chinese, everything else English', () => {
    expect(langFrom('zh-CN')).toBe('zh');
    expect(langFrom('zh-TW')).toBe('zh');
    expect(langFrom('en-US')).toBe('en');
    expect(langFrom('fr')).toBe('en');
    expect(langFrom(undefined)).toBe('en');
    expect(pickLang({ zh: '中', en: 'en' }, 'zh')).toBe('中');
  });

  it('every kind has a label in both languages', () => {
    for (const k of KINDS) {
      expect(KIND_LABELS.zh[k]).toBeTruthy();
      expect(KIND_LABELS.en[k]).toBeTruthy();
    }
  });
});
