import { useEffect, useState } from 'react';
import type { CustodyEntry, CustodyVerdict } from '../../../shared/evidence/custodyEvent';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type CustodyLog =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly entries: readonly CustodyEntry[]; readonly verdict: CustodyVerdict }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** One item's custody log, read and verified by main (signatures and hash chain) on every opening. */
export function useCustodyLog(id: string): CustodyLog {
  const api = useApi();
  const [log, setLog] = useState<CustodyLog>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    api.call('evidence.custody', { id }).then(
      (answer) => live && setLog({ kind: 'ready', entries: answer.entries, verdict: answer.verdict }),
      (error: unknown) => live && setLog({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  return log;
}
