import type { ComponentType } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import type { ScalarFieldDefinition } from '../../../shared/definitions/fieldDefinition';
import type { FieldValue } from '../../../shared/definitions/fieldValues';
import { useLocale, type FormShape } from './formEnv';
import { BooleanCheckbox } from './fields/BooleanCheckbox';
import type { ControlProps, FieldUi } from './fields/controlProps';
import { DateTimeInput } from './fields/DateTimeInput';
import { IntegerInput } from './fields/IntegerInput';
import { LongTextInput } from './fields/LongTextInput';
import { NarrativeInput } from './fields/NarrativeInput';
import { PartialDateInput } from './fields/PartialDateInput';
import { PersonSelect } from './fields/PersonSelect';
import { PersonsInput } from './fields/PersonsInput';
import { TextInput } from './fields/TextInput';
import { TriSelect } from './fields/TriSelect';
import { VocabField } from './fields/VocabField';

/** One input per kind of field (shared/definitions/fieldDefinition.ts). */
const CONTROLS: Readonly<Record<ScalarFieldDefinition['kind'], ComponentType<ControlProps>>> = {
  text: TextInput,
  longText: LongTextInput,
  narrative: NarrativeInput,
  integer: IntegerInput,
  tri: TriSelect,
  boolean: BooleanCheckbox,
  partialDate: PartialDateInput,
  dateTime: DateTimeInput,
  vocab: VocabField,
  vocabMulti: VocabField,
  person: PersonSelect,
  persons: PersonsInput,
};

type FieldInputProps = {
  readonly field: ScalarFieldDefinition;
  /** The value's path in the form: "title", or "information.0.source" in a group's row. */
  readonly name: string;
  readonly ui: FieldUi;
};

/** A scalar field bound to the form's state. */
export function FieldInput({ field, name, ui }: FieldInputProps) {
  const { control, getValues } = useFormContext<FormShape>();
  const { field: bound } = useController({ control, name });
  const locale = useLocale();
  const Control = CONTROLS[field.kind];
  return <Control field={field} ui={ui} locale={locale} value={bound.value} onChange={(value: FieldValue) => bound.onChange(value)} readValue={() => getValues(name)} inputRef={bound.ref} />;
}
