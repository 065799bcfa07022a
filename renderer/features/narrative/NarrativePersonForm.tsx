import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPersonId } from '../../../shared/narrative/narrativeSchema';
import { inlineFormKeys } from './inlineFormKeys';
import { setPersonOnSelection, unsetMarkAround } from './narrativeCommands';

export type NarrativePerson = { readonly id: string; readonly label: string };

type NarrativePersonFormProps = {
  readonly editor: Editor;
  readonly id: string;
  readonly people: readonly NarrativePerson[];
  /** The person the words under the cursor name, or ''. */
  readonly personId: string;
  readonly onClose: () => void;
};

/** Which person of the register the selected words name: the mention mark, so their consent governs the name. */
export function NarrativePersonForm({ editor, id, people, personId, onClose }: NarrativePersonFormProps) {
  const { t } = useTranslation();
  const choices = people.filter((person) => isPersonId(person.id));
  const [chosen, setChosen] = useState(personId !== '' ? personId : (choices[0]?.id ?? ''));
  const [selectFirst, setSelectFirst] = useState(false);
  const selectId = `${id}-person`;
  const problemId = `${id}-problem`;

  const cancel = () => {
    onClose();
    editor.commands.focus();
  };
  const apply = () => {
    if (!isPersonId(chosen)) {
      return;
    }
    if (setPersonOnSelection(editor, chosen)) {
      onClose();
    } else {
      setSelectFirst(true);
    }
  };
  const remove = () => {
    unsetMarkAround(editor, 'mention');
    onClose();
  };
  const keys = inlineFormKeys(apply, cancel);

  return (
    <div id={id} className="narrative-inline-form" onKeyDown={keys.onGroupKeyDown}>
      <div className="field">
        <label htmlFor={selectId}>
          {t('narrative.personForm.label')}
        </label>
        {choices.length === 0 ? (
          <p className="hint">{t('narrative.personForm.none')}</p>
        ) : (
          <select id={selectId} value={chosen} onChange={(event) => setChosen(event.target.value)} autoFocus aria-describedby={selectFirst ? problemId : undefined}>
            {personId !== '' && !choices.some((person) => person.id === personId) ? <option value={personId}>{personId}</option> : null}
            {choices.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label}
              </option>
            ))}
          </select>
        )}
      </div>
      {selectFirst ? (
        <p id={problemId} className="field-error" role="alert">
          {t('narrative.personForm.selectFirst')}
        </p>
      ) : null}
      <div className="actions">
        {choices.length === 0 ? null : (
          <button type="button" className="primary" onClick={apply}>
            {t('narrative.personForm.apply')}
          </button>
        )}
        {personId === '' ? null : (
          <button type="button" onClick={remove}>
            {t('narrative.personForm.remove')}
          </button>
        )}
        <button type="button" onClick={cancel}>
          {t('narrative.personForm.cancel')}
        </button>
      </div>
    </div>
  );
}
