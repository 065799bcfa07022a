import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useVaultSettings } from './useVaultSettings';

/** Whether Deliveries offers to remove delivered records from this laptop (a stub stays). Off by default. */
export function RecordRemovalSetting() {
  const { t } = useTranslation();
  const headingId = useId();
  const explainId = useId();
  const { settings, saved, failure, update } = useVaultSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.removalHeading')}</h2>
      <div className="delivery-option">
        <label>
          <input
            type="checkbox"
            checked={settings?.offerRecordRemoval ?? false}
            disabled={settings === null}
            aria-describedby={explainId}
            onChange={(event) => void update({ offerRecordRemoval: event.target.checked })}
          />{' '}
          {t('settings.offerRecordRemoval')}
        </label>
        <p id={explainId} className="hint">
          {t('settings.offerRecordRemovalExplain')}
        </p>
      </div>
      <StatusMessage message={saved ? t('settings.saved') : null} />
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
    </section>
  );
}
