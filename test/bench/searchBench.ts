import { pathToFileURL } from 'node:url';
import type { FieldValues } from '../../shared/definitions/fieldValues';
import { RECORD_TYPES, type RecordType } from '../../shared/definitions/registry';
import { plainNarrative } from '../../shared/narrative/plainNarrative';
import type { EventRecord, PersonRecord } from '../../shared/records/formRecord';
import { foldForSearch, tokenizeForSearch } from '../../shared/search/foldText';
import { createRecordSearch } from '../../shared/search/recordSearch';
import { searchDocumentFor, type SearchDocument } from '../../shared/search/searchDocument';
import { requireVocabulary } from '../../shared/vocab/vocabularyRegistry';

// Search latency over invented records: 10,000 records written in Kazakh, Russian and English from
// a vocabulary of invented testimony sentences (fixed seed, so every run searches the same data),
// about 200 queries (single words, two words, Latin spellings of Cyrillic words, prefixes). The
// reference is a plain linear scan, String.prototype.includes of every folded query word over the
// same folded texts, measured in the same run. `npx tsx test/bench/searchBench.ts` runs it alone.

export type SearchFigures = {
  readonly records: number;
  readonly queries: number;
  /** From records to a ready index: search documents built, then indexed. */
  readonly buildSeconds: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly scanP50Ms: number;
  readonly scanP95Ms: number;
};

type Language = 'kk' | 'ru' | 'en';
const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

const SENTENCES: Readonly<Record<Language, readonly string[]>> = {
  kk: [
    'Оны полиция бөліміне апарып, түні бойы ұрып-соқты.', 'Тергеуші қағазға қол қоюды талап етті.', 'Адвокатқа хабарласуға рұқсат бермеді.',
    'Камерада он екі адам болды, терезе жоқ еді.', 'Ол аяғының табанынан соққы алғанын айтты.', 'Басына полиэтилен пакет кигізіп, тұншықтырды.',
    'Дәрігер жарақаттарды тіркемеді.', 'Туыстарына ұсталғаны туралы хабарламады.', 'Жиналыстан кейін автобус аялдамасында ұстады.',
    'Қызметкерлер айырым белгісіз, азаматтық киімде болды.', 'Сотта ол азаптау туралы арыз берді.', 'Прокуратура тексеру жүргізуден бас тартты.',
    'Куәгер оның ауыр жағдайда камераға әкелінгенін көрді.', 'Түнде ұйықтатпай, сұрақ қойды.', 'Телефонын тартып алып, хабарламаларын оқыды.',
    'Оған жұмыстан шығарамыз деп қорқытты.', 'Бейбіт жиналысқа қатысқаны үшін айыппұл салды.', 'Уақытша ұстау изоляторында үш тәулік ұстады.',
    'Анасы баласын іздеп, бірнеше бөлімге барды.', 'Қорқыныштан шағым түсіруден бас тартты.', 'Медициналық көмек көрсетілмеді.',
    'Оның қолын артына қайырып, кісендеді.', 'Жаңаөзен мен Қарағандыдан келген жұмысшылар наразылық білдірді.', 'Шымкентте шеру кезінде жиырма адам ұсталды.',
    'Өскеменде журналистің құжаттарын тәркіледі.',
  ],
  ru: [
    'Его доставили в отдел полиции и избивали всю ночь.', 'Следователь требовал подписать признательные показания.', 'Адвоката к нему не допускали двое суток.',
    'В камере было двенадцать человек и не было окна.', 'Он рассказал, что его били по пяткам резиновой дубинкой.', 'На голову надевали полиэтиленовый пакет и душили.',
    'Врач не зафиксировал телесные повреждения.', 'Родственникам о задержании не сообщили.', 'После митинга его задержали на автобусной остановке.',
    'Сотрудники были в гражданской одежде без опознавательных знаков.', 'В суде он заявил о применении пыток.', 'Прокуратура отказала в возбуждении уголовного дела.',
    'Сокамерник видел, как его принесли в камеру без сознания.', 'Ночью не давали спать и продолжали допрос.', 'Телефон изъяли и читали переписку.',
    'Угрожали уволить с работы и забрать детей.', 'За участие в мирном собрании назначили штраф.', 'В изоляторе временного содержания его держали трое суток.',
    'Мать искала сына по нескольким отделам.', 'Из страха он отказался подавать жалобу.', 'Медицинская помощь не оказывалась.',
    'Ему заломили руки за спину и надели наручники.', 'Рабочие из Жанаозена и Караганды вышли на забастовку.', 'В Шымкенте во время шествия задержали двадцать человек.',
    'В Усть-Каменогорске у журналиста изъяли документы.',
  ],
  en: [
    'He was taken to the district police department and beaten through the night.', 'The investigator demanded that he sign a confession.', 'His lawyer was refused access for two days.',
    'Twelve people were held in a cell without a window.', 'She said the officers struck the soles of her feet with a rubber truncheon.', 'A plastic bag was pulled over his head until he lost consciousness.',
    'The doctor did not record the injuries.', 'Relatives were not informed of the detention.', 'After the rally he was detained at a bus stop.',
    'The officers wore plain clothes and no identification.', 'In court he complained of torture.', 'The prosecutor refused to open a criminal case.',
    'A cellmate saw him carried into the cell unconscious.', 'He was kept awake and questioned all night.', 'His phone was seized and his messages were read.',
    'They threatened to have him dismissed from work.', 'A fine was imposed for taking part in a peaceful assembly.', 'He was held for three days in the temporary detention facility.',
    'His mother searched for him in several police stations.', 'Out of fear he withdrew his complaint.', 'No medical assistance was provided.',
    'His arms were twisted behind his back and he was handcuffed.', 'Workers from Zhanaozen and Karaganda went on strike.', 'Twenty people were detained during the march in Shymkent.',
    "A journalist's documents were confiscated in Oskemen.",
  ],
};

