/**
 * validator-loader for the engine content script's build (wxt.config.ts): the
 * libraries come from the validators content script, which runs just before
 * it in the same frame, so the engine script does not carry their code.
 */
import type { ValidatorLibs } from '../detect/validator-loader';
import { takeValidators } from './validators';

export function validatorLibs(): ValidatorLibs {
  const get = takeValidators();
  if (!get) throw new Error('[opg] the validators content script did not run in this frame: phone numbers and IBANs cannot be checked');
  return get();
}
