import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import { LOCALES } from '../../../shared/settings/settings';
import { isLocale } from '../../i18n';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorCodeOf } from '../../ui/errorCode';
import { useSetLocale } from './useSetLocale';

/** The interface language; each language is named in itself. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const setLocale = useSetLocale();
  const id = useId();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const current = i18n.resolvedLanguage ?? 'en';

  function choose(value: string): void {
    if (isLocale(value)) {
      setLocale(value).then(
        () => setFailure(null),
        (error: unknown) => setFailure(errorCodeOf(error)),
      );
    }
  }

  return (
    <div className="field language-select">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={current} onChange={(event) => choose(event.target.value)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t('language.name', { lng: locale })}
          </option>
        ))}
      </select>
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
    </div>
  );
}
