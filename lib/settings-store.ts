import { storage } from 'wxt/utils/storage';
import { coerceSettings, DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from './settings';

/**
 * Settings live in storage.local, versioned by WXT's storage so later
 * schema changes add a migration here instead of breaking old installs.
 * Every read is coerced through the zod schema: a corrupt or hand-edited
 * value never reaches the rest of the extension.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

export async function loadSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<Settings> {
  const clean = coerceSettings(next);
  await settingsItem.setValue(clean);
  return clean;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(coerceSettings(v)));
}
