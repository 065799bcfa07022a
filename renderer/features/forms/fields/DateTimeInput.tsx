import { describedBy, invalid, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';
import { asText } from '../valueShapes';

/** kind "dateTime": a clock reading, `YYYY-MM-DDTHH:mm`, in the browser's own date-time input. */
export function DateTimeInput({ ui, value, onChange, inputRef }: ControlProps) {
  return (
    <FieldFrame ui={ui}>
      <input
        id={ui.id}
        ref={inputRef}
        type="datetime-local"
        value={asText(value)}
        // Without a step the input gives minutes; cut seconds anyway, the stored form has none.
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value.slice(0, 16))}
        aria-invalid={invalid(ui)}
        aria-describedby={describedBy(ui)}
      />
    </FieldFrame>
  );
}
