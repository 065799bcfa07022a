import { useTranslation } from 'react-i18next';
import { useFormEnv } from '../formEnv';
import { asCodes } from '../valueShapes';
import { describedBy, invalid, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';
import { NewPersonButton } from './NewPersonButton';

/** kind "persons": the chosen people, each with a Remove button, a select to add one more, and New person. */
export function PersonsInput({ ui, value, onChange, inputRef, readValue }: ControlProps) {
  const { t } = useTranslation();
  const { people } = useFormEnv();
  const chosen = asCodes(value);
  const labelOf = (id: string): string => people.options.find((option) => option.id === id)?.label ?? id;
  const add = (id: string): void => {
    const now = asCodes(readValue());
    onChange(now.includes(id) ? now : [...now, id]);
  };
  return (
    <FieldFrame ui={ui}>
      {chosen.length === 0 ? null : (
        <ul className="chips person-list">
          {chosen.map((id) => (
            <li key={id} className="chip">
              <span>{labelOf(id)}</span>
              <button type="button" className="chip-remove" aria-label={t('forms.remove', { label: labelOf(id) })} onClick={() => onChange(chosen.filter((item) => item !== id))}>
                {t('forms.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="person-row">
        <select id={ui.id} ref={inputRef} value="" onChange={(event) => (event.target.value === '' ? undefined : add(event.target.value))} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)}>
          <option value="" />
          {people.options
            .filter((option) => !chosen.includes(option.id))
            .map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
        </select>
        <NewPersonButton ui={ui} onCreated={add} />
      </div>
    </FieldFrame>
  );
}
