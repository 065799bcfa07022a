import { valuesSchema, type FieldValues } from '../../../shared/definitions/fieldValues';
import { personExample } from '../../../shared/definitions/people/examples/person.example';
import { identityExample } from '../../../shared/definitions/people/examples/identity.example';
import { EXAMPLE_PEOPLE } from '../../../shared/definitions/records/examples/commonExample';
import { tortureAllegationExample } from '../../../shared/definitions/records/examples/tortureAllegation.example';
import { currentDefinition, type RecordType } from '../../../shared/definitions/registry';
import type { EventRecord, PersonRecord } from '../../../shared/records/formRecord';
import { createRecordSearch, type RecordSearch, type RecordSearchFilters, type RecordSort } from '../../../shared/search/recordSearch';
import { searchDocumentFor } from '../../../shared/search/searchDocument';
import type { NarrativeDoc } from '../../../shared/narrative/narrativeSchema';
import { plainNarrative } from '../../../shared/narrative/plainNarrative';

const VICTIM = 'PersonVictimKaraganda0';
const DETAINEE = 'PersonDetaineeShymkent';
const day = (value: string) => ({ value, precision: 'day' as const, approximate: false });

function eventRecord(type: RecordType, localRef: string, values: FieldValues, status: EventRecord['status'], updatedAt: string): EventRecord {
  return { schemaVersion: 1, definitionVersion: 1, type, localRef, status, createdAt: '2026-01-01T00:00:00.000Z', updatedAt, values, retired: [] };
}

