import type { FieldValues } from '../../../shared/definitions/fieldValues';
import { EXAMPLE_PEOPLE } from '../../../shared/definitions/records/examples/commonExample';
import { protestDetentionExample } from '../../../shared/definitions/records/examples/protestDetention.example';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';
import { personTimeline, type TimelineRecord } from '../../../shared/people/personTimeline';

// One invented man followed across records: detained at a protest in January, then alleging
// torture in September; a record that does not link him is not in his view.

const day = (value: string) => ({ value, precision: 'day' as const, approximate: false });
const HIM = 'FollowedPersonAAAAAAAA';

describe('a person’s records across time', () => {
  it('lists the records that link the person, oldest event first, with the roles they give', () => {
    const detained = (protestDetentionExample['detainedPersons'] as FieldValues[]).map((row, index) => (index === 0 ? { ...row, detainee: HIM } : row));
    const records = new Map<string, TimelineRecord>([
      ['allegation', { type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-0002', values: { ...tortureAllegationExample, victim: HIM, witnesses: [EXAMPLE_PEOPLE.witness, HIM], initialDate: day('2026-09-21') } }],
      ['protest', { type: 'PROTEST_DETENTION', localRef: 'PD-2026-0001', values: { ...protestDetentionExample, detainedPersons: detained, initialDate: day('2026-01-05') } }],
      ['unrelated', { type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-0003', values: { ...tortureAllegationExample, initialDate: day('2026-03-01') } }],
    ]);
    const timeline = personTimeline(HIM, records);
    expect(timeline.map((entry) => entry.localRef)).toEqual(['PD-2026-0001', 'TA-2026-0002']);
    expect(timeline[1]?.roles.map((role) => role.en)).toEqual(['Victim', 'Witnesses']);
    expect(timeline[0]?.roles.length).toBeGreaterThan(0);
    expect(personTimeline('NobodyAAAAAAAAAAAAAAAA', records)).toEqual([]);
  });
});
