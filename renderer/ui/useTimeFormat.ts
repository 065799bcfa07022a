import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/model/dateText';
import { Locale } from '../../shared/settings/settings';

/** Formats an ISO time in the interface language (Kazakh month names included, which Chromium lacks). */
export function useTimeFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const parsed = Locale.safeParse(i18n.resolvedLanguage);
  const locale = parsed.success ? parsed.data : 'en';
  return useMemo(() => (iso: string) => formatDateTime(new Date(iso), locale), [locale]);
}
