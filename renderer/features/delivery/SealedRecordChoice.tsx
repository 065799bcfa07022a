import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SealedRecord } from './sealedRecords';
import type { SendChoice } from './useSendRecords';

type SealedRecordChoiceProps = {
  readonly records: readonly SealedRecord[] | null;
  readonly choice: SendChoice;
  readonly onChange: (change: Partial<SendChoice>) => void;
};

function RecordList({ records, chosen, onChange }: { readonly records: readonly SealedRecord[]; readonly chosen: ReadonlySet<string>; readonly onChange: (chosen: ReadonlySet<string>) => void }) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) {
      next.add(id);
    } else {
      next.delete(id);
    }
    onChange(next);
  };
  return (
    <fieldset className="delivery-choices">
      <legend>{t('delivery.send.records')}</legend>
      <ul className="sealed-records">
        {records.map((record) => (
          <li key={record.id}>
            <label>
              <input type="checkbox" checked={chosen.has(record.id)} onChange={(event) => toggle(record.id, event.target.checked)} /> {t('delivery.send.recordLabel', { localRef: record.localRef, title: record.title })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Which records go: everything not yet delivered (the default), or the ones ticked. */
export function SealedRecordChoice({ records, choice, onChange }: SealedRecordChoiceProps) {
  const { t } = useTranslation();
  const group = useId();
  if (records === null) {
    return <p>{t('delivery.send.loading')}</p>;
  }
  if (records.length === 0) {
    return <p>{t('delivery.send.noneSealed')}</p>;
  }
  return (
    <>
      <fieldset className="delivery-choices">
        <legend>{t('delivery.send.which')}</legend>
        {(['undelivered', 'chosen'] as const).map((mode) => (
          <label key={mode} className="delivery-option">
            <input type="radio" name={group} checked={choice.mode === mode} onChange={() => onChange({ mode })} /> {t(`delivery.send.${mode}`)}
          </label>
        ))}
      </fieldset>
      {choice.mode === 'chosen' ? <RecordList records={records} chosen={choice.chosen} onChange={(chosen) => onChange({ chosen })} /> : null}
    </>
  );
}
