import { APP_VOCABULARIES } from '../../../shared/vocab/app';
import { KZ_VOCABULARIES } from '../../../shared/vocab/kz';
import assemblyLegalStatuses from '../../../shared/vocab/kz/assemblyLegalStatuses.json';
import complaintAuthorities from '../../../shared/vocab/kz/complaintAuthorities.json';
import { vocabularyById } from '../../../shared/vocab/vocabularyRegistry';
import { buildVocabulary, VocabularyFile, type Vocabulary } from '../../../shared/vocab/vocabulary';

const LOCALES = ['en', 'ru', 'kk'] as const;
const lists = Object.values(APP_VOCABULARIES);
// The two lists added to the Kazakhstan pack with these ones are held to the same rules.
const newCountryFiles = [complaintAuthorities, assemblyLegalStatuses];
const labelled = [...lists, ...newCountryFiles.map((file) => buildVocabulary(file))];

function vocabulary(id: string): Vocabulary {
  const found = vocabularyById(id);
  if (found === undefined) {
    throw new Error(`no vocabulary ${id}`);
  }
  return found;
}

const codes = (id: string) => vocabulary(id).terms.map((term) => term.code);
const attribute = (id: string, name: string) => vocabulary(id).terms.map((term) => term.attributes?.[name]);

describe("the app's own vocabularies", () => {
  it('ships 51 lists, each named aigaq.<list> and reachable through the registry', () => {
    expect(lists).toHaveLength(51);
    expect(lists.filter((list) => !list.id.startsWith('aigaq.')).map((list) => list.id)).toEqual([]);
    expect(lists.filter((list) => vocabularyById(list.id) !== list).map((list) => list.id)).toEqual([]);
  });

  it('labels every list and every code in English, Russian and Kazakh, short enough for a drop-down', () => {
    const missing = labelled.flatMap((list) => [
      ...LOCALES.filter((locale) => list.name[locale].trim() === '').map((locale) => `${list.id} name ${locale}`),
      ...list.terms.flatMap((term) => LOCALES.filter((locale) => term.labels[locale].trim() === '' || term.labels[locale].length > 80).map((locale) => `${list.id} ${term.code} ${locale}`)),
    ]);
    expect(missing).toEqual([]);
  });

  it('writes Kazakh labels of their own, in Cyrillic: never a copy of the English or the Russian', () => {
    const terms = labelled.flatMap((list) => [{ id: `${list.id} name`, ...list.name }, ...list.terms.map((term) => ({ id: `${list.id} ${term.code}`, ...term.labels }))]);
    // Class names (S2) and Roman numerals (III санат) are Latin in Kazakh texts too.
    const latinWords = (label: string) => /[A-Za-z]{2,}/.test(label.replace(/\bS[0-3]\b|\b[IVX]+\b/g, ''));
    expect(terms.filter((t) => latinWords(t.kk)).map((t) => t.id)).toEqual([]);
    expect(terms.filter((t) => t.kk === t.ru || t.kk === t.en).map((t) => t.id)).toEqual([]);
    expect(terms.filter((t) => /[әғқңөұүһі]/i.test(t.kk)).length).toBeGreaterThan(terms.length / 2);
  });

  it('keeps country law out of the app lists: that belongs to a country pack', () => {
    const labels = lists.flatMap((list) => list.terms.flatMap((term) => LOCALES.map((locale) => term.labels[locale])));
    expect(labels.filter((label) => /Kazakhstan|Казахстан|Қазақстан|\bCC\b|\bCAO\b|ЕРДР/.test(label))).toEqual([]);
  });

  it('keeps the exact codes records store', () => {
    expect(codes('aigaq.consentScope')).toEqual([
      'RECORD_INTERVIEW',
      'AUDIO_RECORDING',
      'STORE_IDENTITY',
      'RECONTACT',
      'USE_ANONYMISED_IN_REPORTS',
      'NAME_IN_UN_SUBMISSION',
      'NAME_IN_PUBLIC_REPORT',
      'SHARE_WITH_NAMED_PARTNER',
      'SHARE_WITH_AUTHORITIES',
      'PHOTO_INJURIES',
      'PHOTO_IDENTIFYING',
      'MEDICAL_EXAMINATION',
      'MEDIA_CONTACT',
    ]);
    expect(codes('aigaq.ipConsistency')).toEqual(['NOT_CONSISTENT', 'CONSISTENT', 'HIGHLY_CONSISTENT', 'TYPICAL_OF', 'DIAGNOSTIC_OF']);
    expect(codes('aigaq.sensitivity')).toEqual(['S0', 'S1', 'S2', 'S3']);
    const outcomes = vocabulary('aigaq.proceedingOutcome');
    expect(outcomes.terms.map((t) => [t.code, t.parent])).toEqual([
      ['ADMINISTRATIVE', null],
      ['WARNING', 'ADMINISTRATIVE'],
      ['FINE', 'ADMINISTRATIVE'],
      ['ADMINISTRATIVE_ARREST', 'ADMINISTRATIVE'],
      ['CONFISCATION', 'ADMINISTRATIVE'],
      ['EXPULSION', 'ADMINISTRATIVE'],
      ['CASE_TERMINATED', 'ADMINISTRATIVE'],
      ['CRIMINAL', null],
      ['PRETRIAL_DETENTION', 'CRIMINAL'],
      ['HOUSE_ARREST', 'CRIMINAL'],
      ['BAIL', 'CRIMINAL'],
      ['TRAVEL_BAN', 'CRIMINAL'],
      ['ACQUITTAL', 'CRIMINAL'],
      ['CONVICTION', 'CRIMINAL'],
      ['PLEA_AGREEMENT', 'CRIMINAL'],
      ['CASE_DISCONTINUED', 'CRIMINAL'],
      ['RELEASED_WITHOUT_CHARGE', null],
    ]);
  });

  it('has the codes the form definitions test in their conditions', () => {
    expect(codes('aigaq.accessOutcome')).toContain('GRANTED_AFTER_DELAY');
    expect(codes('aigaq.findingRating')).toContain('CRITICAL');
    expect(codes('aigaq.perpetratorKind')).toContain('INDIVIDUAL');
  });

  it('nests the visit themes and proceeding outcomes, so counts roll up', () => {
    expect(vocabulary('aigaq.visitTheme').children('MATERIAL_CONDITIONS').map((t) => t.code)).toEqual(['FOOD_WATER', 'ACCOMMODATION', 'LIGHT_VENTILATION', 'SANITATION_HYGIENE', 'CLOTHING_BEDDING']);
    expect(vocabulary('aigaq.visitTheme').ancestors('OUTDOOR_EXERCISE').map((t) => t.code)).toEqual(['REGIME_ACTIVITIES']);
    const outcomes = vocabulary('aigaq.proceedingOutcome');
    expect(outcomes.children(null).map((t) => t.code)).toEqual(['ADMINISTRATIVE', 'CRIMINAL', 'RELEASED_WITHOUT_CHARGE']);
    expect(outcomes.ancestors('ADMINISTRATIVE_ARREST').map((t) => t.code)).toEqual(['ADMINISTRATIVE']);
    // A restraint measure and a verdict can both apply to one person: stage tells them apart.
    expect(outcomes.children('CRIMINAL').filter((t) => t.attributes?.stage === 'restraint').map((t) => t.code)).toEqual(['PRETRIAL_DETENTION', 'HOUSE_ARREST', 'BAIL', 'TRAVEL_BAN']);
  });

  it('orders the graded scales from least to most', () => {
    expect(attribute('aigaq.sensitivity', 'rank')).toEqual([0, 1, 2, 3]);
    expect(attribute('aigaq.riskLevel', 'rank')).toEqual([1, 2, 3, 4]);
    expect(attribute('aigaq.ipConsistency', 'rank')).toEqual([0, 1, 2, 3, 4]);
    expect(attribute('aigaq.findingRating', 'severity')).toEqual([0, 1, 2, 3, null]);
  });

  it('gives age bands that meet without gaps or overlaps, and marks minors', () => {
    const bands = vocabulary('aigaq.ageBand').terms.filter((term) => term.code !== 'UNKNOWN');
    bands.slice(1).forEach((band, i) => expect([band.code, band.attributes?.minAge]).toEqual([band.code, Number(bands[i]?.attributes?.maxAge) + 1]));
    expect(bands.filter((band) => band.attributes?.minor === true).map((band) => band.code)).toEqual(['AGE_0_13', 'AGE_14_17']);
    expect(bands.at(-1)?.attributes?.maxAge).toBeNull();
  });

  it('marks what needs care: genital diagrams are restricted, staff-picked interviewees a bias warning', () => {
    expect(vocabulary('aigaq.bodyView').terms.filter((t) => t.attributes?.restricted === true).map((t) => t.code)).toEqual(['GENITAL']);
    expect(vocabulary('aigaq.bodyRegion').terms.filter((t) => t.attributes?.restricted === true).map((t) => t.code)).toEqual(['GENITAL']);
    expect(vocabulary('aigaq.intervieweeSelection').term('SUGGESTED_BY_STAFF')?.attributes?.biasWarning).toBe(true);
    expect(vocabulary('aigaq.accessItem').term('CHOOSE_PERSONS')?.attributes?.opcat).toBe('20(e)');
  });

  it('shows an unknown code as itself, never as an error', () => {
    expect(vocabulary('aigaq.riskLevel').label('EXTREME', 'kk')).toBe('EXTREME');
    expect(vocabulary('aigaq.legalCharacterisation').label('TORTURE', 'ru')).toBe('Пытки');
  });
});

