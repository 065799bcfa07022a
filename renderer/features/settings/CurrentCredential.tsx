import { useTranslation } from 'react-i18next';
import type { UnlockSecret } from '../../../shared/ipc/contract';
import { MAX_PASSPHRASE_LENGTH } from '../../../shared/vault/passphrasePolicy';
import { Field } from '../../ui/Field';

type CurrentCredentialProps = {
  readonly method: UnlockSecret['method'];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onSwitch: () => void;
  readonly disabled: boolean;
};

/** Proof of the right to change the passphrase: the current passphrase, or the recovery key. */
export function CurrentCredential({ method, value, onChange, onSwitch, disabled }: CurrentCredentialProps) {
  const { t } = useTranslation();
  const usingKey = method === 'recoveryKey';
  return (
    <>
      <Field
        key={method}
        kind={usingKey ? 'recoveryKey' : 'secret'}
        label={usingKey ? t('changePassphrase.currentRecoveryKey') : t('changePassphrase.current')}
        hint={usingKey ? t('unlock.recoveryKeyHint') : undefined}
        value={value}
        onChange={onChange}
        maxLength={MAX_PASSPHRASE_LENGTH}
        disabled={disabled}
      />
      <div className="actions">
        <button type="button" className="link" onClick={onSwitch} disabled={disabled}>
          {usingKey ? t('changePassphrase.usePassphrase') : t('changePassphrase.useRecoveryKey')}
        </button>
      </div>
    </>
  );
}
