import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly code: ErrorCode | 'required' };

// What main accepts as a monitor's name (shared/ipc/contract.ts).
const MAX_NAME = 100;

/** Monitor side: the enrolment file that tells the coordinator this vault's keys, under a name. */
export function SaveEnrolment() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'busy';

  async function save(monitorName: string): Promise<void> {
    setOutcome({ kind: 'busy' });
    try {
      const { saved } = await api.call('organisation.saveEnrolment', { monitorName });
      // Not saved: the dialog was cancelled, which needs no message.
      setOutcome({ kind: saved ? 'saved' : 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', code: errorCodeOf(error) });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) {
      return;
    }
    const monitorName = name.trim();
    if (monitorName === '') {
      setOutcome({ kind: 'failed', code: 'required' });
    } else {
      void save(monitorName);
    }
  }

  const failure = outcome.kind === 'failed' ? (outcome.code === 'required' ? t('organisation.enrol.required') : t(`errors.${outcome.code}`)) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.enrol.heading')}</h2>
      <p>{t('organisation.enrol.explain')}</p>
      <form onSubmit={onSubmit} aria-busy={busy} noValidate>
        <Field label={t('organisation.enrol.name')} value={name} onChange={setName} maxLength={MAX_NAME} required />
        <div className="actions">
          <SubmitButton label={t('organisation.enrol.save')} busy={busy} />
        </div>
        <StatusMessage message={busy ? t('organisation.enrol.busy') : outcome.kind === 'saved' ? t('organisation.enrol.saved') : null} />
        <ErrorAlert message={failure} />
      </form>
    </section>
  );
}
