import { useTranslation } from 'react-i18next';
import { TRI_VALUES, type Tri } from '../../../../shared/definitions/fieldDefinition';
import { describedBy, invalid, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';

const TRI_TEXT = { YES: 'forms.tri.yes', NO: 'forms.tri.no', UNKNOWN: 'forms.tri.unknown' } as const satisfies Record<Tri, string>;

/** kind "tri": yes, no or not known, and empty until someone answers ("no" is never a default). */
export function TriSelect({ ui, value, onChange, inputRef }: ControlProps) {
  const { t } = useTranslation();
  const chosen = typeof value === 'string' && (TRI_VALUES as readonly string[]).includes(value) ? value : '';
  return (
    <FieldFrame ui={ui}>
      <select id={ui.id} ref={inputRef} value={chosen} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)}>
        <option value="" />
        {TRI_VALUES.map((tri) => (
          <option key={tri} value={tri}>
            {t(TRI_TEXT[tri])}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
