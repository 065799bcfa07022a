import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { NotebookRepo } from '../../store/notebookRepo';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextAreaField } from '../../ui/TextAreaField';

const MAX_TITLE = 500;
const MAX_TEXT = 200_000;

export function NotebookForm({ repo }: { readonly repo: NotebookRepo }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<'titleRequired' | ErrorCode | null>(null);
  const titleField = useRef<HTMLInputElement>(null);

  async function add(): Promise<void> {
    setSaving(true);
    setFailure(null);
    try {
      await repo.add({ title, text });
      setTitle('');
      setText('');
      titleField.current?.focus();
    } catch (error) {
      setFailure(errorCodeOf(error));
    } finally {
      setSaving(false);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (saving) {
      return;
    }
    if (title.trim() === '') {
      setFailure('titleRequired');
      titleField.current?.focus();
      return;
    }
    void add();
  }

  return (
    <form className="card" onSubmit={onSubmit} aria-busy={saving} noValidate>
      <h2>{t('notebook.newEntry')}</h2>
      <Field ref={titleField} label={t('notebook.title')} value={title} onChange={setTitle} maxLength={MAX_TITLE} />
      <TextAreaField label={t('notebook.text')} value={text} onChange={setText} maxLength={MAX_TEXT} />
      <ErrorAlert message={failure === null ? null : failure === 'titleRequired' ? t('notebook.titleRequired') : t(`errors.${failure}`)} />
      <StatusMessage message={saving ? t('notebook.saving') : null} />
      <div className="actions">
        <SubmitButton label={t('notebook.add')} busy={saving} />
      </div>
    </form>
  );
}
