import { buildVocabulary, type Vocabulary } from '../vocabulary';
import assemblyForms from './assemblyForms.json';
import authorities from './authorities.json';
import facilityTypes from './facilityTypes.json';
import legalArticles from './legalArticles.json';
import regions from './regions.json';

// The Kazakhstan pack: data, not logic. Nothing Kazakhstan-specific is hard-coded anywhere else;
// another country's pack is another folder like this one.
export const KZ_VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
  [regions, facilityTypes, authorities, legalArticles, assemblyForms].map((file) => {
    const vocabulary = buildVocabulary(file);
    return [vocabulary.id, vocabulary] as const;
  }),
);
