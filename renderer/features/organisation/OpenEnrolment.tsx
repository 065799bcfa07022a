import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useMainAction } from '../../ui/useMainAction';
import { ActionButton } from '../../ui/ActionButton';
import { StatusMessage } from '../../ui/StatusMessage';
import { matchEnrolment, type EnrolmentMatch } from './monitorRows';

export type OpenedEnrolment = { readonly monitorName: string; readonly fingerprint: string; readonly match: EnrolmentMatch };

type OpenEnrolmentProps = {
  readonly reload: () => Promise<OrganisationView | null>;
  readonly onOpened: (opened: OpenedEnrolment) => void;
};

/** "Open enrolment file…": main reads and verifies the file and adds the monitor as pending. */
export function OpenEnrolment({ reload, onOpened }: OpenEnrolmentProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, failure, run } = useMainAction();

  const open = () =>
    run(async () => {
      const answer = await api.call('organisation.openEnrolment', undefined);
      // Not opened: the dialog was cancelled, which needs no message.
      if (answer.opened && answer.monitorName !== null && answer.fingerprint !== null && answer.signingKey !== null) {
        const after = (await reload())?.monitors ?? [];
        onOpened({ monitorName: answer.monitorName, fingerprint: answer.fingerprint, match: matchEnrolment(answer.signingKey, after) });
      }
    });

  // FORBIDDEN here: another organisation's enrolment, or a monitor already revoked.
  const failureText = failure === null ? null : failure === 'FORBIDDEN' ? t('organisation.enrolmentOpen.forbidden') : t(`errors.${failure}`);
  return (
    <>
      <div className="actions">
        <ActionButton busy={busy} onActivate={open}>
          {t('organisation.enrolmentOpen.open')}
        </ActionButton>
      </div>
      <StatusMessage message={busy ? t('organisation.enrolmentOpen.busy') : null} />
      <ErrorAlert message={failureText} />
    </>
  );
}
