import type { NarrativeDoc } from './narrativeSchema';

/**
 * Plain text as a narrative: one paragraph per line, nothing marked. For text that was typed
 * somewhere plain (a migration from a text field, an import) and for test data.
 */
export function plainNarrative(text: string): NarrativeDoc {
  const paragraphs = text.split(/\r?\n/).map((line) => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return { type: 'doc', content: paragraphs } as NarrativeDoc;
}
