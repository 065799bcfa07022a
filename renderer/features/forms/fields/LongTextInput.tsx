import { describedBy, invalid, PRIVATE_TEXT, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';
import { asText } from '../valueShapes';

const MAX_LONG_TEXT = 200_000;

/** kind "longText": a statement, a description; several lines. */
export function LongTextInput({ ui, value, onChange, inputRef }: ControlProps) {
  return (
    <FieldFrame ui={ui}>
      <textarea
        id={ui.id}
        ref={inputRef}
        value={asText(value)}
        onChange={(event) => onChange(event.target.value)}
        maxLength={MAX_LONG_TEXT}
        rows={5}
        aria-invalid={invalid(ui)}
        aria-describedby={describedBy(ui)}
        {...PRIVATE_TEXT}
      />
    </FieldFrame>
  );
}
