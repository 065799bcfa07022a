import { allFields, type FieldDefinition } from '../../../shared/definitions/fieldDefinition';
import { valuesSchema, type FieldValues } from '../../../shared/definitions/fieldValues';
import { eventHeader, followUpSection, riskSection, sourcesSection } from '../../../shared/definitions/records/commonSections';
import { protestDetentionExample } from '../../../shared/definitions/records/examples/protestDetention.example';
import { protestDetentionV1 } from '../../../shared/definitions/records/protestDetention';
import { findGaps } from '../../../shared/definitions/requirements';

const without = (values: FieldValues, ...keys: string[]): FieldValues => Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));
const rowsOf = (key: string): FieldValues[] => [...((protestDetentionExample[key] ?? []) as readonly FieldValues[])];
/** The example with one detained-person row replaced. */
const withDetainee = (index: number, row: FieldValues): FieldValues => ({ ...protestDetentionExample, detainedPersons: rowsOf('detainedPersons').map((old, at) => (at === index ? row : old)) });
const firstDetainee = (): FieldValues => rowsOf('detainedPersons')[0] ?? {};

describe('the protest-related detention form', () => {
  it('accepts its example, which is complete enough to save and to finalise', () => {
    const parsed = valuesSchema(protestDetentionV1).safeParse(protestDetentionExample);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    expect(findGaps(protestDetentionV1, protestDetentionExample, 'draft')).toEqual([]);
    expect(findGaps(protestDetentionV1, protestDetentionExample, 'final')).toEqual([]);
  });

  it('has two detained-person rows in its example', () => {
    expect(rowsOf('detainedPersons')).toHaveLength(2);
  });

  it('keeps the common sections unchanged and in order', () => {
    const keys = protestDetentionV1.sections.map((section) => section.key);
    expect(keys).toEqual(['event', 'assembly', 'useOfForce', 'detentions', 'perpetrators', 'sources', 'followUp', 'risk']);
    expect(protestDetentionV1.sections[0]).toBe(eventHeader);
    expect(protestDetentionV1.sections.slice(5)).toEqual([sourcesSection, followUpSection, riskSection]);
  });

  it('lists a missing F field, and only that field, as a gap to finalise', () => {
    expect(findGaps(protestDetentionV1, without(protestDetentionExample, 'venue'), 'final')).toEqual([{ sectionKey: 'assembly', fieldKey: 'venue' }]);
    expect(findGaps(protestDetentionV1, without(protestDetentionExample, 'venue'), 'draft')).toEqual([]);
    const noWhereabouts = withDetainee(0, without(firstDetainee(), 'whereabouts'));
    expect(findGaps(protestDetentionV1, noWhereabouts, 'final')).toEqual([{ sectionKey: 'detentions', fieldKey: 'whereabouts', group: { key: 'detainedPersons', row: 0 } }]);
  });

  it('needs only the person, the timing and the kind of proceedings to keep a detained-person row as a draft', () => {
    const bare = { ...protestDetentionExample, detainedPersons: [{ detainee: 'PersonDetainedCCCCCCCC' }] };
    expect(findGaps(protestDetentionV1, bare, 'draft')).toEqual([
      { sectionKey: 'detentions', fieldKey: 'detentionPhase', group: { key: 'detainedPersons', row: 0 } },
      { sectionKey: 'detentions', fieldKey: 'proceedingType', group: { key: 'detainedPersons', row: 0 } },
    ]);
    expect(findGaps(protestDetentionV1, { ...bare, detainedPersons: [] }, 'final')).toEqual([{ sectionKey: 'detentions', fieldKey: 'detainedPersons', rowsNeeded: 1 }]);
  });

  it('asks for the fine only when the outcome is a fine, and the days only for an arrest', () => {
    const arrested = withDetainee(0, without(firstDetainee(), 'fineMci', 'arrestDays'));
    expect(findGaps(protestDetentionV1, arrested, 'final')).toEqual([{ sectionKey: 'detentions', fieldKey: 'arrestDays', group: { key: 'detainedPersons', row: 0 } }]);
    const fined = withDetainee(0, { ...without(firstDetainee(), 'arrestDays'), proceedingOutcome: 'FINE' });
    expect(findGaps(protestDetentionV1, fined, 'final')).toEqual([{ sectionKey: 'detentions', fieldKey: 'fineMci', group: { key: 'detainedPersons', row: 0 } }]);
  });

  it('asks for charges and the hearing only when there are proceedings', () => {
    const uncharged = without(firstDetainee(), 'charges', 'courtHearing', 'hearingDate', 'courtType', 'lawyerAtHearing', 'publicAccess', 'arrestDays');
    const released = withDetainee(0, { ...uncharged, proceedingType: 'RELEASED_WITHOUT_CHARGE', proceedingOutcome: 'RELEASED_WITHOUT_CHARGE' });
    expect(findGaps(protestDetentionV1, released, 'final')).toEqual([]);
    const criminal = withDetainee(0, { ...uncharged, proceedingType: 'CRIMINAL', proceedingOutcome: 'PRETRIAL_DETENTION' });
    expect(findGaps(protestDetentionV1, criminal, 'final').map((gap) => gap.fieldKey)).toEqual(['charges', 'courtHearing']);
  });

  it('asks for the release time once the person is no longer held', () => {
    const released = withDetainee(0, { ...firstDetainee(), stillDeprivedOfLiberty: 'NO' });
    expect(findGaps(protestDetentionV1, released, 'final')).toEqual([{ sectionKey: 'detentions', fieldKey: 'releasedAt', group: { key: 'detainedPersons', row: 0 } }]);
  });

  it('asks for use-of-force incidents only when force was used', () => {
    expect(findGaps(protestDetentionV1, { ...protestDetentionExample, forceIncidents: [] }, 'final')).toEqual([{ sectionKey: 'useOfForce', fieldKey: 'forceIncidents', rowsNeeded: 1 }]);
    expect(findGaps(protestDetentionV1, { ...protestDetentionExample, forceUsed: 'NO', forceIncidents: [] }, 'final')).toEqual([]);
  });

  it('does not ask for start and end times of an assembly that was prevented', () => {
    const prevented = { ...without(protestDetentionExample, 'actualStart', 'actualEnd', 'legalStatusReason'), legalStatus: 'PREVENTED' };
    expect(findGaps(protestDetentionV1, prevented, 'final')).toEqual([]);
    const spontaneous = { ...without(protestDetentionExample, 'announcedStart', 'legalStatusReason'), legalStatus: 'SPONTANEOUS' };
    expect(findGaps(protestDetentionV1, spontaneous, 'final')).toEqual([]);
  });

  it('conditions every shown field on a sibling that exists', () => {
    const siblingLists: (readonly FieldDefinition[])[] = [
      ...protestDetentionV1.sections.map((section) => section.fields),
      ...allFields(protestDetentionV1).flatMap((field) => (field.kind === 'group' ? [field.fields] : [])),
    ];
    const dangling = siblingLists.flatMap((fields) => fields.filter((field) => field.when !== undefined && !fields.some((sibling) => sibling.key === field.when?.field && sibling !== field)).map((field) => field.key));
    expect(dangling).toEqual([]);
  });

  it('uses keys of its own that no other part of the record uses', () => {
    const own = protestDetentionV1.sections.filter((section) => ['assembly', 'useOfForce', 'detentions'].includes(section.key));
    const ownKeys = own.flatMap((section) => section.fields.flatMap((field) => [field.key, ...(field.kind === 'group' ? field.fields.map((inner) => inner.key) : [])]));
    const otherKeys = protestDetentionV1.sections
      .filter((section) => !own.includes(section))
      .flatMap((section) => section.fields.flatMap((field) => [field.key, ...(field.kind === 'group' ? field.fields.map((inner) => inner.key) : [])]));
    expect(ownKeys.filter((key, index) => ownKeys.indexOf(key) !== index)).toEqual([]);
    expect(ownKeys.filter((key) => otherKeys.includes(key))).toEqual([]);
  });

  it('keeps its top-level M fields to the common header', () => {
    const mandatory = allFields(protestDetentionV1).filter((field) => field.requirement === 'M').map((field) => field.key);
    expect(mandatory).toEqual(eventHeader.fields.filter((field) => field.requirement === 'M').map((field) => field.key));
  });
});
