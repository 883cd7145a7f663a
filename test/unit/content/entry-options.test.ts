import { describe, expect, it } from 'vitest';
import content from '../../../entrypoints/content';
import engine from '../../../entrypoints/engine.content';

/**
 * The engine content script hands the engine to the main one in the same
 * frame, so it must run wherever the main script does. Their page options are
 * written out in each file (WXT reads them literally), so this keeps the two
 * copies the same. Same options also make WXT emit them as one entry, which
 * wxt.config.ts then splits in load order.
 */
const pick = (o: Record<string, unknown>) => ({
  matches: o.matches,
  excludeMatches: o.excludeMatches,
  allFrames: o.allFrames,
  matchAboutBlank: o.matchAboutBlank,
  matchOriginAsFallback: o.matchOriginAsFallback,
  runAt: o.runAt,
  world: o.world,
  noScriptStartedPostMessage: o.noScriptStartedPostMessage,
});

describe('content script page options', () => {
  it('are the same for the engine and the main script', () => {
    const main = pick(content as unknown as Record<string, unknown>);
    expect(main.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(pick(engine as unknown as Record<string, unknown>)).toEqual(main);
  });
});
