import { createMainServices } from '../../main/mainServices';
import { KDF_FLOOR } from '../../main/vault/kdfParams';
import { identityExample } from '../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../shared/definitions/people/examples/person.example';
import { EXAMPLE_PEOPLE } from '../../shared/definitions/records/examples/commonExample';
import { tortureAllegationExample } from '../../shared/definitions/records/examples/tortureAllegation.example';
import type { SealedRow } from '../../shared/records/recordTables';

// A monitor's laptop with one complete torture allegation, not yet finalised, and the three people
// it links (victim, witness, lawyer); the victim has a protected identity whose name carries a
// canary. Sealed by the real services, as the renderer would have saved them while the monitor
// typed; the test then attaches evidence and finalises through the screens. All invented.

export const SEEDED_ALLEGATION_ID = 'DeliveryAllegationAAAA';
const AT = '2026-11-20T09:00:00.000Z';
/** The example's people under ids the store accepts (16 random-looking bytes), with their pseudonyms. */
const PEOPLE = [
  { example: EXAMPLE_PEOPLE.victim, id: 'InventedVictimAAAAAAAA', pseudonym: 'P-7KQ4-VC' },
  { example: EXAMPLE_PEOPLE.witness, id: 'InventedWitnessAAAAAAA', pseudonym: 'P-7KQ4-WT' },
  { example: EXAMPLE_PEOPLE.lawyer, id: 'InventedLawyerAAAAAAAA', pseudonym: 'P-7KQ4-LW' },
];

function withStoredIds(values: unknown): unknown {
  return JSON.parse(PEOPLE.reduce((text, person) => text.split(person.example).join(person.id), JSON.stringify(values))) as unknown;
}

export type SeededMonitor = { readonly events: SealedRow[]; readonly persons: SealedRow[]; readonly identities: SealedRow[] };

export async function seedAllegation(dataDir: string, passphrase: string, title: string, identityCanary: string, extraValues: Record<string, unknown> = {}): Promise<SeededMonitor> {
  const services = await createMainServices({ dataDir, kdfParams: KDF_FLOOR });
  await services.handlers['vault.create']({ passphrase });
  const base = { schemaVersion: 1, definitionVersion: 1, createdAt: AT, updatedAt: AT, retired: [] };
  const persons = await Promise.all(
    PEOPLE.map(({ id, pseudonym }, index) => services.handlers['records.seal']({ table: 'persons', id, record: { ...base, status: 'draft', pseudonym, values: { ...personExample, alias: `Invented person ${index + 1}` } } })),
  );
  const identity = { ...base, status: 'draft', values: { ...identityExample, legalName: `Айгүл ${identityCanary}` } };
  const identities = [await services.handlers['records.seal']({ table: 'identities', id: PEOPLE[0]?.id ?? '', record: identity })];
  const allegation = { ...base, type: 'TORTURE_ALLEGATION', localRef: 'TA-2026-7KQ4', status: 'draft', values: withStoredIds({ ...tortureAllegationExample, title, ...extraValues }) };
  const events = [await services.handlers['records.seal']({ table: 'events', id: SEEDED_ALLEGATION_ID, record: allegation })];
  services.dispose();
  return { events, persons, identities };
}
