import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type OrganisationState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly code: ErrorCode }
  /** `view` null: this vault belongs to no organisation yet. */
  | { readonly kind: 'ready'; readonly view: OrganisationView | null };

export type Organisation = {
  readonly state: OrganisationState;
  /** A view main returned from a change (create, approve, revoke…): shown without asking again. */
  readonly show: (view: OrganisationView) => void;
  /**
   * Reads the profile again (an enrolment added a monitor). Throws when main cannot read it; the
   * page then keeps what it showed, and the caller says what failed.
   */
  readonly reload: () => Promise<OrganisationView | null>;
};

/** The vault's organisation as main reports it (organisation.get), kept in this page's state only. */
export function useOrganisation(): Organisation {
  const api = useApi();
  const [state, setState] = useState<OrganisationState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    api.call('organisation.get', undefined).then(
      (view) => live && setState({ kind: 'ready', view }),
      (error: unknown) => live && setState({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const show = useCallback((view: OrganisationView) => setState({ kind: 'ready', view }), []);

  const reload = useCallback(async () => {
    const view = await api.call('organisation.get', undefined);
    setState({ kind: 'ready', view });
    return view;
  }, [api]);

  return { state, show, reload };
}
