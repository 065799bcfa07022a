import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/settings/settings';
import { formatPercent, formatSpeed } from './evidenceFormat';
import type { IngestJobView } from './ingestJobs';

type IngestJobListProps = {
  readonly jobs: readonly IngestJobView[];
  readonly onCancel: (jobId: string) => void;
  readonly onDismiss: (jobId: string) => void;
};

function FailedJob({ job, onDismiss }: { readonly job: IngestJobView; readonly onDismiss: (jobId: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="ingest-job-failure" role="alert">
        {t('evidence.jobs.failed', { name: job.name })} {t(`evidence.failure.${job.failure ?? 'INTERNAL'}`)}
      </p>
      <button type="button" aria-label={t('evidence.jobs.dismissLabel', { name: job.name })} onClick={() => onDismiss(job.jobId)}>
        {t('evidence.jobs.dismiss')}
      </button>
    </>
  );
}

function RunningJob({ job, onCancel }: { readonly job: IngestJobView; readonly onCancel: (jobId: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <>
      {/* A progress element needs a positive max; an empty file is simply 0 of 1 until it is done. */}
      <progress aria-label={t('evidence.jobs.importing', { name: job.name })} value={job.bytes} max={job.total > 0 ? job.total : 1} />
      <span className="ingest-job-figures">
        {job.state === 'queued' ? t('evidence.jobs.waiting') : formatPercent(job.bytes, job.total, locale)}
        {job.bytesPerSecond === null ? null : <span className="ingest-job-speed">{formatSpeed(job.bytesPerSecond, locale)}</span>}
      </span>
      <button type="button" aria-label={t('evidence.jobs.cancelLabel', { name: job.name })} onClick={() => onCancel(job.jobId)}>
        {t('evidence.jobs.cancel')}
      </button>
    </>
  );
}

/** Files on their way in: one row each, a failure kept until the monitor has read it. */
export function IngestJobList({ jobs, onCancel, onDismiss }: IngestJobListProps) {
  const { t } = useTranslation();
  if (jobs.length === 0) {
    return null;
  }
  return (
    <ul className="ingest-jobs" aria-label={t('evidence.jobs.list')}>
      {jobs.map((job) => (
        <li key={job.jobId} className={`ingest-job ingest-job-${job.state}`}>
          <span className="ingest-job-name">{job.name}</span>
          {job.state === 'failed' ? <FailedJob job={job} onDismiss={onDismiss} /> : <RunningJob job={job} onCancel={onCancel} />}
        </li>
      ))}
    </ul>
  );
}
