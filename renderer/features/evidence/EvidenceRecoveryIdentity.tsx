import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { MAX_PASSPHRASE_LENGTH } from '../../../shared/vault/passphrasePolicy';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ShownIdentity, type EvidenceIdentity } from './ShownIdentity';

type Failure = ErrorCode | 'required';

/**
 * The age identity that opens every evidence file, for the day Aigaq is gone. Main hands it out
 * only against the passphrase; it lives in this component's state until Hide or leaving the page.
 */
export function EvidenceRecoveryIdentity() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [identity, setIdentity] = useState<EvidenceIdentity | null>(null);
  // After Hide the shown key's buttons are gone: focus lands on the passphrase field instead.
  const [hidden, setHidden] = useState(false);

  async function reveal(secret: string): Promise<void> {
    setBusy(true);
    try {
      setIdentity(await api.call('evidence.exportIdentity', { passphrase: secret }));
    } catch (error) {
      setFailure(errorCodeOf(error));
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) {
      return;
    }
    const secret = passphrase;
    // Cleared whatever the answer: a passphrase left in a field is one more place it can be read.
    setPassphrase('');
    setFailure(secret === '' ? 'required' : null);
    if (secret !== '') {
      void reveal(secret);
    }
  }

  const failureText = failure === null ? null : failure === 'required' ? t('evidence.settings.identity.required') : t(`errors.${failure}`);
  return (
    <section className="evidence-settings-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('evidence.settings.identity.heading')}</h3>
      <p>{t('evidence.settings.identity.explain')}</p>
      <p className="notice">{t('evidence.settings.identity.secret')}</p>
      {identity === null ? (
        <form onSubmit={onSubmit} aria-busy={busy} noValidate>
          <Field kind="secret" label={t('evidence.settings.identity.passphrase')} value={passphrase} onChange={setPassphrase} maxLength={MAX_PASSPHRASE_LENGTH} disabled={busy} autoFocus={hidden} />
          <ErrorAlert message={failureText} />
          <StatusMessage message={busy ? t('evidence.settings.identity.busy') : null} />
          <div className="actions">
            <SubmitButton label={t('evidence.settings.identity.show')} busy={busy} />
          </div>
        </form>
      ) : (
        <ShownIdentity
          identity={identity}
          onHide={() => {
            setIdentity(null);
            setHidden(true);
          }}
        />
      )}
    </section>
  );
}
