import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type EvidenceItemActionState = {
  /** What just happened, for the polite live region. */
  readonly status: string | null;
  /** What just failed, for the alert region. */
  readonly problem: string | null;
  /** The item a working copy is being made of. */
  readonly busyId: string | null;
  readonly copySha: (item: EvidenceSummary) => void;
  readonly clean: (item: EvidenceSummary) => void;
  readonly deleted: (item: EvidenceSummary) => void;
};

/** The item actions that need no dialog, and the messages they leave behind. */
export function useEvidenceItemActions(reload: () => void): EvidenceItemActionState {
  const { t } = useTranslation();
  const api = useApi();
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const say = useCallback((next: string | null, failed: string | null) => {
    setStatus(next);
    setProblem(failed);
  }, []);

  const copySha = useCallback(
    (item: EvidenceSummary) => {
      // The clipboard can be refused (no permission, window not focused): the hash stays on screen.
      void navigator.clipboard.writeText(item.sha256).then(
        () => say(t('evidence.actions.copied'), null),
        () => say(null, t('evidence.actions.copyFailed')),
      );
    },
    [say, t],
  );

  const clean = useCallback(
    (item: EvidenceSummary) => {
      setBusyId(item.id);
      say(t('evidence.actions.cleaning'), null);
      void api
        .call('evidence.deriveClean', { id: item.id })
        .then(
          (copy) => say(t('evidence.actions.cleaned', { name: copy.name }), null),
          (error: unknown) => say(null, t(`errors.${errorCodeOf(error)}`)),
        )
        .finally(() => {
          setBusyId(null);
          reload();
        });
    },
    [api, reload, say, t],
  );

  const deleted = useCallback(
    (item: EvidenceSummary) => {
      say(t('evidence.delete.done', { name: item.name }), null);
      reload();
    },
    [reload, say, t],
  );

  return { status, problem, busyId, copySha, clean, deleted };
}