const PLACES: Readonly<Record<Language, readonly string[]>> = {
  kk: ['Алматы', 'Астана', 'Шымкент', 'Қарағанды', 'Жаңаөзен', 'Ақтөбе', 'Атырау', 'Өскемен', 'Орал', 'Тараз', 'Қызылорда', 'Павлодар', 'Семей', 'Түркістан', 'Ақтау', 'Қостанай'],
  ru: ['Алматы', 'Астане', 'Шымкенте', 'Караганде', 'Жанаозене', 'Актобе', 'Атырау', 'Усть-Каменогорске', 'Уральске', 'Таразе', 'Кызылорде', 'Павлодаре', 'Семее', 'Туркестане', 'Актау', 'Костанае'],
  en: ['Almaty', 'Astana', 'Shymkent', 'Karaganda', 'Zhanaozen', 'Aktobe', 'Atyrau', 'Oskemen', 'Uralsk', 'Taraz', 'Kyzylorda', 'Pavlodar', 'Semey', 'Turkistan', 'Aktau', 'Kostanay'],
};

const TITLES: Readonly<Record<Language, readonly ((place: string) => string)[]>> = {
  kk: [(place) => `${place}: полиция бөліміндегі азаптау`, (place) => `${place} қаласында ұстау`, (place) => `${place}: уақытша ұстау изоляторына бару`],
  ru: [(place) => `Пытки в отделе полиции в ${place}`, (place) => `Задержание после митинга в ${place}`, (place) => `Посещение ИВС в ${place}`],
  en: [(place) => `Torture at a police station in ${place}`, (place) => `Detentions after a rally in ${place}`, (place) => `Visit to the IVS in ${place}`],
};

const PERSONS = 3_000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const some = <T>(random: Random, items: readonly T[], most: number): T[] => Array.from({ length: Math.floor(random() * (most + 1)) }, () => pick(random, items));
const codes = (vocabulary: string): string[] => requireVocabulary(vocabulary).terms.map((term) => term.code);
const personId = (index: number): string => `Person${String(index).padStart(16, '0')}`;
const pad = (value: number): string => String(value).padStart(2, '0');

