import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IDLE_LOCK_CHOICES } from '../../../shared/settings/settings';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { useVaultSettings } from './useVaultSettings';

export function IdleLockSetting() {
  const { t } = useTranslation();
  const headingId = useId();
  const selectId = useId();
  const { settings, saved, failure, update } = useVaultSettings();

  function choose(value: string): void {
    const idleLockMinutes = IDLE_LOCK_CHOICES.find((choice) => String(choice) === value);
    if (idleLockMinutes !== undefined) {
      void update({ idleLockMinutes });
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.idleHeading')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('settings.idleLock')}</label>
        <select id={selectId} value={settings === null ? '' : String(settings.idleLockMinutes)} disabled={settings === null} onChange={(event) => choose(event.target.value)}>
          {settings === null ? <option value="" /> : null}
          {IDLE_LOCK_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutes === 0 ? t('settings.idleNever') : t('settings.idleMinutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      {settings?.idleLockMinutes === 0 ? <p className="notice">{t('settings.idleNeverWarning')}</p> : null}
      <StatusMessage message={saved ? t('settings.saved') : null} />
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
    </section>
  );
}
