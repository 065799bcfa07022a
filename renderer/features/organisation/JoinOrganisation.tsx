import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useMainAction } from '../../ui/useMainAction';
import { ActionButton } from '../../ui/ActionButton';
import { StatusMessage } from '../../ui/StatusMessage';

export type OpenedInvitation = { readonly view: OrganisationView; readonly fingerprint: string; readonly token: string };

type JoinOrganisationProps = {
  readonly onOpened: (opened: OpenedInvitation) => void;
};

/** "I am a monitor": open the invitation file the coordinator gave (main shows the file dialog). */
export function JoinOrganisation({ onOpened }: JoinOrganisationProps) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const { busy, failure, run } = useMainAction();

  const open = () =>
    run(async () => {
      const answer = await api.call('organisation.openInvitation', undefined);
      // Not opened: the dialog was cancelled, which needs no message.
      if (answer.opened && answer.view !== null && answer.fingerprint !== null && answer.token !== null) {
        onOpened({ view: answer.view, fingerprint: answer.fingerprint, token: answer.token });
      }
    });

  // FORBIDDEN here has two plain causes worth naming: an expired invitation, another organisation.
  const failureText = failure === null ? null : failure === 'FORBIDDEN' ? t('organisation.join.forbidden') : t(`errors.${failure}`);
  return (
    <section className="card organisation-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.choose.monitorHeading')}</h2>
      <p>{t('organisation.choose.monitorExplain')}</p>
      <div className="actions">
        <ActionButton busy={busy} onActivate={open} className="primary">
          {t('organisation.join.open')}
        </ActionButton>
      </div>
      <StatusMessage message={busy ? t('organisation.join.busy') : null} />
      <ErrorAlert message={failureText} />
    </section>
  );
}
