import { allFields, type FieldDefinition, type FormDefinition } from '../../../shared/definitions/fieldDefinition';
import { valuesSchema, type FieldValues } from '../../../shared/definitions/fieldValues';
import { identityExample } from '../../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../../shared/definitions/people/examples/person.example';
import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import { protestDetentionExample } from '../../../shared/definitions/records/examples/protestDetention.example';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';
import { currentDefinition, FORM_HISTORY, RECORD_TYPES, type FormId } from '../../../shared/definitions/registry';
import { findGaps } from '../../../shared/definitions/requirements';
import { LOCALES } from '../../../shared/settings/settings';
import { vocabularyById } from '../../../shared/vocab/vocabularyRegistry';

// Checks that hold for every form the app ships: what a monitor would trip over (an English label
// in a Kazakh form, a picker with no terms, a field that can never be shown) fails here first.

const EXAMPLES: Record<FormId, FieldValues> = {
  DETENTION_VISIT: detentionVisitExample,
  TORTURE_ALLEGATION: tortureAllegationExample,
  PROTEST_DETENTION: protestDetentionExample,
  PERSON: personExample,
  IDENTITY: identityExample,
};
const FORMS = Object.keys(FORM_HISTORY) as FormId[];
const everyDefinition = (): FormDefinition[] => Object.values(FORM_HISTORY).flat();

function everyField(definition: FormDefinition): FieldDefinition[] {
  return allFields(definition).flatMap((field) => (field.kind === 'group' ? [field, ...field.fields] : [field]));
}

function siblingsOf(definition: FormDefinition): FieldDefinition[][] {
  const sections = definition.sections.map((section) => [...section.fields]);
  const groups = allFields(definition).flatMap((field) => (field.kind === 'group' ? [[...field.fields]] : []));
  return [...sections, ...groups];
}

describe.each(FORMS)('the %s form', (form) => {
  const definition = currentDefinition(form);
  const example = EXAMPLES[form];

  it('validates its bundled example, which is complete enough to finalise', () => {
    const parsed = valuesSchema(definition).safeParse(example);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findGaps(definition, example, 'final')).toEqual([]);
  });

  it('refuses a value of the wrong kind and a key it does not define', () => {
    const [first] = allFields(definition);
    expect(valuesSchema(definition).safeParse({ ...example, [first?.key ?? '']: 42 }).success).toBe(first?.kind === 'integer');
    expect(valuesSchema(definition).safeParse({ ...example, notAField: 'x' }).success).toBe(false);
  });

  it('has unique keys at the top level and within every group', () => {
    for (const fields of [allFields(definition), ...allFields(definition).flatMap((field) => (field.kind === 'group' ? [field.fields] : []))]) {
      const keys = fields.map((field) => field.key);
      expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    }
  });

  it('labels every section and field in English, Russian and Kazakh, and names its source', () => {
    const labelled = [definition, ...definition.sections, ...everyField(definition)];
    const missing = labelled.flatMap((item) => LOCALES.filter((locale) => item.label[locale].trim() === '').map((locale) => `${'key' in item ? item.key : item.id}:${locale}`));
    expect(missing).toEqual([]);
    expect(everyField(definition).filter((field) => field.source.trim() === '').map((field) => field.key)).toEqual([]);
    // A Kazakh label identical to the English one is an untranslated label.
    expect(everyField(definition).filter((field) => field.label.kk === field.label.en).map((field) => field.key)).toEqual([]);
  });

  it('refers only to vocabularies that exist, and conditions only to sibling fields and real codes', () => {
    for (const field of everyField(definition)) {
      if (field.kind === 'vocab' || field.kind === 'vocabMulti') {
        expect([field.key, vocabularyById(field.vocabulary)?.id !== undefined]).toEqual([field.key, true]);
      }
    }
    for (const siblings of siblingsOf(definition)) {
      const byKey = new Map(siblings.map((field) => [field.key, field] as const));
      for (const field of siblings.filter((candidate) => candidate.when !== undefined)) {
        const target = byKey.get(field.when?.field ?? '');
        expect([field.key, target?.key]).toEqual([field.key, field.when?.field]);
        const when = field.when;
        const codes = when === undefined ? [] : 'equals' in when ? [when.equals] : 'in' in when ? when.in : 'unless' in when ? [when.unless] : [];
        const vocabulary = target && (target.kind === 'vocab' || target.kind === 'vocabMulti') ? vocabularyById(target.vocabulary) : undefined;
        const allowed = target?.kind === 'tri' ? ['YES', 'NO', 'UNKNOWN'] : target?.kind === 'boolean' ? [true, false] : vocabulary?.terms.map((term) => term.code);
        for (const code of codes) {
          expect([field.key, allowed?.includes(code as never)]).toEqual([field.key, true]);
        }
      }
    }
  });

  it('uses in its example only codes its vocabularies define', () => {
    const unknown: string[] = [];
    const check = (fields: readonly FieldDefinition[], values: FieldValues) => {
      for (const field of fields) {
        const value = values[field.key];
        if ((field.kind === 'vocab' || field.kind === 'vocabMulti') && value !== undefined && value !== null) {
          const vocabulary = vocabularyById(field.vocabulary);
          const codes = Array.isArray(value) ? (value as string[]) : [value as string];
          unknown.push(...codes.filter((code) => vocabulary?.term(code) === undefined).map((code) => `${field.key}=${code}`));
        }
        if (field.kind === 'group' && Array.isArray(value)) {
          (value as FieldValues[]).forEach((row) => check(field.fields, row));
        }
      }
    };
    check(allFields(definition), example);
    expect(unknown).toEqual([]);
  });

  it('keeps its M fields few: capture is never blocked', () => {
    const mandatory = allFields(definition).filter((field) => field.requirement === 'M');
    expect(mandatory.length).toBeLessThanOrEqual(10);
    expect(findGaps(definition, {}, 'draft').length).toBe(mandatory.filter((field) => field.when === undefined).length);
  });
});

describe.each(RECORD_TYPES)('the %s example', (type) => {
  it('picks a vocabulary term in every section: what is counted later is coded, not typed', () => {
    const picked = (fields: readonly FieldDefinition[], values: FieldValues): boolean =>
      fields.some((field) => {
        const value = values[field.key];
        if (field.kind === 'group') {
          return Array.isArray(value) && (value as FieldValues[]).some((row) => picked(field.fields, row));
        }
        return (field.kind === 'vocab' || field.kind === 'vocabMulti') && value !== undefined && value !== null && (!Array.isArray(value) || value.length > 0);
      });
    const sectionsWithout = currentDefinition(type).sections.filter((section) => !picked(section.fields, EXAMPLES[type])).map((section) => section.key);
    expect(sectionsWithout).toEqual([]);
  });
});

describe('every vocabulary a form uses', () => {
  it('has a label for every code in English, Russian and Kazakh', () => {
    const ids = new Set(everyDefinition().flatMap((definition) => everyField(definition).flatMap((field) => (field.kind === 'vocab' || field.kind === 'vocabMulti' ? [field.vocabulary] : []))));
    const missing = [...ids].flatMap((id) => {
      const vocabulary = vocabularyById(id);
      return vocabulary === undefined ? [id] : vocabulary.terms.flatMap((term) => LOCALES.filter((locale) => term.labels[locale].trim() === '').map((locale) => `${id}/${term.code}:${locale}`));
    });
    expect(missing).toEqual([]);
  });
});
