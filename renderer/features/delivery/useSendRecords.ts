import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { errorCodeOf } from '../../ui/errorCode';
import { bundledRecord, evidenceOf, sealedRecords, type SealedRecord } from './sealedRecords';

export type SendChoice = {
  /** Everything not yet delivered, or only the records ticked. */
  readonly mode: 'undelivered' | 'chosen';
  readonly chosen: ReadonlySet<string>;
  /** Both off by default: a bundle lost on the way then carries no face, voice or name. */
  readonly includeOriginals: boolean;
  readonly includeIdentities: boolean;
};

export type SendOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'saved'; readonly fileName: string; readonly records: number; readonly evidence: number }
  | { readonly kind: 'nothing' }
  | { readonly kind: 'chooseOne' }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

export const DEFAULT_CHOICE: SendChoice = { mode: 'undelivered', chosen: new Set(), includeOriginals: false, includeIdentities: false };

/** The monitor's export: the sealed records on this laptop, and writing the chosen ones to a bundle. */
export function useSendRecords(onSaved: () => void) {
  const api = useApi();
  const repos = useFormRepos();
  const [records, setRecords] = useState<readonly SealedRecord[] | null>(null);
  const [outcome, setOutcome] = useState<SendOutcome>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    sealedRecords(repos).then(
      (found) => live && setRecords(found),
      () => live && setRecords([]),
    );
    return () => {
      live = false;
    };
  }, [repos]);

  const send = useCallback(
    async (choice: SendChoice) => {
      const picked = (records ?? []).filter((record) => choice.mode === 'undelivered' || choice.chosen.has(record.id));
      if (picked.length === 0) {
        setOutcome({ kind: choice.mode === 'chosen' ? 'chooseOne' : 'nothing' });
        return;
      }
      setOutcome({ kind: 'busy' });
      try {
        const documents = await Promise.all(picked.map(async (record) => ({ id: record.id, document: await bundledRecord(repos, record, choice.includeIdentities) })));
        const evidenceIds = await evidenceOf(api, picked.map((record) => record.id));
        const result = await api.call('bundles.export', { records: documents, evidenceIds, includeOriginals: choice.includeOriginals, onlyUndelivered: choice.mode === 'undelivered' });
        setOutcome(result.nothingToSend ? { kind: 'nothing' } : result.saved ? { kind: 'saved', fileName: result.fileName ?? '', records: result.records, evidence: result.evidence } : { kind: 'idle' });
        if (result.saved) {
          onSaved();
        }
      } catch (error) {
        setOutcome({ kind: 'failed', code: errorCodeOf(error) });
      }
    },
    [api, repos, records, onSaved],
  );

  const cancel = useCallback(() => void api.call('bundles.cancelExport', undefined), [api]);
  return { records, outcome, send, cancel };
}
