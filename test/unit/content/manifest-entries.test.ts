import { describe, expect, it } from 'vitest';
import { splitContentScripts } from '../../../lib/content/manifest-entries';

const page = { matches: ['http://*/*', 'https://*/*'], all_frames: true, match_about_blank: true, run_at: 'document_idle' };

describe('splitContentScripts', () => {
  it('gives the engine and the main script an entry each, the engine first, with the same options', () => {
    const out = splitContentScripts([{ ...page, js: ['content-scripts/content.js', 'content-scripts/engine.js'] }]);
    expect(out).toEqual([
      { ...page, js: ['content-scripts/engine.js'] },
      { ...page, js: ['content-scripts/content.js'] },
    ]);
  });
  it('keeps stylesheets with the first entry only', () => {
    const out = splitContentScripts([{ ...page, js: ['content-scripts/content.js', 'content-scripts/engine.js'], css: ['content-scripts/content.css'] }]);
    expect(out.map((e) => e.css)).toEqual([['content-scripts/content.css'], undefined]);
  });
  it('leaves single-script entries and other scripts alone', () => {
    const one = { ...page, js: ['content-scripts/other.js'] };
    expect(splitContentScripts([one])).toEqual([one]);
    expect(splitContentScripts([{ ...page, js: ['a/notengine.js', 'b/x.js'] }]).map((e) => e.js)).toEqual([['a/notengine.js'], ['b/x.js']]);
  });
});
