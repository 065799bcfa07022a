import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { ActionButton } from '../../ui/ActionButton';
import { StatusMessage } from '../../ui/StatusMessage';
import { DEFAULT_EXPIRY, EXPIRY_CHOICES, expiryDays, isExpiryChoice, type ExpiryChoice } from './invitationExpiry';

type Outcome = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly code: ErrorCode };

/** Coordinator side: an invitation file for monitors, saved where the person chooses (a USB stick). */
export function SaveInvitation() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const selectId = useId();
  const [expiry, setExpiry] = useState<ExpiryChoice>(DEFAULT_EXPIRY);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function save(): Promise<void> {
    setOutcome({ kind: 'busy' });
    try {
      const { saved } = await api.call('organisation.saveInvitation', { expiresInDays: expiryDays(expiry) });
      // Not saved: the dialog was cancelled, which needs no message.
      setOutcome({ kind: saved ? 'saved' : 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', code: errorCodeOf(error) });
    }
  }

  const busy = outcome.kind === 'busy';
  const status = busy ? t('organisation.invitation.busy') : outcome.kind === 'saved' ? t('organisation.invitation.saved') : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.invitation.heading')}</h2>
      <p>{t('organisation.invitation.explain')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('organisation.invitation.expiry')}</label>
        <select
          id={selectId}
          value={expiry}
          onChange={(event) => {
            const choice = event.target.value;
            if (isExpiryChoice(choice)) {
              setExpiry(choice);
            }
          }}
        >
          {EXPIRY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {choice === 'never' ? t('organisation.invitation.never') : t('organisation.invitation.days', { count: Number(choice) })}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <ActionButton busy={busy} onActivate={save} className="primary">
          {t('organisation.invitation.save')}
        </ActionButton>
      </div>
      <StatusMessage message={status} />
      <ErrorAlert message={outcome.kind === 'failed' ? t(`errors.${outcome.code}`) : null} />
    </section>
  );
}
