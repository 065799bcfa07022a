import type { FieldDefinition, FormDefinition, ScalarFieldDefinition } from '../definitions/fieldDefinition';
import { allFields } from '../definitions/fieldDefinition';
import type { FieldValue, FieldValues } from '../definitions/fieldValues';
import { currentDefinition, definitionVersion, type RecordType } from '../definitions/registry';
import { PartialDate, partialDateRange } from '../model/partialDate';
import type { NarrativeDoc } from '../narrative/narrativeSchema';
import { mentionedPersons, narrativePlainText } from '../narrative/narrativeText';
import type { EventRecord, PersonRecord, RecordStatus } from '../records/formRecord';
import { vocabularyById } from '../vocab/vocabularyRegistry';

// What the search index is given for one record: its words, grouped by how much a match in them
// counts, its vocabulary codes, and the facts the list filters and sorts on. Built by walking the
// definition the record was written with (group rows included), so a field added to a form is
// searchable without a line here. A code comes with its labels in all three languages, so a
// Russian-speaking monitor finds a record written in Kazakh by typing the Russian term (the index
// keeps each code's labels once, not once per record). Linked persons, and the persons a narrative
// mentions, count by their pseudonym and alias only: identities (names, S3) are never given to the
// index. A narrative's words are indexed as the monitor wrote them, marked words included.

/** The vocabularies whose codes the list filters on, wherever a form uses them. */
const FACET_OF_VOCABULARY: Readonly<Record<string, 'facilityTypes' | 'legalArticles'>> = { 'country.facilityTypes': 'facilityTypes', 'country.legalArticles': 'legalArticles' };
const FACILITY_NAME = 'facilityName';
const LOCALES = ['en', 'ru', 'kk'] as const;

export type SearchFacets = {
  readonly type: RecordType;
  readonly status: RecordStatus;
  readonly region: string | null;
  /** The first and last days the start date can mean (ISO days), or null when the record has none yet. */
  readonly dateFrom: string | null;
  readonly dateTo: string | null;
  readonly updatedAt: string;
  /** Every person linked from the record, wherever the link is (victim, source, a detained person's row…). */
  readonly personIds: readonly string[];
  /** Codes from every field holding facility types (the visited facility, places of ill-treatment, "taken to"…). */
  readonly facilityTypes: readonly string[];
  readonly facilityNames: readonly string[];
  /** Codes from every field holding legal articles (articles concerned, charges in detained persons' rows…). */
  readonly legalArticles: readonly string[];
};

/** One code the record holds, from one vocabulary, with its labels (en, ru, kk) as one text. */
export type SearchCode = { readonly key: string; readonly labels: string };

export type SearchDocument = {
  readonly id: string;
  readonly title: string;
  readonly ref: string;
  /** Pseudonyms and aliases of the linked persons. */
  readonly people: string;
  /** Every vocabulary code the record holds that its vocabulary knows, once each. */
  readonly codes: readonly SearchCode[];
  /** Every other text value, then the extra texts (narratives). */
  readonly text: string;
  readonly facets: SearchFacets;
};

type Collected = {
  readonly texts: string[];
  readonly codes: Map<string, string>;
  readonly people: Set<string>;
  readonly personIds: Set<string>;
  readonly facilityTypes: Set<string>;
  readonly facilityNames: string[];
  readonly legalArticles: Set<string>;
};

type Persons = ReadonlyMap<string, PersonRecord>;

/** Codes are unique within one vocabulary only (010000000000 is in most HURIDOCS lists). */
const codeKey = (vocabulary: string, code: string): string => `${vocabulary} ${code}`;

const strings = (value: FieldValue | undefined): readonly string[] => {
  if (typeof value === 'string') {
    return value.trim() === '' ? [] : [value];
  }
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
};

const rows = (value: FieldValue | undefined): readonly FieldValues[] =>
  Array.isArray(value) ? value.filter((row): row is FieldValues => typeof row === 'object' && row !== null) : [];

/** A code's labels as one text, or null for a code its vocabulary does not know. Vocabularies are fixed data: kept once. */
const labelTexts = new Map<string, string | null>();

function labelText(vocabularyId: string, code: string, key: string): string | null {
  let text = labelTexts.get(key);
  if (text === undefined) {
    const labels = vocabularyById(vocabularyId)?.term(code)?.labels;
    text = labels === undefined ? null : LOCALES.map((locale) => labels[locale]).join('\n');
    labelTexts.set(key, text);
  }
  return text;
}

