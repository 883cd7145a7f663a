import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../detect/types';
import { worstSeverity } from '../detect/types';
import { currentLang } from '../i18n';
import { GENERIC_EXPLANATION } from '../detect/generic-explanation';
import { AnalysedImageSchema, CaptureResultSchema, CollectRequestSchema, ContentHelloReplySchema, ImageTextReplySchema, PageTextRequestSchema, type ImageInfo, type FindingsReport, type ImageTextReply, type Message, type PageInfo, type UnitReport } from '../messages';
import { ImageTextQueue } from './image-text';
import type { AnalysedImage } from '../images/types';
import { watchImages } from '../images/watch';
import { isPausedOn } from '../settings';
import { pickAdapter } from '../surfaces';
import { isScrollContainer, parentElementOf, whenIdle } from '../surfaces/dom';
import type { ScanUnit } from '../surfaces/types';
import { RemoteDetector, type UnitResult } from './remote-detector';
import { ContentPort } from './port-client';
import { startBuyerGuard } from './buyer-guard';
import { fingerprint } from './dismissals';
import { Reporter } from './reporter';
import { createScanner } from './scanner';
import { highlightFinding } from './mark';
import { ThreadWindows } from './thread-windows';
import type { ShownFinding } from './warning-ui';
import { LazyWarningUi } from './lazy-warning-ui';

/** Reported scan units one page may send before only the counter moves (a flood page). */
export const MAX_REPORTED_UNITS = 300;
const MAX_PAGE_TEXT = 2_000_000;
/**
 * See ScannerOptions.gapMs: a chat's messages are read a few at a time, at most this often. Each slice costs
 * the page a message to the worker and its answer (about 0.1–0.3 ms each here), so a live room at 20 messages
 * a second is read in about 5 slices a second rather than 8 (120 ms before): in `npm run bench -- scan`,
 * alternated, 0.32 and 0.41 ms a message against 0.40 and 0.58, and p95 to the finding 201–212 ms. Findings'
 * reports ride on these requests (REPORT_WAIT_MS, lib/content/reporter.ts). 240 ms rather than 200 (eighth
 * session, 60-s runs alternated): 0.182 and 0.208 ms a message against 0.279 and 0.267, p95 226–228 ms
 * against 189–192, all 60 found.
 */
const SLICE_GAP_MS = 240;
/**
 * How long findings wait for the next detection request to carry their report before it goes on its own: a
 * little longer than the slice gap, so in a busy chat every report rides on a request (each message the
 * content script posts costs the page about 0.2–0.45 ms, measured), and a quiet page reports within 0.3 s.
 */
const REPORT_WAIT_MS = SLICE_GAP_MS + 100;
/** How long the page's address, title and seller, read for a report, are reused while address and title stay the same. */
const PAGE_INFO_TTL_MS = 5_000;

export function startContentScript(ctx: ContentScriptContext): void {
  const port = new ContentPort();
  ctx.onInvalidated(() => port.close());
  // Also wakes the background worker, which readies the detection engine for this page's text.
  const hello = port.request({ type: 'content/hello', url: location.href });
  void run(ctx, port, hello).catch((err) => console.warn('[opg] content script stopped', err));
}

