import { createContext, useContext, type ReactNode } from 'react';
import type { AigaqDb } from './db';

const StoreContext = createContext<AigaqDb | null>(null);

export function StoreProvider({ db, children }: { readonly db: AigaqDb; readonly children: ReactNode }) {
  return <StoreContext.Provider value={db}>{children}</StoreContext.Provider>;
}

export function useDb(): AigaqDb {
  const db = useContext(StoreContext);
  if (db === null) {
    throw new Error('useDb outside StoreProvider');
  }
  return db;
}
