import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { FindingSchema, KindSchema, SeveritySchema } from './detect/types';
import { IMAGE_LIMITS } from './images/limits';
import { ANALYSER_IDS } from './images/types';
import { SettingsSchema } from './settings';

/** "This is not inducement" fingerprints kept per site (the oldest go first). */
export const MAX_DISMISSED_PER_SITE = 2_000;

/**
 * The one protocol between content scripts, the background worker and the
 * extension pages. Every receiver parses with `parseMessage`; nothing is
 * trusted because it arrived over runtime messaging (a compromised or
 * hostile page can reach the content script's world, not ours, but a bug in
 * one part must not crash another).
 *
 * zod/mini (same validation, functional API): the content script parses
 * these, and the full zod API would be a quarter of its bundle.
 */

/**
 * A string of at most `max` UTF-16 units. One schema per limit, shared by
 * every field with that limit (schemas are immutable): each one built costs
 * the content script's first task, where zod builds these at load.
 */
const strings = new Map<number, z.ZodMiniString<string>>();
const str = (max: number): z.ZodMiniString<string> => {
  let s = strings.get(max);
  if (s === undefined) strings.set(max, (s = z.string().check(z.maxLength(max))));
  return s;
};
/** A string of `min`..`max` UTF-16 units. */
const strIn = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const count = () => z.int().check(z.nonnegative());

export const AuthorRoleSchema = lazySchema(() => z.enum(['seller', 'streamer', 'buyer', 'platform', 'unknown']));
export type AuthorRole = z.infer<typeof AuthorRoleSchema>;

/** Contract 2: one entry of `findings:<tabId>` in storage.session. */
export const TabFindingSchema = lazySchema(() => z.object({
  kind: KindSchema,
  severity: SeveritySchema,
  text: str(2_000),
  value: str(2_000),
  message: str(20_000),
  url: str(8_192),
  at: z.iso.datetime(),
  rule: z.optional(str(200)),
  /** Stable key of the scan unit + value, so repeats raise a counter instead of a new entry. */
  key: z.optional(str(600)),
  count: z.optional(z.int().check(z.positive())),
  hidden: z.optional(z.boolean()),
  platform: z.optional(str(100)),
  seller: z.optional(str(500)),
}));
export type TabFinding = z.infer<typeof TabFindingSchema>;

export const ContextMessageSchema = lazySchema(() => z.object({
  text: str(20_000),
  author: z.optional(str(500)),
  role: z.optional(AuthorRoleSchema),
}));
export type ContextMessage = z.infer<typeof ContextMessageSchema>;

const Sha256Schema = lazySchema(() => z.string().check(z.regex(/^[0-9a-f]{64}$/)));

export const BoxSchema = lazySchema(() => z.object({
  x: z.number().check(z.nonnegative(), z.maximum(1e5)),
  y: z.number().check(z.nonnegative(), z.maximum(1e5)),
  width: z.number().check(z.nonnegative(), z.maximum(1e5)),
  height: z.number().check(z.nonnegative(), z.maximum(1e5)),
}));

/**
 * The image a finding was read from (a QR code in it): where the page
 * showed it, the hash of the file the extension analysed, and where in the
 * image the code is. A data: URL is kept only as its first characters; the
 * evidence record keeps the file itself.
 */
export const ImageInfoSchema = lazySchema(() => z.object({
  src: str(8_192),
  sha256: Sha256Schema,
  mime: str(100),
  width: z.int().check(z.positive(), z.maximum(1e5)),
  height: z.int().check(z.positive(), z.maximum(1e5)),
  alt: z.optional(str(2_000)),
  boxes: z.optional(z.array(BoxSchema).check(z.maxLength(8))),
  /** For text read in the image (OCR): the recognised text, as the record keeps it. */
  text: z.optional(str(20_000)),
}));
export type ImageInfo = z.infer<typeof ImageInfoSchema>;

