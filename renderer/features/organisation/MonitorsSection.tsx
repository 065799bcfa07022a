import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitorEntry } from '../../../shared/organisation/organisation';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { EnrolmentCheck } from './EnrolmentCheck';
import { MonitorTable } from './MonitorTable';
import { OpenEnrolment, type OpenedEnrolment } from './OpenEnrolment';
import { RevokeMonitorDialog } from './RevokeMonitorDialog';
import { useApproveMonitor } from './useApproveMonitor';

type MonitorsSectionProps = {
  readonly view: OrganisationView;
  readonly show: (view: OrganisationView) => void;
  readonly reload: () => Promise<OrganisationView | null>;
};

type Outcome = { readonly kind: 'approved' | 'revoked' | 'notNow'; readonly name: string };

/** Coordinator side: enrolments opened, compared and approved; monitors revoked. */
export function MonitorsSection({ view, show, reload }: MonitorsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [opened, setOpened] = useState<OpenedEnrolment | null>(null);
  const [revoking, setRevoking] = useState<MonitorEntry | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Approving or revoking removes the very button that had focus: the heading takes it instead,
  // once any modal dialog is gone (focus cannot move behind a modal).
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    if (settled > 0) {
      heading.current?.focus();
    }
  }, [settled]);
  const approval = useApproveMonitor(show);

  const settle = (next: Outcome | null) => {
    setOutcome(next);
    setOpened(null);
    setSettled((count) => count + 1);
  };
  const approve = async (monitor: MonitorEntry) => {
    if (await approval.approve(monitor)) {
      settle({ kind: 'approved', name: monitor.name });
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('organisation.monitors.heading')}
      </h2>
      <p>{t('organisation.enrolmentOpen.explain')}</p>
      <OpenEnrolment
        reload={reload}
        onOpened={(next) => {
          setOutcome(null);
          setOpened(next);
        }}
      />
      {opened === null ? null : (
        // Keyed by the file's fingerprint: a second enrolment opened is a new check, focused anew.
        <EnrolmentCheck
          key={opened.fingerprint}
          opened={opened}
          busy={approval.approving !== null}
          onApprove={(monitor) => void approve(monitor)}
          onDismiss={() => settle(opened.match.kind === 'pending' ? { kind: 'notNow', name: opened.monitorName } : null)}
        />
      )}
      <StatusMessage message={outcome === null ? null : t(`organisation.monitors.outcome.${outcome.kind}`, { name: outcome.name })} />
      <ErrorAlert message={approval.failure === null ? null : t(`errors.${approval.failure}`)} />
      <MonitorTable monitors={view.monitors} role={view.role} busy={approval.approving !== null} onApprove={(monitor) => void approve(monitor)} onRevoke={setRevoking} />
      {revoking === null ? null : (
        <RevokeMonitorDialog
          monitor={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={(next) => {
            show(next);
            setRevoking(null);
            settle({ kind: 'revoked', name: revoking.name });
          }}
        />
      )}
    </section>
  );
}
