import type { Vocabulary } from '../../../../shared/vocab/vocabulary';
import { asText } from '../valueShapes';
import { describedBy, invalid, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';

/** One code from a short flat vocabulary: a native select, empty first. */
export function VocabSelect({ ui, value, onChange, inputRef, locale, vocabulary }: ControlProps & { readonly vocabulary: Vocabulary }) {
  const code = asText(value);
  const unknown = code !== '' && vocabulary.term(code) === undefined;
  return (
    <FieldFrame ui={ui}>
      <select id={ui.id} ref={inputRef} value={code} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)}>
        <option value="" />
        {unknown ? <option value={code}>{code}</option> : null}
        {vocabulary.terms.map((term) => (
          <option key={term.code} value={term.code}>
            {vocabulary.label(term.code, locale)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
