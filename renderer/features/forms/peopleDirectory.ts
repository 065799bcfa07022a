/**
 * The people a person field can point at, and a way to register a new one. The parent (the record
 * editor) implements it from the person register; the form never reads the register itself.
 */
export type PeopleDirectory = {
  /** One option per person, labelled for the monitor: "P-7KQ4-29 · Witness A" (never a real name). */
  readonly options: readonly { readonly id: string; readonly label: string }[];
  /** Registers a new person and resolves to its id, or to null when the monitor gave up. */
  create(): Promise<string | null>;
};
