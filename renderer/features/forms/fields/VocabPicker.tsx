import { useEffect, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/settings/settings';
import type { Vocabulary } from '../../../../shared/vocab/vocabulary';
import { describedBy, invalid, labelId, PRIVATE_TEXT, type FieldUi } from './controlProps';
import { FieldNotes } from './FieldFrame';
import { useVocabPicker, type Picker } from './useVocabPicker';
import { optionId, VocabOptions } from './VocabOptions';

type VocabPickerProps = {
  readonly ui: FieldUi;
  readonly locale: Locale;
  readonly vocabulary: Vocabulary;
  readonly multiple: boolean;
  readonly selected: readonly string[];
  readonly onChange: (codes: readonly string[]) => void;
  readonly inputRef?: (element: HTMLElement | null) => void;
};

const keepFocus = (event: MouseEvent): void => event.preventDefault();

/**
 * A searchable, hierarchical vocabulary picker (ARIA combobox, listbox popup). Typing filters by
 * label, ancestor label or code, folded for case and diacritics; with nothing typed the list
 * browses the hierarchy (ArrowRight opens a branch, ArrowLeft goes up). Single: the input shows the
 * chosen label and a Clear button empties it. Multiple: chosen terms are chips with Remove buttons.
 */
export function VocabPicker({ ui, locale, vocabulary, multiple, selected, onChange, inputRef }: VocabPickerProps) {
  const { t } = useTranslation();
  const picker = useVocabPicker({ vocabulary, locale, multiple, selected, onChange });
  const status = useStatusText(picker);
  const listboxId = `${ui.id}-listbox`;
  const statusId = `${ui.id}-status`;
  const instructionsId = `${ui.id}-instructions`;
  const activeEntry = picker.entries[picker.active];
  const activeId = activeEntry === undefined ? undefined : optionId(ui.id, activeEntry.code);
  const chosenCode = multiple ? undefined : selected[0];
  // While not editing, a single picker shows its chosen term.
  const shown = picker.query ?? (chosenCode === undefined ? '' : vocabulary.label(chosenCode, locale));

  useEffect(() => {
    if (activeId !== undefined) {
      document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
    }
  }, [activeId]);

  return (
    <div className={ui.gap === undefined ? 'field vocab-picker' : 'field vocab-picker has-gap'}>
      <label htmlFor={ui.id} id={labelId(ui)}>
        {ui.label}
      </label>
      {multiple ? <VocabChips vocabulary={vocabulary} locale={locale} selected={selected} onChange={onChange} /> : null}
      <div className="vocab-input-row">
        <input
          id={ui.id}
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={picker.open && picker.entries.length > 0}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={invalid(ui)}
          aria-describedby={describedBy(ui, instructionsId, statusId)}
          value={shown}
          onChange={(event) => picker.type(event.target.value)}
          onKeyDown={picker.onKeyDown}
          onClick={() => (picker.open ? undefined : picker.toggle())}
          onFocus={(event) => event.target.select()}
          onBlur={picker.reset}
          {...PRIVATE_TEXT}
        />
        {chosenCode !== undefined ? (
          <button type="button" className="vocab-clear" aria-label={t('forms.vocab.clear', { label: ui.label })} onClick={() => onChange([])}>
            {t('forms.vocab.clearShort')}
          </button>
        ) : null}
      </div>
      <p id={instructionsId} className="visually-hidden">
        {t('forms.vocab.instructions')}
      </p>
      {/* Over the content below, so that closing it (on blur) never moves what is being clicked. */}
      <div className="vocab-popup-anchor">
        <div className="vocab-popup" hidden={!picker.open} onMouseDown={keepFocus}>
          {picker.browsing && picker.branchPath !== null ? <Branch picker={picker} /> : null}
          <VocabOptions inputId={ui.id} listboxId={listboxId} picker={picker} multiple={multiple} selected={selected} />
          <p id={statusId} role="status" className="vocab-status">
            {status}
          </p>
        </div>
      </div>
      <FieldNotes ui={ui} />
    </div>
  );
}

/** "No matching terms", or how many matched when only the first 50 are shown; said by a polite live region in the popup. */
function useStatusText(picker: Picker): string | null {
  const { t } = useTranslation();
  const { open, entries, total } = picker;
  if (open && entries.length === 0) {
    return t('forms.vocab.noMatches');
  }
  return open && total !== null && total > entries.length ? t('forms.vocab.more', { shown: entries.length, total }) : null;
}

/** Where browsing is, and a way up for the mouse (ArrowLeft from the keyboard). */
function Branch({ picker }: { readonly picker: Picker }) {
  const { t } = useTranslation();
  return (
    <div className="vocab-branch">
      <span className="vocab-branch-path">{picker.branchPath}</span>
      <button type="button" className="link" tabIndex={-1} onClick={picker.up}>
        {t('forms.vocab.up')}
      </button>
    </div>
  );
}

type VocabChipsProps = Pick<VocabPickerProps, 'vocabulary' | 'locale' | 'selected' | 'onChange'>;

/** The chosen terms of a multiple picker, each with a Remove button named "Remove <term label>". */
function VocabChips({ vocabulary, locale, selected, onChange }: VocabChipsProps) {
  const { t } = useTranslation();
  if (selected.length === 0) {
    return null;
  }
  return (
    <ul className="chips">
      {selected.map((code) => {
        const label = vocabulary.label(code, locale);
        return (
          <li key={code} className="chip">
            <span>{label}</span>
            <button type="button" className="chip-remove" aria-label={t('forms.remove', { label })} onClick={() => onChange(selected.filter((item) => item !== code))}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
