import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { OpenedInvitation } from './JoinOrganisation';
import { FingerprintDisplay } from './FingerprintDisplay';

type InvitationCheckProps = {
  readonly opened: OpenedInvitation;
  readonly onContinue: () => void;
};

/**
 * Right after an invitation was opened: whom it names and the number to read aloud. Main has already
 * joined the vault to the organisation by then (there is no undoing it), so "the numbers differ"
 * cannot leave it: it says plainly what not to do, which is send anything to these keys.
 */
export function InvitationCheck({ opened, onContinue }: InvitationCheckProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [differs, setDiffers] = useState(false);
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
      <ErrorAlert message={differs ? t('organisation.join.differExplain') : null} />
      <div className="actions">
        <button type="button" className="primary" onClick={onContinue}>
          {t('organisation.join.matches')}
        </button>
        <button type="button" className="danger" onClick={() => setDiffers(true)}>
          {t('organisation.join.differs')}
        </button>
      </div>
    </section>
  );
}
