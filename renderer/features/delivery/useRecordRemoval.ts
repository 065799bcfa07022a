import { useCallback, useEffect, useState } from 'react';
import type { RecordStub, StubRequest } from '../../../shared/bundles/recordStub';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { errorCodeOf } from '../../ui/errorCode';
import { useRecordCatalogHandle } from '../records/RecordCatalogContext';
import { removableRecords, removeDeliveredRecords } from './recordRemoval';

export type RemovalPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirming' }
  | { readonly kind: 'removing' }
  | { readonly kind: 'removed'; readonly count: number }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/**
 * Delivered records this laptop may let go of (when Settings allows the offer), and the stubs of
 * those already removed. `refresh` follows the sent list: a receipt may make records removable.
 */
export function useRecordRemoval(refresh: unknown) {
  const api = useApi();
  const repos = useFormRepos();
  const catalog = useRecordCatalogHandle();
  const [offered, setOffered] = useState(false);
  const [removable, setRemovable] = useState<readonly StubRequest[]>([]);
  const [stubs, setStubs] = useState<readonly RecordStub[]>([]);
  const [phase, setPhase] = useState<RemovalPhase>({ kind: 'idle' });

  const reload = useCallback(async () => {
    const offer = (await api.call('settings.get', undefined)).offerRecordRemoval;
    setOffered(offer);
    setRemovable(offer ? await removableRecords(api, repos) : []);
    setStubs(await api.call('bundles.stubs', undefined));
  }, [api, repos]);

  useEffect(() => {
    reload().catch((error: unknown) => setPhase({ kind: 'failed', code: errorCodeOf(error) }));
  }, [reload, refresh]);

  const ask = useCallback(() => setPhase({ kind: 'confirming' }), []);
  const keep = useCallback(() => setPhase({ kind: 'idle' }), []);
  const remove = useCallback(async () => {
    setPhase({ kind: 'removing' });
    try {
      const count = await removeDeliveredRecords(api, repos, catalog, removable);
      await reload();
      setPhase({ kind: 'removed', count });
    } catch (error) {
      setPhase({ kind: 'failed', code: errorCodeOf(error) });
    }
  }, [api, repos, catalog, removable, reload]);

  return { offered, removable, stubs, phase, ask, keep, remove };
}
