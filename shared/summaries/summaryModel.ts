import { z } from 'zod';
import { Locale } from '../settings/settings';
import { SummaryLevel } from './summaryLevel';

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

// The same shape as a schema: a summary crosses IPC (the renderer builds it, main saves or prints
// it) and main checks it like any request. Limits are generous for one record, not for a flood.
const Text = z.string().max(200_000);
const Fact = z.object({ label: Text, value: Text });
const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: Text }),
  z.object({ kind: z.literal('facts'), facts: z.array(Fact).max(500).readonly() }),
  z.object({ kind: z.literal('list'), items: z.array(Text).max(1000).readonly() }),
  z.object({ kind: z.literal('rows'), rows: z.array(z.object({ heading: Text, facts: z.array(Fact).max(500).readonly() })).max(1000).readonly() }),
]);
export const SummaryDocumentSchema = z.object({
  language: Locale,
  level: SummaryLevel,
  title: z.string().max(1000),
  levelNote: z.string().max(1000),
  sections: z.array(z.object({ key: z.string().max(100), heading: z.string().max(1000), blocks: z.array(Block).max(500).readonly() })).max(100).readonly(),
});
