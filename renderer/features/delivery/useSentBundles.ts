import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { CommandResponse } from '../../../shared/ipc/contract';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type SentBundle = CommandResponse<'bundles.sent'>[number];

export type ReceiptOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'accepted' }
  | { readonly kind: 'purging'; readonly count: number }
  | { readonly kind: 'purged'; readonly count: number }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** Delivered files still held on this laptop: the ones a purge would remove. */
export async function purgeCandidates(api: ReturnType<typeof useApi>, bundles: readonly SentBundle[]): Promise<string[]> {
  // Only files that went whole count: a file sent as its description alone is still needed here.
  const deliveredBundles = bundles.filter((bundle) => bundle.delivered);
  const delivered = new Set(deliveredBundles.flatMap((bundle) => bundle.originalIds));
  const recordIds = [...new Set(deliveredBundles.flatMap((bundle) => bundle.recordIds))];
  const lists = await Promise.all(recordIds.map((recordId) => api.call('evidence.list', { recordId })));
  return lists.flat().flatMap((item) => (item.fileState === 'present' && delivered.has(item.id) ? [item.id] : []));
}

/** The monitor's sent bundles, receipts coming back, and the purge of what was delivered. */
export function useSentBundles() {
  const api = useApi();
  const [bundles, setBundles] = useState<readonly SentBundle[] | null>(null);
  const [purgeable, setPurgeable] = useState<readonly string[]>([]);
  const [outcome, setOutcome] = useState<ReceiptOutcome>({ kind: 'idle' });

  const reload = useCallback(async () => {
    const sent = await api.call('bundles.sent', undefined);
    setBundles([...sent].sort((a, b) => b.seq - a.seq));
    setPurgeable(await purgeCandidates(api, sent));
  }, [api]);

  useEffect(() => {
    reload().catch((error: unknown) => setOutcome({ kind: 'failed', code: errorCodeOf(error) }));
  }, [reload]);

  const run = useCallback(
    async (work: () => Promise<ReceiptOutcome | null>) => {
      try {
        const next = await work();
        await reload();
        if (next !== null) {
          setOutcome(next);
        }
      } catch (error) {
        setOutcome({ kind: 'failed', code: errorCodeOf(error) });
      }
    },
    [reload],
  );

  const openReceipt = useCallback(async () => {
    setOutcome({ kind: 'busy' });
    await run(async () => ((await api.call('bundles.openReceipt', undefined)).opened ? { kind: 'accepted' } : { kind: 'idle' }));
  }, [api, run]);

  const askPurge = useCallback(() => setOutcome({ kind: 'purging', count: purgeable.length }), [purgeable]);
  const keep = useCallback(() => setOutcome({ kind: 'idle' }), []);
  const purge = useCallback(async () => {
    await run(async () => ({ kind: 'purged', count: (await api.call('bundles.purgeDelivered', { evidenceIds: [...purgeable] })).purged.length }));
  }, [api, run, purgeable]);

  return { bundles, purgeable, outcome, reload, openReceipt, askPurge, keep, purge };
}
