import { useCallback, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { MonitorEntry } from '../../../shared/organisation/organisation';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type ApproveMonitor = {
  /** The signing key being approved, so a second click does not send a second request. */
  readonly approving: string | null;
  readonly failure: ErrorCode | null;
  /** True when main approved; the view it returned has then been shown. */
  readonly approve: (monitor: MonitorEntry) => Promise<boolean>;
};

/** Approval by signing key (the key is the identity: names are only what people call each other). */
export function useApproveMonitor(show: (view: OrganisationView) => void): ApproveMonitor {
  const api = useApi();
  const [approving, setApproving] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  const approve = useCallback(
    async (monitor: MonitorEntry) => {
      setApproving(monitor.signingKey);
      setFailure(null);
      try {
        show(await api.call('organisation.approveMonitor', { signingKey: monitor.signingKey }));
        return true;
      } catch (error) {
        setFailure(errorCodeOf(error));
        return false;
      } finally {
        setApproving(null);
      }
    },
    [api, show],
  );

  return { approving, failure, approve };
}
