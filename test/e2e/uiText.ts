import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locale } from '../../shared/settings/settings';

// Tests find controls by the very texts the monitor sees, read from the app's own locale files,
// so a suite runs unchanged in English, Russian and Kazakh.
export function uiText(locale: Locale): (key: string) => string {
  const messages = JSON.parse(readFileSync(resolve(__dirname, `../../renderer/i18n/locales/${locale}.json`), 'utf8')) as Record<string, unknown>;
  return (key) => {
    const flat = messages[key];
    const nested = key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
    const text = typeof flat === 'string' ? flat : nested;
    if (typeof text !== 'string') {
      throw new Error(`no ${locale} text for ${key}`);
    }
    return text;
  };
}
