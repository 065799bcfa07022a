import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { StatusMessage } from '../../ui/StatusMessage';
import { ModalDialog } from '../../ui/ModalDialog';

type DeleteEvidenceDialogProps = {
  readonly item: EvidenceSummary;
  readonly onClose: () => void;
  readonly onDeleted: (item: EvidenceSummary) => void;
};

/** Deleting destroys the file's key: the confirmation says exactly that, and starts on Cancel. */
export function DeleteEvidenceDialog({ item, onClose, onDeleted }: DeleteEvidenceDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  async function confirm(): Promise<void> {
    if (busy) {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await api.call('evidence.delete', { id: item.id });
      onDeleted(item);
    } catch (error) {
      setFailure(errorCodeOf(error));
      setBusy(false);
    }
  }

  const confirmButton = (
    <button type="button" className="danger" aria-disabled={busy ? true : undefined} onClick={() => void confirm()}>
      {t('evidence.delete.confirm')}
    </button>
  );
  return (
    <ModalDialog title={t('evidence.delete.title', { name: item.name })} closeLabel={t('evidence.delete.cancel')} onClose={onClose} actions={confirmButton} focusClose>
      <p>{t('evidence.delete.explain')}</p>
      <StatusMessage message={busy ? t('evidence.delete.busy') : null} />
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
    </ModalDialog>
  );
}
