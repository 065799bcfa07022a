import type { Editor, JSONContent } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isNarrativeRefused, type NarrativeRefusal } from '../../../shared/narrative/narrativeRefused';
import { EMPTY_NARRATIVE, type NarrativeDoc } from '../../../shared/narrative/narrativeSchema';
import { parseNarrative } from '../../../shared/narrative/sanitizeNarrative';
import { narrativeExtensions } from './narrativeExtensions';

type Loaded = { readonly doc: NarrativeDoc; readonly refused: NarrativeRefusal | null };

/** Why the editor could not read its value ('load') or could not keep the latest change ('edit'). */
export type NarrativeProblem = { readonly reason: NarrativeRefusal; readonly when: 'load' | 'edit' };

const problemOf = (loaded: Loaded): NarrativeProblem | null => (loaded.refused === null ? null : { reason: loaded.refused, when: 'load' });
const editProblem = (error: unknown): NarrativeProblem => ({ reason: isNarrativeRefused(error) ? error.reason : 'NOT_NARRATIVE', when: 'edit' });

/** A stored narrative, sanitized again before the editor sees it (security.md R30). */
function load(value: NarrativeDoc | null): Loaded {
  try {
    return { doc: value === null ? EMPTY_NARRATIVE : parseNarrative(value).doc, refused: null };
  } catch (error) {
    return { doc: EMPTY_NARRATIVE, refused: isNarrativeRefused(error) ? error.reason : 'NOT_NARRATIVE' };
  }
}

// TipTap's content types are mutable; a narrative is read-only data of the same shape.
const asContent = (doc: NarrativeDoc): JSONContent => doc as JSONContent;

/** Links are never followed from the editor, not even with a modifier or the middle button. */
function stopLinkNavigation(_view: EditorView, event: MouseEvent): boolean {
  if (event.target instanceof Element && event.target.closest('a') !== null) {
    event.preventDefault();
  }
  return false;
}

/**
 * A link never navigates the app. Ctrl+click (Cmd+click) asks main to open it: main checks it is
 * https and asks the monitor in a native dialog first (main/links/linkOpener.ts).
 */
function linkClick(openLink: ((url: string) => void) | undefined) {
  return (view: EditorView, event: MouseEvent): boolean => {
    stopLinkNavigation(view, event);
    const anchor = event.target instanceof Element ? event.target.closest('a') : null;
    const href = anchor?.getAttribute('href');
    if (openLink !== undefined && href && (event.ctrlKey || event.metaKey)) {
      openLink(href);
      return true;
    }
    return false;
  };
}

type NarrativeEditorOptions = {
  readonly value: NarrativeDoc | null;
  readonly onChange: (doc: NarrativeDoc) => void;
  /** The label element's id, and the ids of the texts that describe the editable area. */
  readonly labelId: string;
  readonly describedBy: string;
  /** The editable area's own id, so a gap in the form can focus it. */
  readonly elementId?: string | undefined;
  /** Opens a link after the native confirmation; absent, links never open. */
  readonly openLink?: ((url: string) => void) | undefined;
};

/**
 * The TipTap editor of a narrative. Every change leaves as a document that went through
 * parseNarrative, so only sanitized narratives are ever stored. A value from outside that differs
 * from the last one emitted (another record opened) replaces the content.
 */
export function useNarrativeEditor({ value, onChange, labelId, describedBy, elementId, openLink }: NarrativeEditorOptions): { readonly editor: Editor | null; readonly problem: NarrativeProblem | null } {
  const [initial] = useState(() => load(value));
  const [problem, setProblem] = useState<NarrativeProblem | null>(() => problemOf(initial));
  const lastEmitted = useRef<NarrativeDoc | null>(value);
  const editorProps = useMemo(
    () => ({
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'aria-describedby': describedBy,
        spellcheck: 'false',
        autocorrect: 'off',
        autocapitalize: 'off',
        class: 'narrative-content',
        ...(elementId === undefined ? {} : { id: elementId }),
      },
      handleDOMEvents: { click: linkClick(openLink), auxclick: stopLinkNavigation },
    }),
    [labelId, describedBy, elementId, openLink],
  );
  const editor = useEditor({
    extensions: narrativeExtensions,
    content: asContent(initial.doc),
    // A narrative that could not be read is shown as refused, and is not overwritten from here.
    editable: initial.refused === null,
    immediatelyRender: true,
    // The CSP forbids inline styles: the few rules ProseMirror needs are in app.css.
    injectCSS: false,
    enableContentCheck: true,
    editorProps,
    onContentError: () => setProblem({ reason: 'NOT_NARRATIVE', when: 'load' }),
    onUpdate: ({ editor: updated }) => {
      try {
        const { doc } = parseNarrative(updated.getJSON());
        lastEmitted.current = doc;
        setProblem(null);
        onChange(doc);
      } catch (error) {
        setProblem(editProblem(error));
      }
    },
  });

  useEffect(() => {
    if (editor === null || value === lastEmitted.current || JSON.stringify(value) === JSON.stringify(lastEmitted.current)) {
      return;
    }
    const loaded = load(value);
    lastEmitted.current = value;
    setProblem(problemOf(loaded));
    editor.setEditable(loaded.refused === null, false);
    editor.commands.setContent(asContent(loaded.doc), { emitUpdate: false });
  }, [editor, value]);

  return { editor, problem };
}
