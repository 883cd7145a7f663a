import { z } from 'zod';
import { FindingSchema } from '../detect/types';
import { AuthorRoleSchema, ContextMessageSchema, ImageInfoSchema, PageInfoSchema } from '../messages';

/** Files a record can hold: `image` is the picture a finding was read from (a QR code in it). */
export const FILE_ROLES = ['screenshot', 'pageText', 'mhtml', 'image'] as const;
export const FileRoleSchema = z.enum(FILE_ROLES);
export type FileRole = z.infer<typeof FileRoleSchema>;

export const RecordFileSchema = z.object({
  role: FileRoleSchema,
  name: z.string().min(1).max(100),
  mime: z.string().max(100),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type RecordFile = z.infer<typeof RecordFileSchema>;

export const RECORD_VERSION = 1;

/** A finding as the record keeps it: the detector's finding plus, optionally, the plain-language reason shown to the user. */
export const RecordFindingSchema = z.object({
  ...FindingSchema.shape,
  explanation: z.string().max(2_000).optional(),
});
export type RecordFinding = z.infer<typeof RecordFindingSchema>;

/**
 * The content of one evidence record: exactly what is hashed and signed.
 * Everything a court or platform needs to read it without this extension.
 */
export const EvidenceRecordSchema = z.object({
  version: z.literal(RECORD_VERSION),
  id: z.string().min(1).max(100),
  caseId: z.string().min(1).max(200),
  entry: z.enum(['record', 'addendum']),
  /** For an addendum: the record it adds context to. */
  addendumOf: z.string().max(100).optional(),
  trigger: z.enum(['auto', 'manual']),
  capturedAt: z.iso.datetime(),
  timeZone: z.string().max(100),
  utcOffsetMinutes: z.number().int(),
  localTime: z.string().max(100),
  page: PageInfoSchema,
  message: z.string().max(20_000),
  author: z.string().max(500).optional(),
  role: z.optional(AuthorRoleSchema),
  hidden: z.boolean().optional(),
  findings: z.array(RecordFindingSchema).max(50),
  /** For findings read from an image: the image (its file is the record's `image` file), each finding's value the decoded payload. */
  image: z.optional(ImageInfoSchema),
  context: z.array(ContextMessageSchema).max(20),
  browser: z.string().max(1_000),
  extensionVersion: z.string().max(50),
  files: z.array(RecordFileSchema).max(5),
  screenshotError: z.string().max(500).optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export const ChainEntrySchema = z.object({
  seq: z.number().int().positive(),
  prev: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['record', 'tombstone', 'addendum']),
  recordId: z.string().min(1).max(100),
  recordHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /**
   * The seq of the entry this one refers to: for a tombstone the entry of
   * the record it removes, for an addendum the entry of the record it adds
   * context to.
   */
  ref: z.number().int().positive().optional(),
  caseId: z.string().min(1).max(200),
  at: z.iso.datetime(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sig: z.string().min(1).max(200),
});

/** A row of the records table: the hashed content plus what indexes need. */
export interface RecordRow {
  id: string;
  caseId: string;
  seq: number;
  capturedAt: string;
  /**
   * capturedAt while this is a live record the locker lists; absent on
   * addenda and deleted records, so the indexes over it hold only those.
   */
  listedAt?: string;
  platform: string;
  entry: 'record' | 'addendum';
  addendumOf?: string;
  kinds: string[];
  values: string[];
  /** null once deleted: the tombstone in the chain says so. */
  content: EvidenceRecord | null;
  hash: string;
  deleted?: boolean;
  deletedAt?: string;
}

export interface FileRow {
  /** `${recordId}/${role}` */
  id: string;
  recordId: string;
  role: FileRole;
  blob: Blob;
}

export interface CaseRow {
  id: string;
  platform: string;
  seller?: string;
  sellerUrl?: string;
  host: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  records: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}
