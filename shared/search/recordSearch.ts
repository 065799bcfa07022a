import MiniSearch, { type SearchResult } from 'minisearch';
import { foldForSearch, tokenizeForSearch } from './foldText';
import type { SearchDocument } from './searchDocument';
import { filterFor, sortHits, type Indexed, type Ordered, type RecordSearchFilters, type RecordSearchHit, type RecordSort } from './searchFilters';

export type { RecordSearchFilters, RecordSearchHit, RecordSort } from './searchFilters';

// Full-text search and list filtering over the opened records (MiniSearch). The index lives in
// memory only: it is rebuilt from the records after every unlock and dropped with them on lock, and
// it is never persisted, because IndexedDB (or any other store) would keep it in plaintext, and an
// index is the records' own words.
//
// Words are folded by foldForSearch on both sides, so case, diacritics and the Kazakh Cyrillic and
// Latin scripts do not matter. A query word of 3 or more folded letters also finds the longer words
// it begins (Russian and Kazakh endings: "Жанаозен" finds "Жанаозене"), one of 5 or more also
// finds words one or two letters away (fuzzy, 0.15 of its length). Two indexes: the records' own
// words, and the labels (en, ru, kk) of the vocabulary codes they hold, each code once however many
// records hold it (labels are half of all words otherwise). A query word matches a record through
// either; a record must match every word (AND) unless the search was made with OR.

const BOOST = { title: 3, ref: 3, people: 2, text: 1 };
/** A word found in a code's labels counts like one in the record's text (a label scores within the labels). */
const LABEL_WEIGHT = 1;
const PREFIX_FROM = 3;
const FUZZY_FROM = 5;
const FUZZINESS = 0.15;
const FOLD_CACHE_SIZE = 100_000;

export type RecordSearchOptions = {
  /** Whether a record must match every word of a query (AND, the default) or any (OR). */
  readonly combineWith?: 'AND' | 'OR';
};

export type RecordSearch = {
  /** Throws when the id is already indexed: use replace. */
  add(document: SearchDocument): void;
  addAll(documents: Iterable<SearchDocument>): void;
  /** Does nothing when the id is not indexed. */
  remove(id: string): void;
  /** Adds or replaces. */
  replace(document: SearchDocument): void;
  has(id: string): boolean;
  readonly size: number;
  clear(): void;
  /** Every record that matches the query (all of them for a blank one) and the filters, in the order asked. */
  search(query: string, filters?: RecordSearchFilters, sort?: RecordSort): RecordSearchHit[];
};

type LabelDocument = { readonly id: string; readonly labels: string };
type Found = { score: number; terms: readonly string[] };

const foldTerm = (term: string): string | null => foldForSearch(term) || null;

/**
 * foldTerm with a memory: words repeat (the words of a language, the same names), and folding is
 * most of the cost of indexing. One per index, bounded, and emptied with it: it holds the words too.
 */
function cachedFold(cache: Map<string, string | null>): (term: string) => string | null {
  return (term) => {
    let folded = cache.get(term);
    if (folded === undefined) {
      folded = foldTerm(term);
      if (cache.size >= FOLD_CACHE_SIZE) {
        cache.clear();
      }
      cache.set(term, folded);
    }
    return folded;
  };
}

function miniSearch<T>(boost: Readonly<Record<string, number>>, fold: (term: string) => string | null): MiniSearch<T> {
  return new MiniSearch<T>({
    fields: Object.keys(boost),
    storeFields: [],
    tokenize: tokenizeForSearch,
    processTerm: fold,
    searchOptions: { boost: { ...boost }, prefix: (term) => term.length >= PREFIX_FROM, fuzzy: (term) => (term.length >= FUZZY_FROM ? FUZZINESS : false) },
  });
}

/** Adds a match to a record's score and terms (the arrays given are never changed). */
function note(found: Map<string, Found>, id: string, score: number, terms: readonly string[]): void {
  const entry = found.get(id);
  if (entry === undefined) {
    found.set(id, { score, terms });
    return;
  }
  entry.score += score;
  const added = terms.filter((term) => !entry.terms.includes(term));
  if (added.length > 0) {
    entry.terms = [...entry.terms, ...added];
  }
}

