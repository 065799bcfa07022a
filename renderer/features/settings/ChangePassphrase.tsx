import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { UnlockSecret } from '../../../shared/ipc/contract';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { problemText, type NewPassphraseProblem } from '../vault/newPassphrase';
import { unlockFailureText } from '../vault/unlockFailureText';
import { useNewPassphrase, type NewPassphrase } from '../vault/useNewPassphrase';
import { CurrentCredential } from './CurrentCredential';

type Method = UnlockSecret['method'];
type Failure = ErrorCode | NewPassphraseProblem | 'currentRequired' | 'same';

function refusalOf(method: Method, current: string, next: NewPassphrase): Failure | null {
  if (current === '') {
    return 'currentRequired';
  }
  const verdict = next.check();
  if (verdict.problem !== null) {
    return verdict.problem;
  }
  return method === 'passphrase' && current === next.passphrase ? 'same' : null;
}

function failureText(t: TFunction, failure: Failure, method: Method, next: NewPassphrase): string {
  switch (failure) {
    case 'currentRequired':
    case 'same':
      return t(`changePassphrase.${failure}`);
    case 'weak':
    case 'mismatch':
      return problemText(t, failure, next.assessment);
    default:
      return unlockFailureText(t, failure, method);
  }
}

/** Rewrites only the passphrase keyslot in main; entries and the recovery key are untouched. */
export function ChangePassphrase() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [method, setMethod] = useState<Method>('passphrase');
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function change(): Promise<void> {
    setBusy(true);
    setDone(false);
    setFailure(null);
    try {
      await api.call('vault.changePassphrase', { current: { method, secret: current }, next: next.passphrase });
      setCurrent('');
      next.reset();
      setDone(true);
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
    const refusal = refusalOf(method, current, next);
    setDone(false);
    setFailure(refusal);
    if (refusal === null) {
      void change();
    }
  }

  function switchMethod(): void {
    setMethod(method === 'passphrase' ? 'recoveryKey' : 'passphrase');
    setCurrent('');
    setFailure(null);
  }

  const status = busy ? t('changePassphrase.busy') : done ? t('changePassphrase.done') : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changePassphrase.heading')}</h2>
      <p>{t('changePassphrase.intro')}</p>
      <form onSubmit={onSubmit} aria-busy={busy} noValidate>
        <CurrentCredential method={method} value={current} onChange={setCurrent} onSwitch={switchMethod} disabled={busy} />
        <NewPassphraseFields state={next} passphraseLabel={t('changePassphrase.next')} confirmLabel={t('changePassphrase.confirm')} disabled={busy} />
        <ErrorAlert message={failure === null ? null : failureText(t, failure, method, next)} />
        <StatusMessage message={status} />
        <div className="actions">
          <SubmitButton label={t('changePassphrase.submit')} blocked={next.problem !== null || current === ''} busy={busy} />
        </div>
      </form>
    </section>
  );
}