export const ImageHitSchema = lazySchema(() => z.object({
  analyser: z.enum(ANALYSER_IDS),
  text: str(8_000),
  box: z.optional(BoxSchema),
}));

/** background → content: what the image pipeline read in one image. */
export const AnalysedImageSchema = lazySchema(() => z.object({
  sha256: Sha256Schema,
  mime: str(100),
  width: z.int().check(z.positive(), z.maximum(1e5)),
  height: z.int().check(z.positive(), z.maximum(1e5)),
  bytes: count(),
  hits: z.array(ImageHitSchema).check(z.maxLength(16)),
  thumb: z.optional(z.string().check(z.startsWith('data:image/png;base64,'), z.maxLength(2_000_000))),
}));

/** What the content script reports for one scan unit with findings. */
export const UnitReportSchema = lazySchema(() => z.object({
  message: str(20_000),
  findings: z.array(FindingSchema).check(z.minLength(1), z.maxLength(50)),
  author: z.optional(str(500)),
  role: z.optional(AuthorRoleSchema),
  hidden: z.optional(z.boolean()),
  context: z.optional(z.array(ContextMessageSchema).check(z.maxLength(20))),
  /** Set when the findings were read from an image rather than from text. */
  image: z.optional(ImageInfoSchema),
  /**
   * When the content script found them (ms since the epoch): a report can wait a little for the next
   * detection request to ride on, and the finding's time is when it was found, not when it arrived.
   */
  at: z.optional(count()),
}));
export type UnitReport = z.infer<typeof UnitReportSchema>;

export const PageInfoSchema = lazySchema(() => z.object({
  url: str(8_192),
  title: str(2_000),
  platform: z.optional(str(100)),
  seller: z.optional(str(500)),
  sellerUrl: z.optional(str(8_192)),
}));
export type PageInfo = z.infer<typeof PageInfoSchema>;

/** Findings in scan units of a page: the body of findings/report, and of the report a detection request carries. */
export const FindingsReportSchema = lazySchema(() => z.object({
  page: PageInfoSchema,
  units: z.array(UnitReportSchema).check(z.minLength(1), z.maxLength(100)),
  pageText: z.optional(str(2_000_000)),
}));
export type FindingsReport = z.infer<typeof FindingsReportSchema>;

/** background → content: evidence for this key was saved (or failed). */
export const CaptureResultSchema = lazySchema(() => z.object({
  type: z.literal('capture/result'),
  key: z.optional(str(600)),
  ok: z.boolean(),
  reason: z.optional(str(500)),
}));

/** The UI language a reply's explanations are written in. */
export const LangSchema = lazySchema(() => z.enum(['zh', 'en']));

/** Longest text one scan unit sends to be read (the scanner cuts units at 20,000 characters). */
export const MAX_UNIT_TEXT = 100_000;
/** Most earlier messages sent with a chat message, to be read with it as a thread (ThreadWindows keeps 5). */
export const MAX_THREAD_WINDOW = 8;
/** Each message of a thread window is read up to this long (a split handle lives in short messages). */
export const MAX_THREAD_TEXT = 20_000;

export const DetectUnitSchema = lazySchema(() => z.object({
  text: str(MAX_UNIT_TEXT),
  /**
   * The chat's last messages, oldest first, this one last: read together, newest mode. A message is its text, or
   * the index of a unit of the same request (this one or an earlier one) whose text it is: a chat's window repeats
   * the messages sent just before it, and every text posted costs the page (see threadOnWire).
   */
  thread: z.optional(z.array(z.union([str(MAX_THREAD_TEXT), count()])).check(z.minLength(2), z.maxLength(MAX_THREAD_WINDOW))),
}));
export type DetectUnit = z.infer<typeof DetectUnitSchema>;

/** Every index in a unit's thread names that unit or an earlier one of the request. */
function threadRefsBackward(units: readonly DetectUnit[]): boolean {
  return units.every((u, i) => u.thread?.every((t) => typeof t === 'string' || t <= i) ?? true);
}

