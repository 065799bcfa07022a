import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/organisation/organisationView';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useMainAction } from '../../ui/useMainAction';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { roleForNewOrganisation } from './organisationRoles';

type CreateOrganisationFormProps = {
  readonly onCreated: (view: OrganisationView) => void;
  readonly onCancel: () => void;
};


/** Start an organisation: its name, the coordinator's name as monitors will see it, and the role. */
export function CreateOrganisationForm({ onCreated, onCancel }: CreateOrganisationFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const checkId = useId();
  const [name, setName] = useState('');
  const [coordinatorName, setCoordinatorName] = useState('');
  const [alsoDocuments, setAlsoDocuments] = useState(false);
  const { busy, failure, setFailure, run } = useMainAction<'required'>();

  const create = (organisation: string, coordinator: string) =>
    run(async () => onCreated(await api.call('organisation.create', { name: organisation, coordinatorName: coordinator, role: roleForNewOrganisation(alsoDocuments) })));

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (busy) {
      return;
    }
    // Names are shown to people deciding whom to trust: no stray spaces around them.
    const organisation = name.trim();
    const coordinator = coordinatorName.trim();
    const complete = organisation !== '' && coordinator !== '';
    setFailure(complete ? null : 'required');
    if (complete) {
      void create(organisation, coordinator);
    }
  }

  const failureText = failure === null ? null : failure === 'required' ? t('organisation.create.required') : t(`errors.${failure}`);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.create.heading')}</h2>
      <form onSubmit={onSubmit} aria-busy={busy} noValidate>
        <Field label={t('organisation.create.name')} value={name} onChange={setName} maxLength={200} autoFocus required />
        <Field label={t('organisation.create.coordinatorName')} hint={t('organisation.create.coordinatorNameHint')} value={coordinatorName} onChange={setCoordinatorName} maxLength={100} required />
        <div className="check">
          <input id={checkId} type="checkbox" checked={alsoDocuments} onChange={(event) => setAlsoDocuments(event.target.checked)} />
          <label htmlFor={checkId}>{t('organisation.create.alsoDocument')}</label>
        </div>
        <ErrorAlert message={failureText} />
        <StatusMessage message={busy ? t('organisation.create.busy') : null} />
        <div className="actions">
          <SubmitButton label={t('organisation.create.submit')} busy={busy} />
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('organisation.create.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
