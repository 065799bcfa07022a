import { useEffect, useState } from 'react';
import type { BundleProgress } from '../../../shared/bundles/bundleProgress';
import { useApi } from '../../bridge/BridgeContext';

/** The latest progress main reported for one kind of bundle work, while `active`; null otherwise. */
export function useBundleProgress(operation: BundleProgress['operation'], active: boolean): BundleProgress | null {
  const api = useApi();
  const [progress, setProgress] = useState<BundleProgress | null>(null);
  useEffect(() => {
    if (!active) {
      setProgress(null);
      return undefined;
    }
    return api.on('bundles.progress', (next) => {
      if (next.operation === operation) {
        setProgress(next);
      }
    });
  }, [api, operation, active]);
  return progress;
}
