import { buildVocabulary, type Vocabulary } from '../vocabulary';
import mt04 from './mt04.json';
import mt05 from './mt05.json';
import mt06 from './mt06.json';
import mt07 from './mt07.json';
import mt16 from './mt16.json';
import mt17 from './mt17.json';
import mt18 from './mt18.json';
import mt19 from './mt19.json';
import mt20 from './mt20.json';
import mt22 from './mt22.json';
import mt23 from './mt23.json';
import mt24 from './mt24.json';
import mt25 from './mt25.json';
import mt26 from './mt26.json';
import mt27 from './mt27.json';
import mt28 from './mt28.json';
import mt29 from './mt29.json';
import mt30 from './mt30.json';
import mt31 from './mt31.json';
import mt32 from './mt32.json';
import mt36 from './mt36.json';
import mt37 from './mt37.json';
import mt38 from './mt38.json';
import mt39 from './mt39.json';
import mt41 from './mt41.json';
import mt42 from './mt42.json';
import mt43 from './mt43.json';
import mt44 from './mt44.json';
import mt45 from './mt45.json';
import mt46 from './mt46.json';
import mt48 from './mt48.json';

// The HURIDOCS Events Standard Formats micro-thesauri, in the numbering HURIDOCS uses (mt04 = types
// of acts, mt05 = methods of violence, …). Provenance and licence: docs/dependencies.md.
export const HURIDOCS_VOCABULARIES: Readonly<Record<string, Vocabulary>> = Object.fromEntries(
  [mt04, mt05, mt06, mt07, mt16, mt17, mt18, mt19, mt20, mt22, mt23, mt24, mt25, mt26, mt27, mt28, mt29, mt30, mt31, mt32, mt36, mt37, mt38, mt39, mt41, mt42, mt43, mt44, mt45, mt46, mt48].map((file) => {
    const vocabulary = buildVocabulary(file);
    return [vocabulary.id, vocabulary] as const;
  }),
);
