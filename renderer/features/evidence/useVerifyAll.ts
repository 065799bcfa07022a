import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { VerifyProgress, VerifyReport } from '../../../shared/evidence/evidenceItem';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type VerifyAllState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: VerifyProgress | null }
  | { readonly kind: 'done'; readonly report: VerifyReport }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** Runs evidence.verifyAll in main, following its progress events while it reads every file. */
export function useVerifyAll(): { readonly state: VerifyAllState; readonly run: () => Promise<void> } {
  const api = useApi();
  const [state, setState] = useState<VerifyAllState>({ kind: 'idle' });

  useEffect(
    () =>
      api.on('evidence.verifyProgress', (progress) => {
        // Late events after the report must not turn a result back into a progress bar.
        setState((current) => (current.kind === 'running' ? { kind: 'running', progress } : current));
      }),
    [api],
  );

  const run = useCallback(async () => {
    setState({ kind: 'running', progress: null });
    try {
      setState({ kind: 'done', report: await api.call('evidence.verifyAll', undefined) });
    } catch (error) {
      setState({ kind: 'failed', code: errorCodeOf(error) });
    }
  }, [api]);

  return { state, run };
}
