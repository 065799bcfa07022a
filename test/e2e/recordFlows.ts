import type { Page } from 'playwright-core';
import type { Locale } from '../../shared/settings/settings';
import type { Text } from './vaultFlows';

// Steps and texts shared by the record scenarios.

export const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)(, number)?\}\}/g, (_, key: string) => values[key] ?? '');

/** Until every autosave is written (the indicator says "saved" and nothing is pending). */
export async function waitSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').last().waitFor({ timeout: 60_000 });
  await page.locator('[data-save-state="pending"], [data-save-state="saving"]').first().waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
}

/** A plural message for a count, as i18next picks it (the locale files hold every form). */
export function plural(t: Text, locale: Locale, key: string, count: number): string {
  const form = new Intl.PluralRules(locale).select(count);
  let template: string;
  try {
    template = t(`${key}_${form}`);
  } catch {
    template = t(`${key}_other`);
  }
  return fill(template, { count: count.toLocaleString(locale) });
}
