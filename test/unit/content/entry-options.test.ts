import { describe, expect, it } from 'vitest';
import content from '../../../entrypoints/content';
import engine from '../../../entrypoints/engine.content';
import validators from '../../../entrypoints/validators.content';

/**
 * The three content scripts hand work to each other in one frame (validators →
 * engine → main), so each must run wherever the next one does. Their page
 * options are written out in each file (WXT reads them literally), so this
 * keeps the three copies the same. Same options also make WXT emit them as one
 * entry, which wxt.config.ts then splits in load order.
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
  it('are the same for the validators, the engine and the main script', () => {
    const main = pick(content as unknown as Record<string, unknown>);
    expect(main.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(pick(engine as unknown as Record<string, unknown>)).toEqual(main);
    expect(pick(validators as unknown as Record<string, unknown>)).toEqual(main);
  });
});
