/**
 * The detection engine as the content script uses it, handed over between
 * two content scripts. The engine (lib/detect, about two thirds of the code)
 * is its own content script, injected just before the main one: Chromium runs
 * each content_scripts entry in a task of its own, so compiling and starting
 * the engine no longer shares one long task with the scanner and its UI.
 * Both run in the extension's isolated world; the page cannot see this global.
 */
import type * as Detect from '../detect';

export type Engine = Pick<typeof Detect, 'detect' | 'detectThread' | 'canCompleteThread' | 'detectPayload' | 'explain' | 'explainPayload'>;

const KEY = Symbol.for('off-platform-guard/engine');

type Holder = { [KEY]?: Engine };

export function publishEngine(engine: Engine): void {
  (globalThis as Holder)[KEY] = engine;
}

/** The engine the engine script published in this frame, if it ran. */
export function takeEngine(): Engine | undefined {
  return (globalThis as Holder)[KEY];
}
