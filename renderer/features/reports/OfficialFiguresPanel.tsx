import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfficialFigureInput } from '../../../shared/reports/officialFigures';
import { ErrorAlert } from '../../ui/ErrorAlert';
import type { useReport } from './useReport';

type Official = ReturnType<typeof useReport>['official'];
type Draft = { label: string; value: string; period: string; source: string };
const EMPTY: Draft = { label: '', value: '', period: '', source: '' };

function TextInput({ label, value, onChange, numeric = false }: { readonly label: string; readonly value: string; readonly onChange: (value: string) => void; readonly numeric?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode={numeric ? 'numeric' : undefined} value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

/** Figures the authorities published, with their source: printed beside the documented cases, never added to them. */
export function OfficialFiguresPanel({ official }: { readonly official: Official }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [invalid, setInvalid] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const field = (key: keyof Draft) => ({ value: draft[key], onChange: (value: string) => setDraft({ ...draft, [key]: value }) });

  const add = async () => {
    const input = OfficialFigureInput.safeParse({ ...draft, label: draft.label.trim(), period: draft.period.trim(), source: draft.source.trim(), value: /^\d+$/.test(draft.value.trim()) ? Number(draft.value.trim()) : -1 });
    setInvalid(!input.success);
    if (input.success) {
      await official.add(input.data);
      setDraft(EMPTY);
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports.official.heading')}</h2>
      <p>{t('reports.official.explain')}</p>
      <ul className="duplicate-list">
        {official.figures.map((figure) => (
          <li key={figure.id}>
            {t('reports.official.line', { label: figure.label, period: figure.period, value: String(figure.value), source: figure.source })}{' '}
            {removing === figure.id ? (
              <>
                <button type="button" className="danger" onClick={() => void official.remove(figure.id).then(() => setRemoving(null))}>
                  {t('reports.official.confirmRemove')}
                </button>
                <button type="button" onClick={() => setRemoving(null)}>
                  {t('reports.official.keep')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setRemoving(figure.id)}>
                {t('reports.official.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="summary-choices">
        <TextInput label={t('reports.official.label')} {...field('label')} />
        <TextInput label={t('reports.official.value')} numeric {...field('value')} />
        <TextInput label={t('reports.official.period')} {...field('period')} />
        <TextInput label={t('reports.official.source')} {...field('source')} />
      </div>
      <button type="button" onClick={() => void add()}>
        {t('reports.official.add')}
      </button>
      <ErrorAlert message={invalid ? t('reports.official.invalid') : null} />
    </section>
  );
}
