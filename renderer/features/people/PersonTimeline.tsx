import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition } from '../../../shared/definitions/registry';
import { formatPartialDate } from '../../../shared/model/partialDate';
import { personTimeline } from '../../../shared/people/personTimeline';
import type { Locale } from '../../../shared/settings/settings';
import { useRecordCatalog } from '../records/RecordCatalogContext';

/** The person's records in the order events happened: detention → visit → allegation. */
export function PersonTimeline({ personId }: { readonly personId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const headingId = useId();
  const { snapshot } = useRecordCatalog();
  const ready = snapshot.phase === 'complete' || snapshot.phase === 'searchable';
  const entries = useMemo(() => (ready ? personTimeline(personId, snapshot.records) : []), [ready, personId, snapshot.records]);
  return (
    <section className="card person-timeline" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('people.timeline.heading')}</h2>
      {!ready ? <p>{t('people.timeline.loading')}</p> : null}
      {ready && entries.length === 0 ? <p>{t('people.timeline.empty')}</p> : null}
      {entries.length === 0 ? null : (
        <ol className="timeline-list">
          {entries.map((entry) => (
            <li key={entry.recordId}>
              <span className="timeline-date">{entry.date === null ? t('people.timeline.undated') : formatPartialDate(entry.date, locale)}</span>{' '}
              <span>{t('people.timeline.entry', { type: currentDefinition(entry.type).label[locale], reference: entry.localRef, title: entry.title })}</span>
              <span className="hint"> {t('people.timeline.roles', { roles: entry.roles.map((role) => role[locale]).join(', ') })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
