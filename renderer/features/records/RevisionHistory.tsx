import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/definitions/fieldDefinition';
import { formatFieldValue, type PersonNamer } from '../../../shared/definitions/formatValue';
import type { FieldValues } from '../../../shared/definitions/fieldValues';
import { diffValues, type FieldChange } from '../../../shared/revisions/revisionDiff';
import type { RevisionSigner } from '../../../shared/revisions/revision';
import type { Locale } from '../../../shared/settings/settings';
import { useTimeFormat } from '../../ui/useTimeFormat';
import type { RevisionsState } from './useRevisions';

type RevisionHistoryProps = { readonly definition: FormDefinition; readonly revisions: RevisionsState; readonly personName: PersonNamer };

/** "A6EH vPOE L4dc": the first characters of a signing key, in groups, to compare by eye. */
function fingerprint(author: string): string {
  return (author.slice(0, 12).match(/.{1,4}/g) ?? []).join(' ');
}

/** "Nurlan", "you (this vault)", "Aigerim (coordinator)": who sealed, as this vault knows them. */
function signerName(signer: RevisionSigner, t: ReturnType<typeof useTranslation>['t']): string {
  const name = signer.name ?? '';
  switch (signer.standing) {
    case 'own':
      return t('records.history.ownSigner');
    case 'coordinator':
      return t('records.history.coordinatorSigner', { name });
    case 'revoked':
      return t('records.history.revokedSigner', { name });
    default:
      return name;
  }
}

function changeLabel(change: FieldChange, definition: FormDefinition, locale: Locale): string {
  const section = definition.sections.find((candidate) => candidate.key === change.sectionKey)?.label[locale] ?? '';
  const group = change.group === undefined ? [] : [`${change.group.field.label[locale]} ${change.group.row + 1}`];
  return [section, ...group, change.field.label[locale]].join(' › ');
}

function Changes({ definition, before, after, personName }: { readonly definition: FormDefinition; readonly before: FieldValues | null; readonly after: FieldValues; readonly personName: PersonNamer }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const changes = diffValues(definition, before, after);
  if (changes.length === 0) {
    return <p>{t('records.history.noChanges')}</p>;
  }
  return (
    <ul className="revision-changes">
      {changes.map((change) => {
        const [old, now] = [formatFieldValue(change.field, change.before, locale, personName), formatFieldValue(change.field, change.after, locale, personName)];
        return (
          <li key={`${change.sectionKey}/${change.group?.field.key ?? ''}/${change.group?.row ?? ''}/${change.field.key}`}>
            <span className="change-field">{changeLabel(change, definition, locale)}</span>: {old === '' ? null : <del>{old}</del>}
            {old === '' ? null : ' → '}
            {now === '' ? <em>{t('records.history.removed')}</em> : <ins>{now}</ins>}
          </li>
        );
      })}
    </ul>
  );
}

/** The record's signed history, newest first, with what each revision changed and whether it verifies. */
export function RevisionHistory({ definition, revisions, personName }: RevisionHistoryProps) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  if (revisions.kind === 'loading') {
    return null;
  }
  if (revisions.kind === 'damaged') {
    return <p role="alert">{t('records.history.damaged')}</p>;
  }
  const { chain, verdict } = revisions;
  return (
    <section className="card revision-history" aria-labelledby="revision-history-heading">
      <h2 id="revision-history-heading">{t('records.history.heading')}</h2>
      {verdict === null ? <p>{t('records.history.none')}</p> : null}
      {verdict?.ok === true ? <p role="status">{t('records.history.verified', { count: chain.length })}</p> : null}
      {verdict?.ok === true ? <p className="revision-signers">{t('records.history.signedBy', { names: verdict.signers.map((signer) => signerName(signer, t)).join(', ') })}</p> : null}
      {verdict !== null && !verdict.ok ? (
        <div role="alert" className="alert">
          {t('records.history.failed')}
          <ul>
            {verdict.problems.map((problem) => (
              <li key={`${problem.kind}${problem.index}`}>{t(`records.history.problem.${problem.kind}`, { seq: problem.index + 1 })}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="revision-list" reversed aria-label={t('records.history.list')}>
        {[...chain].reverse().map((revision, reversedIndex) => {
          const index = chain.length - 1 - reversedIndex;
          return (
            <li key={revision.header.seq}>
              <p className="revision-meta">{t('records.history.revision', { seq: revision.header.seq, time: formatTime(revision.header.sealedAt), key: fingerprint(revision.header.author) })}</p>
              <Changes definition={definition} before={(chain[index - 1]?.content.values as FieldValues | undefined) ?? null} after={revision.content.values as FieldValues} personName={personName} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
