import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Locale } from '../../../../shared/settings/settings';
import type { Vocabulary } from '../../../../shared/vocab/vocabulary';
import { browseTerms, buildSearchIndex, PATH_SEPARATOR, searchTerms, type TermEntry } from '../vocabSearch';

// The state of a VocabPicker (ARIA combobox with a listbox popup): what is typed, whether the list
// is open, which branch is being browsed when nothing is typed, and which option is active.

type PickerState = {
  readonly open: boolean;
  /** What the monitor typed; null while not editing (a single picker then shows its chosen label). */
  readonly query: string | null;
  /** The branch shown while browsing with an empty query; null for the top level. */
  readonly parent: string | null;
  /** The active option's index; -1 for none (typing shows results without choosing one). */
  readonly active: number;
};

const CLOSED: PickerState = { open: false, query: null, parent: null, active: 0 };

export type PickerOptions = {
  readonly vocabulary: Vocabulary;
  readonly locale: Locale;
  readonly multiple: boolean;
  readonly selected: readonly string[];
  readonly onChange: (codes: readonly string[]) => void;
};

export type Picker = {
  readonly open: boolean;
  readonly query: string | null;
  readonly browsing: boolean;
  /** The branch being browsed, as a path of labels ("Torture › Beating"), or null at the top level. */
  readonly branchPath: string | null;
  readonly entries: readonly TermEntry[];
  /** How many terms match the typed text (entries holds at most 50); null while browsing. */
  readonly total: number | null;
  readonly active: number;
  readonly type: (text: string) => void;
  readonly toggle: () => void;
  readonly reset: () => void;
  readonly pick: (code: string) => void;
  readonly openBranch: (code: string) => void;
  readonly up: () => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
};

const clamp = (value: number, last: number): number => Math.max(0, Math.min(value, last));

function run(action: () => void): true {
  action();
  return true;
}

export function useVocabPicker({ vocabulary, locale, multiple, selected, onChange }: PickerOptions): Picker {
  const index = useMemo(() => buildSearchIndex(vocabulary, locale), [vocabulary, locale]);
  const [state, setState] = useState<PickerState>(CLOSED);
  const typed = state.query === null ? '' : state.query.trim();
  const browsing = typed === '';
  const result = useMemo(() => (browsing ? { entries: browseTerms(index, state.parent), total: null } : searchTerms(index, typed)), [browsing, index, state.parent, typed]);
  const { entries } = result;
  const active = state.open && entries.length > 0 && state.active >= 0 ? clamp(state.active, entries.length - 1) : -1;
  const activeEntry = entries[active];

  // From no active option, Down goes to the first and Up to the last.
  const move = (by: number): void =>
    setState((now) => ({ ...now, open: true, active: now.active < 0 ? (by > 0 ? 0 : entries.length - 1) : clamp(now.active + by, entries.length - 1) }));
  const close = (): void => setState((now) => ({ ...now, open: false }));
  const reset = (): void => setState(CLOSED);
  // Opening without typing shows where the chosen term is (a single picker), else the top level.
  const openList = (): void =>
    setState((now) => {
      const chosen = multiple || (now.query ?? '').trim() !== '' ? undefined : selected[0];
      const parent = chosen === undefined ? null : (vocabulary.term(chosen)?.parent ?? null);
      const at = chosen === undefined ? -1 : vocabulary.children(parent).findIndex((term) => term.code === chosen);
      return { ...now, open: true, parent: at < 0 ? now.parent : parent, active: Math.max(at, 0) };
    });
  const openBranch = (code: string): void => setState((now) => ({ ...now, open: true, parent: code, active: 0 }));

  function pick(code: string): void {
    if (!multiple) {
      onChange([code]);
      reset();
      return;
    }
    onChange(selected.includes(code) ? selected.filter((item) => item !== code) : [...selected, code]);
    setState((now) => ({ ...now, query: '' }));
  }

  function up(): void {
    const from = state.parent;
    if (from === null) {
      return;
    }
    const parent = vocabulary.term(from)?.parent ?? null;
    const back = vocabulary.children(parent).findIndex((term) => term.code === from);
    setState((now) => ({ ...now, parent, active: Math.max(back, 0) }));
  }

  // Each returns whether it used the key (and so the browser must not).
  const keys: Readonly<Record<string, () => boolean>> = {
    ArrowDown: () => {
      if (state.open) {
        move(1);
      } else {
        openList();
      }
      return true;
    },
    ArrowUp: () => state.open && run(() => move(-1)),
    Enter: () => activeEntry !== undefined && run(() => pick(activeEntry.code)),
    Escape: () => (state.open ? run(close) : state.query !== null && run(reset)),
    ArrowRight: () => browsing && activeEntry?.hasChildren === true && run(() => openBranch(activeEntry.code)),
    ArrowLeft: () => state.open && browsing && state.parent !== null && run(up),
  };

  const branch = state.parent;
  return {
    open: state.open,
    query: state.query,
    browsing,
    branchPath: branch === null ? null : [...vocabulary.ancestors(branch), { code: branch }].map((term) => vocabulary.label(term.code, locale)).join(PATH_SEPARATOR),
    entries,
    total: result.total,
    active,
    type: (text) => setState({ open: true, query: text, parent: null, active: -1 }),
    toggle: () => (state.open ? close() : openList()),
    reset,
    pick,
    openBranch,
    up,
    onKeyDown: (event) => {
      const handle = keys[event.key];
      if (handle !== undefined && handle()) {
        event.preventDefault();
      }
    },
  };
}
