import type { ErrorCode } from '../../shared/errors/appError';
import type { AppStatus, VaultState } from '../../shared/ipc/contract';

// Which screen the app shows, from what main reports at start. A lock reloads the page, so the
// app only ever moves forward through these: starting → (language) → create → recovery key →
// unlocked, or starting → (language) → locked → unlocked.
export type Screen =
  | { readonly kind: 'starting' }
  | { readonly kind: 'startFailed'; readonly code: ErrorCode }
  | { readonly kind: 'cryptoUnavailable' }
  | { readonly kind: 'chooseLanguage'; readonly vault: VaultState }
  | { readonly kind: 'create' }
  /** The only place the recovery key lives in the renderer, and only until Continue. */
  | { readonly kind: 'recoveryKey'; readonly recoveryKey: string }
  | { readonly kind: 'locked' }
  | { readonly kind: 'unlocked' };

export function screenForVault(vault: VaultState): Screen {
  switch (vault) {
    case 'absent':
      return { kind: 'create' };
    case 'locked':
      return { kind: 'locked' };
    case 'unlocked':
      return { kind: 'unlocked' };
  }
}

export function screenFor(status: AppStatus): Screen {
  if (!status.cryptoReady) {
    return { kind: 'cryptoUnavailable' };
  }
  if (status.locale === null) {
    return { kind: 'chooseLanguage', vault: status.vault };
  }
  return screenForVault(status.vault);
}

/** Screens during which the vault is open in main, so a lock must wipe the page. */
export function vaultIsOpenOn(screen: Screen): boolean {
  return screen.kind === 'recoveryKey' || screen.kind === 'unlocked';
}
