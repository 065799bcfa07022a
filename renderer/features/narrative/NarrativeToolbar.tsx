import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatState, runToggle, TOGGLES, type NarrativeFormatState } from './narrativeCommands';
import { NarrativeLinkForm } from './NarrativeLinkForm';
import { NarrativePersonForm, type NarrativePerson } from './NarrativePersonForm';

type Panel = 'link' | 'mention' | null;

const MOVES: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/** Arrow keys, Home and End move between the toolbar's buttons; Tab leaves the toolbar (one tab stop). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  const move = MOVES[event.key];
  if (move === undefined || event.target instanceof HTMLButtonElement === false) {
    return;
  }
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(':scope > button:not(:disabled)'));
  const index = buttons.indexOf(event.target);
  const next = buttons[move(Math.max(index, 0), buttons.length)];
  if (next !== undefined) {
    event.preventDefault();
    next.focus();
  }
}

type NarrativeToolbarProps = {
  readonly editor: Editor | null;
  readonly people: readonly NarrativePerson[];
  /** A prefix for the ids of the inline forms. */
  readonly id: string;
};

/** The inline form a panel button opened, if the editor is there to act on. */
function OpenPanel({ panel, editor, state, people, id, onClose }: { readonly panel: Panel; readonly editor: Editor | null; readonly state: NarrativeFormatState | null; readonly people: readonly NarrativePerson[]; readonly id: string; readonly onClose: () => void }) {
  if (editor === null || state === null) {
    return null;
  }
  if (panel === 'link') {
    return <NarrativeLinkForm editor={editor} id={`${id}-link`} href={state.href} onClose={onClose} />;
  }
  return panel === 'mention' ? <NarrativePersonForm editor={editor} id={`${id}-mention`} people={people} personId={state.personId} onClose={onClose} /> : null;
}

/**
 * The formatting toolbar: toggles that say whether they are on (aria-pressed), then Link and
 * "Link to person", which open a small form under the toolbar.
 */
export function NarrativeToolbar({ editor, people, id }: NarrativeToolbarProps) {
  const { t } = useTranslation();
  const state = useEditorState({ editor, selector: ({ editor: current }) => (current === null ? null : { ...formatState(current), editable: current.isEditable }) });
  const [panel, setPanel] = useState<Panel>(null);
  const [focused, setFocused] = useState(0);
  const disabled = state === null || !state.editable;
  const buttonProps = (index: number) => ({ type: 'button' as const, tabIndex: index === focused ? 0 : -1, onFocus: () => setFocused(index), disabled });
  const panelProps = (index: number, name: Exclude<Panel, null>, active: boolean | undefined) => ({
    ...buttonProps(index),
    className: active === true ? 'narrative-tool-active' : undefined,
    'aria-expanded': panel === name,
    'aria-controls': panel === name ? `${id}-${name}` : undefined,
    onClick: () => setPanel((open) => (open === name ? null : name)),
  });

  return (
    <>
      <div role="toolbar" aria-label={t('narrative.toolbar')} className="narrative-toolbar" onKeyDown={moveFocus}>
        {TOGGLES.map(({ name, shortcut }, index) => (
          <button key={name} {...buttonProps(index)} className={`narrative-tool-${name}`} aria-pressed={state?.[name] ?? false} aria-keyshortcuts={shortcut} onClick={() => (editor === null ? undefined : runToggle(editor, name))}>
            {t(`narrative.${name}`)}
          </button>
        ))}
        <button {...panelProps(TOGGLES.length, 'link', state?.link)}>{t('narrative.link')}</button>
        <button {...panelProps(TOGGLES.length + 1, 'mention', state?.mention)}>{t('narrative.mention')}</button>
      </div>
      <OpenPanel panel={panel} editor={editor} state={state} people={people} id={id} onClose={() => setPanel(null)} />
    </>
  );
}
