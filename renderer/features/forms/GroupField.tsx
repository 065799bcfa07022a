import { useTranslation } from 'react-i18next';
import { useFieldArray, useFormContext, type Control } from 'react-hook-form';
import type { GroupFieldDefinition } from '../../../shared/definitions/fieldDefinition';
import { fieldDomId } from './fieldDomId';
import { labelIn, useFormEnv, useLocale, type FormShape } from './formEnv';
import { GroupRow } from './GroupRow';

type GroupShape = Record<string, Record<string, unknown>[]>;

/**
 * A repeatable group (interviews, sources, detained persons): one fieldset per row, "<label> <n>",
 * and an Add button, named "Add: <label>", whose id is the group's fieldDomId (a gap asking for
 * more rows focuses it). New rows start empty.
 */
export function GroupField({ field, sectionKey }: { readonly field: GroupFieldDefinition; readonly sectionKey: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { gapIds, stage } = useFormEnv();
  const { control } = useFormContext<FormShape>();
  // A group's value is a list of rows; the form library types paths from the shape, which here is open.
  const { fields: rows, append, remove } = useFieldArray({ control: control as unknown as Control<GroupShape>, name: field.key });
  const label = labelIn(field.label, locale);
  const id = fieldDomId({ sectionKey, fieldKey: field.key });
  const gap = gapIds.has(id);
  const gapId = `${id}-gap`;
  const hintId = `${id}-hint`;
  return (
    <div className={gap ? 'group has-gap' : 'group'}>
      <h3 id={`${id}-heading`}>{label}</h3>
      {field.hint === undefined ? null : (
        <p id={hintId} className="hint">
          {labelIn(field.hint, locale)}
        </p>
      )}
      {rows.map((row, index) => (
        <GroupRow
          key={row.id}
          group={field}
          sectionKey={sectionKey}
          index={index}
          label={label}
          onRemove={() => {
            remove(index);
            // The row and its buttons are gone: focus goes to Add, which stays.
            document.getElementById(id)?.focus();
          }}
        />
      ))}
      {gap ? (
        <p id={gapId} className="field-gap">
          {t(stage === 'draft' ? 'forms.rowsNeeded.draft' : 'forms.rowsNeeded.final', { min: field.minRows ?? 1 })}
        </p>
      ) : null}
      <div className="actions">
        <button
          id={id}
          type="button"
          aria-label={t('forms.group.addLabel', { label })}
          aria-describedby={[field.hint === undefined ? undefined : hintId, gap ? gapId : undefined].filter(Boolean).join(' ') || undefined}
          onClick={() => append({})}
        >
          {t('forms.group.add')}
        </button>
      </div>
    </div>
  );
}
