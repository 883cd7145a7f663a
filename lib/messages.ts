import { z } from 'zod';
import { FindingSchema, KindSchema, SeveritySchema } from './detect/types';
import { IMAGE_LIMITS } from './images/limits';
import { ANALYSER_IDS } from './images/types';

/**
 * The one protocol between content scripts, the background worker and the
 * extension pages. Every receiver parses with `parseMessage`; nothing is
 * trusted because it arrived over runtime messaging (a compromised or
 * hostile page can reach the content script's world, not ours, but a bug in
 * one part must not crash another).
 */

export const AuthorRoleSchema = z.enum(['seller', 'streamer', 'buyer', 'platform', 'unknown']);
export type AuthorRole = z.infer<typeof AuthorRoleSchema>;

/** Contract 2: one entry of `findings:<tabId>` in storage.session. */
export const TabFindingSchema = z.object({
  kind: KindSchema,
  severity: SeveritySchema,
  text: z.string().max(2_000),
  value: z.string().max(2_000),
  message: z.string().max(20_000),
  url: z.string().max(8_192),
  at: z.iso.datetime(),
  rule: z.string().max(200).optional(),
  /** Stable key of the scan unit + value, so repeats raise a counter instead of a new entry. */
  key: z.string().max(600).optional(),
  count: z.number().int().positive().optional(),
  hidden: z.boolean().optional(),
  platform: z.string().max(100).optional(),
  seller: z.string().max(500).optional(),
});
export type TabFinding = z.infer<typeof TabFindingSchema>;

export const ContextMessageSchema = z.object({
  text: z.string().max(20_000),
  author: z.string().max(500).optional(),
  role: AuthorRoleSchema.optional(),
});
export type ContextMessage = z.infer<typeof ContextMessageSchema>;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const BoxSchema = z.object({
  x: z.number().nonnegative().max(1e5),
  y: z.number().nonnegative().max(1e5),
  width: z.number().nonnegative().max(1e5),
  height: z.number().nonnegative().max(1e5),
});

/**
 * The image a finding was read from (a QR code in it): where the page
 * showed it, the hash of the file the extension analysed, and where in the
 * image the code is. A data: URL is kept only as its first characters; the
 * evidence record keeps the file itself.
 */
export const ImageInfoSchema = z.object({
  src: z.string().max(8_192),
  sha256: Sha256Schema,
  mime: z.string().max(100),
  width: z.number().int().positive().max(1e5),
  height: z.number().int().positive().max(1e5),
  alt: z.string().max(2_000).optional(),
  boxes: z.array(BoxSchema).max(8).optional(),
});
export type ImageInfo = z.infer<typeof ImageInfoSchema>;

export const ImageHitSchema = z.object({
  analyser: z.enum(ANALYSER_IDS),
  text: z.string().max(8_000),
  box: BoxSchema.optional(),
});

/** background → content: what the image pipeline read in one image. */
export const AnalysedImageSchema = z.object({
  sha256: Sha256Schema,
  mime: z.string().max(100),
  width: z.number().int().positive().max(1e5),
  height: z.number().int().positive().max(1e5),
  bytes: z.number().int().nonnegative(),
  hits: z.array(ImageHitSchema).max(16),
  thumb: z.string().startsWith('data:image/png;base64,').max(2_000_000).optional(),
});

/** What the content script reports for one scan unit with findings. */
export const UnitReportSchema = z.object({
  message: z.string().max(20_000),
  findings: z.array(FindingSchema).min(1).max(50),
  author: z.string().max(500).optional(),
  role: AuthorRoleSchema.optional(),
  hidden: z.boolean().optional(),
  context: z.array(ContextMessageSchema).max(20).optional(),
  /** Set when the findings were read from an image rather than from text. */
  image: ImageInfoSchema.optional(),
});
export type UnitReport = z.infer<typeof UnitReportSchema>;

export const PageInfoSchema = z.object({
  url: z.string().max(8_192),
  title: z.string().max(2_000),
  platform: z.string().max(100).optional(),
  seller: z.string().max(500).optional(),
  sellerUrl: z.string().max(8_192).optional(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** content → background: the content script runs in this frame. */
  z.object({ type: z.literal('content/hello'), url: z.string().max(8_192) }),
  /** content → background: findings in scan units of this page. */
  z.object({
    type: z.literal('findings/report'),
    page: PageInfoSchema,
    units: z.array(UnitReportSchema).min(1).max(100),
    pageText: z.string().max(2_000_000).optional(),
  }),
  /** popup → background: the tab's findings (popup has no tab of its own). */
  z.object({ type: z.literal('findings/get'), tabId: z.number().int().nonnegative() }),
  /** content/popup → background: capture evidence now (a user's click). */
  z.object({
    type: z.literal('capture/request'),
    tabId: z.number().int().nonnegative().optional(),
    key: z.string().max(600).optional(),
    /** From the warning card: the unit the user asked to capture (already scrolled into view). */
    page: PageInfoSchema.optional(),
    unit: UnitReportSchema.optional(),
  }),
  /**
   * content → background: analyse an image this frame shows (an <img>'s
   * http(s) URL, or a data: URL made from a blob: image or a canvas).
   */
  z.object({ type: z.literal('image/analyse'), src: z.string().min(1).max(IMAGE_LIMITS.maxSrcChars) }),
  /** any page → background: open the locker page. */
  z.object({ type: z.literal('locker/open') }),
  /** popup/options → background: pause or resume on a site. */
  z.object({ type: z.literal('site/pause'), host: z.string().min(1).max(253), paused: z.boolean() }),
  /** background → content: evidence for this key was saved (or failed). */
  z.object({
    type: z.literal('capture/result'),
    key: z.string().max(600).optional(),
    ok: z.boolean(),
    reason: z.string().max(500).optional(),
  }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export type ParseResult = { ok: true; message: Message } | { ok: false; reason: string };

/** Parse anything that arrived over messaging. Never throws. */
export function parseMessage(raw: unknown): ParseResult {
  const r = MessageSchema.safeParse(raw);
  if (r.success) return { ok: true, message: r.data };
  const first = r.error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'message';
  return { ok: false, reason: `${where}: ${first?.message ?? 'invalid'}` };
}

/** background → content: the page's visible text, for the evidence record. */
export const PageTextRequestSchema = z.object({ type: z.literal('page/text') });
export const PageTextReplySchema = z.object({ text: z.string().max(2_000_000) });

/** background → content (top frame): what to capture when the popup says "capture now". */
export const CollectRequestSchema = z.object({ type: z.literal('capture/collect') });
export const CollectReplySchema = z.object({
  page: PageInfoSchema,
  units: z.array(UnitReportSchema).max(100),
  pageText: z.string().max(2_000_000),
});
export type CollectReply = z.infer<typeof CollectReplySchema>;
