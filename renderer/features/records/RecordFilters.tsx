import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition, RECORD_TYPES } from '../../../shared/definitions/registry';
import { RECORD_STATUSES } from '../../../shared/records/formRecord';
import type { RecordSearchFilters, RecordSort } from '../../../shared/search/recordSearch';
import type { Locale } from '../../../shared/settings/settings';
import { requireVocabulary } from '../../../shared/vocab/vocabularyRegistry';

export type SearchRequest = { readonly query: string; readonly filters: RecordSearchFilters; readonly sort: RecordSort };

export const NO_SEARCH: SearchRequest = { query: '', filters: {}, sort: { by: 'updatedAt' } };

export function isSearching(request: SearchRequest): boolean {
  return request.query.trim() !== '' || Object.values(request.filters).some((value) => value !== undefined && value !== '') || request.sort.by !== 'updatedAt';
}

type Option = { readonly value: string; readonly label: string };

type SelectProps = { readonly label: string; readonly value: string | undefined; readonly options: readonly Option[]; readonly onChange: (value: string | undefined) => void; readonly emptyLabel?: string };

function Select({ label, value, options, onChange, emptyLabel }: SelectProps) {
  const id = useId();
  const { t } = useTranslation();
  return (
    <div className="field filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}>
        <option value="">{emptyLabel ?? t('records.search.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function DateInput({ label, value, onChange }: { readonly label: string; readonly value: string | undefined; readonly onChange: (value: string | undefined) => void }) {
  const id = useId();
  return (
    <div className="field filter-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)} />
    </div>
  );
}

function vocabularyOptions(id: string, locale: Locale): Option[] {
  return requireVocabulary(id).terms.map((term) => ({ value: term.code, label: term.labels[locale] || term.code }));
}

type RecordFiltersProps = {
  readonly request: SearchRequest;
  readonly onChange: (request: SearchRequest) => void;
  readonly people: readonly Option[];
};

/** Full-text search and the list's filters: type, dates, region, status, person, facility, legal article; sort. */
export function RecordFilters({ request, onChange, people }: RecordFiltersProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const queryId = useId();
  const { filters } = request;
  const setFilter = <K extends keyof RecordSearchFilters>(key: K, value: RecordSearchFilters[K] | undefined) => {
    const next: Record<string, unknown> = { ...filters };
    if (value === undefined) {
      delete next[key];
    } else {
      next[key] = value;
    }
    onChange({ ...request, filters: next as RecordSearchFilters });
  };
  return (
    <search className="record-filters" aria-label={t('records.search.landmark')}>
      <div className="field">
        <label htmlFor={queryId}>{t('records.search.query')}</label>
        <input id={queryId} type="search" value={request.query} autoComplete="off" spellCheck={false} onChange={(event) => onChange({ ...request, query: event.target.value })} />
        <p className="hint">{t('records.search.hint')}</p>
      </div>
      <details className="filter-details">
        <summary>{t('records.search.filters')}</summary>
        <div className="filter-grid">
          <Select label={t('records.search.type')} value={filters.type} options={RECORD_TYPES.map((type) => ({ value: type, label: currentDefinition(type).label[locale] }))} onChange={(value) => setFilter('type', value as RecordSearchFilters['type'])} />
          <Select label={t('records.search.status')} value={filters.status} options={RECORD_STATUSES.map((status) => ({ value: status, label: t(`records.statusShort.${status}`) }))} onChange={(value) => setFilter('status', value as RecordSearchFilters['status'])} />
          <Select label={t('records.search.region')} value={filters.region} options={vocabularyOptions('country.regions', locale)} onChange={(value) => setFilter('region', value)} />
          <DateInput label={t('records.search.from')} value={filters.dateFrom} onChange={(value) => setFilter('dateFrom', value)} />
          <DateInput label={t('records.search.to')} value={filters.dateTo} onChange={(value) => setFilter('dateTo', value)} />
          <Select label={t('records.search.person')} value={filters.personId} options={people} onChange={(value) => setFilter('personId', value)} />
          <Select label={t('records.search.facility')} value={filters.facilityType} options={vocabularyOptions('country.facilityTypes', locale)} onChange={(value) => setFilter('facilityType', value)} />
          <Select label={t('records.search.article')} value={filters.legalArticle} options={vocabularyOptions('country.legalArticles', locale)} onChange={(value) => setFilter('legalArticle', value)} />
          <Select
            label={t('records.search.sort')}
            emptyLabel={t('records.search.sortUpdated')}
            value={request.sort.by === 'updatedAt' ? undefined : `${request.sort.by}:${request.sort.direction ?? 'desc'}`}
            options={[
              { value: 'relevance:desc', label: t('records.search.sortRelevance') },
              { value: 'date:desc', label: t('records.search.sortDateNewest') },
              { value: 'date:asc', label: t('records.search.sortDateOldest') },
            ]}
            onChange={(value) => {
              const [by, direction] = (value ?? 'updatedAt:desc').split(':') as [RecordSort['by'], 'asc' | 'desc'];
              onChange({ ...request, sort: { by, direction } });
            }}
          />
        </div>
        <button type="button" onClick={() => onChange(NO_SEARCH)}>
          {t('records.search.clear')}
        </button>
      </details>
    </search>
  );
}
