import { useTranslation } from 'react-i18next';
import { asCodes, asText } from '../valueShapes';
import { describedBy, errorId, type ControlProps } from './controlProps';
import { FieldFrame } from './FieldFrame';

/** A field whose vocabulary this version does not have: disabled, saying so, its stored codes shown and kept. */
export function MissingVocabulary({ ui, value, vocabularyId }: ControlProps & { readonly vocabularyId: string }) {
  const { t } = useTranslation();
  const shown = Array.isArray(value) ? asCodes(value).join(', ') : asText(value);
  return (
    <FieldFrame ui={ui}>
      <input id={ui.id} type="text" value={shown} disabled readOnly aria-invalid aria-describedby={describedBy(ui, errorId(ui))} />
      <p id={errorId(ui)} className="field-error">
        {t('forms.vocab.missing', { id: vocabularyId })}
      </p>
    </FieldFrame>
  );
}
