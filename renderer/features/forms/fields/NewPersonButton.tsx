import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormEnv } from '../formEnv';
import { labelId, type FieldUi } from './controlProps';

/**
 * "New person", beside a person field: registers a person through the parent's directory and hands
 * back the id. Every such button is named "New person"; its description is the field's label.
 */
export function NewPersonButton({ ui, onCreated }: { readonly ui: FieldUi; readonly onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const { people } = useFormEnv();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const failureId = `${ui.id}-create-failed`;

  async function create(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      const id = await people.create();
      if (id !== null) {
        onCreated(id);
      }
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" aria-describedby={failed ? `${labelId(ui)} ${failureId}` : labelId(ui)} aria-disabled={busy ? true : undefined} onClick={() => (busy ? undefined : void create())}>
        {t('forms.person.new')}
      </button>
      {failed ? (
        <p id={failureId} className="field-error" role="alert">
          {t('forms.person.createFailed')}
        </p>
      ) : null}
    </>
  );
}
