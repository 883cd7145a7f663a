/**
 * The messages of the OCR document (an offscreen document on Chromium), with
 * zod schemas: the service worker (or any extension page) asks it to read one
 * image; content scripts may not (checked by the receiver).
 */
import { z } from 'zod';
import { FindingSchema, SeveritySchema } from '../detect/types';

export const BoxSchema = z.object({
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
});

/** An image to read: an http(s) URL the extension may fetch, or a data: URL of the bytes. */
export const OcrSourceSchema = z
  .string()
  .max(16 * 1024 * 1024)
  .refine((s) => /^https?:\/\//i.test(s) || /^data:image\/[\w.+-]+;base64,/i.test(s), 'src must be an http(s) or data:image URL');

export const OcrRecognizeSchema = z.object({
  type: z.literal('ocr/recognize'),
  src: OcrSourceSchema,
});
export type OcrRecognize = z.infer<typeof OcrRecognizeSchema>;

export const ImageTextFindingSchema = z.object({
  ...FindingSchema.shape,
  reading: z.number().int().nonnegative(),
  line: z.number().int().nonnegative(),
  box: BoxSchema,
});

export const ImageTextResultSchema = z.object({
  flagged: z.boolean(),
  severity: z.union([SeveritySchema, z.literal('none')]),
  text: z.string(),
  findings: z.array(ImageTextFindingSchema),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

export const OcrReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    result: ImageTextResultSchema,
    /** Engine start-up (0 once loaded) and recognition time. */
    loadMs: z.number().nonnegative(),
    recognizeMs: z.number().nonnegative(),
    engine: z.string(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type OcrReply = z.infer<typeof OcrReplySchema>;

/** The message types this document answers; anything else is left to other listeners. */
export function isOcrMessage(msg: unknown): boolean {
  return typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string' && (msg as { type: string }).type.startsWith('ocr/');
}
