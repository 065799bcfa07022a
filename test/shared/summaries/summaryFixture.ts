import { identityExample } from '../../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../../shared/definitions/people/examples/person.example';
import { EXAMPLE_PEOPLE } from '../../../shared/definitions/records/examples/commonExample';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';
import type { FieldValues } from '../../../shared/definitions/fieldValues';
import type { SummaryInput } from '../../../shared/summaries/incidentSummary';
import type { NarrativeDoc } from '../../../shared/narrative/narrativeSchema';

// An invented torture allegation carrying a canary in every place a summary must not copy from:
// words marked "redact when shared", a mention of a person whose consent does not allow the name,
// a perpetrator's name (S3), the victim's identity (S3, printed only under the name consent), an
// S2 free-text field (internal only), a restricted field (internal only), and the victim's alias
// (internal only). Every canary is distinct, so a failure names what leaked.

export const CANARIES = {
  redacted: 'REDACTEDWORDCANARY',
  mention: 'MENTIONNAMECANARY',
  perpetratorName: 'PERPETRATORNAMECANARY',
  identity: 'IDENTITYNAMECANARY',
  s2Text: 'PLACETEXTCANARY',
  alias: 'ALIASCANARY',
} as const;

const narrative = {
  type: 'doc' as const,
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'He said that ' },
        { type: 'text', text: `Officer ${CANARIES.redacted}`, marks: [{ type: 'redaction' }] },
        { type: 'text', text: ' beat him while ' },
        { type: 'text', text: `Witness ${CANARIES.mention}`, marks: [{ type: 'mention', attrs: { personId: EXAMPLE_PEOPLE.witness } }] },
        { type: 'text', text: ' watched from the corridor.' },
      ],
    },
  ],
} as unknown as NarrativeDoc;

export function allegationValues(overrides: FieldValues = {}): FieldValues {
  const perpetrators = (tortureAllegationExample['perpetrators'] as FieldValues[]).map((row) => ({ ...row, kind: 'INDIVIDUAL', name: `Lieutenant ${CANARIES.perpetratorName}` }));
  return { ...tortureAllegationExample, description: narrative, places: `Office 12 ${CANARIES.s2Text}`, sexualViolenceAlleged: 'YES', perpetrators, ...overrides };
}

export function summaryInput(values: FieldValues = allegationValues()): SummaryInput {
  const person = (pseudonym: string, alias: string, scopes: readonly string[]) => ({ pseudonym, values: { ...personExample, alias, consentScopes: [...scopes] } });
  return {
    record: { type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-7KQ4', status: 'final', definitionVersion: 1, values },
    persons: new Map([
      [EXAMPLE_PEOPLE.victim, person('P-7KQ4-VC', `Witness A ${CANARIES.alias}`, ['USE_ANONYMISED_IN_REPORTS', 'NAME_IN_UN_SUBMISSION'])],
      [EXAMPLE_PEOPLE.witness, person('P-7KQ4-WT', 'Cellmate', [])],
      [EXAMPLE_PEOPLE.lawyer, person('P-7KQ4-LW', 'Lawyer', ['USE_ANONYMISED_IN_REPORTS'])],
    ]),
    identities: new Map([
      [EXAMPLE_PEOPLE.victim, { values: { ...identityExample, legalName: `Айгүл ${CANARIES.identity}` } }],
      [EXAMPLE_PEOPLE.witness, { values: { ...identityExample, legalName: `Cellmate ${CANARIES.mention}` } }],
    ]),
    evidence: [{ name: 'soles-photo.jpg', mediaType: 'image/jpeg', size: 1_234_567, sha256: 'a'.repeat(64) }],
    revision: { seq: 2, hash: 'b'.repeat(64), sealedAt: '2026-11-20T09:30:00.000Z' },
  };
}
