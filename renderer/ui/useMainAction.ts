import { useCallback, useState } from 'react';
import type { ErrorCode } from '../../shared/errors/appError';
import { errorCodeOf } from './errorCode';

/**
 * One piece of work in main started from a button or a form: busy while it runs, the error's code
 * if it fails (for a translated message), and room for a form's own failures (a required field).
 */
export function useMainAction<Extra extends string = never>() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | Extra | null>(null);

  const run = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(errorCodeOf(error));
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, failure, setFailure, run };
}
