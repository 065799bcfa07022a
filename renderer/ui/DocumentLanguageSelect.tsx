import { useId } from 'react';
import { LOCALES, type Locale } from '../../shared/settings/settings';

/** Each language named in itself, as a person looking for their own language expects. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', kk: 'Қазақша' };

type DocumentLanguageSelectProps = { readonly label: string; readonly value: Locale; readonly onChange: (locale: Locale) => void };

/** The language a document (a summary, a report) is written in: chosen per document, not the interface's. */
export function DocumentLanguageSelect({ label, value, onChange }: DocumentLanguageSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
