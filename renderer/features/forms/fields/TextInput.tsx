import { describedBy, invalid, PRIVATE_TEXT, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';
import { asText } from '../valueShapes';

const DEFAULT_MAX_TEXT = 2_000;

/** kind "text": one line. */
export function TextInput({ field, ui, value, onChange, inputRef }: ControlProps) {
  return (
    <FieldFrame ui={ui}>
      <input
        id={ui.id}
        ref={inputRef}
        type="text"
        value={asText(value)}
        onChange={(event) => onChange(event.target.value)}
        maxLength={field.kind === 'text' ? (field.maxLength ?? DEFAULT_MAX_TEXT) : undefined}
        aria-invalid={invalid(ui)}
        aria-describedby={describedBy(ui)}
        {...PRIVATE_TEXT}
      />
    </FieldFrame>
  );
}
