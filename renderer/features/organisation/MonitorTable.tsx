import { useTranslation } from 'react-i18next';
import type { MonitorEntry, VaultRole } from '../../../shared/organisation/organisation';
import { MonitorRow } from './MonitorRow';

type MonitorTableProps = {
  readonly monitors: readonly MonitorEntry[];
  readonly role: VaultRole;
  readonly busy: boolean;
  readonly onApprove: (monitor: MonitorEntry) => void;
  readonly onRevoke: (monitor: MonitorEntry) => void;
};

/** Every enrolment received, whatever became of it (main keeps revoked monitors, for the record). */
export function MonitorTable({ monitors, ...rowProps }: MonitorTableProps) {
  const { t } = useTranslation();
  if (monitors.length === 0) {
    return <p>{t('organisation.monitors.empty')}</p>;
  }
  return (
    <table className="monitor-table">
      <caption className="visually-hidden">{t('organisation.monitors.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('organisation.monitors.name')}</th>
          <th scope="col">{t('organisation.monitors.key')}</th>
          <th scope="col">{t('organisation.monitors.status')}</th>
          <th scope="col">{t('organisation.monitors.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {monitors.map((monitor) => (
          <MonitorRow key={monitor.signingKey} monitor={monitor} {...rowProps} />
        ))}
      </tbody>
    </table>
  );
}
