import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitorEntry } from '../../../shared/organisation/organisation';
import { FingerprintDisplay } from './FingerprintDisplay';
import type { OpenedEnrolment } from './OpenEnrolment';

type EnrolmentCheckProps = {
  readonly opened: OpenedEnrolment;
  readonly busy: boolean;
  readonly onApprove: (monitor: MonitorEntry) => void;
  readonly onDismiss: () => void;
};

/**
 * The enrolment just opened: who sent it and the number the monitor must read out. Approve is
 * offered for the pending monitor whose key main returned; otherwise the text says why, and the
 * monitors table stays the place to decide.
 */
export function EnrolmentCheck({ opened, busy, onApprove, onDismiss }: EnrolmentCheckProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The check appears where the person was working: its heading takes focus so it is read first.
  useEffect(() => heading.current?.focus(), []);
  const { monitorName: name, match } = opened;
  return (
    <section className="organisation-check" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('organisation.enrolmentOpen.checkHeading', { name })}
      </h3>
      <FingerprintDisplay fingerprint={opened.fingerprint} instruction={t('organisation.enrolmentOpen.compare', { name })} />
      {match.kind === 'approved' ? <p>{t('organisation.enrolmentOpen.alreadyApproved', { name })}</p> : null}
      {match.kind === 'missing' ? <p className="notice">{t('organisation.enrolmentOpen.missing')}</p> : null}
      <div className="actions">
        {match.kind === 'pending' ? (
          <button
            type="button"
            className="primary"
            aria-label={t('organisation.monitors.approveLabel', { name })}
            aria-disabled={busy ? true : undefined}
            onClick={() => {
              if (!busy) {
                onApprove(match.monitor);
              }
            }}
          >
            {t('organisation.monitors.approve')}
          </button>
        ) : null}
        <button type="button" onClick={onDismiss}>
          {match.kind === 'pending' ? t('organisation.enrolmentOpen.notNow') : t('organisation.enrolmentOpen.close')}
        </button>
      </div>
    </section>
  );
}
