/**
 * The two validation libraries and the phone metadata, in one module that the
 * rest of lib/detect reaches only through `validatorLibs()` (validator-loader.ts).
 * Together they are about a fifth of the engine's code, and most texts hold no
 * phone number or IBAN candidate.
 */
export { parsePhoneNumberFromString } from 'libphonenumber-js/core';
export type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
export { ValidationErrorsIBAN, countrySpecs, electronicFormatIBAN, validateIBAN } from 'ibantools';
// The regions shoppers meet (scripts/make-phone-metadata.ts): half the size of the full set, as JSON text.
export { default as PHONE_METADATA_JSON } from './lexicon/phone-metadata';
