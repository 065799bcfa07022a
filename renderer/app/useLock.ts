import { useCallback, useEffect } from 'react';
import { useApi } from '../bridge/BridgeContext';
import { isLockShortcut } from './lockShortcut';
import { reloadPage } from './reloadPage';

/** Locks the vault in main, then reloads the page whatever main answered. */
export function useLock(): () => void {
  const api = useApi();
  return useCallback(() => {
    api
      .call('vault.lock', undefined)
      .catch(() => undefined)
      .then(reloadPage, reloadPage);
  }, [api]);
}

export function useLockShortcut(lock: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (isLockShortcut(event)) {
        event.preventDefault();
        lock();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [lock]);
}

/** While the vault is open: when main locks it (idle, OS lock, sleep), wipe the page. */
export function useReloadOnLock(active: boolean): void {
  const api = useApi();
  useEffect(() => (active ? api.on('vault.locked', reloadPage) : undefined), [api, active]);
}
