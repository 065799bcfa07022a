import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../shared/records/formRecord';

/** Values an older version of a form held that the current one has no field for: kept, shown, read-only. */
export function RetiredValues({ retired }: { readonly retired: EventRecord['retired'] }) {
  const { t } = useTranslation();
  if (retired.length === 0) {
    return null;
  }
  return (
    <details className="retired-values">
      <summary>{t('records.retired', { count: retired.length })}</summary>
      <dl>
        {retired.map((item) => (
          <div key={`${item.version}:${item.path}`}>
            <dt>
              {item.path} (v{item.version})
            </dt>
            <dd>{typeof item.value === 'string' ? item.value : JSON.stringify(item.value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
