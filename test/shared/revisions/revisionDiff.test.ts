import { formatFieldValue } from '../../../shared/definitions/formatValue';
import { allFields, type ScalarFieldDefinition } from '../../../shared/definitions/fieldDefinition';
import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import { detentionVisitV1 } from '../../../shared/definitions/records/detentionVisit';
import { diffValues } from '../../../shared/revisions/revisionDiff';
import type { FieldValues } from '../../../shared/definitions/fieldValues';

const field = (key: string) => allFields(detentionVisitV1).find((candidate) => candidate.key === key) as ScalarFieldDefinition;

describe('what changed between two revisions', () => {
  it('lists changed, added and removed fields in form order, and row fields by group and row', () => {
    const after = { ...detentionVisitExample, settlement: 'Another invented district', region: 'KZ-75', capacity: undefined, accessLog: [(detentionVisitExample.accessLog as readonly FieldValues[])[0], { accessItem: 'INFO_TREATMENT_CONDITIONS', outcome: 'DENIED', reasonGiven: 'Register missing' }] };
    const changes = diffValues(detentionVisitV1, detentionVisitExample, after as typeof detentionVisitExample);
    expect(changes.map((change) => [change.field.key, change.group?.row ?? null, change.before, change.after])).toEqual([
      ['region', null, 'KZ-35', 'KZ-75'],
      ['settlement', null, 'Invented district', 'Another invented district'],
      ['outcome', 1, 'GRANTED_AFTER_DELAY', 'DENIED'],
      ['delayMinutes', 1, 40, undefined],
      ['reasonGiven', 1, 'The register was said to be with the head.', 'Register missing'],
      ['capacity', null, 30, undefined],
    ]);
    expect(diffValues(detentionVisitV1, detentionVisitExample, detentionVisitExample)).toEqual([]);
    expect(diffValues(detentionVisitV1, null, { title: 'First' }).map((change) => change.field.key)).toEqual(['title']);
  });

  it('reads values as a monitor would, in each language', () => {
    expect(formatFieldValue(field('region'), 'KZ-35', 'ru')).toBe('Карагандинская область');
    expect(formatFieldValue(field('visitType'), ['UNANNOUNCED', 'REACTIVE'], 'en')).toMatch(/^Unannounced.*; .*Reactive/i);
    expect(formatFieldValue(field('debriefHeld'), 'UNKNOWN', 'kk')).toBe('Белгісіз');
    expect(formatFieldValue(field('initialDate'), { value: '2022-01', precision: 'month', approximate: true }, 'en')).toBe('about January 2022');
    expect(formatFieldValue(field('noIssues'), true, 'ru')).toBe('Да');
    expect(formatFieldValue(field('visitStart'), '2026-10-14T09:30', 'en')).toBe('2026-10-14 09:30');
    expect(formatFieldValue(field('region'), undefined, 'en')).toBe('');
  });
});