function collectCodes(field: Extract<ScalarFieldDefinition, { kind: 'vocab' | 'vocabMulti' }>, codes: readonly string[], into: Collected): void {
  const facet = FACET_OF_VOCABULARY[field.vocabulary];
  for (const code of codes) {
    if (facet !== undefined) {
      into[facet].add(code);
    }
    const key = codeKey(field.vocabulary, code);
    const labels = labelText(field.vocabulary, code, key);
    if (labels !== null) {
      into.codes.set(key, labels);
    }
  }
}

function collectPersons(ids: readonly string[], persons: Persons, into: Collected): void {
  for (const id of ids) {
    into.personIds.add(id);
    const person = persons.get(id);
    if (person !== undefined) {
      into.people.add(person.pseudonym);
      strings(person.values.alias).forEach((alias) => into.people.add(alias));
    }
  }
}

const isNarrative = (value: FieldValue | undefined): value is NarrativeDoc =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && 'type' in value && value.type === 'doc';

/** A narrative is its plain text (every word, as the monitor sees it) and the people it mentions, as links. */
function collectNarrative(value: FieldValue | undefined, persons: Persons, into: Collected): void {
  if (isNarrative(value)) {
    into.texts.push(narrativePlainText(value));
    collectPersons(mentionedPersons(value), persons, into);
  } else {
    into.texts.push(...strings(value)); // a plain string not yet migrated to a narrative
  }
}

function collectScalar(field: ScalarFieldDefinition, value: FieldValue | undefined, persons: Persons, into: Collected): void {
  switch (field.kind) {
    case 'text':
    case 'longText':
      into.texts.push(...strings(value));
      if (field.key === FACILITY_NAME) {
        into.facilityNames.push(...strings(value));
      }
      return;
    case 'narrative':
      collectNarrative(value, persons, into);
      return;
    case 'vocab':
    case 'vocabMulti':
      collectCodes(field, strings(value), into);
      return;
    case 'person':
    case 'persons':
      collectPersons(strings(value), persons, into);
      return;
    default:
      // Numbers, dates, yes/no: nothing to search for in words.
      return;
  }
}

function collect(fields: readonly FieldDefinition[], values: FieldValues, persons: Persons, into: Collected): void {
  for (const field of fields) {
    if (field.kind === 'group') {
      rows(values[field.key]).forEach((row) => collect(field.fields, row, persons, into));
    } else {
      collectScalar(field, values[field.key], persons, into);
    }
  }
}

/** The fields walked for the body text: all but the title, which has its own place. */
const BODY_FIELDS = new WeakMap<FormDefinition, readonly FieldDefinition[]>();

function bodyFields(definition: FormDefinition): readonly FieldDefinition[] {
  const fields = BODY_FIELDS.get(definition) ?? allFields(definition).filter((field) => field.key !== 'title');
  BODY_FIELDS.set(definition, fields);
  return fields;
}

function dateRangeOf(value: FieldValue | undefined): { readonly from: string; readonly to: string } | null {
  const date = PartialDate.safeParse(value);
  return date.success ? partialDateRange(date.data) : null;
}

/**
 * The search document of one record. `persons` needs only the persons the record links (missing
 * ones still count for the person filter). Narrative fields are read from the values like any
 * other; `extraText` is any further plain text that belongs to the record and is kept elsewhere.
 */
export function searchDocumentFor(id: string, record: EventRecord, persons: Persons, extraText: readonly string[] = []): SearchDocument {
  const definition = definitionVersion(record.type, record.definitionVersion) ?? currentDefinition(record.type);
  const into: Collected = { texts: [], codes: new Map(), people: new Set(), personIds: new Set(), facilityTypes: new Set(), facilityNames: [], legalArticles: new Set() };
  const body = bodyFields(definition);
  collect(body, record.values, persons, into);
  const date = dateRangeOf(record.values.initialDate);
  const region = record.values.region;
  return {
    id,
    title: strings(record.values.title).join(' '),
    ref: record.localRef,
    people: [...into.people].join('\n'),
    codes: [...into.codes].map(([key, labels]) => ({ key, labels })),
    text: [...into.texts, ...extraText].join('\n'),
    facets: {
      type: record.type,
      status: record.status,
      region: typeof region === 'string' && region !== '' ? region : null,
      dateFrom: date?.from ?? null,
      dateTo: date?.to ?? null,
      updatedAt: record.updatedAt,
      personIds: [...into.personIds],
      facilityTypes: [...into.facilityTypes],
      facilityNames: into.facilityNames,
      legalArticles: [...into.legalArticles],
    },
  };
}
