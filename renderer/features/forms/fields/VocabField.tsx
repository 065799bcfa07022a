import { vocabularyById } from '../../../../shared/vocab/vocabularyRegistry';
import { asCodes, asText } from '../valueShapes';
import { isShortFlatList } from '../vocabSearch';
import type { ControlProps } from './controlProps';
import { MissingVocabulary } from './MissingVocabulary';
import { VocabChecks } from './VocabChecks';
import { VocabPicker } from './VocabPicker';
import { VocabSelect } from './VocabSelect';

/**
 * kinds "vocab" and "vocabMulti": a short flat list (≤ 15 terms) is a native select or a set of
 * checkboxes; anything longer or hierarchical gets the searchable picker. A vocabulary this
 * version does not have shows as a disabled field that says so, keeping the stored codes.
 */
export function VocabField(props: ControlProps) {
  const { field, value, onChange } = props;
  const vocabularyId = field.kind === 'vocab' || field.kind === 'vocabMulti' ? field.vocabulary : '';
  const vocabulary = vocabularyById(vocabularyId);
  const multiple = field.kind === 'vocabMulti';
  if (vocabulary === undefined) {
    return <MissingVocabulary {...props} vocabularyId={vocabularyId} />;
  }
  if (isShortFlatList(vocabulary)) {
    return multiple ? <VocabChecks {...props} vocabulary={vocabulary} /> : <VocabSelect {...props} vocabulary={vocabulary} />;
  }
  const code = asText(value);
  return (
    <VocabPicker
      ui={props.ui}
      locale={props.locale}
      vocabulary={vocabulary}
      multiple={multiple}
      selected={multiple ? asCodes(value) : code === '' ? [] : [code]}
      onChange={(codes) => onChange(multiple ? codes : (codes[0] ?? null))}
      inputRef={props.inputRef}
    />
  );
}
