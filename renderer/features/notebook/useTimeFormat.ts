import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats an ISO time in the interface language; one formatter for the whole list. */
export function useTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    return (iso: string) => format.format(new Date(iso));
  }, [language]);
}
