import { browser } from 'wxt/browser';
import { worstSeverity } from '../detect/types';
import { caseFor, findDuplicate, openLocker, saveCapture, type CaptureFiles } from '../evidence/locker';
import {
  CollectReplySchema,
  PageTextReplySchema,
  type FindingsReport,
  type MessageOf,
  type PageInfo,
  type UnitReport,
} from '../messages';
import type { Settings } from '../settings';
import type { Sender } from './router';
import { CaptureThrottle } from './capture-throttle';
import { imageFileFor } from './images';

/** Automatic captures one tab may make in ten minutes; a flood page gets a counter, not a full disk. */
export const AUTO_CAPTURES_PER_TAB = 20;
const AUTO_WINDOW_MS = 10 * 60 * 1000;

// Chrome allows two captureVisibleTab calls a second; the throttle spaces
// them. It is a queue of in-flight work, not state worth keeping.
const throttle = new CaptureThrottle(2, 1000);

interface Job {
  tabId: number;
  trigger: 'auto' | 'manual';
  page: PageInfo;
  unit?: UnitReport;
  pageText?: string;
}

export async function onReport(msg: FindingsReport, sender: Sender, settings: Settings): Promise<void> {
  if (!settings.autoCapture || sender.frameId === undefined) return;
  const tabId = sender.tab!.id!;
  const wanted = msg.units.filter((u) => {
    const sev = worstSeverity(u.findings);
    return sev !== 'none' && settings.captureSeverities.includes(sev);
  });
  for (const unit of wanted) {
    if (!(await takeAutoSlot(tabId))) return;
    void capture({ tabId, trigger: 'auto', page: msg.page, unit }).catch((err: unknown) => {
      const reason = err instanceof Error ? err.message : String(err);
      console.warn('[opg] automatic capture failed', reason);
      // Kept for the tab so the failure is visible, not silent.
      void browser.storage.session.set({ [`captureError:${tabId}`]: { at: new Date().toISOString(), reason: reason.slice(0, 500) } });
      void browser.tabs
        .sendMessage(tabId, { type: 'capture/result', ok: false, reason: reason.slice(0, 500) }, { frameId: 0 })
        .catch(() => undefined);
    });
  }
}

/** A user's click: from the warning card (with its unit) or the popup (ask the page what it shows). */
export async function onCaptureRequest(
  tabId: number,
  msg: MessageOf<'capture/request'>,
): Promise<{ recordIds: string[]; screenshotError?: string }> {
  if (msg.unit && msg.page) return summarise([await capture({ tabId, trigger: 'manual', page: msg.page, unit: msg.unit })]);
  const collected = await collectFromTab(tabId);
  if (collected.units.length === 0) {
    return summarise([await capture({ tabId, trigger: 'manual', page: collected.page, pageText: collected.pageText })]);
  }
  const results = [];
  for (const unit of collected.units.slice(0, 10)) {
    results.push(await capture({ tabId, trigger: 'manual', page: collected.page, unit, pageText: collected.pageText }));
  }
  return summarise(results);
}

function summarise(results: { recordId: string; screenshotError?: string }[]) {
  const err = results.find((r) => r.screenshotError)?.screenshotError;
  return { recordIds: results.map((r) => r.recordId), ...(err ? { screenshotError: err } : {}) };
}

async function collectFromTab(tabId: number) {
  try {
    const reply = await withTimeout(browser.tabs.sendMessage(tabId, { type: 'capture/collect' }, { frameId: 0 }), 3_000, 'asking the page');
    const parsed = CollectReplySchema.safeParse(reply);
    if (parsed.success) return parsed.data;
  } catch {
    // No content script on this page (browser pages, the web store): capture what the tab shows.
  }
  const tab = await browser.tabs.get(tabId);
  return { page: { url: tab.url ?? '', title: tab.title ?? '' }, units: [], pageText: '' };
}

// One capture at a time: the page snapshot API drops overlapping calls on
// the same tab, and a burst of findings is better saved in order anyway.
let captureQueue: Promise<unknown> = Promise.resolve();

function capture(job: Job): Promise<{ recordId: string; screenshotError?: string }> {
  const run = captureQueue.then(
    () => captureNow(job),
    () => captureNow(job),
  );
  captureQueue = run.catch(() => undefined);
  return run;
}

