import { findGaps, type Gap } from '../definitions/requirements';
import { definitionVersion, type RecordType } from '../definitions/registry';
import type { FormDefinition } from '../definitions/fieldDefinition';
import type { FieldValues } from '../definitions/fieldValues';
import { formatPartialDate } from '../model/partialDate';
import type { Locale } from '../settings/settings';
import { mentionedPersons } from '../narrative/narrativeText';
import type { NarrativeNode } from '../narrative/narrativeSchema';
import { definitionSection } from './definitionSections';
import type { SummaryBlock, SummaryDocument, SummarySection } from './summaryModel';
import type { SummaryLevel } from './summaryLevel';
import { consentText, lacksReportConsent, personLabel, type PeopleContext, type SummaryIdentity, type SummaryPerson } from './summaryPeople';
import { summaryParagraph } from './summaryParagraph';
import { DEFAULT_TEMPLATES, type SummaryTemplate } from './summaryTemplate';
import { summaryText } from './summaryText';
import { fieldText } from './summaryValues';
import { formatBytes } from './formatBytes';

// The incident summary of one record (domain-model §9; docs/summaries.md). Deterministic: the
// same record, people, evidence and options give the same document, byte for byte, whatever the
// order of the maps or the clock (the preparation date is an option). Nothing here reads the
// record except through the level's filters (summaryLevel.ts, summaryValues.ts, summaryPeople.ts).

export type SummaryRecord = { readonly type: RecordType; readonly localRef: string; readonly status: string; readonly definitionVersion: number; readonly values: FieldValues };
export type SummaryEvidence = { readonly name: string; readonly mediaType: string; readonly size: number; readonly sha256: string };
export type SummaryRevision = { readonly seq: number; readonly hash: string; readonly sealedAt: string };

export type SummaryInput = {
  readonly record: SummaryRecord;
  readonly persons: ReadonlyMap<string, SummaryPerson>;
  readonly identities: ReadonlyMap<string, SummaryIdentity>;
  readonly evidence: readonly SummaryEvidence[];
  /** The sealed revision summarised, or null for an unsigned working copy (said in the header). */
  readonly revision: SummaryRevision | null;
};

export type SummaryOptions = {
  readonly language: Locale;
  readonly level: SummaryLevel;
  /** `YYYY-MM-DD`: given, not read from a clock, so the text is reproducible. */
  readonly preparedOn: string;
  readonly preparedBy: string;
  readonly template?: SummaryTemplate;
};

const URGENCY_FIELDS = ['stillInCustody', 'urgentActionNeeded', 'reprisalsReported', 'reprisalsAfterComplaint'];

type Context = PeopleContext & { readonly input: SummaryInput; readonly options: SummaryOptions; readonly definition: FormDefinition };

function headerSection(context: Context): SummarySection {
  const { record, revision } = context.input;
  const { locale } = context;
  const sealed = revision === null ? summaryText(locale, 'notSealed') : summaryText(locale, 'sealedValue', { seq: String(revision.seq), time: `${revision.sealedAt.slice(0, 16).replace('T', ' ')} UTC`, hash: revision.hash });
  const facts = [
    { label: summaryText(locale, 'reference'), value: record.localRef },
    { label: summaryText(locale, 'recordType'), value: context.definition.label[locale] },
    { label: summaryText(locale, 'sealed'), value: sealed },
    { label: summaryText(locale, 'prepared'), value: formatPartialDate({ value: context.options.preparedOn, precision: 'day', approximate: false }, locale) },
    { label: summaryText(locale, 'preparedBy'), value: context.options.preparedBy },
    { label: summaryText(locale, 'level'), value: summaryText(locale, context.level === 'internal' ? 'levelInternal' : 'levelExternal') },
  ].filter((fact) => fact.value !== '');
  return { key: 'header', heading: summaryText(locale, 'header'), blocks: [{ kind: 'facts', facts }] };
}

function urgencySection(context: Context): SummarySection {
  const fields = context.definition.sections.flatMap((section) => section.fields).filter((field) => URGENCY_FIELDS.includes(field.key));
  const raised = fields.filter((field) => context.input.record.values[field.key] === 'YES' && field.kind !== 'group' && fieldText(field, 'YES', context) !== null);
  const block: SummaryBlock = raised.length === 0 ? { kind: 'paragraph', text: summaryText(context.locale, 'noUrgency') } : { kind: 'list', items: raised.map((field) => field.label[context.locale]) };
  return { key: 'urgency', heading: summaryText(context.locale, 'urgency'), blocks: [block] };
}

