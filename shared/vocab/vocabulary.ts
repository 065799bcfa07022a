import { z } from 'zod';
import type { Locale } from '../settings/settings';

// A controlled vocabulary: codes with labels in English, Russian and Kazakh, kept as versioned
// data (shared/vocab/<source>/*.json) so a coordinator can extend it without code. Records store
// codes, never labels, so counts roll up to any level of a hierarchy and a label can be corrected
// without touching a single record.

// HURIDOCS codes are 12 digits; local packs use readable codes (KZ-10, IVS, CAO-488).
const Code = z.string().regex(/^[0-9A-Z][0-9A-Z_-]{0,39}$/, 'a code is up to 40 capitals, digits, _ or -');
const Attribute = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const Labels = z.object({ en: z.string(), ru: z.string(), kk: z.string() });
export type Labels = z.infer<typeof Labels>;

export const VocabularyTerm = z.object({
  code: Code,
  parent: Code.nullable(),
  labels: Labels,
  /** What a term carries beyond its labels: a legal article's number and dates, whether it was verified… */
  attributes: z.record(z.string(), Attribute).optional(),
});
export type VocabularyTerm = z.infer<typeof VocabularyTerm>;

export const VocabularyFile = z.object({
  id: z.string().regex(/^[a-z]+(\.[a-zA-Z0-9]+)+$/),
  version: z.number().int().positive(),
  source: z.string().min(1),
  name: Labels,
  terms: z.array(VocabularyTerm).min(1),
});
export type VocabularyFile = z.infer<typeof VocabularyFile>;

export type Vocabulary = {
  readonly id: string;
  readonly version: number;
  readonly name: Labels;
  readonly terms: readonly VocabularyTerm[];
  term(code: string): VocabularyTerm | undefined;
  /** The label in the asked language; a code this version does not know shows as itself. */
  label(code: string, locale: Locale): string;
  children(code: string | null): readonly VocabularyTerm[];
  /** From the top of the hierarchy down to the term's parent. */
  ancestors(code: string): readonly VocabularyTerm[];
};

export class VocabularyError extends Error {
  override readonly name = 'VocabularyError';
}

function assertWellFormed(file: VocabularyFile, byCode: ReadonlyMap<string, VocabularyTerm>): void {
  if (byCode.size !== file.terms.length) {
    throw new VocabularyError(`${file.id}: duplicate codes`);
  }
  for (const term of file.terms) {
    if (term.parent !== null && (term.parent === term.code || !byCode.has(term.parent))) {
      throw new VocabularyError(`${file.id}: ${term.code} names a parent that is not in the list`);
    }
    ancestorsOf(byCode, term.code); // throws on a cycle
  }
}

function ancestorsOf(byCode: ReadonlyMap<string, VocabularyTerm>, code: string): VocabularyTerm[] {
  const chain: VocabularyTerm[] = [];
  let parent = byCode.get(code)?.parent ?? null;
  while (parent !== null && chain.length <= byCode.size) {
    const term = byCode.get(parent);
    if (term === undefined) {
      break;
    }
    chain.unshift(term);
    parent = term.parent;
  }
  if (chain.length > byCode.size) {
    throw new VocabularyError(`${code}: the hierarchy has a cycle`);
  }
  return chain;
}

export function buildVocabulary(raw: unknown): Vocabulary {
  const file = VocabularyFile.parse(raw);
  const byCode = new Map(file.terms.map((term) => [term.code, term] as const));
  assertWellFormed(file, byCode);
  const children = new Map<string | null, VocabularyTerm[]>();
  for (const term of file.terms) {
    children.set(term.parent, [...(children.get(term.parent) ?? []), term]);
  }
  return {
    id: file.id,
    version: file.version,
    name: file.name,
    terms: file.terms,
    term: (code) => byCode.get(code),
    label: (code, locale) => byCode.get(code)?.labels[locale] || code,
    children: (code) => children.get(code) ?? [],
    ancestors: (code) => ancestorsOf(byCode, code),
  };
}
