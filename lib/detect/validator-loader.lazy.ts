/**
 * The validation libraries, evaluated on the first phone number or IBAN
 * candidate instead of while the engine script loads. `require` makes the
 * bundler (rolldown, esbuild) wrap validator-libs and everything only it
 * imports in a lazy initialiser: the page compiles none of that code, nor
 * runs the libraries' start-up (their pattern tables), in the engine script's
 * first task. Used by the extension's builds in place of validator-loader.ts
 * (wxt.config.ts; bench/detect.ts does the same for its start-up figure).
 */
import type { ValidatorLibs } from './validator-loader';

declare const require: (id: string) => unknown;

let libs: ValidatorLibs | undefined;

export function validatorLibs(): ValidatorLibs {
  return (libs ??= require('./validator-libs') as ValidatorLibs);
}
