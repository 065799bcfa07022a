import { useCallback, useState } from 'react';
import type { BundleRefusalReason } from '../../../shared/bundles/bundleRefusal';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { CommandResponse } from '../../../shared/ipc/contract';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { errorCodeOf } from '../../ui/errorCode';
import { useRecordCatalogHandle } from '../records/RecordCatalogContext';
import { storeReceivedRecords, type StoredOutcome } from './receivedRecords';

type ImportResult = NonNullable<CommandResponse<'bundles.import'>['result']>;

export type ReceiveOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'imported'; readonly result: ImportResult; readonly stored: StoredOutcome }
  | { readonly kind: 'refused'; readonly reason: BundleRefusalReason }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/**
 * The coordinator's import: main opens and checks the bundle (and writes the receipt), then the
 * records it verified are stored here. A crash in between loses nothing: importing the same
 * bundle again hands the records over again, and the same chain is not written twice.
 */
export function useReceiveBundle() {
  const api = useApi();
  const repos = useFormRepos();
  const catalog = useRecordCatalogHandle();
  const [outcome, setOutcome] = useState<ReceiveOutcome>({ kind: 'idle' });

  const receive = useCallback(async () => {
    setOutcome({ kind: 'busy' });
    try {
      const answer = await api.call('bundles.import', undefined);
      if (answer.refused !== null) {
        setOutcome({ kind: 'refused', reason: answer.refused });
      } else if (answer.result === null) {
        setOutcome({ kind: 'idle' }); // the dialog was cancelled
      } else {
        const stored = await storeReceivedRecords(repos, catalog, answer.result.records);
        setOutcome({ kind: 'imported', result: answer.result, stored });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', code: errorCodeOf(error) });
    }
  }, [api, repos, catalog]);

  return { outcome, receive };
}
