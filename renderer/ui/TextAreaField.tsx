import { useId } from 'react';

type TextAreaFieldProps = {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean | undefined;
  readonly maxLength?: number | undefined;
  readonly rows?: number | undefined;
};

/** A labelled multi-line field; like Field, it keeps its text from autocomplete and spell-check. */
export function TextAreaField({ label, value, onChange, disabled, maxLength, rows = 6 }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        disabled={disabled}
        maxLength={maxLength}
        rows={rows}
      />
    </div>
  );
}
