import { useCallback, useEffect, useState } from 'react';
import type { FormRecordRepo, OpenedRow } from '../../store/formRecordRepo';

export type Listing<T> = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly rows: readonly OpenedRow<T>[] } | { readonly kind: 'failed' };

/** Every row of a form table, opened; `reload` after a change. */
export function useOpenRecords<T>(repo: FormRecordRepo<T>): { listing: Listing<T>; reload: () => void } {
  const [listing, setListing] = useState<Listing<T>>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    repo.all().then(
      (rows) => live && setListing({ kind: 'ready', rows }),
      () => live && setListing({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [repo, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { listing, reload };
}
