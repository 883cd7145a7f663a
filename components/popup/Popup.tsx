import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { currentLang, pickLang } from '@/lib/i18n';
import { KIND_LABELS } from '@/lib/kind-labels';
import type { TabFinding } from '@/lib/messages';
import { isPausedOn, type Settings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings-store';
import { send } from '@/lib/ui-client';
import { POPUP_STRINGS } from './strings';

interface TabInfo {
  id: number;
  host: string;
  web: boolean;
}

async function activeTab(): Promise<TabInfo | null> {
  // popup.html?tabId=N shows that tab (the demo and tests open the popup as a page).
  const asked = Number(new URLSearchParams(location.search).get('tabId'));
  const [tab] = Number.isInteger(asked) && asked > 0
    ? [await browser.tabs.get(asked)]
    : await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab?.id) return null;
  let host = '';
  let web = false;
  try {
    const u = new URL(tab.url ?? '');
    host = u.hostname;
    web = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    // no URL permission or an odd scheme
  }
  return { id: tab.id, host, web };
}

/** Newest first; the popup shows what the page shows. */
export function sortNewestFirst(list: TabFinding[]): TabFinding[] {
  return list.slice().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function Popup() {
  const lang = currentLang();
  const s = pickLang(POPUP_STRINGS, lang);
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [findings, setFindings] = useState<TabFinding[]>([]);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void (async () => {
      const t = await activeTab();
      setTab(t);
      setSettings(await loadSettings());
      if (t) setFindings(sortNewestFirst(await send<TabFinding[]>({ type: 'findings/get', tabId: t.id })));
    })().catch((e) => setStatus(s.error + String(e)));
    return watchSettings(setSettings);
  }, []);

  // Keep the list live while the popup is open.
  useEffect(() => {
    if (!tab) return;
    const key = `findings:${tab.id}`;
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) {
        void send<TabFinding[]>({ type: 'findings/get', tabId: tab.id }).then((l) => setFindings(sortNewestFirst(l)));
      }
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [tab]);

  const paused = settings && tab ? isPausedOn(settings, tab.host) : false;

  const captureNow = async () => {
    if (!tab) return;
    setBusy(true);
    setStatus(s.capturing);
    try {
      const r = await send<{ recordIds: string[]; screenshotError?: string }>({ type: 'capture/request', tabId: tab.id });
      setStatus(s.captured(r.recordIds.length) + (r.screenshotError ? ` (${r.screenshotError})` : ''));
    } catch (e) {
      setStatus(s.error + (e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const togglePause = async () => {
    if (!tab?.host) return;
    setSettings(await send<Settings>({ type: 'site/pause', host: tab.host, paused: !paused }));
  };

  return (
    <main class="popup">
      <style>{POPUP_CSS}</style>
      <header>
        <strong>{s.title}</strong>
        <span class="muted" data-testid="popup-state">
          {!tab?.web ? s.notAPage : settings && !settings.enabled ? s.off : paused ? s.paused : s.active}
        </span>
      </header>
      <section data-testid="popup-findings">
        {findings.length === 0 ? (
          <p class="muted">{s.none}</p>
        ) : (
          <>
            <p>{s.findings(findings.reduce((n, f) => n + (f.count ?? 1), 0))}</p>
            <ul>
              {findings.slice(0, 50).map((f) => (
                <li key={f.key ?? f.at + f.value} data-testid="popup-finding" data-kind={f.kind}>
                  <div class="row">
                    <span class={`sev-${f.severity} kind`}>{KIND_LABELS[lang][f.kind]}</span>
                    {(f.count ?? 1) > 1 ? <span class="muted">{s.times(f.count!)}</span> : null}
                    {f.hidden ? <span class="muted">{s.hidden}</span> : null}
                  </div>
                  <div class="msg">{f.message.length > 160 ? f.message.slice(0, 160) + '…' : f.message}</div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <footer>
        <button class="primary" data-testid="capture-now" disabled={busy || !tab} onClick={captureNow}>
          {s.captureNow}
        </button>
        <button data-testid="open-locker" onClick={() => void send({ type: 'locker/open' }).then(() => window.close())}>
          {s.openLocker}
        </button>
        {tab?.web && tab.host ? (
          <button data-testid="pause-site" onClick={togglePause}>
            {paused ? s.resume : s.pause}
          </button>
        ) : null}
        {status ? (
          <p class="muted" data-testid="popup-status" role="status">
            {status}
          </p>
        ) : null}
      </footer>
    </main>
  );
}

const POPUP_CSS = `
.popup { width: 360px; padding: 12px 14px; box-sizing: border-box; }
.popup header { display: flex; flex-direction: column; gap: 2px; margin-bottom: 8px; }
.popup header strong { font-size: 16px; }
.popup ul { list-style: none; margin: 0; padding: 0; max-height: 300px; overflow: auto; }
.popup li { border-top: 1px solid var(--opg-line); padding: 6px 0; }
.popup .row { display: flex; gap: 8px; align-items: baseline; }
.popup .kind { font-weight: 600; }
.popup .msg { white-space: pre-wrap; word-break: break-word; }
.popup footer { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
.popup footer p { flex-basis: 100%; margin: 4px 0 0; }
`;
