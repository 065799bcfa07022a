import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../../ui/ActionButton';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { BundleProgressBar } from './BundleProgressBar';
import { SealedRecordChoice } from './SealedRecordChoice';
import { useBundleProgress } from './useBundleProgress';
import { DEFAULT_CHOICE, useSendRecords, type SendChoice, type SendOutcome } from './useSendRecords';

function statusText(outcome: SendOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  switch (outcome.kind) {
    case 'busy':
      return t('delivery.send.busy');
    case 'saved':
      return t('delivery.send.saved', { fileName: outcome.fileName, records: outcome.records, evidence: outcome.evidence });
    case 'nothing':
      return t('delivery.send.nothing');
    default:
      return null;
  }
}

function errorText(outcome: SendOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  if (outcome.kind === 'chooseOne') {
    return t('delivery.send.chooseOne');
  }
  return outcome.kind === 'failed' ? t(`errors.${outcome.code}`) : null;
}

function Option({ checked, onChange, label, hint }: { readonly checked: boolean; readonly onChange: (checked: boolean) => void; readonly label: string; readonly hint: string }) {
  const hintId = useId();
  return (
    <div className="delivery-option">
      <label>
        <input type="checkbox" checked={checked} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} /> {label}
      </label>
      <p id={hintId} className="hint">
        {hint}
      </p>
    </div>
  );
}

/** Monitor side: seal-signed records (and their evidence) into one encrypted bundle on a USB stick. */
export function SendRecords({ onSaved }: { readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [choice, setChoice] = useState<SendChoice>(DEFAULT_CHOICE);
  const { records, outcome, send, cancel } = useSendRecords(onSaved);
  const busy = outcome.kind === 'busy';
  const progress = useBundleProgress('export', busy);
  const update = (change: Partial<SendChoice>) => setChoice((current) => ({ ...current, ...change }));
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('delivery.send.heading')}</h2>
      <p>{t('delivery.send.explain')}</p>
      <SealedRecordChoice records={records} choice={choice} onChange={update} />
      <fieldset className="delivery-choices">
        <legend>{t('delivery.send.options')}</legend>
        <Option checked={choice.includeOriginals} onChange={(includeOriginals) => update({ includeOriginals })} label={t('delivery.send.originals')} hint={t('delivery.send.originalsHint')} />
        <Option checked={choice.includeIdentities} onChange={(includeIdentities) => update({ includeIdentities })} label={t('delivery.send.identities')} hint={t('delivery.send.identitiesHint')} />
        <p className="hint">{t('delivery.send.redaction')}</p>
      </fieldset>
      <div className="actions">
        <ActionButton busy={busy} onActivate={() => send(choice)} className="primary">
          {t('delivery.send.save')}
        </ActionButton>
      </div>
      {busy ? <BundleProgressBar label={t('delivery.send.progress')} progress={progress} onCancel={cancel} /> : null}
      <StatusMessage message={statusText(outcome, t)} />
      <ErrorAlert message={errorText(outcome, t)} />
    </section>
  );
}
