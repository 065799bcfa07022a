import { useCallback, useEffect, useState } from 'react';
import type { EventRecord } from '../../../shared/records/formRecord';
import { REVISION_CHAIN_SCHEMA_VERSION } from '../../../shared/revisions/revisionChainRow';
import type { Revision, RevisionVerdict } from '../../../shared/revisions/revision';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';

export type RevisionsState =
  | { readonly kind: 'loading' }
  /** verdict is null while the record has never been sealed. */
  | { readonly kind: 'ready'; readonly chain: readonly Revision[]; readonly verdict: RevisionVerdict | null }
  | { readonly kind: 'damaged' };

/**
 * A record's signed revisions: read and verified by main every time the record opens, and
 * extended by one signed revision on each Finalise (main refuses to extend a chain that fails).
 */
export function useRevisions(recordId: string) {
  const api = useApi();
  const repos = useFormRepos();
  const [state, setState] = useState<RevisionsState>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    const load = async (): Promise<RevisionsState> => {
      const row = await repos.revisions.get(recordId);
      if (row !== undefined && row.state !== 'ok') {
        return { kind: 'damaged' };
      }
      const chain = row?.record.revisions ?? [];
      return { kind: 'ready', chain, verdict: chain.length === 0 ? null : await api.call('revisions.verify', { recordId, chain: [...chain] }) };
    };
    load().then(
      (next) => live && setState(next),
      () => live && setState({ kind: 'damaged' }),
    );
    return () => {
      live = false;
    };
  }, [api, repos, recordId]);

  const seal = useCallback(
    async (record: EventRecord): Promise<Revision> => {
      const chain = state.kind === 'ready' ? state.chain : [];
      const revision = await api.call('revisions.seal', { recordId, record, chain: [...chain] });
      const next = [...chain, revision];
      await repos.revisions.save(recordId, { schemaVersion: REVISION_CHAIN_SCHEMA_VERSION, revisions: next });
      // Verified again, as on opening: the verdict names who signed (this vault, and whoever sealed before).
      setState({ kind: 'ready', chain: next, verdict: await api.call('revisions.verify', { recordId, chain: next }) });
      return revision;
    },
    [api, repos, recordId, state],
  );

  return { state, seal };
}