/** Every person the record links, in form order, then those only a narrative mentions. */
function linkedPersons(definition: FormDefinition, values: FieldValues): string[] {
  const found = new Set<string>();
  const visit = (fields: FormDefinition['sections'][number]['fields'], row: FieldValues) => {
    for (const field of fields) {
      const value = row[field.key];
      if (field.kind === 'group') {
        (Array.isArray(value) ? (value as FieldValues[]) : []).forEach((inner) => visit(field.fields, inner));
      } else if (field.kind === 'person' || field.kind === 'persons') {
        (Array.isArray(value) ? value : [value]).forEach((id) => typeof id === 'string' && found.add(id));
      } else if (field.kind === 'narrative' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        mentionedPersons(value as NarrativeNode).forEach((id) => found.add(id));
      }
    }
  };
  definition.sections.forEach((section) => visit(section.fields, values));
  return [...found];
}

function peopleSection(context: Context): SummarySection | null {
  const ids = linkedPersons(context.definition, context.input.record.values);
  if (ids.length === 0) {
    return null;
  }
  const rows = ids.map((id) => ({ heading: personLabel(context, id), facts: [{ label: summaryText(context.locale, 'consent'), value: consentText(context, id) }] }));
  return { key: 'people', heading: summaryText(context.locale, 'people'), blocks: [{ kind: 'rows', rows }] };
}

function evidenceSection(context: Context): SummarySection {
  const { locale } = context;
  // File names often say who or where ("Aigul-face.jpg"): an external draft numbers the files instead.
  const items = [...context.input.evidence]
    .sort((a, b) => a.sha256.localeCompare(b.sha256) || a.name.localeCompare(b.name))
    .map((item, index) => summaryText(locale, context.level === 'internal' ? 'evidenceNamed' : 'evidenceItem', { n: String(index + 1), name: item.name, kind: item.mediaType, size: formatBytes(item.size, locale), hash: item.sha256 }));
  const block: SummaryBlock = items.length === 0 ? { kind: 'paragraph', text: summaryText(locale, 'noEvidence') } : { kind: 'list', items };
  return { key: 'evidence', heading: summaryText(locale, 'evidence'), blocks: [block] };
}

function gapLabel(gap: Gap, definition: FormDefinition, locale: Locale): string {
  const section = definition.sections.find((candidate) => candidate.key === gap.sectionKey);
  const group = gap.group === undefined ? undefined : section?.fields.find((field) => field.key === gap.group?.key);
  const field = (group?.kind === 'group' ? group.fields : (section?.fields ?? [])).find((candidate) => candidate.key === gap.fieldKey);
  const parts = [section?.label[locale], group === undefined ? undefined : `${group.label[locale]} ${(gap.group?.row ?? 0) + 1}`, field?.label[locale]];
  return parts.filter((part): part is string => part !== undefined).join(' › ');
}

function gapsSection(context: Context): SummarySection {
  const gaps = findGaps(context.definition, context.input.record.values, 'final').map((gap) => gapLabel(gap, context.definition, context.locale));
  const consent = context.level === 'external' ? linkedPersons(context.definition, context.input.record.values).filter((id) => lacksReportConsent(context, id)) : [];
  const items = [...gaps, ...consent.map((id) => summaryText(context.locale, 'consentGap', { pseudonym: context.persons.get(id)?.pseudonym ?? id }))];
  const block: SummaryBlock = items.length === 0 ? { kind: 'paragraph', text: summaryText(context.locale, 'noGaps') } : { kind: 'list', items };
  return { key: 'gaps', heading: summaryText(context.locale, 'gaps'), blocks: [block] };
}

function partSections(part: SummaryTemplate['parts'][number], context: Context, template: SummaryTemplate): (SummarySection | null)[] {
  const { record } = context.input;
  switch (part) {
    case 'header':
      return [headerSection(context)];
    case 'urgency':
      return [urgencySection(context)];
    case 'summary':
      return [{ key: 'summary', heading: summaryText(context.locale, 'summary'), blocks: [{ kind: 'paragraph', text: summaryParagraph(record, context.definition, template, context) }] }];
    case 'people':
      return [peopleSection(context)];
    case 'sections':
      return context.definition.sections.filter((section) => !template.omitSections.includes(section.key)).map((section) => definitionSection(section, record.values, context));
    case 'evidence':
      return [evidenceSection(context)];
    default:
      return [gapsSection(context)];
  }
}

export function incidentSummary(input: SummaryInput, options: SummaryOptions): SummaryDocument {
  const definition = definitionVersion(input.record.type, input.record.definitionVersion);
  if (definition === undefined) {
    throw new RangeError(`no definition ${input.record.type} v${input.record.definitionVersion}`);
  }
  const template = options.template ?? DEFAULT_TEMPLATES[input.record.type];
  const context: Context = { locale: options.language, level: options.level, persons: input.persons, identities: input.identities, input, options, definition };
  const sections = template.parts.flatMap((part) => partSections(part, context, template)).filter((section): section is SummarySection => section !== null);
  return {
    language: options.language,
    level: options.level,
    title: `${summaryText(options.language, 'title')}: ${definition.label[options.language]} ${input.record.localRef}`,
    levelNote: summaryText(options.language, options.level === 'internal' ? 'levelInternal' : 'levelExternal'),
    sections,
  };
}
