import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonEditor } from './PersonEditor';

/** A modal for a person registered from inside a record; Escape or Done returns to the record. */
export function PersonDialog({ personId, onClose }: { readonly personId: string; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) {
      element.showModal();
    }
  }, []);
  return (
    <dialog ref={dialog} className="person-dialog" aria-labelledby="person-dialog-title" onClose={onClose}>
      <h1 id="person-dialog-title">{t('people.newPersonHeading')}</h1>
      <PersonEditor personId={personId} />
      <button type="button" onClick={() => dialog.current?.close()}>
        {t('people.done')}
      </button>
    </dialog>
  );
}
