import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupFieldDefinition } from '../../../shared/definitions/fieldDefinition';
import { fieldDomId } from './fieldDomId';
import { FieldSlot } from './FieldSlot';

type GroupRowProps = {
  readonly group: GroupFieldDefinition;
  readonly sectionKey: string;
  readonly index: number;
  /** The group's label in the interface language. */
  readonly label: string;
  readonly onRemove: () => void;
};

/**
 * One row of a group, "<label> <n>". Removing takes two steps: "Remove <label> <n>", then "Remove
 * this row? Yes / No" (No has focus), so an accidental click never loses a row.
 */
export function GroupRow({ group, sectionKey, index, label, onRemove }: GroupRowProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const restoreFocus = useRef(false);
  const rowLabel = `${label} ${index + 1}`;
  const questionId = `${fieldDomId({ sectionKey, fieldKey: group.key })}-${index}-confirm`;

  useEffect(() => {
    if (!confirming && restoreFocus.current) {
      restoreFocus.current = false;
      removeButton.current?.focus();
    }
  }, [confirming]);

  return (
    <fieldset className="group-row">
      <legend>{rowLabel}</legend>
      {group.fields.map((field) => (
        <FieldSlot key={field.key} field={field} sectionKey={sectionKey} row={{ key: group.key, row: index }} />
      ))}
      <div className="actions row-actions">
        {confirming ? (
          <>
            <span id={questionId} className="row-confirm">
              {t('forms.group.confirm')}
            </span>
            <button type="button" className="danger" aria-describedby={questionId} onClick={onRemove}>
              {t('forms.group.yes')}
            </button>
            <button
              type="button"
              aria-describedby={questionId}
              autoFocus
              onClick={() => {
                restoreFocus.current = true;
                setConfirming(false);
              }}
            >
              {t('forms.group.no')}
            </button>
          </>
        ) : (
          <button ref={removeButton} type="button" aria-label={t('forms.remove', { label: rowLabel })} onClick={() => setConfirming(true)}>
            {t('forms.removeShort')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
