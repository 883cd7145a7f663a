import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { coerceSettings, DEFAULT_SETTINGS, isPausedOn, withSitePaused } from '@/lib/settings';
import { loadSettings, saveSettings } from '@/lib/settings-store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: on, auto-capture high, warn medium+high', async () => {
    const s = await loadSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.captureSeverities).toEqual(['high']);
  });

  it('keeps the good fields of a corrupt stored value and defaults the rest', () => {
    const s = coerceSettings({ enabled: false, pausedSites: 'nope', warnSeverities: ['high', 'bogus'] });
    expect(s.enabled).toBe(false);
    expect(s.pausedSites).toEqual([]);
    expect(s.warnSeverities).toEqual(DEFAULT_SETTINGS.warnSeverities);
    expect(coerceSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(coerceSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips through WXT storage with its version', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoCapture: false });
    expect((await loadSettings()).autoCapture).toBe(false);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['settings$']).toMatchObject({ v: 1 });
  });

  it('a corrupt value in storage never reaches callers', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'yes', captureSeverities: 7 } });
    const s = await loadSettings();
    expect(s.enabled).toBe(true);
    expect(s.captureSeverities).toEqual(['high']);
  });

  it('pauses and resumes sites, including subdomains, and respects the master switch', () => {
    let s = withSitePaused(DEFAULT_SETTINGS, 'WWW.Taobao.com', true);
    expect(s.pausedSites).toEqual(['taobao.com']);
    expect(isPausedOn(s, 'item.taobao.com')).toBe(true);
    expect(isPausedOn(s, 'nottaobao.com')).toBe(false);
    s = withSitePaused(s, 'taobao.com', false);
    expect(isPausedOn(s, 'item.taobao.com')).toBe(false);
    expect(isPausedOn({ ...s, enabled: false }, 'example.com')).toBe(true);
  });
});
