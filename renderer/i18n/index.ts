import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/settings/settings';
import en from './locales/en.json';
import kk from './locales/kk.json';
import ru from './locales/ru.json';

// Every text the monitor sees comes from these three files, with identical keys (checked by
// test/renderer/i18n/locales.test.ts). Bundled, not fetched: the renderer has no network.
export const resources = {
  en: { translation: en },
  ru: { translation: ru },
  kk: { translation: kk },
} as const satisfies Record<Locale, { translation: unknown }>;

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A fresh i18next instance, ready synchronously (the resources are in the bundle). */
export function createI18n(lng: Locale = 'en'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    // React escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
