/**
 * manifest.json of an evidence bundle (versioned; zod).
 *
 * Continuity of a case that is a subset of the locker: `chain` holds EVERY
 * entry of the locker's hash chain from the first to the last, in full.
 * Chain entries carry no page content (sequence number, previous hash, the
 * record's hash, ids, times, signature), so this reveals nothing of other
 * cases beyond their count and times, and lets the verifier run the
 * locker's own `verifyChain` over the whole chain: every link and every
 * signature. Full content (record JSON and files) is included only for the
 * records of this case, and each must hash to what its entry says. Entries
 * that name this case but whose record is not in the bundle must be
 * explained by a signed tombstone in the chain, so a record removed from
 * the bundle shows.
 */
import { z } from 'zod';

export const MANIFEST_FORMAT = 'opg-evidence-bundle';
export const MANIFEST_VERSION = 1;

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex SHA-256');
/** A path inside the bundle: no absolute paths, no `..`, no backslashes. */
export const BundlePath = z
  .string()
  .min(1)
  .max(400)
  .refine((p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === '.' || s === ''), 'an unsafe path');

/** A folder inside the bundle, with its trailing slash. */
const BundleDir = z
  .string()
  .max(400)
  .refine((p) => p.endsWith('/') && BundlePath.safeParse(p.slice(0, -1)).success, 'an unsafe folder path');

export const PublicJwkSchema = z.looseObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: z.string().min(1),
  y: z.string().min(1),
});

export const FileRefSchema = z.object({
  path: BundlePath,
  sha256: Hex64,
  size: z.number().int().nonnegative(),
  mime: z.string().max(200).optional(),
  /** What it is to the record: screenshot, pageText, mhtml… */
  role: z.string().max(100).optional(),
});
export type FileRef = z.infer<typeof FileRefSchema>;

/** A chain entry exactly as the locker stores it (its own schema checks the rest). */
export const ChainEntryJsonSchema = z.looseObject({
  seq: z.number().int().nonnegative(),
});

export const ManifestRecordSchema = z.object({
  seq: z.number().int().nonnegative(),
  id: z.string().min(1).max(200),
  /** Folder of the record's files, `records/<seq>-<id>/`. */
  dir: BundleDir,
  /** The record exactly as the locker hashed it: SHA-256 of its canonical JSON is the record hash. */
  record: z.record(z.string(), z.unknown()),
  recordHash: Hex64,
  files: z.array(FileRefSchema),
});
export type ManifestRecord = z.infer<typeof ManifestRecordSchema>;

export const ManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(MANIFEST_VERSION),
  bundleId: z.string().min(1).max(100),
  createdAt: z.iso.datetime(),
  extensionVersion: z.string().max(50),
  case: z.object({ id: z.string().min(1).max(200), name: z.string().max(500) }),
  publicKeyJwk: PublicJwkSchema,
  /** SHA-256 of the canonical JSON of {crv, kty, x, y}: a short name for the key. */
  keyFingerprint: Hex64,
  /** Plain words on what is hashed and signed, for someone checking by hand. */
  signing: z.string().max(4000),
  chain: z.object({
    /** Every entry of the locker's chain, first to last. */
    entries: z.array(ChainEntryJsonSchema),
  }),
  /** This case's records, in chain order. */
  records: z.array(ManifestRecordSchema),
  /** Reading aids generated at export (report, drafts, VERIFY.txt) and their hashes. */
  derived: z.array(FileRefSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const DERIVED_FILES = ['report.html', 'complaint-12315.txt', 'platform-report.txt', 'complaint-en.txt', 'VERIFY.txt'] as const;
