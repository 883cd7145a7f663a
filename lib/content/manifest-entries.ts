/**
 * The validation libraries, the engine and the main content script as
 * separate manifest entries, in that order (wxt.config.ts applies this to the
 * generated manifest). WXT merges content scripts with the same options into
 * one entry, and Chromium compiles and runs one entry's files in one task:
 * three entries are three shorter tasks (lib/content/engine.ts), and each
 * script finds the one before it already there.
 */
export interface ContentScriptEntry {
  js?: string[];
  css?: string[];
  [option: string]: unknown;
}

/** Load order: the validators, then the engine, then everything else (the main script). */
function rank(file: string): number {
  if (/(^|\/)validators\.js$/.test(file)) return 0;
  if (/(^|\/)engine\.js$/.test(file)) return 1;
  return 2;
}

export function splitContentScripts<E extends ContentScriptEntry>(entries: readonly E[]): E[] {
  return entries.flatMap((entry) => {
    const files = [...(entry.js ?? [])].sort((a, b) => rank(a) - rank(b));
    if (files.length <= 1) return [entry];
    // Stylesheets stay with the first entry: they are injected once, before its script.
    return files.map((file, i) => {
      const { css, ...rest } = entry;
      return { ...rest, js: [file], ...(i === 0 && css ? { css } : {}) } as E;
    });
  });
}
