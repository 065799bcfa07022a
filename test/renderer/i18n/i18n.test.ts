import { createI18n, isLocale } from '../../../renderer/i18n';

describe('the i18n instance', () => {
  it('picks Russian plural forms: one, few, many', () => {
    const { t } = createI18n('ru');
    expect([1, 3, 5, 21, 22, 111].map((count) => t('notebook.count', { count }))).toEqual(['1 запись', '3 записи', '5 записей', '21 запись', '22 записи', '111 записей']);
  });

  it('formats counts as numbers in the interface language', () => {
    expect(createI18n('en').t('notebook.count', { count: 10000 })).toBe('10,000 entries');
    expect(createI18n('en').t('notebook.count', { count: 1 })).toBe('1 entry');
    expect(createI18n('kk').t('notebook.count', { count: 2 })).toBe('2 жазба');
  });

  it('starts in the language asked for and falls back to English for a missing key', () => {
    const i18n = createI18n('kk');
    expect(i18n.language).toBe('kk');
    expect(i18n.t('shell.lock')).toBe('Құлыптау');
    expect(i18n.t('no.such.key' as 'shell.lock')).toBe('no.such.key');
  });

  it('recognises only the three supported locales', () => {
    expect(['en', 'ru', 'kk', 'de', 'kz', ''].map(isLocale)).toEqual([true, true, true, false, false, false]);
  });
});