/** AND keeps the records every word found, OR any; scores add up either way. */
function combine(perWord: readonly Map<string, Found>[], combineWith: 'AND' | 'OR'): Map<string, Found> {
  if (perWord.length === 1) {
    return perWord[0] as Map<string, Found>;
  }
  const smallest = [...perWord].sort((a, b) => a.size - b.size)[0] ?? new Map<string, Found>();
  const pool = combineWith === 'AND' ? smallest.keys() : new Set(perWord.flatMap((found) => [...found.keys()]));
  const combined = new Map<string, Found>();
  for (const id of pool) {
    const matches = perWord.map((found) => found.get(id)).filter((entry): entry is Found => entry !== undefined);
    if (combineWith === 'OR' || matches.length === perWord.length) {
      matches.forEach((entry) => note(combined, id, entry.score, entry.terms));
    }
  }
  return combined;
}

export function createRecordSearch(options: RecordSearchOptions = {}): RecordSearch {
  const folded = new Map<string, string | null>();
  const fold = cachedFold(folded);
  const texts = miniSearch<SearchDocument>(BOOST, fold);
  const labels = miniSearch<LabelDocument>({ labels: LABEL_WEIGHT }, fold);
  const recordsByCode = new Map<string, Set<string>>();
  const indexed = new Map<string, Indexed>();

  const add = (document: SearchDocument): void => {
    texts.add(document);
    for (const code of document.codes) {
      if (!labels.has(code.key)) {
        labels.add({ id: code.key, labels: code.labels });
      }
      const holders = recordsByCode.get(code.key) ?? new Set<string>();
      recordsByCode.set(code.key, holders.add(document.id));
    }
    const facilityNames = document.facets.facilityNames.map(foldForSearch);
    indexed.set(document.id, { facets: document.facets, facilityNames, codes: document.codes.map((code) => code.key) });
  };

  const remove = (id: string): void => {
    const entry = indexed.get(id);
    if (entry === undefined) {
      return;
    }
    texts.discard(id);
    // A code's labels stay indexed: they are the vocabulary's, not the record's.
    for (const key of entry.codes) {
      const holders = recordsByCode.get(key);
      if (holders?.delete(id) === true && holders.size === 0) {
        recordsByCode.delete(key);
      }
    }
    indexed.delete(id);
  };

  /** Every record, for a list without a query. */
  function* unscored(): Generator<[string, Found]> {
    for (const id of indexed.keys()) {
      yield [id, { score: 0, terms: [] }];
    }
  }

  /** The records one folded word finds, through their own words or their codes' labels. */
  const wordHits = (word: string): Map<string, Found> => {
    const found = new Map<string, Found>();
    texts.search(word).forEach((result: SearchResult) => note(found, String(result.id), result.score, result.terms));
    for (const result of labels.search(word)) {
      recordsByCode.get(String(result.id))?.forEach((id) => note(found, id, result.score, result.terms));
    }
    return found;
  };

  const search = (query: string, filters: RecordSearchFilters = {}, sort?: RecordSort): RecordSearchHit[] => {
    const keep = filterFor(filters);
    const words = [...new Set(tokenizeForSearch(query).map(fold))].filter((word): word is string => word !== null);
    const found = words.length === 0 ? null : combine(words.map(wordHits), options.combineWith ?? 'AND');
    const hits: Ordered[] = [];
    for (const [id, { score, terms }] of found ?? unscored()) {
      const entry = indexed.get(id);
      if (entry !== undefined && keep(entry)) {
        hits.push({ hit: { id, score, terms }, facets: entry.facets });
      }
    }
    return sortHits(hits, sort ?? { by: found === null ? 'date' : 'relevance' }, found !== null);
  };

  return {
    add,
    addAll: (documents) => {
      for (const document of documents) {
        add(document);
      }
    },
    remove,
    replace: (document) => {
      remove(document.id);
      add(document);
    },
    has: (id) => indexed.has(id),
    get size() {
      return indexed.size;
    },
    clear: () => {
      texts.removeAll();
      labels.removeAll();
      recordsByCode.clear();
      indexed.clear();
      folded.clear();
    },
    search,
  };
}
