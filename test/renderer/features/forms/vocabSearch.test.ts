import { browseTerms, buildSearchIndex, foldText, isShortFlatList, MAX_RESULTS, searchTerms } from '../../../../renderer/features/forms/vocabSearch';
import { buildVocabulary } from '../../../../shared/vocab/vocabulary';
import { requireVocabulary } from '../../../../shared/vocab/vocabularyRegistry';

const l = (en: string, ru: string, kk: string) => ({ en, ru, kk });

// An invented vocabulary for the edge cases: accents, ё, a hierarchy three deep.
const tiny = buildVocabulary({
  id: 'test.tiny',
  version: 1,
  source: 'test',
  name: l('Tiny', 'Крошечный', 'Кішкентай'),
  terms: [
    { code: 'A', parent: null, labels: l('Torture', 'Пытки', 'Азаптау') },
    { code: 'A1', parent: 'A', labels: l('Beating', 'Избиение', 'Ұрып-соғу') },
    { code: 'A11', parent: 'A1', labels: l('Falanga', 'Фаланга', 'Фаланга') },
    { code: 'B', parent: null, labels: l('Café detention', 'Задержание в кафе', 'Кафеде ұстау') },
    { code: 'C', parent: null, labels: l('Other', 'Ёлка', 'Басқа') },
  ],
});

const labels = (result: { entries: readonly { label: string }[] }) => result.entries.map((entry) => entry.label);

describe('folding typed text and labels', () => {
  it('ignores case, diacritics, ё/е and the script Kazakh is typed in', () => {
    expect(foldText('ИЗБИЕНИЕ')).toBe(foldText('избиение'));
    expect(foldText('Café')).toBe('cafe');
    expect(foldText('Ёлка')).toBe(foldText('елка'));
    expect(foldText('ҚАЗАҚША')).toBe(foldText('qazaqşa'));
  });

  it('finds the Kazakh name of a region typed in Latin letters', () => {
    const index = buildSearchIndex(requireVocabulary('country.regions'), 'kk');
    expect(labels(searchTerms(index, 'Qaragandy'))).toEqual(['Қарағанды облысы']);
  });
});

describe('searching a vocabulary', () => {
  it('finds "Избиение" typed in capitals, in the real mt05 list', () => {
    const index = buildSearchIndex(requireVocabulary('huridocs.mt05'), 'ru');
    expect(labels(searchTerms(index, 'ИЗБИЕНИЕ'))).toContain('Избиение до смерти');
  });

  it('finds "é" by typing "e", and "ё" by typing "е"', () => {
    expect(labels(searchTerms(buildSearchIndex(tiny, 'en'), 'cafe'))).toEqual(['Café detention']);
    expect(labels(searchTerms(buildSearchIndex(tiny, 'ru'), 'елк'))).toEqual(['Ёлка']);
  });

  it('finds a term through an ancestor, and shows the ancestors as its path', () => {
    const result = searchTerms(buildSearchIndex(tiny, 'en'), 'torture');
    expect(labels(result)).toEqual(['Torture', 'Beating', 'Falanga']);
    expect(result.entries.map((entry) => entry.path)).toEqual(['', 'Torture', 'Torture › Beating']);
  });

  it('needs every typed word, each in the label, an ancestor or the code', () => {
    expect(labels(searchTerms(buildSearchIndex(tiny, 'en'), 'torture falanga'))).toEqual(['Falanga']);
    expect(labels(searchTerms(buildSearchIndex(tiny, 'en'), 'a11'))).toEqual(['Falanga']);
    expect(labels(searchTerms(buildSearchIndex(tiny, 'en'), 'torture café'))).toEqual([]);
  });

  it('puts the label typed in full first, then labels that start with the text', () => {
    const index = buildSearchIndex(requireVocabulary('huridocs.mt05'), 'en');
    const found = labels(searchTerms(index, 'beating'));
    expect(found[0]).toBe('Beating');
    expect(found[1]).toBe('Beating as a method for killing');
    expect(found.slice(2).every((label) => !label.startsWith('Beating'))).toBe(true);
  });

  it('shows at most 50 results and says how many matched', () => {
    const mt04 = requireVocabulary('huridocs.mt04');
    expect(mt04.terms.length).toBeGreaterThan(500);
    const result = searchTerms(buildSearchIndex(mt04, 'en'), '0');
    expect(result.entries).toHaveLength(MAX_RESULTS);
    expect(result.total).toBe(mt04.terms.length);
  });

  it('finds nothing for an empty text', () => {
    expect(searchTerms(buildSearchIndex(tiny, 'en'), '   ')).toEqual({ entries: [], total: 0 });
  });

  it('searches the 532 terms of mt04 letter by letter, as the monitor types', () => {
    const index = buildSearchIndex(requireVocabulary('huridocs.mt04'), 'ru');
    for (const text of ['п', 'пы', 'пыт', 'пытк', 'пытки', 'з', 'за', 'зад']) {
      const result = searchTerms(index, text);
      expect([text, result.total > 0, result.entries.length <= 50]).toEqual([text, true, true]);
    }
  });
});

describe('browsing a vocabulary', () => {
  it('lists the top level, then a branch, each term saying whether it has narrower terms', () => {
    const index = buildSearchIndex(tiny, 'en');
    expect(browseTerms(index, null).map((entry) => [entry.label, entry.hasChildren])).toEqual([
      ['Torture', true],
      ['Café detention', false],
      ['Other', false],
    ]);
    expect(browseTerms(index, 'A1').map((entry) => [entry.label, entry.path])).toEqual([['Falanga', 'Torture › Beating']]);
  });

  it('tells a short flat list from a long or hierarchical one', () => {
    expect(isShortFlatList(requireVocabulary('huridocs.mt43'))).toBe(true);
    expect(isShortFlatList(requireVocabulary('country.regions'))).toBe(false);
    expect(isShortFlatList(tiny)).toBe(false);
  });
});
