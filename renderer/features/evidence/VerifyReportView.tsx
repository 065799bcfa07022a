import { useTranslation } from 'react-i18next';
import type { EvidenceCheck, VerifyReport } from '../../../shared/evidence/evidenceItem';
import { useTimeFormat } from '../../ui/useTimeFormat';
import { claimedTime } from './evidenceFormat';
import { summariseVerifyReport } from './verifySummary';

function ProblemLine({ check }: { readonly check: EvidenceCheck }) {
  const { t } = useTranslation();
  const what = [
    check.status === 'intact' ? null : t(`evidence.settings.verify.status.${check.status}`),
    check.custody === 'intact' ? null : t('evidence.settings.verify.status.custody'),
  ].filter((part): part is string => part !== null);
  return <li>{t('evidence.settings.verify.problem', { name: check.name, recordId: check.recordId, what: what.join('; ') })}</li>;
}

/** The result of a full check: counts, then every file that is not intact by name and record. */
export function VerifyReportView({ report }: { readonly report: VerifyReport }) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  const summary = summariseVerifyReport(report);
  const checkedAt = <p className="hint">{t('evidence.settings.verify.checkedAt', { time: claimedTime(formatTime, report.checkedAt) })}</p>;
  if (report.items.length === 0 && report.unreadable === 0) {
    return <p role="status">{t('evidence.settings.verify.none')}</p>;
  }
  if (summary.allGood) {
    return (
      <div role="status" className="verify-result verify-result-ok">
        <p>{t('evidence.settings.verify.allGood', { count: summary.intact })}</p>
        {checkedAt}
      </div>
    );
  }
  return (
    <div role="alert" className="alert verify-result">
      <p>{t('evidence.settings.verify.counts', { intact: summary.intact, damaged: summary.damaged, missing: summary.missing })}</p>
      {summary.unreadable > 0 ? <p>{t('evidence.settings.verify.unreadable', { count: summary.unreadable })}</p> : null}
      {summary.problems.length > 0 ? (
        <>
          <h4>{t('evidence.settings.verify.problems')}</h4>
          <ul className="verify-problems">
            {summary.problems.map((check) => (
              <ProblemLine key={check.id} check={check} />
            ))}
          </ul>
        </>
      ) : null}
      {checkedAt}
    </div>
  );
}
