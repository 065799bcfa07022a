import { detentionVisitExample } from '../../../shared/definitions/records/examples/detentionVisit.example';
import { detentionVisitV1 } from '../../../shared/definitions/records/detentionVisit';
import { findGaps } from '../../../shared/definitions/requirements';
import type { FieldValues } from '../../../shared/definitions/fieldValues';

const without = (values: FieldValues, ...keys: string[]): FieldValues => Object.fromEntries(Object.entries(values).filter(([key]) => !keys.includes(key)));

describe('two-stage validation', () => {
  it('needs only the M fields for a draft, and lists them when missing', () => {
    expect(findGaps(detentionVisitV1, detentionVisitExample, 'draft')).toEqual([]);
    expect(findGaps(detentionVisitV1, without(detentionVisitExample, 'facilityName', 'region'), 'draft')).toEqual([
      { sectionKey: 'event', fieldKey: 'region' },
      { sectionKey: 'visit', fieldKey: 'facilityName' },
    ]);
  });

  it('keeps a draft saveable while F fields are empty, and lists them as gaps to finalise', () => {
    const partial = without(detentionVisitExample, 'description', 'visitEnd');
    expect(findGaps(detentionVisitV1, partial, 'draft')).toEqual([]);
    expect(findGaps(detentionVisitV1, partial, 'final')).toEqual([
      { sectionKey: 'event', fieldKey: 'description' },
      { sectionKey: 'visit', fieldKey: 'visitEnd' },
    ]);
  });

  it('requires a C field only while its condition holds', () => {
    const delayed = { ...detentionVisitExample, accessLog: [{ accessItem: 'ENTRY', outcome: 'GRANTED_AFTER_DELAY' }] };
    expect(findGaps(detentionVisitV1, delayed, 'final')).toEqual([
      { sectionKey: 'access', fieldKey: 'delayMinutes', group: { key: 'accessLog', row: 0 } },
      { sectionKey: 'access', fieldKey: 'reasonGiven', group: { key: 'accessLog', row: 0 } },
    ]);
    const granted = { ...detentionVisitExample, accessLog: [{ accessItem: 'ENTRY', outcome: 'GRANTED' }] };
    expect(findGaps(detentionVisitV1, granted, 'final')).toEqual([]);
  });

  it('asks for rows in a required group, and recommendations unless "no issues" is stated', () => {
    const empty = { ...detentionVisitExample, findingsList: [], recommendationsList: [] };
    expect(findGaps(detentionVisitV1, empty, 'final')).toEqual([
      { sectionKey: 'findings', fieldKey: 'findingsList', rowsNeeded: 1 },
      { sectionKey: 'recommendations', fieldKey: 'recommendationsList', rowsNeeded: 1 },
    ]);
    expect(findGaps(detentionVisitV1, { ...empty, findingsList: detentionVisitExample.findingsList ?? [], noIssues: true }, 'final')).toEqual([]);
  });

  it('treats blank text, empty lists and null as missing, but NO and 0 as answers', () => {
    const blank = { ...detentionVisitExample, settlement: '   ', focusThemes: [], presentTotal: 0, debriefHeld: 'NO', objectives: null };
    expect(findGaps(detentionVisitV1, blank, 'final').map((gap) => gap.fieldKey)).toEqual(['settlement', 'objectives', 'focusThemes']);
  });
});
