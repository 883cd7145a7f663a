/**
 * UI language: Simplified Chinese or English, following the browser.
 * Each UI module keeps its own `{ zh, en }` string table and picks with
 * `pickLang`, so parts of the product can grow their texts independently.
 */
export type Lang = 'zh' | 'en';

export function langFrom(tag: string | undefined | null): Lang {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/** The browser's UI language where it can be read, else navigator's. */
export function currentLang(): Lang {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } }; navigator?: { language?: string } };
  try {
    const ui = g.chrome?.i18n?.getUILanguage?.();
    if (ui) return langFrom(ui);
  } catch {
    // not an extension context (tests, demo pages)
  }
  return langFrom(g.navigator?.language);
}

export function pickLang<T>(table: Record<Lang, T>, lang: Lang = currentLang()): T {
  return table[lang];
}
