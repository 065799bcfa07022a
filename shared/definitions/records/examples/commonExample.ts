import type { FieldValues } from '../../fieldValues';

// Invented people and places only. Person ids are fixed so the examples can refer to each other.
export const EXAMPLE_PEOPLE = {
  victim: 'ExamplePersonVictim000',
  witness: 'ExamplePersonWitness00',
  lawyer: 'ExamplePersonLawyer000',
} as const;

/** The sources part, for the forms that include it. */
export const exampleSources: FieldValues = {
  information: [
    {
      source: EXAMPLE_PEOPLE.witness,
      connection: '010200000000',
      firstHand: 'YES',
      material: ['230920140501'],
      language: 'RU',
      date: { value: '2026-10-14', precision: 'day', approximate: false },
      reliability: '020000000000',
      corroboration: 'Consistent with the register of admissions.',
    },
  ],
};

/** The follow-up and risk parts every record example shares. */
export const commonExampleValues: FieldValues = {
  actions: [
    {
      actionType: ['010200000000'],
      date: { value: '2026-10', precision: 'month', approximate: false },
      addressee: 'Regional prosecutor',
      consentVerified: 'YES',
      status: '050000000000',
      priority: '020000000000',
    },
  ],
  riskLevel: 'HIGH',
  documentationDecision: 'GO_LIMITED',
  threatSources: ['MIA_POLICE'],
  riskFactors: ['STILL_IN_CUSTODY', 'IN_PERPETRATOR_FACILITY'],
  reprisalsReported: 'NO',
  mitigation: 'No identity stored on the field laptop; follow-up visit within two weeks.',
  reviewDate: { value: '2026-12', precision: 'month', approximate: false },
};
