import { allFields, type FieldDefinition } from '../../../shared/definitions/fieldDefinition';
import { valuesSchema, type FieldValues } from '../../../shared/definitions/fieldValues';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';
import { tortureAllegationV1 } from '../../../shared/definitions/records/tortureAllegation';
import { findGaps } from '../../../shared/definitions/requirements';

const without = (values: FieldValues, ...keys: string[]): FieldValues => Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));
const rows = (key: string): FieldValues[] => [...((tortureAllegationExample[key] ?? []) as readonly FieldValues[])];

describe('the torture allegation form', () => {
  it('accepts its example, which is complete enough to finalise', () => {
    const parsed = valuesSchema(tortureAllegationV1).safeParse(tortureAllegationExample);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findGaps(tortureAllegationV1, tortureAllegationExample, 'final')).toEqual([]);
  });

  it('fills two method rows in the example', () => {
    expect(rows('methods')).toHaveLength(2);
  });

  it('reports exactly the F field that is removed, and still saves the draft', () => {
    const partial = without(tortureAllegationExample, 'circumstances');
    expect(findGaps(tortureAllegationV1, partial, 'draft')).toEqual([]);
    expect(findGaps(tortureAllegationV1, partial, 'final')).toEqual([{ sectionKey: 'allegation', fieldKey: 'circumstances' }]);
  });

  it('reports a missing F field inside a row with its group and row', () => {
    const [first, second] = rows('medicalExams');
    const exams = [first ?? {}, without(second ?? {}, 'requestedBy')];
    expect(findGaps(tortureAllegationV1, { ...tortureAllegationExample, medicalExams: exams }, 'final')).toEqual([
      { sectionKey: 'consequences', fieldKey: 'requestedBy', group: { key: 'medicalExams', row: 1 } },
    ]);
  });

  it('asks where a complaint went only when one was filed', () => {
    const notFiled = { ...tortureAllegationExample, complaints: [{ complaintFiled: 'NO' }] };
    expect(findGaps(tortureAllegationV1, notFiled, 'final')).toEqual([{ sectionKey: 'remedies', fieldKey: 'notFiledReason', group: { key: 'complaints', row: 0 } }]);
    const filed = { ...tortureAllegationExample, complaints: [{ complaintFiled: 'YES', complaintOutcome: 'NO_RESPONSE' }] };
    expect(findGaps(tortureAllegationV1, filed, 'final').map((gap) => gap.fieldKey)).toEqual(['filedWith', 'complaintDate', 'complaintReference', 'reprisalsAfterComplaint']);
  });

  it('needs no medical examination rows when none was held', () => {
    const noExam = without({ ...tortureAllegationExample, medicalExamHeld: 'NO' }, 'medicalExams');
    expect(findGaps(tortureAllegationV1, noExam, 'final')).toEqual([]);
  });

  it('makes a draft need only the few M fields', () => {
    const mandatory = allFields(tortureAllegationV1).filter((field) => field.requirement === 'M').map((field) => field.key);
    expect(mandatory).toEqual(['title', 'confidentiality', 'initialDate', 'region', 'recordLanguage', 'victim', 'dateReported', 'illTreatmentContext', 'stillInCustody']);
    expect(findGaps(tortureAllegationV1, {}, 'draft').map((gap) => gap.fieldKey)).toEqual(mandatory);
  });

  it('has unique keys across the record, and no row key that is also a record key', () => {
    const top = allFields(tortureAllegationV1).map((field) => field.key);
    expect(top.filter((key, index) => top.indexOf(key) !== index)).toEqual([]);
    const inRows = allFields(tortureAllegationV1).flatMap((field) => (field.kind === 'group' ? field.fields.map((row) => row.key) : []));
    expect(inRows.filter((key) => top.includes(key))).toEqual([]);
  });

  it('conditions every field only on a sibling that exists', () => {
    const sectionSiblings = tortureAllegationV1.sections.map((section) => section.fields);
    const rowSiblings = allFields(tortureAllegationV1).flatMap((field) => (field.kind === 'group' ? [field.fields] : []));
    const dangling = [...sectionSiblings, ...rowSiblings].flatMap((siblings: readonly FieldDefinition[]) => {
      const keys = new Set(siblings.map((field) => field.key));
      return siblings.filter((field) => field.when !== undefined && !keys.has(field.when.field)).map((field) => field.key);
    });
    expect(dangling).toEqual([]);
  });
});
