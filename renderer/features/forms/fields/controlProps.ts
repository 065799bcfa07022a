import type { ScalarFieldDefinition } from '../../../../shared/definitions/fieldDefinition';
import type { FieldValue } from '../../../../shared/definitions/fieldValues';
import type { Locale } from '../../../../shared/settings/settings';

/** What an input shows around itself: its id (fieldDomId), label, hint and gap message, already in the interface language. */
export type FieldUi = {
  readonly id: string;
  readonly label: string;
  readonly hint: string | undefined;
  /** "Needed to finalise" when the field is listed in the gaps, else undefined. */
  readonly gap: string | undefined;
};

/** The props of every kind of input: the definition, the texts, and the value in and out. */
export type ControlProps = {
  readonly field: ScalarFieldDefinition;
  readonly ui: FieldUi;
  readonly locale: Locale;
  readonly value: unknown;
  /** null empties the field (it is then left out of the values the parent gets). */
  readonly onChange: (value: FieldValue) => void;
  /** The current value, read when it is needed after an await. */
  readonly readValue: () => unknown;
  /** Lets the form library focus the input (a new row's first field). */
  readonly inputRef: (element: HTMLElement | null) => void;
};

export const hintId = (ui: FieldUi): string => `${ui.id}-hint`;
export const gapId = (ui: FieldUi): string => `${ui.id}-gap`;
export const labelId = (ui: FieldUi): string => `${ui.id}-label`;
export const errorId = (ui: FieldUi): string => `${ui.id}-error`;

/** aria-describedby for an input: its hint, its gap message, and whatever else it names. */
export function describedBy(ui: FieldUi, ...extra: readonly (string | false | undefined)[]): string | undefined {
  const ids = [ui.hint === undefined ? undefined : hintId(ui), ui.gap === undefined ? undefined : gapId(ui), ...extra].filter((id): id is string => typeof id === 'string');
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** aria-invalid: "true" for a gap or an error, absent otherwise. */
export function invalid(ui: FieldUi, error = false): true | undefined {
  return ui.gap !== undefined || error ? true : undefined;
}

/** Attributes that keep sensitive text out of autocomplete, autocorrect and the OS spell-checker's dictionary. */
export const PRIVATE_TEXT = { autoComplete: 'off', autoCorrect: 'off', autoCapitalize: 'off', spellCheck: false } as const;
