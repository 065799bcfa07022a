import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { IDLE_LOCK_CHOICES, type VaultSettings } from '../../../shared/settings/settings';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { StatusMessage } from '../../ui/StatusMessage';

export function IdleLockSetting() {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const selectId = useId();
  const [settings, setSettings] = useState<VaultSettings | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let live = true;
    api.call('settings.get', undefined).then(
      (loaded) => live && setSettings(loaded),
      (error: unknown) => live && setFailure(errorCodeOf(error)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function choose(value: string): Promise<void> {
    const idleLockMinutes = IDLE_LOCK_CHOICES.find((choice) => String(choice) === value);
    if (idleLockMinutes === undefined || settings === null) {
      return;
    }
    const previous = settings;
    setSettings({ ...settings, idleLockMinutes });
    setSaved(false);
    setFailure(null);
    try {
      setSettings(await api.call('settings.update', { ...settings, idleLockMinutes }));
      setSaved(true);
    } catch (error) {
      setSettings(previous);
      setFailure(errorCodeOf(error));
    }
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('settings.idleHeading')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('settings.idleLock')}</label>
        <select id={selectId} value={settings === null ? '' : String(settings.idleLockMinutes)} disabled={settings === null} onChange={(event) => void choose(event.target.value)}>
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
