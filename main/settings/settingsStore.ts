import { join } from 'node:path';
import { DEFAULT_VAULT_SETTINGS, VaultSettings } from '../../shared/settings/settings';
import { readFileIfExists, writeFileAtomic } from '../storage/atomicFile';
import { openRecord, sealRecord } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';
import type { VaultService } from '../vault/vaultService';

// Vault settings (idle lock…) are sealed like any record: even how careful a monitor is with
// auto-lock is nobody's business on a seized disk. A damaged file falls back to the defaults.
const SETTINGS_ADDRESS = { table: 'settings', id: 'AAAAAAAAAAAAAAAAAAAAAA' } as const;
const SETTINGS_SCHEMA_VERSION = 1;

export function createSettingsStore(deps: { dataDir: string; sodium: Sodium; vault: VaultService }) {
  const path = join(deps.dataDir, 'settings.sealed');
  return {
    async read(): Promise<VaultSettings> {
      const keys = deps.vault.requireKeys();
      const bytes = await readFileIfExists(path);
      if (bytes === null) {
        return DEFAULT_VAULT_SETTINGS;
      }
      try {
        const parsed = VaultSettings.safeParse(openRecord(deps.sodium, keys, SETTINGS_ADDRESS, bytes).value);
        return parsed.success ? parsed.data : DEFAULT_VAULT_SETTINGS;
      } catch {
        return DEFAULT_VAULT_SETTINGS;
      }
    },

    async write(settings: VaultSettings): Promise<VaultSettings> {
      const keys = deps.vault.requireKeys();
      await writeFileAtomic(path, sealRecord(deps.sodium, keys, SETTINGS_ADDRESS, { value: settings, schemaVersion: SETTINGS_SCHEMA_VERSION }));
      return settings;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
