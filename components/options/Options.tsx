import { useEffect, useState } from 'preact/hooks';
import { SEVERITIES, type Severity } from '@/lib/detect/types';
import { currentLang, pickLang } from '@/lib/i18n';
import { SEVERITY_LABELS } from '@/lib/kind-labels';
import { withSitePaused, type Settings } from '@/lib/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings-store';
import { OPTIONS_STRINGS } from './strings';

function toggle(list: Severity[], sev: Severity, on: boolean): Severity[] {
  const rest = list.filter((s) => s !== sev);
  return on ? [...rest, sev] : rest;
}

export function Options() {
  const lang = currentLang();
  const s = pickLang(OPTIONS_STRINGS, lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  const [note, setNote] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;

  const update = async (next: Settings) => {
    setSettings(await saveSettings(next));
    setNote(s.saved);
  };

  const severityBoxes = (field: 'warnSeverities' | 'captureSeverities', testid: string) => (
    <div class="sevs">
      {SEVERITIES.map((sev) => (
        <label key={sev}>
          <input
            type="checkbox"
            data-testid={`${testid}-${sev}`}
            checked={settings[field].includes(sev)}
            onChange={(e) => void update({ ...settings, [field]: toggle(settings[field], sev, e.currentTarget.checked) })}
          />
          {SEVERITY_LABELS[lang][sev]}
        </label>
      ))}
    </div>
  );

  return (
    <main class="options">
      <style>{OPTIONS_CSS}</style>
      <h1>{s.title}</h1>
      <label class="line">
        <input
          type="checkbox"
          data-testid="opt-enabled"
          checked={settings.enabled}
          onChange={(e) => void update({ ...settings, enabled: e.currentTarget.checked })}
        />
        {s.enabled}
      </label>
      <label class="line">
        <input
          type="checkbox"
          data-testid="opt-autocapture"
          checked={settings.autoCapture}
          onChange={(e) => void update({ ...settings, autoCapture: e.currentTarget.checked })}
        />
        {s.autoCapture}
      </label>
      <label class="line">
        <input
          type="checkbox"
          data-testid="opt-read-image-text"
          checked={settings.readImageText}
          onChange={(e) => void update({ ...settings, readImageText: e.currentTarget.checked })}
        />
        {s.readImageText}
      </label>
      <h2>{s.warn}</h2>
      {severityBoxes('warnSeverities', 'opt-warn')}
      <h2>{s.capture}</h2>
      {severityBoxes('captureSeverities', 'opt-capture')}
      <h2>{s.paused}</h2>
      {settings.pausedSites.length === 0 ? <p class="muted">{s.nonePaused}</p> : null}
      <ul>
        {settings.pausedSites.map((h) => (
          <li key={h}>
            {h} <button onClick={() => void update(withSitePaused(settings, h, false))}>{s.resume}</button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const host = site.trim();
          if (host) void update(withSitePaused(settings, host, true)).then(() => setSite(''));
        }}
      >
        <input
          value={site}
          placeholder={s.addPlaceholder}
          data-testid="opt-site"
          onInput={(e) => setSite(e.currentTarget.value)}
        />{' '}
        <button type="submit">{s.add}</button>
      </form>
      <p class="muted">{s.privacy}</p>
      <p class="muted" role="status">
        {note}
      </p>
    </main>
  );
}

const OPTIONS_CSS = `
.options { max-width: 640px; margin: 24px auto; padding: 0 16px; }
.options h1 { font-size: 20px; }
.options h2 { font-size: 15px; margin: 18px 0 6px; }
.options .line { display: block; margin: 8px 0; }
.options .sevs { display: flex; gap: 16px; }
.options input[type=checkbox] { margin-right: 6px; }
.options input:not([type]) { padding: 5px 8px; border: 1px solid var(--opg-line); border-radius: 6px; width: 260px; }
`;
