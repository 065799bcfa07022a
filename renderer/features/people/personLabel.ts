import type { PersonRecord } from '../../../shared/records/formRecord';

/** "P-7KQ4-29 · Witness A": the pseudonym and the alias, never a name from the identity part. */
export function personLabel(person: PersonRecord): string {
  const alias = person.values['alias'];
  return typeof alias === 'string' && alias.trim() !== '' ? `${person.pseudonym} · ${alias.trim()}` : person.pseudonym;
}
