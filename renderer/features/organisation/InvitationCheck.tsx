import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import type { OpenedInvitation } from './JoinOrganisation';
import { FingerprintDisplay } from './FingerprintDisplay';

type InvitationCheckProps = {
  readonly opened: OpenedInvitation;
  readonly onJoined: (view: OrganisationView) => void;
  readonly onCancel: () => void;
};

/**
 * Right after an invitation was opened: whom it names and the number to read aloud. Nothing is saved
 * yet: the vault joins only when the monitor says the numbers match. If they differ, the file may
 * have been swapped on the way, and it is dropped.
 */
export function InvitationCheck({ opened, onJoined, onCancel }: InvitationCheckProps) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [differs, setDiffers] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const join = async (): Promise<void> => {
    try {
      onJoined(await api.call('organisation.joinInvitation', { token: opened.token }));
    } catch (error) {
      setFailure(errorCodeOf(error));
    }
  };
  // The page changed under the person's focus: the new heading takes it, so reading starts here.
  useEffect(() => heading.current?.focus(), []);
  const { view, fingerprint } = opened;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('organisation.join.checkHeading')}
      </h2>
      <dl className="organisation-facts">
        <dt>{t('organisation.join.organisation')}</dt>
        <dd>{view.organisationName}</dd>
        <dt>{t('organisation.join.coordinators')}</dt>
        <dd>
          <ul className="organisation-names">
            {view.coordinators.map((coordinator) => (
              <li key={coordinator.signingKey}>{coordinator.name}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <FingerprintDisplay fingerprint={fingerprint} instruction={t('organisation.join.compare')} />
      <ErrorAlert message={differs ? t('organisation.join.differExplain') : failure !== null ? t(`errors.${failure}`) : null} />
      <div className="actions">
        {differs ? (
          <button type="button" onClick={onCancel}>
            {t('organisation.join.back')}
          </button>
        ) : (
          <>
            <button type="button" className="primary" onClick={() => void join()}>
              {t('organisation.join.matches')}
            </button>
            <button type="button" className="danger" onClick={() => setDiffers(true)}>
              {t('organisation.join.differs')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
