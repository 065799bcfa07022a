import { describedBy, invalid, labelId, type ControlProps } from './controlProps';
import { FieldNotes } from './FieldFrame';

/** kind "boolean": a checkbox with its label beside it. */
export function BooleanCheckbox({ ui, value, onChange, inputRef }: ControlProps) {
  return (
    <div className={ui.gap === undefined ? 'field' : 'field has-gap'}>
      <div className="check-inline">
        <input id={ui.id} ref={inputRef} type="checkbox" checked={value === true} onChange={(event) => onChange(event.target.checked)} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)} />
        <label htmlFor={ui.id} id={labelId(ui)}>
          {ui.label}
        </label>
      </div>
      <FieldNotes ui={ui} />
    </div>
  );
}
