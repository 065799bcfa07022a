import { useFormEnv } from '../formEnv';
import { asText } from '../valueShapes';
import { describedBy, invalid, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';
import { NewPersonButton } from './NewPersonButton';

/** kind "person": one person from the register, or a new one. */
export function PersonSelect({ ui, value, onChange, inputRef }: ControlProps) {
  const { people } = useFormEnv();
  const chosen = asText(value);
  const unknown = chosen !== '' && !people.options.some((option) => option.id === chosen);
  return (
    <FieldFrame ui={ui}>
      <div className="person-row">
        <select id={ui.id} ref={inputRef} value={chosen} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)}>
          <option value="" />
          {unknown ? <option value={chosen}>{chosen}</option> : null}
          {people.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <NewPersonButton ui={ui} onCreated={onChange} />
      </div>
    </FieldFrame>
  );
}
