import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_HREF_LENGTH, safeHttpsUrl } from '../../../shared/narrative/narrativeHref';
import { PRIVATE_TEXT } from '../forms/fields/controlProps';
import { inlineFormKeys } from './inlineFormKeys';
import { setLinkOnSelection, unsetMarkAround } from './narrativeCommands';

type LinkProblem = 'notHttps' | 'selectFirst';

type NarrativeLinkFormProps = {
  readonly editor: Editor;
  readonly id: string;
  /** The address of the link under the cursor, or ''. */
  readonly href: string;
  readonly onClose: () => void;
};

/** The address for a link, asked for under the toolbar (not in a browser prompt). Only https: is taken. */
export function NarrativeLinkForm({ editor, id, href, onClose }: NarrativeLinkFormProps) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(href);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const inputId = `${id}-url`;
  const problemId = `${id}-problem`;

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    const safe = safeHttpsUrl(url);
    if (safe === null) {
      setProblem('notHttps');
    } else if (!setLinkOnSelection(editor, safe)) {
      setProblem('selectFirst');
    } else {
      onClose();
    }
  };
  const remove = () => {
    unsetMarkAround(editor, 'link');
    onClose();
  };
  const keys = inlineFormKeys(apply, cancel);

  return (
    <div id={id} className="narrative-inline-form" onKeyDown={keys.onGroupKeyDown}>
      <div className="field">
        <label htmlFor={inputId}>
          {t('narrative.linkForm.label')}
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          value={url}
          onChange={(event) => {
            setUrl(event.target.value);
            setProblem(null);
          }}
          onKeyDown={keys.onFieldKeyDown}
          maxLength={MAX_HREF_LENGTH}
          autoFocus
          aria-invalid={problem === null ? undefined : true}
          aria-describedby={problem === null ? undefined : problemId}
          {...PRIVATE_TEXT}
        />
      </div>
      {problem === null ? null : (
        <p id={problemId} className="field-error" role="alert">
          {t(`narrative.linkForm.${problem}`)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={apply}>
          {t('narrative.linkForm.apply')}
        </button>
        {href === '' ? null : (
          <button type="button" onClick={remove}>
            {t('narrative.linkForm.remove')}
          </button>
        )}
        <button type="button" onClick={cancel}>
          {t('narrative.linkForm.cancel')}
        </button>
      </div>
    </div>
  );
}
