import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { SeveritySchema } from './detect/types';

/**
 * User settings. Stored versioned (see lib/settings-store.ts); this module is
 * pure so the schema and migrations are tested in Node.
 */
export const SETTINGS_VERSION = 1;

export const SettingsSchema = lazySchema(() => z.object({
  enabled: z.boolean(),
  /** Host names where scanning is paused (exact host match, lower case). */
  pausedSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(1_000)),
  autoCapture: z.boolean(),
  warnSeverities: z.array(SeveritySchema),
  captureSeverities: z.array(SeveritySchema),
  /** Read text written into page images (OCR, on this computer). */
  readImageText: z.boolean(),
}));
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  pausedSites: [],
  autoCapture: true,
  warnSeverities: ['medium', 'high'],
  captureSeverities: ['high'],
  readImageText: true,
};

/** Read whatever was stored; anything unusable falls back field by field to defaults. */
export function coerceSettings(raw: unknown): Settings {
  const full = SettingsSchema.safeParse(raw);
  if (full.success) return full.data;
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    const r = raw as Record<string, unknown>;
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const field = SettingsSchema.shape[key].safeParse(r[key]);
      if (field.success) (out as Record<string, unknown>)[key] = field.data;
    }
  }
  return out;
}

export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/^www\./, '');
}

export function isPausedOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return true;
  const h = normaliseHost(host);
  return settings.pausedSites.some((s) => h === s || h.endsWith(`.${s}`));
}

export function withSitePaused(settings: Settings, host: string, paused: boolean): Settings {
  const h = normaliseHost(host);
  const rest = settings.pausedSites.filter((s) => s !== h);
  return { ...settings, pausedSites: paused ? [...rest, h] : rest };
}
