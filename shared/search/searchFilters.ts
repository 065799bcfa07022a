import type { RecordType } from '../definitions/registry';
import type { RecordStatus } from '../records/formRecord';
import { foldForSearch } from './foldText';
import type { SearchFacets } from './searchDocument';

// The list's filters and orders, over the facts each search document carries (SearchFacets).

export type RecordSearchFilters = {
  readonly type?: RecordType;
  readonly status?: RecordStatus;
  /** A country.regions code. */
  readonly region?: string;
  /**
   * ISO days, inclusive, either or both: keeps the records whose start date can mean a day in the
   * range (a record dated "2022" is kept for March 2022). Records with no start date are left out.
   */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Linked anywhere in the record. */
  readonly personId?: string;
  /** A country.facilityTypes code, held in any facility-type field. */
  readonly facilityType?: string;
  /** Part of a facility's name, folded like a query ("Janaozen" finds "ИВС Жанаозенского ГОВД"). */
  readonly facilityName?: string;
  /** A country.legalArticles code, held in any field of legal articles (charges included). */
  readonly legalArticle?: string;
};

/** Relevance is always best first and needs a query; without one the list falls back to the date, newest first. */
export type RecordSort = { readonly by: 'relevance' | 'date' | 'updatedAt'; readonly direction?: 'asc' | 'desc' };

export type RecordSearchHit = {
  readonly id: string;
  /** 0 without a query. */
  readonly score: number;
  /** The folded index words that matched, for highlighting (fold each shown word and compare). */
  readonly terms: readonly string[];
};

/** What the index keeps of a record besides its words. */
export type Indexed = { readonly facets: SearchFacets; readonly facilityNames: readonly string[]; readonly codes: readonly string[] };

type Check = (indexed: Indexed, filters: RecordSearchFilters) => boolean;

const CHECKS: Readonly<Record<keyof RecordSearchFilters, Check>> = {
  type: ({ facets }, { type }) => facets.type === type,
  status: ({ facets }, { status }) => facets.status === status,
  region: ({ facets }, { region }) => facets.region === region,
  dateFrom: ({ facets }, { dateFrom = '' }) => facets.dateTo !== null && facets.dateTo >= dateFrom,
  dateTo: ({ facets }, { dateTo = '' }) => facets.dateFrom !== null && facets.dateFrom <= dateTo,
  personId: ({ facets }, { personId = '' }) => facets.personIds.includes(personId),
  facilityType: ({ facets }, { facilityType = '' }) => facets.facilityTypes.includes(facilityType),
  facilityName: ({ facilityNames }, { facilityName = '' }) => facilityNames.some((name) => name.includes(facilityName)),
  legalArticle: ({ facets }, { legalArticle = '' }) => facets.legalArticles.includes(legalArticle),
};

/** One test for the filters given (the facility name folded once), checking only what they set. */
export function filterFor(filters: RecordSearchFilters): (indexed: Indexed) => boolean {
  const prepared = filters.facilityName === undefined ? filters : { ...filters, facilityName: foldForSearch(filters.facilityName).trim() };
  const active = (Object.keys(CHECKS) as (keyof RecordSearchFilters)[]).filter((key) => prepared[key] !== undefined).map((key) => CHECKS[key]);
  return (indexed) => active.every((check) => check(indexed, prepared));
}

export type Ordered = { readonly hit: RecordSearchHit; readonly facets: SearchFacets };

/** ISO dates and ids compare as plain strings (localeCompare would be slower and no more right). */
const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Missing dates last whichever the direction; then the last updated first, then by id. */
function compareBy(by: 'date' | 'updatedAt', sign: number): (a: Ordered, b: Ordered) => number {
  return (a, b) => {
    const [x, y] = by === 'date' ? [a.facets.dateFrom, b.facets.dateFrom] : [a.facets.updatedAt, b.facets.updatedAt];
    if (x !== y) {
      return x === null ? 1 : y === null ? -1 : sign * order(x, y);
    }
    return order(b.facets.updatedAt, a.facets.updatedAt) || order(a.hit.id, b.hit.id);
  };
}

export function sortHits(hits: Ordered[], sort: RecordSort, withQuery: boolean): RecordSearchHit[] {
  if (sort.by === 'relevance' && withQuery) {
    const byDate = compareBy('date', -1);
    return hits.sort((a, b) => b.hit.score - a.hit.score || byDate(a, b)).map(({ hit }) => hit);
  }
  const by = sort.by === 'relevance' ? 'date' : sort.by;
  const sign = sort.by === 'relevance' || sort.direction !== 'asc' ? -1 : 1;
  return hits.sort(compareBy(by, sign)).map(({ hit }) => hit);
}