function personRecord(pseudonym: string, values: FieldValues): PersonRecord {
  return { schemaVersion: 1, definitionVersion: 1, status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', pseudonym, values, retired: [] };
}

// Written in Kazakh, in Cyrillic.
const kazakh = eventRecord(
  'TORTURE_ALLEGATION',
  'TA-2022-0001',
  {
    title: 'Қарағанды қаласында ұрып-соғу',
    initialDate: { value: '2022-01', precision: 'month', approximate: false },
    region: 'KZ-35',
    description: plainNarrative('Полиция бөлімінде азаптау туралы арыз.'),
    victim: VICTIM,
    legalArticles: ['CC-146'],
    methods: [{ methodCode: '030104000000', instrument: 'Резеңке таяқ' }],
  },
  'final',
  '2026-03-01T10:00:00.000Z',
);
// Written in Russian.
const russian = eventRecord(
  'DETENTION_VISIT',
  'DV-2021-0002',
  {
    title: 'Посещение ИВС в Жанаозене',
    initialDate: day('2021-12-16'),
    region: 'KZ-47',
    description: plainNarrative('Двое задержанных сообщили о побоях при доставлении.'),
    facilityName: 'ИВС Жанаозенского ГОВД',
    facilityType: 'IVS',
  },
  'draft',
  '2026-02-01T10:00:00.000Z',
);
// Written in English.
const english = eventRecord(
  'PROTEST_DETENTION',
  'PD-2022-0003',
  {
    title: 'Detentions after the rally in Shymkent',
    initialDate: { value: '2022', precision: 'year', approximate: true },
    region: 'KZ-79',
    description: plainNarrative('Riot police detained eleven people at the end of the rally; two of them had come from Zhanaozen.'),
    detainedPersons: [{ detainee: DETAINEE, detentionPhase: 'AFTER', apprehensionPlace: 'Bus stop behind the akimat', charges: ['CC-174'], takenTo: ['SPEC_PRIEMNIK'] }],
  },
  'working',
  '2026-04-01T10:00:00.000Z',
);
// A working record with no date yet.
const undated = eventRecord('TORTURE_ALLEGATION', 'TA-2026-0004', { title: 'Phone call from a relative' }, 'working', '2026-01-15T10:00:00.000Z');

const persons = new Map<string, PersonRecord>([
  // An identity's name slipped into a person's values must still not be indexed: only pseudonym and alias are.
  [VICTIM, personRecord('P-7KQ4-2M', { ...personExample, alias: 'Witness Aigerim', legalName: identityExample.legalName })],
  [DETAINEE, personRecord('P-9XZ1-4B', { alias: 'Student from Turkistan' })],
]);

const RECORDS: Readonly<Record<string, EventRecord>> = { kazakh, russian, english, undated };

function buildSearch(): RecordSearch {
  const search = createRecordSearch();
  search.addAll(Object.entries(RECORDS).map(([id, record]) => searchDocumentFor(id, record, persons)));
  return search;
}

const ids = (search: RecordSearch, query: string, filters: RecordSearchFilters = {}, sort?: RecordSort): string[] => search.search(query, filters, sort).map((hit) => hit.id);
const sorted = (found: string[]): string[] => [...found].sort();

describe('searching records', () => {
  const search = buildSearch();

  it('uses well-formed values in its fixtures', () => {
    for (const record of Object.values(RECORDS)) {
      expect(valuesSchema(currentDefinition(record.type)).safeParse(record.values).error?.issues ?? []).toEqual([]);
    }
  });

  it.each(['Qarağandy', 'Qaraghandy', 'Karagandy', "Qarag'andy", 'ūryp-soğu', 'azaptau', 'QARAĞANDY ūryp'])('finds the record stored in Cyrillic Kazakh by the Latin %s', (query) => {
    expect(ids(search, query)).toEqual(['kazakh']);
  });

  it('finds the Russian record by the Kazakh Latin spelling of the town, and the English one by the Cyrillic', () => {
    expect(ids(search, 'Jañaözen')).toEqual(['russian', 'english']);
    expect(ids(search, 'Жаңаөзен')).toEqual(['russian', 'english']);
    expect(ids(search, 'Şymkent')).toEqual(['english']);
  });

  it('reaches the Russian exonym Karaganda through the fuzzy search', () => {
    expect(ids(search, 'Караганда')).toEqual(['kazakh']);
  });

  it('finds a record by the vocabulary labels of its codes in any of the three languages', () => {
    // CC-146 is "Пытки" in Russian, "Азаптау" in Kazakh, "Torture" in English; the record is in Kazakh.
    expect(ids(search, 'пытки')).toEqual(['kazakh']);
    expect(ids(search, 'torture')).toEqual(['kazakh']);
    // KZ-35: "Карагандинская область", by its prefix.
    expect(ids(search, 'Карагандинская')).toEqual(['kazakh']);
    // The visit is coded IVS and written in Russian; the Kazakh label finds it.
    expect(ids(search, 'Уақытша ұстау изоляторы')).toEqual(['russian']);
    // A code inside a group row: charges CC-174 in the detained persons.
    expect(ids(search, 'розни')).toEqual(['english']);
  });

  it('finds words in group rows, by prefix, and by the local reference', () => {
    expect(ids(search, 'akimat')).toEqual(['english']);
    expect(ids(search, 'резеңке')).toEqual(['kazakh']);
    expect(ids(search, 'задерж')).toEqual(['russian']);
    expect(ids(search, 'DV-2021-0002')).toEqual(['russian']);
  });

  it('needs every word of the query, unless told to take any', () => {
    expect(ids(search, 'police rally')).toEqual(['english']);
    expect(ids(search, 'police Qarağandy')).toEqual([]);
    const anyWord = createRecordSearch({ combineWith: 'OR' });
    anyWord.addAll(Object.entries(RECORDS).map(([id, record]) => searchDocumentFor(id, record, persons)));
    expect(sorted(ids(anyWord, 'police Qarağandy'))).toEqual(['english', 'kazakh']);
  });

  it("finds linked persons by pseudonym and alias, never by an identity's name", () => {
    expect(ids(search, 'P-7KQ4-2M')).toEqual(['kazakh']);
    expect(ids(search, 'Aigerim')).toEqual(['kazakh']);
    expect(ids(search, 'Turkistan student')).toEqual(['english']);
    expect(ids(search, 'Айгүл')).toEqual([]);
    expect(ids(search, 'Тестова')).toEqual([]);
  });

  it('indexes extra text kept outside the values', () => {
    const withExtra = createRecordSearch();
    withExtra.add(searchDocumentFor('undated', undated, persons, ['Ол түнде бізді тергеушіге апарды.']));
    expect(ids(withExtra, 'tergeushi')).toEqual(['undated']);
  });

  it('reads a narrative: its words, and the persons it mentions as links', () => {
    const mention = { type: 'text', text: 'Куәгер', marks: [{ type: 'mention', attrs: { personId: DETAINEE } }] };
    const description: NarrativeDoc = { type: 'doc', content: [{ type: 'paragraph', content: [mention, { type: 'text', text: ' бізді тергеушіге апарды.' }] }] };
    const withNarrative = createRecordSearch();
    withNarrative.add(searchDocumentFor('undated', { ...undated, values: { ...undated.values, description } }, persons));
    expect(ids(withNarrative, 'tergeushi')).toEqual(['undated']);
    expect(ids(withNarrative, '', { personId: DETAINEE })).toEqual(['undated']);
    expect(ids(withNarrative, 'P-9XZ1-4B')).toEqual(['undated']);
  });

  it('still reads a description saved as a plain string before narratives', () => {
    const legacy = createRecordSearch();
    legacy.add(searchDocumentFor('undated', { ...undated, values: { ...undated.values, description: 'Тергеуші қорқытты.' } }, persons));
    expect(ids(legacy, 'qorqytty')).toEqual(['undated']);
  });

  it('indexes a real example record, its rows included', () => {
    const example = createRecordSearch();
    const record = eventRecord('TORTURE_ALLEGATION', 'TA-2026-7KQ4', tortureAllegationExample, 'final', '2026-10-20T10:00:00.000Z');
    example.add(searchDocumentFor('example', record, new Map([[EXAMPLE_PEOPLE.witness, personRecord('P-AAAA-11', personExample)]])));
    expect(ids(example, 'truncheon')).toEqual(['example']);
    expect(ids(example, 'Witness A')).toEqual(['example']);
    expect(ids(example, 'ДҮРЕ')).toEqual([]);
  });
});

describe('filtering the list', () => {
  const search = buildSearch();

  it.each<[string, RecordSearchFilters, string[]]>([
    ['type', { type: 'TORTURE_ALLEGATION' }, ['kazakh', 'undated']],
    ['status', { status: 'working' }, ['english', 'undated']],
    ['region', { region: 'KZ-47' }, ['russian']],
    ['a range inside a month-precise date', { dateFrom: '2022-01-10', dateTo: '2022-01-20' }, ['english', 'kazakh']],
    ['a range ending before 2022', { dateTo: '2021-12-31' }, ['russian']],
    ['a range starting in February 2022', { dateFrom: '2022-02-01' }, ['english']],
    ['a single day', { dateFrom: '2021-12-16', dateTo: '2021-12-16' }, ['russian']],
    ['a person linked in the header', { personId: VICTIM }, ['kazakh']],
    ['a person linked in a group row', { personId: DETAINEE }, ['english']],
    ['a facility type of the visited facility', { facilityType: 'IVS' }, ['russian']],
    ['a facility type in a row ("taken to")', { facilityType: 'SPEC_PRIEMNIK' }, ['english']],
    ['part of a facility name, in Latin', { facilityName: 'Janaozen' }, ['russian']],
    ['a legal article', { legalArticle: 'CC-146' }, ['kazakh']],
    ['a legal article charged in a row', { legalArticle: 'CC-174' }, ['english']],
    ['two filters together', { type: 'TORTURE_ALLEGATION', status: 'final' }, ['kazakh']],
    ['nothing', {}, ['english', 'kazakh', 'russian', 'undated']],
  ])('narrows by %s', (_label, filters, expected) => {
    expect(sorted(ids(search, '', filters))).toEqual(expected);
  });

  it('combines filters with a query', () => {
    // "облысы" is in the Kazakh labels of both regions (KZ-79 is a city, "қаласы").
    expect(sorted(ids(search, 'облысы'))).toEqual(['kazakh', 'russian']);
    expect(ids(search, 'oblysy', { region: 'KZ-35' })).toEqual(['kazakh']);
    expect(ids(search, 'облысы', { status: 'working' })).toEqual([]);
  });
});

describe('sorting', () => {
  const search = buildSearch();

  it('sorts by start date, newest first by default, undated last either way', () => {
    // January 2022 and "about 2022" start on the same day: the last updated comes first.
    expect(ids(search, '')).toEqual(['english', 'kazakh', 'russian', 'undated']);
    expect(ids(search, '', {}, { by: 'date', direction: 'asc' })).toEqual(['russian', 'english', 'kazakh', 'undated']);
  });

  it('sorts by last update', () => {
    expect(ids(search, '', {}, { by: 'updatedAt' })).toEqual(['english', 'kazakh', 'russian', 'undated']);
    expect(ids(search, '', {}, { by: 'updatedAt', direction: 'asc' })).toEqual(['undated', 'russian', 'kazakh', 'english']);
  });

  it('sorts by relevance when there is a query, best first', () => {
    // Zhanaozen is in the visit's title (boosted) and facility name, and once in the protest's description.
    const hits = search.search('Zhanaozen');
    expect(hits.map((hit) => hit.id)).toEqual(['russian', 'english']);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Infinity);
    // The Russian record has only inflected forms, found as prefixes.
    expect([...(hits[0]?.terms ?? [])].sort()).toEqual(['janaozene', 'janaozenskogo']);
    expect(ids(search, 'Zhanaozen', {}, { by: 'date' })).toEqual(['english', 'russian']);
    expect(ids(search, 'Zhanaozen', {}, { by: 'date', direction: 'asc' })).toEqual(['russian', 'english']);
  });

  it('lists in date order when asked for relevance without a query', () => {
    expect(ids(search, '  ', {}, { by: 'relevance' })).toEqual(['english', 'kazakh', 'russian', 'undated']);
    expect(ids(search, ' – ', {}, { by: 'relevance' })).toEqual(['english', 'kazakh', 'russian', 'undated']);
  });
});

