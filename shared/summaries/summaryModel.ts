import type { Locale } from '../settings/settings';
import type { SummaryLevel } from './summaryLevel';

// A summary as structure, before it is text: the generator builds this once, and each output
// (Markdown, HTML, plain text; PDF prints the HTML) renders it. Everything in it has already been
// filtered for the level: a renderer adds no word from the record.

export type SummaryFact = { readonly label: string; readonly value: string };

export type SummaryBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'facts'; readonly facts: readonly SummaryFact[] }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** The rows of a repeatable group (methods, detained persons…), each with its own facts. */
  | { readonly kind: 'rows'; readonly rows: readonly { readonly heading: string; readonly facts: readonly SummaryFact[] }[] };

export type SummarySection = { readonly key: string; readonly heading: string; readonly blocks: readonly SummaryBlock[] };

export type SummaryDocument = {
  readonly language: Locale;
  readonly level: SummaryLevel;
  readonly title: string;
  /** What the level means, printed under the title so no reader mistakes an internal text for a shareable one. */
  readonly levelNote: string;
  readonly sections: readonly SummarySection[];
};
