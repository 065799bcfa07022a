import type { Editor } from '@tiptap/core';

// What the toolbar shows and does, as plain functions of the editor, so the component only lays
// out buttons.

export type NarrativeFormatState = {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly heading: boolean;
  readonly bulletList: boolean;
  readonly orderedList: boolean;
  readonly blockquote: boolean;
  readonly redaction: boolean;
  readonly link: boolean;
  readonly mention: boolean;
  /** The selection covers no text (just a cursor). */
  readonly empty: boolean;
  /** The link and person under the cursor, if any. */
  readonly href: string;
  readonly personId: string;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function formatState(editor: Editor): NarrativeFormatState {
  return {
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    heading: editor.isActive('heading'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    redaction: editor.isActive('redaction'),
    link: editor.isActive('link'),
    mention: editor.isActive('mention'),
    empty: editor.state.selection.empty,
    href: text(editor.getAttributes('link').href),
    personId: text(editor.getAttributes('mention').personId),
  };
}

export type ToggleName = 'bold' | 'italic' | 'heading' | 'bulletList' | 'orderedList' | 'blockquote' | 'redaction';

export const TOGGLES: readonly { readonly name: ToggleName; readonly shortcut?: string }[] = [
  { name: 'bold', shortcut: 'Control+B' },
  { name: 'italic', shortcut: 'Control+I' },
  { name: 'heading' },
  { name: 'bulletList' },
  { name: 'orderedList' },
  { name: 'blockquote' },
  { name: 'redaction', shortcut: 'Control+Shift+R' },
];

export function runToggle(editor: Editor, name: ToggleName): void {
  const chain = editor.chain().focus();
  switch (name) {
    case 'bold':
      chain.toggleBold().run();
      return;
    case 'italic':
      chain.toggleItalic().run();
      return;
    case 'heading':
      // One heading level from the toolbar; a heading of any level goes back to a paragraph.
      (editor.isActive('heading') ? chain.setParagraph() : chain.toggleHeading({ level: 2 })).run();
      return;
    case 'bulletList':
      chain.toggleBulletList().run();
      return;
    case 'orderedList':
      chain.toggleOrderedList().run();
      return;
    case 'blockquote':
      chain.toggleBlockquote().run();
      return;
    case 'redaction':
      chain.toggleMark('redaction').run();
      return;
  }
}

/** The chain to mark: the selected text, or with only a cursor the whole link or mention it is in; null if neither. */
function markTarget(editor: Editor, mark: 'link' | 'mention') {
  if (editor.state.selection.empty && !editor.isActive(mark)) {
    return null;
  }
  const chain = editor.chain().focus();
  return editor.state.selection.empty ? chain.extendMarkRange(mark) : chain;
}

/** Links the selected text to an https address (already checked by safeHttpsUrl; TipTap's setLink checks again). */
export function setLinkOnSelection(editor: Editor, href: string): boolean {
  return markTarget(editor, 'link')?.setLink({ href }).run() ?? false;
}

/** Marks the selected text as naming a person of the register. */
export function setPersonOnSelection(editor: Editor, personId: string): boolean {
  return markTarget(editor, 'mention')?.setMark('mention', { personId }).run() ?? false;
}

export function unsetMarkAround(editor: Editor, mark: 'link' | 'mention'): void {
  editor.chain().focus().unsetMark(mark, { extendEmptyMarkRange: true }).run();
}
