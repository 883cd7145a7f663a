import { browser } from 'wxt/browser';
import { isPausedOn, withSitePaused } from '../settings';
import { loadSettings, saveSettings } from '../settings-store';
import { addFindings, clearFindings, readFindings } from './findings-store';
import { toTabFindings } from './report';
import { isContentScript, isExtensionPage, route, servePort, type Handlers, type Sender } from './router';
import type { FindingsReport } from '../messages';
import { onReport, onCaptureRequest } from './capture';
import { imagePipeline } from './images';
import { readImageText } from './image-text';
import { detectPayloads, detectUnits, explainRules, warmEngine } from './detect';
import { loadDismissed, rememberDismissed } from './dismissals-store';

/** A content script's findings into the tab's list (contract 2), then the evidence they call for. */
async function storeReport(report: FindingsReport, sender: Sender): Promise<{ stored: number }> {
  const tabId = sender.tab!.id!;
  const settings = await loadSettings();
  if (isPausedOn(settings, hostOf(report.page.url))) return { stored: 0 };
  const stored = await addFindings(tabId, toTabFindings(report, new Date()));
  await onReport(report, sender, settings);
  return { stored: stored.length };
}

/** The unlisted script entrypoints/warning-ui.ts, as built. */
const WARNING_UI_FILE = '/warning-ui.js';

const handlers: Handlers = {
  'content/hello': async (_msg, sender) => {
    // A page is about to send its text: have the engine ready for it.
    void warmEngine();
    const [settings, dismissed] = await Promise.all([loadSettings(), loadDismissed(senderHost(sender))]);
    return { tabId: sender.tab?.id ?? null, frameId: sender.frameId ?? 0, settings, dismissed };
  },

  'ui/load': async (_msg, sender) => {
    if (!isContentScript(sender)) throw new Error('the warning card is loaded for content scripts only');
    // Only our own file, into the frame that asked, in the extension's isolated world.
    await browser.scripting.executeScript({ target: { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] }, files: [WARNING_UI_FILE] });
    return { ok: true };
  },

  'dismissals/add': async (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('"not inducement" comes from the page\'s warning card only');
    // The site is the one the browser says sent it, not one the message names.
    await rememberDismissed(senderHost(sender), msg.fp);
    return { ok: true };
  },

  // Detection needs no settings read: a content script on a paused site never starts scanning.
  'detect/units': (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('scan units come from content scripts only');
    // Findings that rode on this request are stored beside it: its answer does not wait for their storage
    // or their screenshot.
    if (msg.report) void storeReport(msg.report, sender).catch((err) => console.warn('[opg] a report failed', err));
    return detectUnits(msg);
  },

  'detect/payloads': (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('image codes come from content scripts only');
    return detectPayloads(msg);
  },

  'detect/explain': (msg) => explainRules(msg),

  'findings/report': async (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('findings come from content scripts only');
    return storeReport(msg, sender);
  },

  'findings/get': async (msg, sender) => {
    if (!isExtensionPage(sender)) throw new Error('only extension pages read findings');
    return readFindings(msg.tabId);
  },

  'capture/request': async (msg, sender) => {
    const tabId = isContentScript(sender) ? sender.tab!.id! : isExtensionPage(sender) ? msg.tabId : undefined;
    if (tabId === undefined) throw new Error('capture needs a tab');
    return onCaptureRequest(tabId, msg);
  },

  'image/analyse': async (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('images come from content scripts only');
    const settings = await loadSettings();
    if (isPausedOn(settings, hostOf(sender.tab?.url ?? ''))) throw new Error('paused on this site');
    return imagePipeline().analyse(msg.src);
  },

  'image/read-text': async (msg, sender) => {
    if (!isContentScript(sender)) throw new Error('images come from content scripts only');
    const settings = await loadSettings();
    if (!settings.readImageText) throw new Error('reading text in images is turned off');
    if (isPausedOn(settings, hostOf(sender.tab?.url ?? ''))) throw new Error('paused on this site');
    return readImageText(msg.src);
  },

  'locker/open': async () => {
    await browser.tabs.create({ url: browser.runtime.getURL('/locker.html') });
  },

  'site/pause': async (msg, sender) => {
    if (!isExtensionPage(sender)) throw new Error('only extension pages change settings');
    return saveSettings(withSitePaused(await loadSettings(), msg.host, msg.paused));
  },
};

/** The host of the frame a content script runs in (about:blank frames have none). */
function senderHost(sender: { url?: string; tab?: { url?: string } }): string {
  return hostOf(sender.url ?? sender.tab?.url ?? '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function registerBackground(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void route(raw, sender, handlers).then(sendResponse);
    return true; // answer asynchronously
  });
  browser.runtime.onConnect.addListener((port) => servePort(port, handlers));

  // Findings belong to the page they were seen on: a navigation or a closed
  // tab clears them (contract 2).
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void clearFindings(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearFindings(tabId);
  });
}
