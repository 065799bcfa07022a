import { EditorContent } from '@tiptap/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REDACTION } from '../../../shared/narrative/narrativeText';
import type { NarrativeDoc } from '../../../shared/narrative/narrativeSchema';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { NarrativePerson } from './NarrativePersonForm';
import { NarrativeToolbar } from './NarrativeToolbar';
import { useNarrativeEditor, type NarrativeProblem } from './useNarrativeEditor';

type NarrativeEditorProps = {
  readonly label: string;
  /** The stored narrative (sanitized again on load), or null for a new one. */
  readonly value: NarrativeDoc | null;
  /** Called on every change with the sanitized document (parseNarrative), the only form that is stored. */
  readonly onChange: (doc: NarrativeDoc) => void;
  /** The register's people, for "Link to person". */
  readonly people: readonly NarrativePerson[];
  /** The editable area's id (a form gives each field one, so a gap can focus it). */
  readonly id?: string;
  /** More ids that describe the field (a hint, a gap message). */
  readonly describedBy?: string | undefined;
  /** Ctrl+click on a link: main asks in a native dialog, then opens the system browser. */
  readonly openLink?: (url: string) => void;
};

function useProblemText(problem: NarrativeProblem | null): string | null {
  const { t } = useTranslation();
  if (problem === null) {
    return null;
  }
  return problem.when === 'load' ? t('narrative.unreadable') : t(`narrative.refused.${problem.reason}`);
}

/**
 * A testimony or account as rich text: a labelled editable area (no spell-check, links not
 * followed), a formatting toolbar, and a legend for the marks that change what is shared.
 */
export function NarrativeEditor({ label, value, onChange, people, id: elementId, describedBy, openLink }: NarrativeEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const labelId = `${id}-label`;
  const legendId = `${id}-legend`;
  const { editor, problem } = useNarrativeEditor({ value, onChange, labelId, describedBy: [describedBy, legendId].filter(Boolean).join(' '), elementId, openLink });
  const problemText = useProblemText(problem);

  return (
    <div className="field narrative-field">
      {/* Labels the editable area through aria-labelledby: a contenteditable element cannot be a label's control. */}
      <label id={labelId} onClick={() => editor?.commands.focus()}>
        {label}
      </label>
      <NarrativeToolbar editor={editor} people={people} id={`${id}-tools`} />
      <EditorContent editor={editor} className="narrative-editor" />
      <ErrorAlert message={problemText} />
      <div id={legendId} className="narrative-legend">
        <p className="hint">
          <span className="redaction">{t('narrative.legend.redactionSample')}</span> {t('narrative.legend.redaction', { replacement: DEFAULT_REDACTION })}
        </p>
        <p className="hint">
          <span className="mention">{t('narrative.legend.mentionSample')}</span> {t('narrative.legend.mention')}
        </p>
        <p className="hint">{t('narrative.legend.shortcuts')}</p>
      </div>
    </div>
  );
}
