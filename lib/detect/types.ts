/**
 * Zod schemas of the detector's shapes (for messages and stored records); the plain types are in ./kinds.
 * zod/mini: these schemas reach the content script, where the full zod API would be most of the bundle.
 */
import { z } from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KINDS, SEVERITIES } from './kinds';

export * from './kinds';

export const KindSchema = lazySchema(() => z.enum(KINDS));
export const SeveritySchema = lazySchema(() => z.enum(SEVERITIES));

export const FindingSchema = lazySchema(() => z.object({
  kind: KindSchema,
  severity: SeveritySchema,
  rule: z.string().check(z.minLength(1)),
  /** UTF-16 offsets into the original text. */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** The original slice the user saw. */
  text: z.string(),
  /** Canonical value: the WeChat ID, the phone digits, the card number… */
  value: z.string(),
}));
