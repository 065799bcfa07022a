import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition } from '../../../shared/definitions/registry';
import { useFormRepos } from '../../store/formRepos';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { DefinitionForm } from '../forms/DefinitionForm';
import type { PeopleDirectory } from '../forms/peopleDirectory';
import { newIdentityRecord } from '../records/recordLifecycle';
import { SaveIndicator } from '../records/SaveIndicator';
import { useFormRecord } from './useFormRecord';

const NO_PEOPLE: PeopleDirectory = { options: [], create: () => Promise.resolve(null) };

/** The identity row as it is now: absent (anonymous), or there and shown only on request. */
function IdentityBody({ personId, onCreated }: { readonly personId: string; readonly onCreated: () => void }) {
  const { t } = useTranslation();
  const repos = useFormRepos();
  const identity = useFormRecord('IDENTITY', repos.identities, personId);
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState(false);

  if (identity.loaded.kind === 'loading') {
    return <StatusMessage message={t('people.opening')} />;
  }
  if (identity.loaded.kind === 'damaged' || identity.loaded.kind === 'unsupported') {
    return <ErrorAlert message={t('people.identityDamaged')} />;
  }
  if (identity.loaded.kind === 'missing') {
    const add = () => repos.identities.save(personId, newIdentityRecord(new Date())).then(onCreated, () => setFailed(true));
    return (
      <>
        <p>{t('people.anonymous')}</p>
        <ErrorAlert message={failed ? t('errors.INTERNAL') : null} />
        <button type="button" onClick={() => void add()}>
          {t('people.addIdentity')}
        </button>
      </>
    );
  }
  return (
    <>
      <p className="hint">{t('people.identityWarning')}</p>
      <button type="button" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('people.hideIdentity') : t('people.showIdentity')}
      </button>
      {shown ? (
        <>
          <DefinitionForm definition={currentDefinition('IDENTITY')} defaultValues={identity.loaded.record.values} onValuesChange={identity.change} people={NO_PEOPLE} />
          <SaveIndicator state={identity.saveState} />
        </>
      ) : null}
    </>
  );
}

/** The identifying part (S3), kept apart from the core: added only on purpose. */
function IdentityPart({ personId }: { readonly personId: string }) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  const headingId = `identity-heading-${personId}`;
  return (
    <section className="identity-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('people.identityHeading')}</h2>
      <IdentityBody key={generation} personId={personId} onCreated={() => setGeneration(generation + 1)} />
    </section>
  );
}

/** A person of the register: the pseudonymous core with consent, then the protected identity. */
export function PersonEditor({ personId }: { readonly personId: string }) {
  const { t } = useTranslation();
  const repos = useFormRepos();
  const person = useFormRecord('PERSON', repos.persons, personId);

  if (person.loaded.kind === 'loading') {
    return <StatusMessage message={t('people.opening')} />;
  }
  if (person.loaded.kind !== 'ready') {
    return <ErrorAlert message={t('people.damaged')} />;
  }
  return (
    <div className="person-editor">
      <p className="pseudonym">
        {t('people.pseudonym')}: <strong data-testid="pseudonym">{person.loaded.record.pseudonym}</strong>
      </p>
      <DefinitionForm definition={currentDefinition('PERSON')} defaultValues={person.loaded.record.values} onValuesChange={person.change} people={NO_PEOPLE} />
      <SaveIndicator state={person.saveState} />
      <IdentityPart personId={personId} />
    </div>
  );
}