async function run(ctx: ContentScriptContext, port: ContentPort, hello: Promise<unknown>): Promise<void> {
  const send = <T = unknown>(msg: Message) => port.request<T>(msg);
  // Settings and this site's dismissals come from the background: the page's script reads no storage.
  // Awaited first: `Schema.parse(await x)` reads `parse` off the lazy schema, building it, before it awaits.
  const reply = await hello;
  const { settings, dismissed: dismissedList } = ContentHelloReplySchema.parse(reply);
  if (isPausedOn(settings, location.hostname)) return;
  const lang = currentLang();
  const detector = new RemoteDetector(send, lang);
  const dismissed = new Set(dismissedList);
  const adapter = pickAdapter(new URL(location.href));
  // The page's seller is read from its structured data and markup (queries over the whole document): a live
  // room reports a finding every second or so, and its address, title and seller stay the same between them.
  let info: { at: number; url: string; title: string; value: PageInfo } | undefined;
  const pageInfo = (): PageInfo => {
    const url = location.href;
    const title = document.title;
    const at = performance.now();
    if (info && info.url === url && info.title === title && at - info.at < PAGE_INFO_TTL_MS) return info.value;
    const meta = adapter.meta(document);
    const value = {
      url,
      title: title.slice(0, 2_000),
      platform: meta.platform,
      ...(meta.seller ? { seller: meta.seller.slice(0, 500) } : {}),
      ...(meta.sellerUrl ? { sellerUrl: meta.sellerUrl.slice(0, 8_192) } : {}),
    };
    info = { at, url, title, value };
    return value;
  };
  const reporter = new Reporter(
    (units) => send({ type: 'findings/report', page: pageInfo(), units }).then(() => undefined),
    REPORT_WAIT_MS,
  );
  /** Reports waiting, for a detection request to carry. */
  const carriedReport = (): FindingsReport | undefined => {
    const units = reporter.take();
    return units.length ? { page: pageInfo(), units } : undefined;
  };
  const threads = new ThreadWindows();
  const flagged: UnitReport[] = [];
  let reportedUnits = 0;

  const ui = new LazyWarningUi(
    document,
    lang,
    {
      capture: async (f) => {
        const unit = flagged.find((u) => u.message === f.message);
        const el = unitElements.get(f.message);
        el?.scrollIntoView({ block: 'center' }); // the user asked: bring the message into the screenshot
        await new Promise((r) => setTimeout(r, 150));
        await send({ type: 'capture/request', page: pageInfo(), ...(unit ? { unit } : {}) });
      },
      notInducement: (f) => {
        const fp = fingerprint(f.kind, f.key, f.message);
        dismissed.add(fp);
        void send({ type: 'dismissals/add', fp }).catch(() => undefined);
      },
      openLocker: () => void send({ type: 'locker/open' }),
    },
    import.meta.env.WXT_OPG_TEST === '1',
    () => send({ type: 'ui/load' }),
  );
  const unitElements = new Map<string, Element>();
  // The messages of one chat share their pane: its styles are read once per chat, not on every finding in it
  // (each read is a style recalculation in a page that has just added a message).
  const chatInPane = new WeakMap<Element, boolean>();
  const inPane = (unit: ScanUnit): boolean => {
    if (!unit.chat) return inScrollingPane(unit.el);
    let known = chatInPane.get(unit.chat);
    if (known === undefined) chatInPane.set(unit.chat, (known = inScrollingPane(unit.el)));
    return known;
  };

  const handleUnit = (
    unit: ScanUnit,
    findings: Finding[],
    context: UnitReport['context'],
    image?: { info: ImageInfo; thumb?: string },
  ) => {
    const live = findings.filter((f) => !dismissed.has(fingerprint(f.kind, `${f.kind}|${f.value}`, unit.text)));
    if (live.length === 0) return;
    const report: UnitReport = {
      message: unit.text.slice(0, 20_000),
      findings: live.slice(0, 50),
      role: unit.role,
      ...(unit.author ? { author: unit.author.slice(0, 500) } : {}),
      ...(unit.hidden ? { hidden: true } : {}),
      ...(context?.length ? { context } : {}),
      ...(image ? { image: image.info } : {}),
      at: Date.now(),
    };
    if (reportedUnits < MAX_REPORTED_UNITS) {
      reportedUnits++;
      flagged.push(report);
      if (flagged.length > 200) flagged.shift();
      if (unitElements.size > 500) unitElements.clear();
      unitElements.set(report.message, unit.el);
      reporter.add(report);
    }
    if (!image) for (const f of live) if (!unit.hidden) highlightFinding(unit.el, f);
    const worst = worstSeverity(live);
    if (worst === 'none' || !settings.warnSeverities.includes(worst)) return;
    const top = live.find((f) => f.severity === worst)!;
    const shown: ShownFinding = {
      key: `${top.kind}|${top.value}`,
      kind: top.kind,
      severity: top.severity,
      text: top.text,
      message: unit.text,
      spans: live.map((f) => [f.start, f.end] as [number, number]),
      hidden: unit.hidden,
      explain: detector.explain(top.rule) ?? GENERIC_EXPLANATION[lang],
      ...(image
        ? { image: { payload: top.value, ...(image.thumb ? { thumb: image.thumb } : {}), ...(image.info.text !== undefined ? { read: true } : {}) } }
        : {}),
    };
    // A message inside a scrolling pane (a chat, a live room) scrolls away under
    // a card beside it: those get the corner card.
    ui.show(shown, { el: unit.el, chat: inPane(unit) });
  };

  /** Codes read in an image: classified by the detection engine against this page's platform. */
  const handleImage = async (el: HTMLImageElement | HTMLCanvasElement, src: string, result: AnalysedImage) => {
    const findings: Finding[] = [];
    const boxes: NonNullable<ImageInfo['boxes']> = [];
    const codes = result.hits.filter((hit) => hit.analyser === 'qr');
    const found = await detector.payloads(codes.map((hit) => hit.text), location.hostname);
    codes.forEach((hit, i) => {
      const own = found[i] ?? [];
      if (own.length === 0) return;
      findings.push(...own);
      if (hit.box && boxes.length < 8) boxes.push(hit.box);
    });
    if (findings.length === 0) return false;
    showImageFindings(el, src, result, findings, boxes);
    return true;
  };

  /** Findings read in an image (a code, or text written in it): shown, reported and captured with the image. */
  const showImageFindings = (
    el: HTMLImageElement | HTMLCanvasElement,
    src: string,
    result: AnalysedImage,
    findings: Finding[],
    boxes: NonNullable<ImageInfo['boxes']>,
    recognised?: string,
  ) => {
    const around = adapter.unitFor(el);
    const alt = el instanceof HTMLImageElement ? el.alt.trim().slice(0, 2_000) : '';
    const shownSrc = src.startsWith('data:') ? `${src.slice(0, 40)}…` : src.slice(0, 8_192);
    const label = lang === 'zh' ? '[图片]' : '[image]';
    // Text read in the image is the message (offsets of its findings shift past the label).
    const prefix = `${label} `;
    const unit: ScanUnit = {
      el,
      text: recognised !== undefined ? prefix + recognised : `${prefix}${alt || shownSrc}`,
      role: around?.role ?? 'unknown',
      ...(around?.author ? { author: around.author } : {}),
      hidden: false,
    };
    const info: ImageInfo = {
      src: shownSrc,
      sha256: result.sha256,
      mime: result.mime,
      width: result.width,
      height: result.height,
      ...(alt ? { alt } : {}),
      ...(boxes.length ? { boxes } : {}),
      ...(recognised !== undefined ? { text: recognised.slice(0, 20_000) } : {}),
    };
    const shown = recognised !== undefined ? findings.map((f) => ({ ...f, start: f.start + prefix.length, end: f.end + prefix.length })) : findings;
    handleUnit(unit, shown, undefined, { info, ...(result.thumb ? { thumb: result.thumb } : {}) });
  };

  const imageText = new ImageTextQueue({
    read: async (src) => ImageTextReplySchema.parse(await send({ type: 'image/read-text', src })),
    found: (el, src, analysed, reply: ImageTextReply) => {
      const boxes = reply.findings.flatMap((f) => (f.box ? [f.box] : [])).slice(0, 8);
      const findings: Finding[] = reply.findings.map(({ box: _b, ...f }) => f);
      // The card and the locker quote the recognised text (kept to 20,000 characters, like any message).
      const text = reply.text.slice(0, 20_000 - 10);
      // The card explains the finding in the shopper's language: learn the rule's words first (a card without them says less).
      void detector
        .learn(findings.map((f) => f.rule))
        .catch(() => undefined)
        .then(() => showImageFindings(el, src, analysed, findings.filter((f) => f.end <= text.length), boxes, text));
    },
    whenIdle: (cb) => whenIdle(window, cb, 2_000, 500),
  });
  imageText.setEnabled(settings.readImageText);
  ctx.onInvalidated(() => imageText.stop());

  /** An image nothing was found in by the QR reader: have its text read, chat images and images by a finding first. */
  const offerImageText = (el: HTMLImageElement | HTMLCanvasElement, src: string, analysed: AnalysedImage) => {
    const near = [...unitElements.values()].some((u) => u.contains(el) || (u.parentElement?.contains(el) ?? false));
    imageText.offer(el, src, analysed, inScrollingPane(el) ? 'chat' : 'product', near);
  };

  // What each message holds on its own, so reading it again with its
  // neighbours only adds what exists across messages (a split handle).
  const ownKeys = new WeakMap<Element, Set<string>>();

  // The image look-through rides on the scanner's slices: every added element it gets comes from a mutation
  // that has already asked the scanner for one.
  let imageDrain: (() => void) | undefined;
  const images = watchImages({
    doc: document,
    schedule: (drain) => {
      imageDrain = drain;
    },
    analyse: async (src) => AnalysedImageSchema.parse(await send({ type: 'image/analyse', src })),
    found: handleImage,
    analysed: (el, src, result, flagged) => {
      if (!flagged) offerImageText(el, src, result);
    },
  });

  const scanner = createScanner({
    onAdded: (el) => images.added(el),
    onSliceEnd: () => {
      const drain = imageDrain;
      imageDrain = undefined;
      drain?.();
    },
    adapter,
    doc: document,
    // Every frame, about:blank ones included, runs its own content script.
    observeFrames: false,
    gapMs: SLICE_GAP_MS,
    process(units) {
      // The chat's window is taken now, in page order; the engine's answer comes later.
      const sent = units
        .filter((unit) => unit.text.trim())
        .map((unit) => ({ unit, window: unit.chat ? threads.push(unit) : null }));
      if (sent.length === 0) return;
      // The detector answers in the order texts were sent (one request at a time), so a
      // thread finding knows what each earlier message held on its own. (A window of
      // the message alone is not sent: RemoteDetector drops it.)
      detector
        .units(
          sent.map(({ unit, window }) => (window ? { text: unit.text, thread: window.map((u) => u.text) } : { text: unit.text })),
          carriedReport,
        )
        .then((results) => sent.forEach(({ unit, window }, i) => applyResult(unit, window, results[i]!)))
        .catch((err) => console.warn('[opg] detection failed for some text', err));
    },
  });
  const applyResult = (unit: ScanUnit, window: ScanUnit[] | null, result: UnitResult) => {
    const own = result.findings;
    if (own.length) ownKeys.set(unit.el, new Set(own.map((f) => `${f.kind}|${f.value}`)));
    else ownKeys.delete(unit.el);
    // Most chat messages hold nothing, on their own or with their neighbours: no context to write for them.
    if (own.length === 0 && result.thread.length === 0) return;
    let context: UnitReport['context'];
    if (window && window.length > 1) {
      context = window.slice(0, -1).map((u) => ({
        text: u.text.slice(0, 20_000),
        role: u.role,
        ...(u.author ? { author: u.author.slice(0, 500) } : {}),
      }));
      // Runs that ended before this message were read when their own last message came.
      for (const f of result.thread) {
        const at = window[f.message];
        const key = `${f.kind}|${f.value}`;
        if (!at || ownKeys.get(at.el)?.has(key) || !threads.claim(unit.chat!, key)) continue;
        const { message: _m, ...finding } = f;
        handleUnit(at, [finding], context);
      }
    }
    if (own.length) handleUnit(unit, own, context);
  };
  scanner.start();
  ctx.onInvalidated(() => scanner.stop());

  images.start();
  ctx.onInvalidated(() => images.stop());

  const stopGuard = startBuyerGuard(document, async (text) => (await detector.units([{ text }]))[0]?.findings ?? [], (rect) => ui.showBuyerNote(rect));
  ctx.onInvalidated(stopGuard);

  const onMessage = (raw: unknown, _sender: unknown, sendResponse: (r: unknown) => void): true | undefined => {
    if (PageTextRequestSchema.safeParse(raw).success) {
      sendResponse({ text: (document.body?.innerText ?? '').slice(0, MAX_PAGE_TEXT) });
      return undefined;
    }
    if (CollectRequestSchema.safeParse(raw).success) {
      sendResponse({
        page: pageInfo(),
        units: flagged.slice(-100),
        pageText: (document.body?.innerText ?? '').slice(0, MAX_PAGE_TEXT),
      });
      return undefined;
    }
    const parsed = CaptureResultSchema.safeParse(raw);
    if (parsed.success) {
      ui.captured(parsed.data.key, parsed.data.ok, parsed.data.reason);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

function inScrollingPane(el: Element): boolean {
  const top = el.ownerDocument.body;
  for (let a = parentElementOf(el); a && a !== top && a !== el.ownerDocument.documentElement; a = parentElementOf(a)) {
    // A pane that scrolls (or will once it fills): chats start short.
    if (isScrollContainer(a)) return true;
  }
  return false;
}

