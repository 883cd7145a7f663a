/**
 * The engine and the main content script as separate manifest entries, the
 * engine first (wxt.config.ts applies this to the generated manifest). WXT
 * merges content scripts with the same options into one entry, and Chromium
 * runs one entry's files in one task: two entries are two shorter tasks
 * (lib/content/engine.ts), and the main script finds the engine already there.
 */
export interface ContentScriptEntry {
  js?: string[];
  css?: string[];
  [option: string]: unknown;
}

const isEngine = (file: string): boolean => /(^|\/)engine\.js$/.test(file);

export function splitContentScripts<E extends ContentScriptEntry>(entries: readonly E[]): E[] {
  return entries.flatMap((entry) => {
    const files = [...(entry.js ?? [])].sort((a, b) => Number(!isEngine(a)) - Number(!isEngine(b)));
    if (files.length <= 1) return [entry];
    // Stylesheets stay with the first entry: they are injected once, before its script.
    return files.map((file, i) => {
      const { css, ...rest } = entry;
      return { ...rest, js: [file], ...(i === 0 && css ? { css } : {}) } as E;
    });
  });
}
