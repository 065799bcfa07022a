import type { FieldValues } from '../../fieldValues';

/** An invented person who agreed to anonymised use and re-contact, and nothing more. */
export const personExample: FieldValues = {
  alias: 'Witness A',
  countingUnit: '010000000000',
  sex: '020000000000',
  ageBand: 'AGE_25_34',
  characteristics: ['060100000000'],
  custodyStatus: '020200000000',
  personRisk: 'HIGH',
  consentGivenBy: 'SELF',
  consentDate: { value: '2026-10-14', precision: 'day', approximate: false },
  consentObtainedBy: 'Monitor M-01',
  consentLanguage: 'KK',
  consentMethod: 'ORAL_NOTES',
  consentExplained: ['PURPOSE', 'WHO_WILL_SEE', 'USES', 'RISKS', 'RIGHT_TO_REFUSE', 'NO_PROMISES', 'DATA_STORAGE'],
  consentScopes: ['RECORD_INTERVIEW', 'USE_ANONYMISED_IN_REPORTS', 'RECONTACT'],
  consentConditions: 'Not until released.',
};
