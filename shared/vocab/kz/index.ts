import { buildVocabulary, type Vocabulary } from '../vocabulary';
import assemblyForms from './assemblyForms.json';
import assemblyLegalStatuses from './assemblyLegalStatuses.json';
import authorities from './authorities.json';
import complaintAuthorities from './complaintAuthorities.json';
import facilityTypes from './facilityTypes.json';
import legalArticles from './legalArticles.json';
import regions from './regions.json';

// The Kazakhstan pack: data, not logic. Nothing Kazakhstan-specific is hard-coded anywhere else;
// another country's pack is another folder like this one, filling the same roles.
const regionsVocabulary = buildVocabulary(regions);
const facilityTypesVocabulary = buildVocabulary(facilityTypes);
const authoritiesVocabulary = buildVocabulary(authorities);
const legalArticlesVocabulary = buildVocabulary(legalArticles);
const assemblyFormsVocabulary = buildVocabulary(assemblyForms);
const assemblyLegalStatusesVocabulary = buildVocabulary(assemblyLegalStatuses);
const complaintAuthoritiesVocabulary = buildVocabulary(complaintAuthorities);

export const KZ_VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
  [regionsVocabulary, facilityTypesVocabulary, authoritiesVocabulary, legalArticlesVocabulary, assemblyFormsVocabulary, assemblyLegalStatusesVocabulary, complaintAuthoritiesVocabulary].map((vocabulary) => [vocabulary.id, vocabulary] as const),
);

export type CountryPack = { readonly country: string; readonly roles: Readonly<Record<string, Vocabulary>> };

/** The roles record definitions refer to as `country.<role>`. */
export const COUNTRY_PACK: CountryPack = {
  country: 'KZ',
  roles: {
    regions: regionsVocabulary,
    facilityTypes: facilityTypesVocabulary,
    authorities: authoritiesVocabulary,
    legalArticles: legalArticlesVocabulary,
    assemblyForms: assemblyFormsVocabulary,
    assemblyLegalStatuses: assemblyLegalStatusesVocabulary,
    complaintAuthorities: complaintAuthoritiesVocabulary,
  },
};
