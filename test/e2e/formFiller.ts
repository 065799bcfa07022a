import type { Locator, Page } from 'playwright-core';
import { isShown } from '../../shared/definitions/conditions';
import type { FieldDefinition, FormDefinition, ScalarFieldDefinition } from '../../shared/definitions/fieldDefinition';
import type { FieldValue, FieldValues } from '../../shared/definitions/fieldValues';
import { formatPartialDate, type PartialDate } from '../../shared/model/partialDate';
import type { NarrativeDoc } from '../../shared/narrative/narrativeSchema';
import { narrativePlainText } from '../../shared/narrative/narrativeText';
import type { Locale } from '../../shared/settings/settings';
import { vocabularyById } from '../../shared/vocab/vocabularyRegistry';
import type { Text } from './vaultFlows';

// Fills a definition form through the UI the way a monitor would with a keyboard and a mouse:
// every control found by its accessible name (the field's label in the interface language), every
// vocabulary term picked by its label, every group row added with its Add button. Driven by the
// definition and a bundled example, so one routine covers every record type and every language.

/**
 * The people of the example, by their example id: the label of the option to pick, or, for a
 * person not registered yet, how to register them from the field's "New person" button (which
 * returns the new person's label).
 */
export type People = Map<string, string | ((newPersonButton: Locator) => Promise<string>)>;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

/** Conditional fields after the fields they depend on: they appear only once those are set. */
function fillOrder(fields: readonly FieldDefinition[]): FieldDefinition[] {
  return [...fields.filter((field) => field.when === undefined), ...fields.filter((field) => field.when !== undefined)];
}

function isShortFlat(vocabularyId: string): boolean {
  const vocabulary = vocabularyById(vocabularyId);
  return vocabulary !== undefined && vocabulary.terms.length <= 15 && vocabulary.terms.every((term) => term.parent === null);
}

function termLabel(vocabularyId: string, code: string, locale: Locale): string {
  return vocabularyById(vocabularyId)?.label(code, locale) ?? code;
}

/** "2026-10-14" → "14.10.2026"-style text the date field accepts, whatever the precision. */
function partialDateText(date: PartialDate): string {
  const [year, month, day] = date.value.split('-');
  return [day, month, year].filter((part) => part !== undefined).join('.');
}

async function pickTerms(scope: Locator, page: Page, field: ScalarFieldDefinition & { vocabulary: string }, codes: readonly string[], locale: Locale): Promise<void> {
  const label = field.label[locale];
  if (isShortFlat(field.vocabulary)) {
    if (field.kind === 'vocab') {
      await scope.getByLabel(label, { exact: true }).selectOption({ label: termLabel(field.vocabulary, codes[0] ?? '', locale) });
    } else {
      const group = scope.getByRole('group', { name: label, exact: true });
      for (const code of codes) {
        await group.getByLabel(termLabel(field.vocabulary, code, locale), { exact: true }).check();
      }
    }
    return;
  }
  const combobox = scope.getByRole('combobox', { name: label, exact: true });
  for (const code of codes) {
    const term = termLabel(field.vocabulary, code, locale);
    await combobox.click();
    await combobox.fill(term);
    await page.getByRole('option', { name: term, exact: true }).first().click();
  }
  // Done with this list: close it, as a keyboard user would, so it does not cover the next field.
  // (Only while it is open: Escape on a closed picker belongs to the dialog around it.)
  if ((await combobox.getAttribute('aria-expanded')) === 'true') {
    await combobox.press('Escape');
  }
}

async function setScalar(scope: Locator, page: Page, field: ScalarFieldDefinition, value: FieldValue, locale: Locale, people: People, t: Text): Promise<void> {
  const label = field.label[locale];
  const control = () => scope.getByLabel(label, { exact: true });
  switch (field.kind) {
    case 'text':
    case 'longText':
    case 'dateTime':
      await control().fill(String(value));
      return;
    case 'integer':
      await control().fill(String(value));
      return;
    case 'narrative': {
      // The editable area of the rich-text editor, named by the field's label; typed like a person.
      const editor = scope.getByRole('textbox', { name: label, exact: true });
      await editor.click();
      await page.keyboard.type(narrativePlainText(value as NarrativeDoc));
      return;
    }
    case 'tri':
      await control().selectOption({ label: t(`forms.tri.${String(value).toLowerCase()}`) });
      return;
    case 'boolean':
      await control().setChecked(value === true);
      return;
    case 'partialDate': {
      const date = value as PartialDate;
      await control().fill(partialDateText(date));
      // The app reads the date back in words: the precision it understood is visible.
      await scope.getByText(fill(t('forms.date.reading'), { date: formatPartialDate({ ...date, approximate: false }, locale) }), { exact: true }).waitFor();
      if (date.approximate) {
        await scope.getByLabel(`${label}: ${t('forms.date.approximate')}`, { exact: true }).check();
      }
      return;
    }
    case 'vocab':
    case 'vocabMulti':
      await pickTerms(scope, page, field, field.kind === 'vocab' ? [value as string] : (value as string[]), locale);
      return;
    case 'person':
    case 'persons':
      for (const id of typeof value === 'string' ? [value] : (value as string[])) {
        const person = people.get(id);
        if (typeof person === 'function') {
          // Registered from inside the record; the new person is picked on return.
          const created = await person(control().locator('xpath=..').getByRole('button', { name: t('forms.person.new'), exact: true }));
          people.set(id, created);
        } else {
          await control().selectOption({ label: person ?? id });
        }
      }
      return;
  }
}

async function fillFields(scope: Locator, page: Page, fields: readonly FieldDefinition[], values: FieldValues, locale: Locale, people: People, t: Text): Promise<void> {
  for (const field of fillOrder(fields)) {
    const value = values[field.key];
    if (value === undefined || value === null || !isShown(field, values)) {
      continue;
    }
    if (field.kind !== 'group') {
      await setScalar(scope, page, field, value, locale, people, t);
      continue;
    }
    const label = field.label[locale];
    const rows = value as readonly FieldValues[];
    for (const [index, row] of rows.entries()) {
      await scope.getByRole('button', { name: fill(t('forms.group.addLabel'), { label }), exact: true }).click();
      const rowScope = scope.getByRole('group', { name: `${label} ${index + 1}`, exact: true });
      await fillFields(rowScope, page, field.fields, row, locale, people, t);
    }
  }
}

/** Fills the given sections of a form (all by default) with the values, through the UI. */
export async function fillForm(page: Page, definition: FormDefinition, values: FieldValues, locale: Locale, people: People, t: Text, sectionKeys?: readonly string[]): Promise<void> {
  for (const section of definition.sections) {
    if (sectionKeys !== undefined && !sectionKeys.includes(section.key)) {
      continue;
    }
    const scope = page.getByRole('region', { name: section.label[locale], exact: true });
    await fillFields(scope, page, section.fields, values, locale, people, t);
  }
}
