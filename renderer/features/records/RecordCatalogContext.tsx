import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { useDb } from '../../store/StoreContext';
import { createRecordCatalog, type CatalogSnapshot, type RecordCatalog } from './recordCatalog';

const CatalogContext = createContext<RecordCatalog | null>(null);

/** One catalog per unlocked page: started once, kept while the monitor moves between sections. */
export function RecordCatalogProvider({ children }: { readonly children: ReactNode }) {
  const api = useApi();
  const db = useDb();
  const repos = useFormRepos();
  const catalog = useMemo(() => createRecordCatalog(api, db, repos.events, repos.persons), [api, db, repos]);
  useEffect(() => {
    void catalog.start();
  }, [catalog]);
  return <CatalogContext.Provider value={catalog}>{children}</CatalogContext.Provider>;
}

/** The catalog itself, for code that only tells it about changes (and need not re-render with it). */
export function useRecordCatalogHandle(): RecordCatalog {
  const catalog = useContext(CatalogContext);
  if (catalog === null) {
    throw new Error('useRecordCatalog outside RecordCatalogProvider');
  }
  return catalog;
}

export function useRecordCatalog(): { catalog: RecordCatalog; snapshot: CatalogSnapshot } {
  const catalog = useRecordCatalogHandle();
  const snapshot = useSyncExternalStore(catalog.subscribe, catalog.snapshot);
  return { catalog, snapshot };
}
