import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { NewPassphraseFields } from './NewPassphraseFields';
import { problemText, type NewPassphraseProblem } from './newPassphrase';
import { useNewPassphrase } from './useNewPassphrase';

type CreateVaultProps = {
  /** The vault exists and is unlocked; the recovery key is to be shown once. */
  readonly onCreated: (recoveryKey: string) => void;
};

export function CreateVault({ onCreated }: CreateVaultProps) {
  const { t } = useTranslation();
  const api = useApi();
  const passphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<NewPassphraseProblem | ErrorCode | null>(null);

  async function create(): Promise<void> {
    const verdict = passphrase.check();
    if (verdict.problem !== null) {
      setFailure(verdict.problem);
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const { recoveryKey } = await api.call('vault.create', { passphrase: passphrase.passphrase });
      passphrase.reset();
      onCreated(recoveryKey);
    } catch (error) {
      setFailure(errorCodeOf(error));
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (!busy) {
      void create();
    }
  }

  const message =
    failure === null ? null : failure === 'weak' || failure === 'mismatch' ? problemText(t, failure, passphrase.assessment) : t(`errors.${failure}`);
  return (
    <main className="screen narrow">
      <h1>{t('create.title')}</h1>
      <p>{t('create.intro')}</p>
      <p className="notice">{t('create.noRecovery')}</p>
      <form onSubmit={onSubmit} aria-busy={busy} noValidate>
        <NewPassphraseFields state={passphrase} passphraseLabel={t('create.passphrase')} confirmLabel={t('create.confirm')} hint={t('create.advice')} autoFocus disabled={busy} />
        <ErrorAlert message={message} />
        <StatusMessage message={busy ? t('create.busy') : null} />
        <div className="actions">
          <SubmitButton label={t('create.submit')} blocked={passphrase.problem !== null} busy={busy} />
        </div>
      </form>
    </main>
  );
}
