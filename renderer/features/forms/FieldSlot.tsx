import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import { conditionHolds } from '../../../shared/definitions/conditions';
import type { Condition, FieldDefinition } from '../../../shared/definitions/fieldDefinition';
import type { FieldValue } from '../../../shared/definitions/fieldValues';
import { fieldDomId } from './fieldDomId';
import { FieldInput } from './FieldInput';
import { labelIn, useFormEnv, useLocale, type FormShape } from './formEnv';
import { GroupField } from './GroupField';

export type RowPlace = { readonly key: string; readonly row: number };

type FieldSlotProps = {
  readonly field: FieldDefinition;
  readonly sectionKey: string;
  /** The group and row the field is in, if it is in a group's row. */
  readonly row?: RowPlace | undefined;
};

const prefixOf = (row: RowPlace | undefined): string => (row === undefined ? '' : `${row.key}.${row.row}.`);

/** A field where it stands in a section or a row: shown only while its condition holds (its value is kept meanwhile). */
export function FieldSlot({ field, sectionKey, row }: FieldSlotProps) {
  const body = field.kind === 'group' ? <GroupField field={field} sectionKey={sectionKey} /> : <ScalarSlot field={field} sectionKey={sectionKey} row={row} />;
  return field.when === undefined ? body : <ShownWhen condition={field.when} prefix={prefixOf(row)}>{body}</ShownWhen>;
}

function ShownWhen({ condition, prefix, children }: { readonly condition: Condition; readonly prefix: string; readonly children: ReactNode }) {
  const { control } = useFormContext<FormShape>();
  const value = useWatch({ control, name: `${prefix}${condition.field}` }) as FieldValue | undefined;
  return conditionHolds(condition, { [condition.field]: value }) ? children : null;
}

function ScalarSlot({ field, sectionKey, row }: FieldSlotProps & { readonly field: Exclude<FieldDefinition, { kind: 'group' }> }) {
  const { t } = useTranslation();
  const { gapIds, stage } = useFormEnv();
  const locale = useLocale();
  const id = fieldDomId({ sectionKey, fieldKey: field.key, ...(row === undefined ? {} : { group: row }) });
  const ui = {
    id,
    label: labelIn(field.label, locale),
    hint: field.hint === undefined ? undefined : labelIn(field.hint, locale),
    gap: gapIds.has(id) ? t(stage === 'draft' ? 'forms.needed.draft' : 'forms.needed.final') : undefined,
  };
  return <FieldInput field={field} name={`${prefixOf(row)}${field.key}`} ui={ui} />;
}
