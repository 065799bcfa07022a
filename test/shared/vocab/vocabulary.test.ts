import { buildVocabulary, VocabularyError } from '../../../shared/vocab/vocabulary';
import { HURIDOCS_VOCABULARIES } from '../../../shared/vocab/huridocs';
import { KZ_VOCABULARIES } from '../../../shared/vocab/kz';

const term = (code: string, parent: string | null, en: string) => ({ code, parent, labels: { en, ru: `ru ${en}`, kk: `kk ${en}` } });
const file = (terms: unknown[]) => ({ id: 'test.list', version: 1, source: 'invented for a test', name: { en: 'Test', ru: 'Тест', kk: 'Сынақ' }, terms });

describe('a controlled vocabulary', () => {
  const vocabulary = buildVocabulary(file([term('010000000000', null, 'Detention'), term('010100000000', '010000000000', 'Arbitrary arrest'), term('010101000000', '010100000000', 'Pre-emptive arrest')]));

  it('gives the label in each language, and shows an unknown code as itself', () => {
    expect(vocabulary.label('010100000000', 'en')).toBe('Arbitrary arrest');
    expect(vocabulary.label('010100000000', 'kk')).toBe('kk Arbitrary arrest');
    expect(vocabulary.label('999999999999', 'ru')).toBe('999999999999');
  });

  it('walks the hierarchy both ways', () => {
    expect(vocabulary.children(null).map((t) => t.code)).toEqual(['010000000000']);
    expect(vocabulary.children('010000000000').map((t) => t.code)).toEqual(['010100000000']);
    expect(vocabulary.ancestors('010101000000').map((t) => t.code)).toEqual(['010000000000', '010100000000']);
  });

  it.each([
    ['a duplicate code', [term('010000000000', null, 'A'), term('010000000000', null, 'B')]],
    ['a parent not in the list', [term('010100000000', '010000000000', 'Orphan')]],
    ['a cycle', [term('010000000000', '020000000000', 'A'), term('020000000000', '010000000000', 'B')]],
  ])('refuses %s', (_label, terms) => {
    expect(() => buildVocabulary(file(terms))).toThrow(VocabularyError);
  });

  it('refuses a code with lower case, spaces or markup', () => {
    for (const code of ['kz-10', 'A B', '<b>', '']) {
      expect(() => buildVocabulary(file([term(code, null, 'Bad')]))).toThrow();
    }
  });
});

describe('the HURIDOCS micro-thesauri', () => {
  it('ships the 31 lists, each well formed', () => {
    expect(Object.keys(HURIDOCS_VOCABULARIES)).toHaveLength(31);
    expect(Object.values(HURIDOCS_VOCABULARIES).reduce((sum, v) => sum + v.terms.length, 0)).toBe(1430);
  });

  it('labels every code and every list in English, Russian and Kazakh', () => {
    const missing = Object.values(HURIDOCS_VOCABULARIES).flatMap((v) => [
      ...(['en', 'ru', 'kk'] as const).filter((l) => v.name[l].trim() === '').map((l) => `${v.id} name ${l}`),
      ...v.terms.flatMap((t) => (['en', 'ru', 'kk'] as const).filter((l) => t.labels[l].trim() === '').map((l) => `${v.id} ${t.code} ${l}`)),
    ]);
    expect(missing).toEqual([]);
  });

  it('writes Kazakh in Cyrillic with Kazakh letters, and keeps the reviewed Russian', () => {
    const kazakh = Object.values(HURIDOCS_VOCABULARIES).flatMap((v) => v.terms.map((t) => t.labels.kk));
    expect(kazakh.filter((label) => /[A-Za-z]{4,}/.test(label) && !/[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/.test(label))).toEqual([]);
    expect(kazakh.some((label) => /[әғқңөұүһі]/.test(label))).toBe(true);
    expect(HURIDOCS_VOCABULARIES['huridocs.mt05']?.label('030104000000', 'ru')).toMatch(/подошв/);
    expect(HURIDOCS_VOCABULARIES['huridocs.mt41']?.label('020000000000', 'ru')).toBe('Маловероятно');
  });

  it('knows falanga as a method of torture under the hierarchy of its parent', () => {
    const methods = HURIDOCS_VOCABULARIES['huridocs.mt05'];
    expect(methods?.label('030104000000', 'en')).toMatch(/Falanga/);
    expect(methods?.ancestors('030104000000').map((t) => t.code)).toEqual(['030000000000', '030100000000']);
  });
});

describe('the Kazakhstan pack', () => {
  it('has the 17 regions and 3 cities of ISO 3166-2:KZ, with the regions formed in 2022', () => {
    const regions = KZ_VOCABULARIES['kz.regions'];
    expect(regions?.terms).toHaveLength(20);
    expect(regions?.label('KZ-10', 'kk')).toBe('Абай облысы');
    expect(regions?.label('KZ-33', 'ru')).toBe('Жетысуская область');
    expect(regions?.term('KZ-62')?.attributes?.since).toBe('2022-06-08');
  });

  it('labels every term of every list in English, Russian and Kazakh', () => {
    const missing = Object.values(KZ_VOCABULARIES).flatMap((v) => v.terms.flatMap((t) => (['en', 'ru', 'kk'] as const).filter((l) => t.labels[l].trim() === '').map((l) => `${v.id} ${t.code} ${l}`)));
    expect(missing).toEqual([]);
  });

  it('names a known authority for every facility type that has one', () => {
    const authorities = KZ_VOCABULARIES['kz.authorities'];
    const facilities = KZ_VOCABULARIES['kz.facilityTypes']?.terms ?? [];
    const unknown = facilities.map((t) => t.attributes?.authority).filter((a): a is string => typeof a === 'string' && authorities?.term(a) === undefined);
    expect(unknown).toEqual([]);
  });

  it('gives each legal article its code, number and whether it was verified', () => {
    const article = KZ_VOCABULARIES['kz.legalArticles']?.term('CAO-488');
    expect(article?.attributes).toMatchObject({ law: 'CAO', article: '488', verified: true });
    expect(KZ_VOCABULARIES['kz.legalArticles']?.label('CC-146', 'kk')).toBe('ҚК 146-бап: Азаптау');
  });
});
