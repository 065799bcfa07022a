import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../shared/errors/appError';
import { LOCALES, type Locale } from '../../shared/settings/settings';
import { useSetLocale } from '../features/language/useSetLocale';
import { ErrorAlert } from '../ui/ErrorAlert';
import { errorCodeOf } from '../ui/errorCode';

/** First run: the question asked in all three languages, each answer named in itself. */
export function FirstRunLanguage({ onChosen }: { readonly onChosen: () => void }) {
  const { t } = useTranslation();
  const setLocale = useSetLocale();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  function choose(locale: Locale): void {
    setBusy(true);
    setLocale(locale).then(onChosen, (error: unknown) => {
      setFailure(errorCodeOf(error));
      setBusy(false);
    });
  }

  return (
    <main className="screen narrow first-run">
      <p className="brand">{t('app.name')}</p>
      <h1 id={headingId} className="choose-heading">
        {LOCALES.map((locale) => (
          <span key={locale} lang={locale}>
            {t('language.choose', { lng: locale })}
          </span>
        ))}
      </h1>
      <div className="language-choices" role="group" aria-labelledby={headingId}>
        {LOCALES.map((locale) => (
          <button key={locale} type="button" lang={locale} className="primary" disabled={busy} onClick={() => choose(locale)}>
            {t('language.name', { lng: locale })}
          </button>
        ))}
      </div>
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
    </main>
  );
}
