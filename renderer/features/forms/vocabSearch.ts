import { foldForSearch } from '../../../shared/search/foldText';
import type { Locale } from '../../../shared/settings/settings';
import type { Vocabulary, VocabularyTerm } from '../../../shared/vocab/vocabulary';

// Finding a term in a vocabulary of hundreds (HURIDOCS mt04 has 532) as the monitor types. Labels
// are folded once per vocabulary and language (case, diacritics, ё/е), so each keystroke is a scan
// of short prepared strings. A term matches when every typed word is in its label, in the label of
// one of its ancestors ("torture beating"), or in its code.

export const MAX_RESULTS = 50;
export const PATH_SEPARATOR = ' › ';

export type TermEntry = {
  readonly code: string;
  readonly label: string;
  /** The ancestors' labels, top first: "Torture › Beating". Empty at the top level. */
  readonly path: string;
  readonly hasChildren: boolean;
};

type IndexedTerm = TermEntry & {
  readonly foldedLabel: string;
  readonly foldedAncestors: readonly string[];
  readonly foldedCode: string;
};

export type SearchIndex = { readonly vocabulary: Vocabulary; readonly locale: Locale; readonly terms: readonly IndexedTerm[] };

export type SearchResult = { readonly entries: readonly TermEntry[]; readonly total: number };

/**
 * The records search's folding (shared/search/foldText.ts): case, accents, ё/е, and Kazakh typed
 * in Cyrillic, 2021 Latin, 2018 apostrophe or informal Latin all read the same, so "Qaragandy"
 * finds "Қарағанды облысы" in the region picker as it does in search.
 */
export function foldText(text: string): string {
  return foldForSearch(text);
}

function entryOf(vocabulary: Vocabulary, term: VocabularyTerm, locale: Locale): TermEntry {
  return {
    code: term.code,
    label: vocabulary.label(term.code, locale),
    path: vocabulary
      .ancestors(term.code)
      .map((ancestor) => vocabulary.label(ancestor.code, locale))
      .join(PATH_SEPARATOR),
    hasChildren: vocabulary.children(term.code).length > 0,
  };
}

export function buildSearchIndex(vocabulary: Vocabulary, locale: Locale): SearchIndex {
  const terms = vocabulary.terms.map((term): IndexedTerm => {
    const entry = entryOf(vocabulary, term, locale);
    return {
      ...entry,
      foldedLabel: foldText(entry.label),
      foldedAncestors: vocabulary.ancestors(term.code).map((ancestor) => foldText(vocabulary.label(ancestor.code, locale))),
      foldedCode: foldText(term.code),
    };
  });
  return { vocabulary, locale, terms };
}

/** 0 for the label itself, 1 when the label starts with the text, 2 when it holds every word, 3 when an ancestor or the code is needed. */
function rank(term: IndexedTerm, query: string, words: readonly string[]): number | null {
  const inTerm = (word: string): boolean => term.foldedLabel.includes(word) || term.foldedCode.includes(word) || term.foldedAncestors.some((label) => label.includes(word));
  if (!words.every(inTerm)) {
    return null;
  }
  if (term.foldedLabel.startsWith(query)) {
    return term.foldedLabel === query ? 0 : 1;
  }
  return words.every((word) => term.foldedLabel.includes(word)) ? 2 : 3;
}

/** The terms matching a typed text, best first and otherwise in the vocabulary's order, at most `limit`. */
export function searchTerms(index: SearchIndex, text: string, limit: number = MAX_RESULTS): SearchResult {
  const query = foldText(text).trim().replace(/\s+/g, ' ');
  if (query === '') {
    return { entries: [], total: 0 };
  }
  const words = query.split(' ');
  const ranked: { readonly term: IndexedTerm; readonly rank: number; readonly order: number }[] = [];
  index.terms.forEach((term, order) => {
    const termRank = rank(term, query, words);
    if (termRank !== null) {
      ranked.push({ term, rank: termRank, order });
    }
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return { entries: ranked.slice(0, limit).map(({ term }) => toEntry(term)), total: ranked.length };
}

function toEntry({ code, label, path, hasChildren }: IndexedTerm): TermEntry {
  return { code, label, path, hasChildren };
}

/** The children of a term (or the top level for null), for browsing without typing. */
export function browseTerms(index: SearchIndex, parent: string | null): readonly TermEntry[] {
  return index.vocabulary.children(parent).map((term) => entryOf(index.vocabulary, term, index.locale));
}

/** Whether a vocabulary is small and flat enough for a native select or a row of checkboxes. */
export function isShortFlatList(vocabulary: Vocabulary): boolean {
  return vocabulary.terms.length <= 15 && vocabulary.terms.every((term) => term.parent === null);
}
