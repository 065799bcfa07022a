import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { VaultSettings } from '../../../shared/settings/settings';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

/**
 * The vault's settings, as main keeps them (sealed). A change shows at once, is saved, and is put
 * back if main refuses it, with the reason.
 */
export function useVaultSettings() {
  const api = useApi();
  const [settings, setSettings] = useState<VaultSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let live = true;
    api.call('settings.get', undefined).then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => live && setFailure(errorCodeOf(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const update = useCallback(
    async (change: Partial<VaultSettings>): Promise<void> => {
      if (settings === null) {
        return;
      }
      const previous = settings;
      const next = { ...settings, ...change };
      setSettings(next);
      setSaved(false);
      setFailure(null);
      try {
        setSettings(await api.call('settings.update', next));
        setSaved(true);
      } catch (error) {
        setSettings(previous);
        setFailure(errorCodeOf(error));
      }
    },
    [api, settings],
  );

  return { settings, saved, failure, update };
}
