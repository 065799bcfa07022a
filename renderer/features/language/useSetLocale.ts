import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/settings/settings';
import { useApi } from '../../bridge/BridgeContext';

/** Stores the interface language in main (the one plaintext preference), then switches to it. */
export function useSetLocale(): (locale: Locale) => Promise<void> {
  const api = useApi();
  const { i18n } = useTranslation();
  return useCallback(
    async (locale: Locale) => {
      await api.call('preferences.setLocale', { locale });
      await i18n.changeLanguage(locale);
    },
    [api, i18n],
  );
}
