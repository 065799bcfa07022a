import { APP_VOCABULARIES } from './app';
import { HURIDOCS_VOCABULARIES } from './huridocs';
import { COUNTRY_PACK } from './kz';
import type { Vocabulary } from './vocabulary';

// How a definition names a vocabulary: `huridocs.mt05`, `aigaq.consentScope`, or `country.regions`.
// `country.*` is a role the active country pack fills (Kazakhstan today), so record definitions
// never name a country: another country's pack fills the same roles.

const COUNTRY_PREFIX = 'country.';

export function vocabularyById(id: string): Vocabulary | undefined {
  if (id.startsWith(COUNTRY_PREFIX)) {
    return COUNTRY_PACK.roles[id.slice(COUNTRY_PREFIX.length)];
  }
  return HURIDOCS_VOCABULARIES[id] ?? APP_VOCABULARIES[id];
}

export function requireVocabulary(id: string): Vocabulary {
  const vocabulary = vocabularyById(id);
  if (vocabulary === undefined) {
    throw new Error(`no vocabulary ${id}`);
  }
  return vocabulary;
}
