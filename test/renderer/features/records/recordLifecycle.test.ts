import { detentionVisitV1 } from '../../../../shared/definitions/records/detentionVisit';
import { detentionVisitExample } from '../../../../shared/definitions/records/examples/detentionVisit.example';
import { EventRecord } from '../../../../shared/records/formRecord';
import { autosaveStatus, newEventRecord, newPersonRecord, parseEventRecord, upgradeRecord, withValues } from '../../../../renderer/features/records/recordLifecycle';

const NOW = new Date('2026-11-23T10:00:00.000Z');

describe('the life of a record', () => {
  it('starts as a confidential record in the interface language, with a random reference and no names', () => {
    const record = newEventRecord('TORTURE_ALLEGATION', 'kk', NOW);
    expect(record.values).toEqual({ confidentiality: 'S2', recordLanguage: 'KK' });
    expect(record.localRef).toMatch(/^TA-2026-[0-9A-Z]{4}$/);
    expect(record.status).toBe('working');
    // What main would seal: the new record is a valid working record of the current form.
    expect(EventRecord.safeParse(record).success).toBe(true);
  });

  it('is autosaved as working until its M fields are there, then as a draft, never as final', () => {
    expect(autosaveStatus('DETENTION_VISIT', { title: 'Only a title' })).toBe('working');
    expect(autosaveStatus('DETENTION_VISIT', detentionVisitExample)).toBe('draft');
    const finalRecord = { ...newEventRecord('DETENTION_VISIT', 'en', NOW), status: 'final' as const };
    expect(withValues('DETENTION_VISIT', finalRecord, detentionVisitExample, NOW).status).toBe('draft');
  });

  it('gives every new person a fresh random pseudonym, counted as an individual', () => {
    const pseudonyms = new Set(Array.from({ length: 200 }, () => newPersonRecord(NOW).pseudonym));
    expect(pseudonyms.size).toBe(200);
    expect(newPersonRecord(NOW).values).toEqual({ countingUnit: '010000000000' });
    expect(newPersonRecord(NOW).status).toBe('draft');
  });

  it('opens a record written with an older form version and keeps what the current form cannot hold', () => {
    // A version 2 of the visit form without the "objectives" field.
    const visitV2 = { ...detentionVisitV1, version: 2, sections: detentionVisitV1.sections.map((section) => ({ ...section, fields: section.fields.filter((field) => field.key !== 'objectives') })) };
    const older = { ...newEventRecord('DETENTION_VISIT', 'en', NOW), values: { title: 'Kept', objectives: 'Still here' }, retired: [{ version: 1, path: 'older', value: 'x' }] };
    const opened = parseEventRecord(older);
    expect(opened).toBeDefined();
    const upgraded = upgradeRecord('DETENTION_VISIT', opened!, visitV2);
    expect(upgraded.definitionVersion).toBe(2);
    expect(upgraded.values).toEqual({ title: 'Kept' });
    expect(upgraded.retired).toEqual([
      { version: 1, path: 'older', value: 'x' },
      { version: 1, path: 'objectives', value: 'Still here' },
    ]);
    // A record written by a newer app is not misread.
    expect(() => upgradeRecord('DETENTION_VISIT', { ...opened!, definitionVersion: 3 }, visitV2)).toThrow('newer');
  });
});
