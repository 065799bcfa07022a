import type { TermEntry } from '../vocabSearch';
import type { Picker } from './useVocabPicker';

/** The id of an option, for aria-activedescendant. */
export const optionId = (inputId: string, code: string): string => `${inputId}-option-${code}`;

type VocabOptionsProps = {
  readonly inputId: string;
  readonly listboxId: string;
  readonly picker: Picker;
  readonly multiple: boolean;
  readonly selected: readonly string[];
};

/**
 * The popup of a VocabPicker: a listbox of options named by their term labels. While searching each
 * shows its ancestors as secondary text (a description, not part of the name); while browsing, a
 * term with narrower terms shows "›", which opens its branch (ArrowRight from the keyboard).
 */
export function VocabOptions({ inputId, listboxId, picker, multiple, selected }: VocabOptionsProps) {
  return (
    <ul id={listboxId} role="listbox" className="vocab-listbox" hidden={!picker.open || picker.entries.length === 0} aria-multiselectable={multiple ? true : undefined}>
      {picker.open ? picker.entries.map((entry, index) => <VocabOption key={entry.code} inputId={inputId} entry={entry} picker={picker} active={index === picker.active} chosen={selected.includes(entry.code)} />) : null}
    </ul>
  );
}

type VocabOptionProps = { readonly inputId: string; readonly entry: TermEntry; readonly picker: Picker; readonly active: boolean; readonly chosen: boolean };

function VocabOption({ inputId, entry, picker, active, chosen }: VocabOptionProps) {
  const id = optionId(inputId, entry.code);
  const showPath = !picker.browsing && entry.path !== '';
  const canOpen = picker.browsing && entry.hasChildren;
  return (
    <li
      id={id}
      role="option"
      aria-selected={chosen}
      aria-describedby={showPath ? `${id}-path` : undefined}
      className={active ? 'vocab-option active' : 'vocab-option'}
      onClick={() => picker.pick(entry.code)}
    >
      <span className="vocab-option-label">{entry.label}</span>
      {showPath ? (
        <span id={`${id}-path`} className="vocab-option-path" aria-hidden="true">
          {entry.path}
        </span>
      ) : null}
      {canOpen ? (
        <span
          className="vocab-open"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            picker.openBranch(entry.code);
          }}
        >
          ›
        </span>
      ) : null}
    </li>
  );
}
