import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_BOUNDS, parseIntegerText, type IntegerBounds } from '../integerText';
import { describedBy, errorId, invalid, PRIVATE_TEXT, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';

function boundsOf(field: ControlProps['field']): IntegerBounds {
  return field.kind === 'integer' ? { min: field.min ?? DEFAULT_BOUNDS.min, max: field.max ?? DEFAULT_BOUNDS.max } : DEFAULT_BOUNDS;
}

/** kind "integer": typed as text, stored as a number; text that is no number stays for correcting, stored as empty. */
export function IntegerInput({ field, ui, value, onChange, inputRef }: ControlProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (typeof value === 'number' && Number.isFinite(value) ? String(value) : ''));
  const bounds = boundsOf(field);
  const wrong = text.trim() !== '' && parseIntegerText(text, bounds) === null;
  return (
    <FieldFrame ui={ui}>
      <input
        id={ui.id}
        ref={inputRef}
        type="text"
        inputMode="numeric"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseIntegerText(event.target.value, bounds));
        }}
        aria-invalid={invalid(ui, wrong)}
        aria-describedby={describedBy(ui, wrong && errorId(ui))}
        {...PRIVATE_TEXT}
      />
      {wrong ? (
        <p id={errorId(ui)} className="field-error">
          {t('forms.integer.invalid', { min: bounds.min, max: bounds.max })}
        </p>
      ) : null}
    </FieldFrame>
  );
}