const CODES = {
  regions: codes('country.regions'),
  facilityTypes: codes('country.facilityTypes'),
  legalArticles: codes('country.legalArticles'),
  violationStatus: codes('huridocs.mt41'),
  methods: codes('huridocs.mt05'),
  phases: codes('aigaq.detentionPhase'),
};

function inventedDate(random: Random): FieldValues[string] {
  const year = 2015 + Math.floor(random() * 12);
  const month = 1 + Math.floor(random() * 12);
  const precision = pick(random, ['day', 'day', 'month', 'year'] as const);
  const value = { day: `${year}-${pad(month)}-${pad(1 + Math.floor(random() * 28))}`, month: `${year}-${pad(month)}`, year: String(year) }[precision];
  return { value, precision, approximate: random() < 0.1 };
}

function typedValues(type: RecordType, random: Random, language: Language, sentences: () => string): FieldValues {
  const person = (): string => personId(Math.floor(random() * PERSONS));
  if (type === 'TORTURE_ALLEGATION') {
    const method = () => ({ methodCode: pick(random, CODES.methods), session: sentences(), conditionAfter: sentences() });
    return { victim: person(), witnesses: some(random, [person(), person()], 2), legalArticles: some(random, CODES.legalArticles, 2), placeTypes: [pick(random, CODES.facilityTypes)], circumstances: sentences(), methods: Array.from({ length: 1 + Math.floor(random() * 3) }, method) };
  }
  if (type === 'DETENTION_VISIT') {
    const place = pick(random, PLACES[language]);
    return { facilityName: { kk: `${place} уақытша ұстау изоляторы`, ru: `ИВС УП г. ${place}`, en: `${place} temporary detention facility` }[language], facilityType: pick(random, CODES.facilityTypes), objectives: sentences() };
  }
  const detained = () => ({ detainee: person(), detentionPhase: pick(random, CODES.phases), apprehensionPlace: sentences(), charges: some(random, CODES.legalArticles, 1), takenTo: [pick(random, CODES.facilityTypes)] });
  return { venue: pick(random, PLACES[language]), purpose: sentences(), detainedPersons: Array.from({ length: 1 + Math.floor(random() * 4) }, detained) };
}

function inventedRecord(index: number, random: Random): EventRecord {
  const type = RECORD_TYPES[index % RECORD_TYPES.length] as RecordType;
  const language = pick(random, LANGUAGES);
  // Mostly the record's language, now and then a sentence in another (quoted testimony).
  const sentence = (): string => pick(random, SENTENCES[random() < 0.85 ? language : pick(random, LANGUAGES)]);
  const sentences = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' ');
  const values: FieldValues = {
    title: pick(random, TITLES[language])(pick(random, PLACES[language])),
    initialDate: inventedDate(random),
    region: pick(random, CODES.regions),
    description: plainNarrative(Array.from({ length: 3 + Math.floor(random() * 6) }, sentence).join(' ')),
    violationStatus: pick(random, CODES.violationStatus),
    ...typedValues(type, random, language, sentences),
  };
  const updated = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 300 * 86_400_000)).toISOString();
  const localRef = `${type.slice(0, 2)}-2026-${index.toString(36).toUpperCase().padStart(4, '0')}`;
  return { schemaVersion: 1, definitionVersion: 1, type, localRef, status: pick(random, ['working', 'draft', 'final'] as const), createdAt: updated, updatedAt: updated, values, retired: [] };
}

