/**
 * The phone and IBAN libraries, handed from their own content script to the
 * engine's (the way lib/content/engine.ts hands the engine to the main
 * script): compiling them is about a third of what the engine script cost in
 * its one task. What is handed over is a getter that starts them on first use.
 * Both scripts run in the extension's isolated world; the page cannot see this global.
 */
import type { ValidatorLibs } from '../detect/validator-loader';

const KEY = Symbol.for('off-platform-guard/validator-libs');

type Holder = { [KEY]?: () => ValidatorLibs };

export function publishValidators(get: () => ValidatorLibs): void {
  (globalThis as Holder)[KEY] = get;
}

/** The getter the validators script published in this frame, if it ran. */
export function takeValidators(): (() => ValidatorLibs) | undefined {
  return (globalThis as Holder)[KEY];
}
