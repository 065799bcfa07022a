import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitorEntry } from '../../../shared/organisation/organisation';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useMainAction } from '../../ui/useMainAction';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { ModalDialog } from '../../ui/ModalDialog';

type RevokeMonitorDialogProps = {
  readonly monitor: MonitorEntry;
  readonly onClose: () => void;
  readonly onRevoked: (view: OrganisationView) => void;
};


// Main keeps the reason in the organisation's history; it is one line because history text may hold
// no control characters (a line break included).
const MAX_REASON = 500;

/**
 * Revocation is for good: the confirmation says what it does to the monitor's bundles, asks why, and
 * is a native modal dialog (focus starts in the reason field, Escape or Cancel closes it). The
 * generic dialog frame still lives in evidence/, where it was first needed.
 */
export function RevokeMonitorDialog({ monitor, onClose, onRevoked }: RevokeMonitorDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  // The confirm button sits in the dialog's action row, outside the form: it submits it by id.
  const formId = useId();
  const [reason, setReason] = useState('');
  const { busy, failure, setFailure, run } = useMainAction<'required'>();

  const revoke = (text: string) => run(async () => onRevoked(await api.call('organisation.revokeMonitor', { signingKey: monitor.signingKey, reason: text })));

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) {
      return;
    }
    const text = reason.trim();
    setFailure(text === '' ? 'required' : null);
    if (text !== '') {
      void revoke(text);
    }
  }

  const confirm = (
    <button type="submit" form={formId} className="danger" aria-disabled={busy ? true : undefined}>
      {t('organisation.revoke.confirm')}
    </button>
  );
  const failureText = failure === null ? null : failure === 'required' ? t('organisation.revoke.required') : t(`errors.${failure}`);
  return (
    <ModalDialog title={t('organisation.revoke.title', { name: monitor.name })} closeLabel={t('organisation.revoke.cancel')} onClose={onClose} actions={confirm}>
      <p>{t('organisation.revoke.explain', { name: monitor.name })}</p>
      <form id={formId} onSubmit={onSubmit} aria-busy={busy} noValidate>
        <Field label={t('organisation.revoke.reason')} hint={t('organisation.revoke.reasonHint')} value={reason} onChange={setReason} maxLength={MAX_REASON} required />
      </form>
      <StatusMessage message={busy ? t('organisation.revoke.busy') : null} />
      <ErrorAlert message={failureText} />
    </ModalDialog>
  );
}
