import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { UnlockSecret } from '../../../shared/ipc/contract';
import { MAX_PASSPHRASE_LENGTH } from '../../../shared/vault/passphrasePolicy';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { LanguageSelect } from '../language/LanguageSelect';
import { unlockFailureText } from './unlockFailureText';

type Method = UnlockSecret['method'];

// No lockout and no delay here: a wrong guess costs an attacker a full Argon2id run in main, and
// a monitor under stress needs to be able to try again calmly.
export function UnlockScreen({ onUnlocked }: { readonly onUnlocked: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [method, setMethod] = useState<Method>('passphrase');
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const field = useRef<HTMLInputElement>(null);

  async function unlock(): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      await api.call('vault.unlock', { method, secret });
      onUnlocked();
    } catch (error) {
      setFailure(errorCodeOf(error));
      setBusy(false);
      field.current?.select();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) {
      return;
    }
    if (secret === '') {
      field.current?.focus();
      return;
    }
    void unlock();
  }

  function switchMethod(): void {
    setMethod(method === 'passphrase' ? 'recoveryKey' : 'passphrase');
    setSecret('');
    setFailure(null);
  }

  const usingKey = method === 'recoveryKey';
  return (
    <main className="screen narrow">
      <h1>{t('unlock.title')}</h1>
      <p>{usingKey ? t('unlock.introRecovery') : t('unlock.intro')}</p>
      <form onSubmit={onSubmit} aria-busy={busy} noValidate>
        <Field
          key={method}
          ref={field}
          kind={usingKey ? 'recoveryKey' : 'secret'}
          label={usingKey ? t('unlock.recoveryKey') : t('unlock.passphrase')}
          hint={usingKey ? t('unlock.recoveryKeyHint') : undefined}
          value={secret}
          onChange={setSecret}
          maxLength={MAX_PASSPHRASE_LENGTH}
          autoFocus
        />
        <ErrorAlert message={failure === null ? null : unlockFailureText(t, failure, method)} />
        <StatusMessage message={busy ? t('unlock.busy') : null} />
        <div className="actions">
          <SubmitButton label={t('unlock.submit')} busy={busy} />
          <button type="button" className="link" onClick={switchMethod} disabled={busy}>
            {usingKey ? t('unlock.usePassphrase') : t('unlock.useRecoveryKey')}
          </button>
        </div>
      </form>
      <footer className="screen-footer">
        <LanguageSelect />
      </footer>
    </main>
  );
}