describe('keeping the index current', () => {
  it('removes and replaces records', () => {
    const search = buildSearch();
    search.remove('kazakh');
    expect(ids(search, 'Qarağandy')).toEqual([]);
    expect(ids(search, 'Карагандинская')).toEqual([]); // its region's labels no longer lead to it
    expect(ids(search, 'torture')).toEqual([]);
    expect(ids(search, 'Мангистауская')).toEqual(['russian']);
    expect(search.has('kazakh')).toBe(false);
    expect(search.size).toBe(3);
    search.remove('kazakh');

    const retitled = { ...russian, values: { ...russian.values, title: 'Посещение СИЗО в Актобе', facilityType: 'SIZO' } };
    search.replace(searchDocumentFor('russian', retitled, persons));
    expect(sorted(ids(search, 'Jañaözen'))).toEqual(['english', 'russian']); // still in the facility name
    expect(ids(search, 'Aqtöbe')).toEqual(['russian']);
    expect(ids(search, '', { facilityType: 'IVS' })).toEqual([]);
    expect(ids(search, '', { facilityType: 'SIZO' })).toEqual(['russian']);

    search.replace(searchDocumentFor('kazakh', kazakh, persons));
    expect(ids(search, 'Qarağandy')).toEqual(['kazakh']);
    expect(() => search.add(searchDocumentFor('kazakh', kazakh, persons))).toThrow();

    search.clear();
    expect(search.size).toBe(0);
    expect(ids(search, '')).toEqual([]);
  });
});