function inventedPersons(): Map<string, PersonRecord> {
  const alias = ['Witness', 'Свидетель', 'Куәгер'];
  return new Map(
    Array.from({ length: PERSONS }, (_, index) => {
      const pseudonym = `P-${index.toString(36).toUpperCase().padStart(4, '0')}-${pad(index % 100)}`;
      const person: PersonRecord = { schemaVersion: 1, definitionVersion: 1, status: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', pseudonym, values: { alias: `${alias[index % 3] ?? ''} ${index}` }, retired: [] };
      return [personId(index), person] as const;
    }),
  );
}

// Latin spellings a monitor would type for Cyrillic words: the 2021 Kazakh alphabet and the usual
// Russian transliteration, deliberately not the folding table.
const KAZAKH_LATIN: Readonly<Record<string, string>> = { а: 'a', ә: 'ä', б: 'b', в: 'v', г: 'g', ғ: 'ğ', д: 'd', е: 'e', ж: 'j', з: 'z', и: 'i', й: 'i', к: 'k', қ: 'q', л: 'l', м: 'm', н: 'n', ң: 'ñ', о: 'o', ө: 'ö', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'ū', ү: 'ü', ф: 'f', х: 'h', һ: 'h', ц: 'ts', ч: 'ç', ш: 'ş', щ: 'şç', ъ: '', ы: 'y', і: 'ı', ь: '', э: 'e', ю: 'iu', я: 'ia' };
const RUSSIAN_LATIN: Readonly<Record<string, string>> = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya' };
const latin = (word: string, table: Readonly<Record<string, string>>): string => [...word.toLowerCase()].map((letter) => table[letter] ?? letter).join('');

function inventedQueries(random: Random, count: number): string[] {
  const words = (language: Language): string[] => SENTENCES[language].flatMap(tokenizeForSearch).filter((word) => word.length >= 4);
  const byLanguage = { kk: words('kk'), ru: words('ru'), en: words('en') };
  const twoWords = (): string => {
    const sentence = tokenizeForSearch(pick(random, SENTENCES[pick(random, LANGUAGES)])).filter((word) => word.length >= 4);
    return `${pick(random, sentence)} ${pick(random, sentence)}`;
  };
  const kinds: readonly (() => string)[] = [
    () => pick(random, byLanguage[pick(random, LANGUAGES)]),
    twoWords,
    () => latin(pick(random, byLanguage.kk), KAZAKH_LATIN),
    () => latin(pick(random, byLanguage.ru), RUSSIAN_LATIN),
    () => pick(random, byLanguage[pick(random, LANGUAGES)]).slice(0, 3 + Math.floor(random() * 3)),
  ];
  return Array.from({ length: count }, (_, index) => (kinds[index % kinds.length] as () => string)());
}

const percentile = (values: readonly number[], share: number): number => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(share * values.length) - 1)] as number;

function timeEach(queries: readonly string[], run: (query: string) => unknown): number[] {
  queries.forEach(run); // warm-up, not timed
  return queries.map((query) => {
    const start = performance.now();
    run(query);
    return performance.now() - start;
  });
}

/** The linear reference: every folded query word must occur somewhere in the record's folded text. */
function linearScan(documents: readonly SearchDocument[]): (query: string) => string[] {
  const folded = documents.map((document) => ({ id: document.id, text: foldForSearch([document.title, document.ref, document.people, ...document.codes.map((code) => code.labels), document.text].join('\n')) }));
  return (query) => {
    const words = tokenizeForSearch(query).map(foldForSearch).filter((word) => word !== '');
    return folded.filter(({ text }) => words.every((word) => text.includes(word))).map(({ id }) => id);
  };
}

export function measureSearch({ records = 10_000, queries = 200, seed = 20_260_101 }: { records?: number; queries?: number; seed?: number } = {}): SearchFigures {
  const random = prng(seed);
  const persons = inventedPersons();
  const events = Array.from({ length: records }, (_, index) => inventedRecord(index, random));
  const asked = inventedQueries(random, queries);

  const start = performance.now();
  const documents = events.map((record, index) => searchDocumentFor(`record-${index}`, record, persons));
  const search = createRecordSearch();
  search.addAll(documents);
  const buildSeconds = (performance.now() - start) / 1000;

  const indexed = timeEach(asked, (query) => search.search(query));
  const scan = linearScan(documents);
  const scanned = timeEach(asked, scan);
  return { records, queries: asked.length, buildSeconds, p50Ms: percentile(indexed, 0.5), p95Ms: percentile(indexed, 0.95), scanP50Ms: percentile(scanned, 0.5), scanP95Ms: percentile(scanned, 0.95) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = measureSearch();
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
