import { join } from 'node:path';
import { Locale } from '../../shared/settings/settings';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';

// The only plaintext the app keeps: the interface language, because the lock screen must speak the
// monitor's language before anything can be decrypted. It says nothing about records or people.
export type PreferencesStore = {
  readLocale(): Promise<Locale | null>;
  writeLocale(locale: Locale): Promise<void>;
};

export function createPreferencesStore(dataDir: string): PreferencesStore {
  const path = join(dataDir, 'preferences.json');
  return {
    async readLocale() {
      const bytes = await readFileIfExists(path);
      if (bytes === null) {
        return null;
      }
      try {
        const parsed = Locale.safeParse((JSON.parse(new TextDecoder().decode(bytes)) as { locale?: unknown }).locale);
        return parsed.success ? parsed.data : null;
      } catch {
        return null; // a damaged preferences file only costs the language choice
      }
    },
    async writeLocale(locale) {
      await writeFileAtomic(path, new TextEncoder().encode(JSON.stringify({ locale })));
    },
  };
}
