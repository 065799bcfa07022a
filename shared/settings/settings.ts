import { z } from 'zod';

export const LOCALES = ['en', 'ru', 'kk'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

// Idle auto-lock: 0 means never (the monitor must choose that knowingly); default 5 minutes.
export const IDLE_LOCK_CHOICES = [0, 1, 2, 5, 10, 15, 30, 60] as const;
// Offering to remove delivered records (their contents and history; a stub stays) is off until the
// monitor turns it on: it destroys the laptop's only readable copy, which some need to keep working.
export const VaultSettings = z.object({
  idleLockMinutes: z.literal(IDLE_LOCK_CHOICES),
  offerRecordRemoval: z.boolean().default(false),
});
export type VaultSettings = z.infer<typeof VaultSettings>;
export const DEFAULT_VAULT_SETTINGS: VaultSettings = { idleLockMinutes: 5, offerRecordRemoval: false };