/** The texts of unit `i`'s thread window, indices read as the texts of the units they name (cut like a sent text). */
export function threadTexts(units: readonly DetectUnit[], i: number): string[] | undefined {
  return units[i]?.thread?.map((t) => (typeof t === 'string' ? t : units[t]!.text.slice(0, MAX_THREAD_TEXT)));
}

/**
 * Unit `i`'s thread window as sent: each message that is the text of this unit or an earlier one of `units`
 * becomes that unit's index. A live room's request holds a few consecutive messages, and each one's window
 * repeated the ones before it: its texts went over the port up to five times (postMessage was a fifth of the
 * content script's cost on a 6,000-element page, profiled).
 */
export function threadOnWire(units: readonly { text: string }[], i: number, thread: readonly string[]): Array<string | number> {
  return thread.map((t) => {
    for (let j = i; j >= 0 && j > i - MAX_THREAD_WINDOW; j--) if (units[j]!.text.slice(0, MAX_THREAD_TEXT) === t) return j;
    return t;
  });
}

export const ExplanationSchema = lazySchema(() => z.object({ asked: str(2_000), risk: str(2_000), instead: str(2_000) }));

/**
 * background → content: the units sent that hold findings (by their index in
 * the request; nearly all chat text holds none, and the content script parses
 * every reply), and the explanation of every rule among them.
 */
export const DetectUnitsReplySchema = lazySchema(() => z.object({
  found: z.array(
    z.object({
      unit: count(),
      findings: z.array(FindingSchema),
      /** Findings across the thread window (indices into it) that its last message completes. */
      thread: z.array(z.object({ ...FindingSchema.shape, message: count() })),
    }),
  ),
  explanations: z.record(z.string(), ExplanationSchema),
}));
export type DetectUnitsReply = z.infer<typeof DetectUnitsReplySchema>;

/** background → content: per payload (a code read in an image) its findings, and the explanations. */
export const DetectPayloadsReplySchema = lazySchema(() => z.object({
  results: z.array(z.array(FindingSchema)),
  explanations: z.record(z.string(), ExplanationSchema),
}));
export type DetectPayloadsReply = z.infer<typeof DetectPayloadsReplySchema>;

/**
 * background → content: the answer to 'content/hello'. The settings and this
 * site's "not inducement" fingerprints come with it, so the page's script
 * reads no storage itself (WXT's storage checks its migrations when the
 * script loads, in the page's first task).
 */
export const ContentHelloReplySchema = lazySchema(() => z.object({
  tabId: z.nullable(count()),
  frameId: count(),
  settings: SettingsSchema,
  dismissed: z.array(str(64)).check(z.maxLength(MAX_DISMISSED_PER_SITE)),
}));
export type ContentHelloReply = z.infer<typeof ContentHelloReplySchema>;

export const ExplainReplySchema = lazySchema(() => z.object({ explanations: z.record(z.string(), ExplanationSchema) }));

