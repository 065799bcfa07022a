import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { CreateOrganisationForm } from './CreateOrganisationForm';
import { InvitationCheck } from './InvitationCheck';
import { JoinOrganisation, type OpenedInvitation } from './JoinOrganisation';
import { StartChoice } from './StartChoice';

type NoOrganisationProps = {
  /** The vault now belongs to an organisation: the page shows it. */
  readonly onJoined: (view: OrganisationView) => void;
};

type Step = { readonly kind: 'choose'; readonly cancelled: boolean } | { readonly kind: 'create' } | { readonly kind: 'check'; readonly opened: OpenedInvitation };

/** A vault with no organisation: start one (coordinator) or join one by its invitation (monitor). */
export function NoOrganisation({ onJoined }: NoOrganisationProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'choose', cancelled: false });
  switch (step.kind) {
    case 'create':
      return <CreateOrganisationForm onCreated={onJoined} onCancel={() => setStep({ kind: 'choose', cancelled: true })} />;
    case 'check':
      return <InvitationCheck opened={step.opened} onJoined={onJoined} onCancel={() => setStep({ kind: 'choose', cancelled: true })} />;
    case 'choose':
      return (
        <>
          <p>{t('organisation.choose.intro')}</p>
          <StartChoice onStart={() => setStep({ kind: 'create' })} autoFocus={step.cancelled} />
          <JoinOrganisation onOpened={(opened) => setStep({ kind: 'check', opened })} />
        </>
      );
  }
}
