import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { MediaKind } from '../../../shared/evidence/evidenceItem';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type EvidencePreview =
  | { readonly kind: 'checking' }
  | { readonly kind: 'ready'; readonly url: string; readonly media: MediaKind }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/**
 * Asks main for a URL to one file. Main first decrypts the whole file and checks its SHA-256, so a
 * damaged or altered file is refused (INTEGRITY) before a single byte of it is shown.
 */
export function useEvidencePreview(id: string): EvidencePreview {
  const api = useApi();
  const [preview, setPreview] = useState<EvidencePreview>({ kind: 'checking' });
  useEffect(() => {
    let live = true;
    api.call('evidence.preview', { id }).then(
      (answer) => live && setPreview({ kind: 'ready', url: answer.url, media: answer.kind }),
      (error: unknown) => live && setPreview({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, id]);
  return preview;
}