export const MessageSchema = lazySchema(() => z.discriminatedUnion('type', [
  /** content → background: the content script runs in this frame. */
  z.object({ type: z.literal('content/hello'), url: str(8_192) }),
  /** content → background: the user said a finding on this page is not inducement (the site is the sender's). */
  z.object({ type: z.literal('dismissals/add'), fp: strIn(1, 64) }),
  /** content → background: put the warning card's code into this frame (its first card). */
  z.object({ type: z.literal('ui/load') }),
  /** content → background: findings in scan units of this page. */
  z.object({ type: z.literal('findings/report'), ...FindingsReportSchema.shape }),
  /** popup → background: the tab's findings (popup has no tab of its own). */
  z.object({ type: z.literal('findings/get'), tabId: count() }),
  /** content/popup → background: capture evidence now (a user's click). */
  z.object({
    type: z.literal('capture/request'),
    tabId: z.optional(count()),
    key: z.optional(str(600)),
    /** From the warning card: the unit the user asked to capture (already scrolled into view). */
    page: z.optional(PageInfoSchema),
    unit: z.optional(UnitReportSchema),
  }),
  /**
   * content → background: analyse an image this frame shows (an <img>'s
   * http(s) URL, or a data: URL made from a blob: image or a canvas).
   */
  z.object({ type: z.literal('image/analyse'), src: strIn(1, IMAGE_LIMITS.maxSrcChars) }),
  /** content → background: read the text written in an image (OCR), one image at a time. */
  z.object({ type: z.literal('image/read-text'), src: strIn(1, IMAGE_LIMITS.maxSrcChars) }),
  /**
   * content → background: read scan units with the detection engine, which
   * runs in the background worker rather than in every frame of every page
   * (lib/background/detect.ts says why).
   */
  z.object({
    type: z.literal('detect/units'),
    lang: LangSchema,
    units: z.array(DetectUnitSchema).check(
      z.minLength(1),
      z.maxLength(100),
      z.refine(threadRefsBackward, { message: 'a thread names a unit that is not this one or an earlier one' }),
    ),
    /** Findings of earlier units, reported with this request rather than in a message of their own (findings/report). */
    report: z.optional(FindingsReportSchema),
  }),
  /** content → background: classify codes read in an image of this page (the page's host decides "the platform's own"). */
  z.object({
    type: z.literal('detect/payloads'),
    lang: LangSchema,
    pageHost: str(253),
    payloads: z.array(str(8_192)).check(z.minLength(1), z.maxLength(16)),
  }),
  /** content → background: the explanations of these rules (findings that came from elsewhere, e.g. text read in an image). */
  z.object({ type: z.literal('detect/explain'), lang: LangSchema, rules: z.array(str(200)).check(z.minLength(1), z.maxLength(50)) }),
  /** any page → background: open the locker page. */
  z.object({ type: z.literal('locker/open') }),
  /** popup/options → background: pause or resume on a site. */
  z.object({ type: z.literal('site/pause'), host: strIn(1, 253), paused: z.boolean() }),
  CaptureResultSchema,
]));
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

/**
 * A content script's requests go over one long-lived port
 * (`runtime.connect({ name: CONTENT_PORT })`) rather than `runtime.sendMessage`,
 * which opens a new channel on every call (measured in the content script:
 * 30–200 µs of the page's main thread a call, against 10–120 µs for a message
 * on an open port). Requests are protocol messages with an id; answers carry
 * the id and the router's reply.
 */
export const CONTENT_PORT = 'opg-content';
export const PortRequestSchema = lazySchema(() => z.object({ id: count(), message: z.unknown() }));
export const PortReplySchema = lazySchema(() => z.object({
  id: count(),
  reply: z.union([z.object({ ok: z.literal(true), data: z.optional(z.unknown()) }), z.object({ ok: z.literal(false), error: z.string() })]),
}));

/** background → content: the page's visible text, for the evidence record. */
export const PageTextRequestSchema = lazySchema(() => z.object({ type: z.literal('page/text') }));
export const PageTextReplySchema = lazySchema(() => z.object({ text: str(2_000_000) }));

/** background → content (top frame): what to capture when the popup says "capture now". */
export const CollectRequestSchema = lazySchema(() => z.object({ type: z.literal('capture/collect') }));
export const CollectReplySchema = lazySchema(() => z.object({
  page: PageInfoSchema,
  units: z.array(UnitReportSchema).check(z.maxLength(100)),
  pageText: str(2_000_000),
}));
export type CollectReply = z.infer<typeof CollectReplySchema>;

/** background → content: what OCR read in one image, the findings' offsets into `text`, boxes in image pixels. */
export const ImageTextReplySchema = lazySchema(() => z.object({
  text: str(200_000),
  findings: z.array(z.object({ ...FindingSchema.shape, box: z.optional(BoxSchema) })).check(z.maxLength(50)),
}));
export type ImageTextReply = z.infer<typeof ImageTextReplySchema>;
