import { useTranslation } from 'react-i18next';
import type { MonitorEntry, VaultRole } from '../../../shared/organisation/organisation';
import { monitorActions, shortKey } from './monitorRows';

type MonitorRowProps = {
  readonly monitor: MonitorEntry;
  readonly role: VaultRole;
  /** A request is under way: the buttons ignore clicks but keep their place in the tab order. */
  readonly busy: boolean;
  readonly onApprove: (monitor: MonitorEntry) => void;
  readonly onRevoke: (monitor: MonitorEntry) => void;
};

/** One monitor: name, short key, status, and the buttons its status allows, each naming the monitor. */
export function MonitorRow({ monitor, role, busy, onApprove, onRevoke }: MonitorRowProps) {
  const { t } = useTranslation();
  const actions = monitorActions(monitor.status, role);
  const act = (action: (monitor: MonitorEntry) => void) => () => {
    if (!busy) {
      action(monitor);
    }
  };
  return (
    <tr data-status={monitor.status}>
      <th scope="row">{monitor.name}</th>
      <td>
        <code translate="no">{shortKey(monitor.signingKey)}</code>
      </td>
      <td>{t(`organisation.monitors.statusName.${monitor.status}`)}</td>
      <td>
        <div className="monitor-actions">
          {actions.includes('approve') ? (
            <button type="button" className="primary" aria-label={t('organisation.monitors.approveLabel', { name: monitor.name })} aria-disabled={busy ? true : undefined} onClick={act(onApprove)}>
              {t('organisation.monitors.approve')}
            </button>
          ) : null}
          {actions.includes('revoke') ? (
            <button type="button" className="danger" aria-label={t('organisation.monitors.revokeLabel', { name: monitor.name })} aria-disabled={busy ? true : undefined} onClick={act(onRevoke)}>
              {t('organisation.monitors.revoke')}
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