describe('the Kazakhstan pack additions', () => {
  it('parses both lists and registers them in the pack and as country roles', () => {
    for (const file of newCountryFiles) {
      expect(() => VocabularyFile.parse(file)).not.toThrow();
      expect(KZ_VOCABULARIES[file.id]?.id).toBe(file.id);
    }
    expect(vocabularyById('country.complaintAuthorities')?.id).toBe('kz.complaintAuthorities');
    expect(vocabularyById('country.assemblyLegalStatuses')?.id).toBe('kz.assemblyLegalStatuses');
    expect(codes('country.complaintAuthorities')).toEqual([
      'PROSECUTOR',
      'POLICE_INTERNAL_SECURITY',
      'KNB_INTERNAL_SECURITY',
      'ANTI_CORRUPTION_AGENCY',
      'INVESTIGATING_JUDGE',
      'TRIAL_COURT',
      'OMBUDSPERSON_NPM',
      'FACILITY_ADMINISTRATION',
    ]);
  });

  it('cites Law 333-VI for each notification or approval outcome', () => {
    const statuses = vocabulary('country.assemblyLegalStatuses');
    expect(statuses.term('NOTIFIED_NO_REPLY')?.attributes).toMatchObject({ law: '333-VI', procedure: 'notification' });
    expect(statuses.term('APPROVED_WITHOUT_SOUND_OR_VEHICLES')?.attributes).toMatchObject({ law: '333-VI', articles: '13(1)(2)', procedure: 'approval' });
    expect(statuses.terms.filter((t) => t.attributes?.procedure !== undefined && t.attributes.articles === undefined).map((t) => t.code)).toEqual([]);
  });

  it('points each complaint authority at an authority of the pack, where there is one', () => {
    const authorities = vocabulary('country.authorities');
    const dangling = vocabulary('country.complaintAuthorities').terms.filter((t) => typeof t.attributes?.authority === 'string' && authorities.term(t.attributes.authority) === undefined);
    expect(dangling.map((t) => t.code)).toEqual([]);
  });
});
