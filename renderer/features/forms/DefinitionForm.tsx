import { useEffect, useMemo, useRef } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { FormDefinition, SectionDefinition } from '../../../shared/definitions/fieldDefinition';
import type { FieldValues } from '../../../shared/definitions/fieldValues';
import type { Gap, Stage } from '../../../shared/definitions/requirements';
import { fieldDomId } from './fieldDomId';
import { FieldSlot } from './FieldSlot';
import { FormEnvContext, labelIn, useLocale, type FormEnv, type FormShape } from './formEnv';
import type { PeopleDirectory } from './peopleDirectory';
import { compactValues } from './valueShapes';

type DefinitionFormProps = {
  readonly definition: FormDefinition;
  /** Read once, on the first render: give the form a new `key` to load another record. */
  readonly defaultValues: FieldValues;
  /** Called with a fresh copy of all the values on every change (the parent saves, debounced). */
  readonly onValuesChange: (values: FieldValues) => void;
  readonly people: PeopleDirectory;
  /** Fields to mark as missing (requirements.ts findGaps), at `stage` (default "final"). */
  readonly gaps?: readonly Gap[];
  readonly stage?: Stage;
};

const NO_GAPS: readonly Gap[] = [];

/**
 * A form drawn from its definition: one section per definition section, one input per field, in
 * the interface language. Values go out in the shape shared/definitions/fieldValues.ts describes; a
 * field hidden by its condition keeps its value.
 */
export function DefinitionForm({ definition, defaultValues, onValuesChange, people, gaps = NO_GAPS, stage = 'final' }: DefinitionFormProps) {
  const methods = useForm<FormShape>({ defaultValues: defaultValues as FormShape });
  const { watch } = methods;
  const latest = useRef(onValuesChange);
  useEffect(() => {
    latest.current = onValuesChange;
  }, [onValuesChange]);
  useEffect(() => {
    const subscription = watch((values) => latest.current(compactValues(values)));
    return () => subscription.unsubscribe();
  }, [watch]);
  const gapIds = useMemo(() => new Set(gaps.map(fieldDomId)), [gaps]);
  const env = useMemo<FormEnv>(() => ({ people, gapIds, stage }), [people, gapIds, stage]);
  return (
    <FormProvider {...methods}>
      <FormEnvContext.Provider value={env}>
        <div className="definition-form">
          {definition.sections.map((section) => (
            <FormSection key={section.key} section={section} />
          ))}
        </div>
      </FormEnvContext.Provider>
    </FormProvider>
  );
}

function FormSection({ section }: { readonly section: SectionDefinition }) {
  const locale = useLocale();
  const headingId = `section-${section.key}`;
  return (
    <section className="card form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{labelIn(section.label, locale)}</h2>
      {section.fields.map((field) => (
        <FieldSlot key={field.key} field={field} sectionKey={section.key} />
      ))}
    </section>
  );
}
