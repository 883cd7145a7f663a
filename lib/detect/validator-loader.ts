/**
 * The validation libraries, loaded with the engine: how Node (tests, CLI,
 * benchmarks) reads them. The extension's builds replace this module
 * (wxt.config.ts): the engine content script takes them from the validators
 * content script (lib/content/validator-loader.engine.ts), and other builds
 * start them on first use (validator-loader.lazy.ts).
 */
import * as libs from './validator-libs';

export type ValidatorLibs = typeof libs;

export function validatorLibs(): ValidatorLibs {
  return libs;
}
