import type { FieldDefinition, FormDefinition } from '../../shared/definitions/fieldDefinition';
import { FORM_HISTORY, currentDefinition, type FormId } from '../../shared/definitions/registry';

// docs/records-fields.md is generated from the definitions, so the documentation of every field
// cannot drift from the forms: `npm run docs:records` writes it, records-fields.test.ts compares.

const REQUIREMENT_TEXT = { M: 'M (draft)', F: 'F (final)', C: 'C (final, if shown)', O: 'O' } as const;

function condition(field: FieldDefinition): string {
  const when = field.when;
  if (when === undefined) {
    return '';
  }
  if ('equals' in when) {
    return `shown when ${when.field} = ${String(when.equals)}`;
  }
  if ('in' in when) {
    return `shown when ${when.field} ∈ {${when.in.join(', ')}}`;
  }
  return 'filled' in when ? `shown when ${when.field} is filled` : `shown unless ${when.field} = ${String(when.unless)}`;
}

function kindText(field: FieldDefinition): string {
  return field.kind === 'vocab' || field.kind === 'vocabMulti' ? `${field.kind} \`${field.vocabulary}\`` : field.kind;
}

function row(field: FieldDefinition, prefix: string): string {
  const cells = [`${prefix}\`${field.key}\``, field.label.en, kindText(field), REQUIREMENT_TEXT[field.requirement], field.sensitivity, [field.source, condition(field)].filter(Boolean).join('; ')];
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}

function formSection(definition: FormDefinition): string[] {
  const lines = [`## ${definition.label.en} (\`${definition.id}\`, version ${definition.version})`, '', `Standards: ${definition.standards}.`, ''];
  for (const section of definition.sections) {
    lines.push(`### ${section.label.en} (\`${section.key}\`)`, '', '| key | label | kind | requirement | sensitivity | source; condition |', '|---|---|---|---|---|---|');
    for (const field of section.fields) {
      lines.push(row(field, ''));
      if (field.kind === 'group') {
        lines.push(...field.fields.map((inner) => row(inner, `${field.key} › `)));
      }
    }
    lines.push('');
  }
  return lines;
}

export function renderRecordsFieldsDoc(): string {
  const forms = Object.keys(FORM_HISTORY) as FormId[];
  return [
    '# Record fields (generated)',
    '',
    'Generated from `shared/definitions/` by `npm run docs:records`; do not edit by hand. The model and its',
    'reasoning are in [records.md](records.md). Requirement: M needed to save a draft, F to finalise, C to',
    'finalise while its condition holds, O optional. Sensitivity: S0 public aggregate, S1 organisation, S2',
    'case team and coordinator, S3 identifying.',
    '',
    ...forms.flatMap((form) => formSection(currentDefinition(form))),
  ].join('\n');
}
