import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { useReport } from './useReport';

type Report = ReturnType<typeof useReport>;

/** Cases that may have been reported twice: the coordinator decides, and can change the decision. */
export function DuplicatePanel({ report }: { readonly report: Report }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (report.candidates.length === 0) {
    return null;
  }
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports.duplicates.heading')}</h2>
      <p>{t('reports.duplicates.explain')}</p>
      <ul className="duplicate-list">
        {report.candidates.map((candidate) => {
          const names = { first: candidate.references[0] ?? '', second: candidate.references[1] ?? '' };
          return (
            <li key={candidate.recordIds.join(' ')}>
              <p>{t('reports.duplicates.pair', { ...names, count: candidate.days })}</p>
              <p className="hint">{candidate.decision === null ? t('reports.duplicates.undecided') : t(`reports.duplicates.decided.${candidate.decision}`)}</p>
              {candidate.decision === 'merge' ? null : (
                <button type="button" onClick={() => void report.decide(candidate.recordIds, 'merge')}>
                  {t('reports.duplicates.merge', names)}
                </button>
              )}
              {candidate.decision === 'separate' ? null : (
                <button type="button" onClick={() => void report.decide(candidate.recordIds, 'separate')}>
                  {t('reports.duplicates.separate', names)}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
