import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PASSPHRASE_LENGTH } from '../../../shared/vault/passphrasePolicy';
import { Field } from '../../ui/Field';
import { PassphraseMeter } from './PassphraseMeter';
import type { NewPassphrase } from './useNewPassphrase';

type NewPassphraseFieldsProps = {
  readonly state: NewPassphrase;
  readonly passphraseLabel: string;
  readonly confirmLabel: string;
  readonly hint?: string | undefined;
  readonly autoFocus?: boolean | undefined;
  readonly disabled?: boolean | undefined;
};

/** A new passphrase, its strength and why it is refused, and the repeat field. */
export function NewPassphraseFields({ state, passphraseLabel, confirmLabel, hint, autoFocus, disabled }: NewPassphraseFieldsProps) {
  const { t } = useTranslation();
  const verdictId = useId();
  const mismatchId = useId();
  const mismatch = state.confirm !== '' && state.confirm !== state.passphrase;
  return (
    <>
      <Field
        kind="secret"
        label={passphraseLabel}
        value={state.passphrase}
        onChange={state.setPassphrase}
        describedBy={verdictId}
        maxLength={MAX_PASSPHRASE_LENGTH}
        hint={hint}
        autoFocus={autoFocus}
        disabled={disabled}
      />
      <PassphraseMeter assessment={state.assessment} empty={state.passphrase === ''} verdictId={verdictId} />
      <Field
        kind="secret"
        label={confirmLabel}
        value={state.confirm}
        onChange={state.setConfirm}
        describedBy={mismatchId}
        maxLength={MAX_PASSPHRASE_LENGTH}
        disabled={disabled}
      />
      <p id={mismatchId} className="hint problem">
        {mismatch ? t('create.mismatch') : ''}
      </p>
    </>
  );
}
