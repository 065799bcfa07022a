import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from './api';

// Components reach main through this context, never through window.bridge, so a test can hand
// them a fake Api.
const BridgeContext = createContext<Api | null>(null);

export function BridgeProvider({ api, children }: { readonly api: Api; readonly children: ReactNode }) {
  return <BridgeContext.Provider value={api}>{children}</BridgeContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(BridgeContext);
  if (api === null) {
    throw new Error('useApi outside BridgeProvider');
  }
  return api;
}