async function captureNow(job: Job): Promise<{ recordId: string; screenshotError?: string }> {
  const db = openLocker();
  const unit = job.unit;
  const files: CaptureFiles = {};
  // An automatic repeat of what was captured minutes ago only adds context:
  // no new screenshot, so a busy chat does not hit Chrome's capture limit.
  const values = unit?.findings.map((f) => f.value) ?? [];
  const repeat = job.trigger === 'auto' && (await findDuplicate(db, caseFor(job.page).id, values, new Date()));
  if (!repeat) {
    const shot = await screenshot(job.tabId);
    if (shot.blob) files.screenshot = shot.blob;
    else files.screenshotError = shot.error;
    files.pageText = job.pageText ?? (await pageText(job.tabId));
    const mhtml = await snapshot(job.tabId);
    if (mhtml) files.mhtml = mhtml;
    if (unit?.image) {
      const img = await imageFileFor(unit.image);
      if (img) files.image = new Blob([img.bytes], { type: img.mime });
    }
  }

  const saved = await saveCapture(
    db,
    {
      trigger: job.trigger,
      page: job.page,
      message: unit?.message ?? '',
      ...(unit?.author ? { author: unit.author } : {}),
      ...(unit?.role ? { role: unit.role } : {}),
      ...(unit?.hidden ? { hidden: true } : {}),
      findings: unit?.findings ?? [],
      ...(unit?.image ? { image: unit.image } : {}),
      context: unit?.context ?? [],
      capturedAt: new Date(),
      browser: navigator.userAgent,
      extensionVersion: browser.runtime.getManifest().version,
    },
    files,
  );
  const key = unit?.findings[0] ? `${unit.findings[0].kind}|${unit.findings[0].value}` : undefined;
  void browser.tabs
    .sendMessage(job.tabId, { type: 'capture/result', ok: true, ...(key ? { key } : {}) }, { frameId: 0 })
    .catch(() => undefined);
  return { recordId: saved.recordId, ...(files.screenshotError ? { screenshotError: files.screenshotError } : {}) };
}

async function screenshot(tabId: number): Promise<{ blob?: Blob; error?: string }> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active) return { error: 'the tab was not visible, so no screenshot could be taken' };
    const dataUrl = await throttle.run(() =>
      withTimeout(browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }), 5_000, 'the screenshot'),
    );
    return { blob: await (await fetch(dataUrl)).blob() };
  } catch (err) {
    return { error: `screenshot failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * A browser call that may never answer (MHTML of a background tab, a frozen
 * page's content script) must not hold the record back: after `ms` the
 * capture goes on without it.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    work.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

async function pageText(tabId: number): Promise<string> {
  try {
    const reply = await withTimeout(browser.tabs.sendMessage(tabId, { type: 'page/text' }, { frameId: 0 }), 3_000, 'reading the page text');
    const parsed = PageTextReplySchema.safeParse(reply);
    return parsed.success ? parsed.data.text : '';
  } catch {
    return '';
  }
}

async function snapshot(tabId: number): Promise<Blob | undefined> {
  const pc = (browser as unknown as { pageCapture?: { saveAsMHTML(d: { tabId: number }): Promise<Blob | undefined> } })
    .pageCapture;
  if (!pc) return undefined;
  try {
    const file = await withTimeout(pc.saveAsMHTML({ tabId }), 5_000, 'the MHTML snapshot');
    if (!file) return undefined;
    // The snapshot is a temporary file that Chrome may remove before the
    // record is written (seen when two snapshots follow each other): copy it
    // into memory now, or go on without it.
    return new Blob([await file.arrayBuffer()], { type: 'multipart/related' });
  } catch {
    return undefined;
  }
}

async function takeAutoSlot(tabId: number): Promise<boolean> {
  const key = `autocaptures:${tabId}`;
  const now = Date.now();
  const got = await browser.storage.session.get(key);
  const raw = got[key];
  const recent = Array.isArray(raw) ? raw.filter((t): t is number => typeof t === 'number' && now - t < AUTO_WINDOW_MS) : [];
  if (recent.length >= AUTO_CAPTURES_PER_TAB) return false;
  recent.push(now);
  await browser.storage.session.set({ [key]: recent });
  return true;
}
