import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/settings/settings';
import { DocumentLanguageSelect } from '../../ui/DocumentLanguageSelect';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { DuplicatePanel } from './DuplicatePanel';
import { OfficialFiguresPanel } from './OfficialFiguresPanel';
import { ReportView } from './ReportView';
import { useReport, type ReportChoice, type ReportFormat, type ReportOutcome } from './useReport';

const FORMATS: readonly ReportFormat[] = ['pdf', 'html', 'markdown', 'csv', 'json'];
const THRESHOLDS = [1, 3, 5, 10] as const;

function statusText(outcome: ReportOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (outcome.kind === 'busy') {
    return t('reports.busy');
  }
  return outcome.kind === 'saved' ? t('reports.saved', { fileName: outcome.fileName }) : null;
}

function Choices({ choice, quarters, onChange }: { readonly choice: ReportChoice; readonly quarters: ReturnType<typeof useReport>['quarters']; readonly onChange: (change: Partial<ReportChoice>) => void }) {
  const { t } = useTranslation();
  const [quarterId, thresholdId] = [useId(), useId()];
  return (
    <div className="summary-choices">
      <div className="field">
        <label htmlFor={quarterId}>{t('reports.quarter')}</label>
        <select id={quarterId} value={choice.quarter ?? quarters[0]?.key ?? ''} onChange={(event) => onChange({ quarter: event.target.value })}>
          {quarters.map((quarter) => (
            <option key={quarter.key} value={quarter.key}>
              {quarter.key}
            </option>
          ))}
        </select>
      </div>
      <DocumentLanguageSelect label={t('reports.language')} value={choice.language} onChange={(language) => onChange({ language })} />
      <div className="field">
        <label htmlFor={thresholdId}>{t('reports.threshold')}</label>
        <select id={thresholdId} value={choice.suppressBelow} onChange={(event) => onChange({ suppressBelow: Number(event.target.value) })}>
          {THRESHOLDS.map((threshold) => (
            <option key={threshold} value={threshold}>
              {threshold === 1 ? t('reports.noSuppression') : t('reports.suppressBelow', { threshold })}
            </option>
          ))}
        </select>
      </div>
      <label className="delivery-option">
        <input type="checkbox" checked={choice.confirmedOnly} onChange={(event) => onChange({ confirmedOnly: event.target.checked })} /> {t('reports.confirmedOnly')}
      </label>
      <label className="delivery-option">
        <input type="checkbox" checked={choice.reliableOnly} onChange={(event) => onChange({ reliableOnly: event.target.checked })} /> {t('reports.reliableOnly')}
      </label>
    </div>
  );
}

/** Navigation › Reports: a quarter's documented cases, counted with provenance, saved signed. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<ReportChoice>({ quarter: null, confirmedOnly: true, reliableOnly: false, suppressBelow: 5, language: i18n.language as Locale });
  const report = useReport(choice);
  return (
    <div className="page">
      <h1>{t('reports.heading')}</h1>
      <p>{t('reports.explain')}</p>
      <StatusMessage message={report.loading ? t('reports.loading') : null} />
      {!report.loading && report.quarters.length === 0 ? <p>{t('reports.none')}</p> : null}
      {report.quarters.length === 0 ? null : <Choices choice={choice} quarters={report.quarters} onChange={(change) => setChoice((current) => ({ ...current, ...change }))} />}
      <DuplicatePanel report={report} />
      {report.loading ? null : <OfficialFiguresPanel official={report.official} />}
      {report.built === null ? null : (
        <>
          <div className="actions">
            {FORMATS.map((format) => (
              <button key={format} type="button" aria-disabled={report.outcome.kind === 'busy' || undefined} onClick={() => report.outcome.kind !== 'busy' && void report.save(format)}>
                {t(`reports.save.${format}`)}
              </button>
            ))}
          </div>
          <StatusMessage message={statusText(report.outcome, t)} />
          <ReportView document={report.built.document} label={t('reports.preview')} />
        </>
      )}
      <ErrorAlert message={report.outcome.kind === 'failed' ? t(`errors.${report.outcome.code}`) : null} />
    </div>
  );
}
