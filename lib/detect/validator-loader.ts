/**
 * The validation libraries, loaded with the engine: how Node (tests, CLI,
 * benchmarks) reads them. The extension's builds replace this module with
 * validator-loader.lazy.ts (wxt.config.ts), which evaluates them on first use.
 */
import * as libs from './validator-libs';

export type ValidatorLibs = typeof libs;

export function validatorLibs(): ValidatorLibs {
  return libs;
}
