import type { Labels } from '../vocab/vocabulary';

// The declarative language every form in Aigaq is written in. A record type is data: sections of
// fields, each with its kind, its requirement stage, its sensitivity class and the standard it
// comes from. The renderer draws forms from it, main validates against it, summaries and exports
// (later) filter by its sensitivity classes. Adding a field is editing a definition, never a form.

/**
 * When a field must be filled (HURIDOCS/OpenEvSys practice, domain.md "two-stage requirements"):
 * M to save a draft at all (very few), F to finalise, C to finalise when its condition holds,
 * O never.
 */
export const REQUIREMENTS = ['M', 'F', 'C', 'O'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** S0 publishable aggregate, S1 organisation, S2 case team and coordinator, S3 identifying (V-42). */
export const SENSITIVITIES = ['S0', 'S1', 'S2', 'S3'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/** Yes / no / not known: witnesses often cannot say, and "no" must not be the default (ESF "tri"). */
export const TRI_VALUES = ['YES', 'NO', 'UNKNOWN'] as const;
export type Tri = (typeof TRI_VALUES)[number];

/**
 * Shows a field only when a sibling field (same section, or same row of a group) has a value:
 * `equals` one value, is `in` a list, is `filled` at all, or is anything `unless` one value. A
 * hidden field is never required, and its value is kept.
 */
export type Condition =
  | { readonly field: string; readonly equals: string | boolean }
  | { readonly field: string; readonly in: readonly string[] }
  | { readonly field: string; readonly filled: true }
  | { readonly field: string; readonly unless: string | boolean };

type FieldBase = {
  /** Unique within the record (or within its group): lowerCamelCase, stored as the value's key. */
  readonly key: string;
  readonly label: Labels;
  readonly hint?: Labels;
  readonly requirement: Requirement;
  readonly sensitivity: Sensitivity;
  /** The standard the field comes from: ESF field number, OPCAT article, IP paragraph… (docs/records.md). */
  readonly source: string;
  readonly when?: Condition;
};

export type ScalarFieldDefinition = FieldBase &
  (
    | { readonly kind: 'text'; readonly maxLength?: number }
    | { readonly kind: 'longText' }
    /** Rich text (ProseMirror JSON, shared/narrative/): testimonies, with redaction marks and person mentions. */
    | { readonly kind: 'narrative' }
    | { readonly kind: 'integer'; readonly min?: number; readonly max?: number }
    | { readonly kind: 'tri' }
    | { readonly kind: 'boolean' }
    | { readonly kind: 'partialDate' }
    /** A local date and time as the monitor read it off a clock: `YYYY-MM-DDTHH:mm`. */
    | { readonly kind: 'dateTime' }
    /** One code from a vocabulary (see vocabularyRegistry for the ids). */
    | { readonly kind: 'vocab'; readonly vocabulary: string }
    | { readonly kind: 'vocabMulti'; readonly vocabulary: string }
    /** A Person from the register, by id; the person's role comes from this link (ESF). */
    | { readonly kind: 'person' }
    | { readonly kind: 'persons' }
  );

/** A repeatable group: interviews, method applications, detained persons… one row per item. */
export type GroupFieldDefinition = FieldBase & {
  readonly kind: 'group';
  readonly fields: readonly ScalarFieldDefinition[];
  /** Rows needed to finalise when the group is F (or C and shown); default 1. */
  readonly minRows?: number;
};

export type FieldDefinition = ScalarFieldDefinition | GroupFieldDefinition;
export type FieldKind = FieldDefinition['kind'];

export type SectionDefinition = {
  readonly key: string;
  readonly label: Labels;
  readonly fields: readonly FieldDefinition[];
};

/**
 * One version of a form. `version` goes up whenever fields change; records carry the version they
 * were written with and are migrated forward (migrations.ts), never silently reinterpreted.
 */
export type FormDefinition = {
  readonly id: string;
  readonly version: number;
  readonly label: Labels;
  /** The standards the form as a whole follows, for docs/records.md. */
  readonly standards: string;
  readonly sections: readonly SectionDefinition[];
};

export function allFields(definition: FormDefinition): FieldDefinition[] {
  return definition.sections.flatMap((section) => section.fields);
}
