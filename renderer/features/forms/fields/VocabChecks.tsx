import type { Vocabulary } from '../../../../shared/vocab/vocabulary';
import { asCodes } from '../valueShapes';
import { describedBy, invalid, labelId, type ControlProps } from './controlProps';
import { FieldNotes } from './FieldFrame';

/** Several codes from a short flat vocabulary: a fieldset named by the field's label, one checkbox per term. */
export function VocabChecks({ ui, value, onChange, inputRef, locale, vocabulary }: ControlProps & { readonly vocabulary: Vocabulary }) {
  const chosen = asCodes(value);
  // A code this version does not know stays visible, so it can be unticked.
  const codes = [...vocabulary.terms.map((term) => term.code), ...chosen.filter((code) => vocabulary.term(code) === undefined)];
  const toggle = (code: string, on: boolean): void => onChange(on ? [...chosen.filter((item) => item !== code), code] : chosen.filter((item) => item !== code));
  return (
    <fieldset id={ui.id} ref={inputRef} tabIndex={-1} className={ui.gap === undefined ? 'field vocab-checks' : 'field vocab-checks has-gap'} aria-invalid={invalid(ui)} aria-describedby={describedBy(ui)}>
      <legend id={labelId(ui)}>{ui.label}</legend>
      {codes.map((code) => (
        <div key={code} className="check-inline">
          <input id={`${ui.id}-${code}`} type="checkbox" checked={chosen.includes(code)} onChange={(event) => toggle(code, event.target.checked)} />
          <label htmlFor={`${ui.id}-${code}`}>{vocabulary.label(code, locale)}</label>
        </div>
      ))}
      <FieldNotes ui={ui} />
    </fieldset>
  );
}
