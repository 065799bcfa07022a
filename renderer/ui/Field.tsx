import { useId, type Ref } from 'react';

// A labelled single-line input. Every field here may hold sensitive text, so none of them asks
// the browser or the OS to remember, autocomplete or spell-check it (an OS spell-checker can learn
// words into a plaintext dictionary).
export type FieldKind = 'text' | 'secret' | 'recoveryKey';

type FieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind?: FieldKind | undefined;
  /** Shown under the field and read with it. */
  readonly hint?: string | undefined;
  /** Ids of further elements that describe the field (a strength meter's verdict, say). */
  readonly describedBy?: string | undefined;
  readonly autoFocus?: boolean | undefined;
  readonly disabled?: boolean | undefined;
  readonly maxLength?: number | undefined;
  /** Said to screen readers; the form itself says what is missing when it is submitted. */
  readonly required?: boolean | undefined;
  readonly ref?: Ref<HTMLInputElement>;
};

export function Field({ label, value, onChange, kind = 'text', hint, describedBy, autoFocus, disabled, maxLength, required, ref }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const described = [hint === undefined ? undefined : hintId, describedBy].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={ref}
        type={kind === 'secret' ? 'password' : 'text'}
        className={kind === 'recoveryKey' ? 'mono' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize={kind === 'recoveryKey' ? 'characters' : 'off'}
        spellCheck={false}
        autoFocus={autoFocus}
        disabled={disabled}
        maxLength={maxLength}
        aria-required={required === true ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
      />
      {hint === undefined ? null : (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
