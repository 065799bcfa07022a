import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ERROR_CODES } from '../../../shared/errors/appError';
import { LOCALES, type Locale } from '../../../shared/settings/settings';
import { assessPassphrase, PASSPHRASE_WARNINGS, type PassphraseRefusal } from '../../../shared/vault/passphrasePolicy';

// The three locale files are the only source of user-visible text, and the end-to-end suites find
// controls by these very texts (test/e2e/uiText.ts).

const REFUSALS = ['empty', 'tooShort', 'tooLong', 'tooGuessable'] as const satisfies readonly PassphraseRefusal[];
// A refusal added to the policy but not listed here fails to compile.
const allRefusalsListed: Exclude<PassphraseRefusal, (typeof REFUSALS)[number]> extends never ? true : false = true;

const E2E_KEYS = [
  'language.label',
  'create.passphrase',
  'create.confirm',
  'create.submit',
  'recovery.confirmWritten',
  'recovery.continue',
  'unlock.passphrase',
  'unlock.submit',
  'unlock.useRecoveryKey',
  'unlock.recoveryKey',
  'unlock.usePassphrase',
  'shell.lock',
  'shell.notebook',
  'shell.settings',
  'notebook.title',
  'notebook.text',
  'notebook.add',
  'notebook.entries',
  'settings.idleLock',
  'changePassphrase.current',
  'changePassphrase.useRecoveryKey',
  'changePassphrase.currentRecoveryKey',
  'changePassphrase.next',
  'changePassphrase.confirm',
  'changePassphrase.submit',
  'changePassphrase.done',
];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      flatten(value, prefix === '' ? key : `${prefix}.${key}`).forEach((leaf, path) => out.set(path, leaf));
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, flatten(JSON.parse(readFileSync(resolve(__dirname, `../../../renderer/i18n/locales/${locale}.json`), 'utf8')))]),
) as Record<Locale, Map<string, unknown>>;

const withoutPlural = (key: string): string => key.replace(PLURAL_SUFFIX, '');
const baseKeys = (locale: Locale): string[] => [...new Set([...messages[locale].keys()].map(withoutPlural))].sort();
const variables = (text: unknown): string[] => [...String(text).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1] ?? '').sort();

describe('the locale files', () => {
  it('have the same keys in English, Russian and Kazakh (plural forms aside)', () => {
    expect(allRefusalsListed).toBe(true);
    expect(baseKeys('ru')).toEqual(baseKeys('en'));
    expect(baseKeys('kk')).toEqual(baseKeys('en'));
  });

  it.each(LOCALES)('give %s exactly the plural forms its grammar uses', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.slice().sort();
    const pluralBases = new Set([...messages[locale].keys()].filter((key) => PLURAL_SUFFIX.test(key)).map(withoutPlural));
    expect(pluralBases.size).toBeGreaterThan(0);
    for (const base of pluralBases) {
      const forms = [...messages[locale].keys()].filter((key) => withoutPlural(key) === base && key !== base).map((key) => key.slice(base.length + 1));
      expect({ base, forms: forms.sort() }).toEqual({ base, forms: categories });
    }
  });

  it.each(LOCALES)('hold only non-empty strings in %s', (locale) => {
    for (const [key, value] of messages[locale]) {
      expect({ key, type: typeof value }).toEqual({ key, type: 'string' });
      expect({ key, empty: String(value).trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it.each(['ru', 'kk'] as const)('use the same interpolation variables in %s as in English', (locale) => {
    for (const [key, value] of messages[locale]) {
      const english = messages.en.get(key) ?? messages.en.get(`${withoutPlural(key)}_other`);
      expect({ key, variables: variables(value) }).toEqual({ key, variables: variables(english) });
    }
  });

  it('translate every error code, passphrase warning and refusal', () => {
    const refusalsSeen = new Set(['', 'short', 'x'.repeat(1100), 'passwordpassword'].map((text) => assessPassphrase(text).refusal));
    expect([...refusalsSeen].sort()).toEqual([...REFUSALS].sort());
    for (const locale of LOCALES) {
      const keys = messages[locale];
      ERROR_CODES.forEach((code) => expect({ locale, key: `errors.${code}`, present: keys.has(`errors.${code}`) }).toMatchObject({ present: true }));
      PASSPHRASE_WARNINGS.forEach((warning) => expect({ locale, warning, present: keys.has(`passphrase.warnings.${warning}`) }).toMatchObject({ present: true }));
      REFUSALS.forEach((refusal) => expect({ locale, refusal, present: keys.has(`passphrase.refusal.${refusal}`) }).toMatchObject({ present: true }));
    }
  });

  it('have every text the end-to-end suites look for', () => {
    for (const locale of LOCALES) {
      E2E_KEYS.forEach((key) => expect({ locale, key, text: typeof messages[locale].get(key) }).toEqual({ locale, key, text: 'string' }));
    }
  });

  it('name each language in that language', () => {
    expect(LOCALES.map((locale) => messages[locale].get('language.name'))).toEqual(['English', 'Русский', 'Қазақша']);
  });

  it('write Kazakh, not Russian, in the Kazakh file', () => {
    const same = [...messages.kk].filter(([key, value]) => messages.ru.get(key) === value).map(([key]) => key);
    expect(same).toEqual(['app.name']);
    const kazakhLetters = [...messages.kk.values()].join(' ').match(/[әғқңөұүһі]/giu) ?? [];
    expect(kazakhLetters.length).toBeGreaterThan(100);
  });

  it('give WRONG_SECRET a calm hint about the keyboard layout and Caps Lock, in every language', () => {
    for (const locale of LOCALES) {
      expect(messages[locale].get('errors.WRONG_SECRET')).toContain('Caps Lock');
    }
  });
});
