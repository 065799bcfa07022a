import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import type { FieldDefinition, FormDefinition } from '../../shared/definitions/fieldDefinition';
import type { FieldValues } from '../../shared/definitions/fieldValues';
import { identityExample } from '../../shared/definitions/people/examples/identity.example';
import { personExample } from '../../shared/definitions/people/examples/person.example';
import { detentionVisitExample } from '../../shared/definitions/records/examples/detentionVisit.example';
import { protestDetentionExample } from '../../shared/definitions/records/examples/protestDetention.example';
import { tortureAllegationExample } from '../../shared/definitions/records/examples/tortureAllegation.example';
import { currentDefinition, type RecordType } from '../../shared/definitions/registry';
import type { Locale } from '../../shared/settings/settings';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { sweepForCanary } from './canarySweep';
import { fillForm, type People } from './formFiller';
import { launchApp, type LaunchedApp } from './launchApp';
import { uiText } from './uiText';
import { fill, plural, waitSaved } from './recordFlows';
import { createVault, lock, openSection, type Text } from './vaultFlows';

// Issue 3's acceptance, once per record type and each in another interface language: a complete
// record with two people (one with a protected identity, registered on the People page; one
// anonymous, registered from inside the record), consent scopes, a risk assessment, vocabulary
// picks in every section and groups with two rows; a reload mid-edit keeps the draft; finalising
// with a missing F field lists it; after lock, nothing typed is readable anywhere on disk.

jest.setTimeout(900_000);

const CASES: readonly [Locale, RecordType, FieldValues][] = [
  ['en', 'DETENTION_VISIT', detentionVisitExample],
  ['ru', 'TORTURE_ALLEGATION', tortureAllegationExample],
  ['kk', 'PROTEST_DETENTION', protestDetentionExample],
];

async function pseudonymShown(page: Page, scope: Page | Locator = page): Promise<string> {
  return ((await scope.getByTestId('pseudonym').last().textContent()) ?? '').trim();
}

/** Person A: registered on the People page, with consent, and with a protected identity. */
async function registerPersonWithIdentity(page: Page, t: Text, locale: Locale, alias: string, legalName: string): Promise<string> {
  await openSection(page, t, 'people');
  await page.getByRole('button', { name: t('people.newPerson'), exact: true }).click();
  const pseudonym = await pseudonymShown(page);
  expect(pseudonym).toMatch(/^P-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  await fillForm(page, currentDefinition('PERSON'), { ...personExample, alias }, locale, new Map(), t);
  await page.getByRole('button', { name: t('people.addIdentity'), exact: true }).click();
  await page.getByRole('button', { name: t('people.showIdentity'), exact: true }).click();
  await fillForm(page, currentDefinition('IDENTITY'), { ...identityExample, legalName }, locale, new Map(), t);
  await waitSaved(page);
  await page.getByRole('button', { name: t('people.back'), exact: true }).click();
  await page.getByRole('list', { name: t('people.list') }).getByText(`${pseudonym} · ${alias}`).waitFor();
  return `${pseudonym} · ${alias}`;
}

/** Person B: registered from a record's "New person" button, anonymous, with consent. */
function anonymousPersonFromRecord(page: Page, t: Text, locale: Locale, alias: string, people: People, ids: readonly string[]) {
  return async (newPersonButton: Locator): Promise<string> => {
    await newPersonButton.click();
    const dialog = page.getByRole('dialog', { name: t('people.newPersonHeading') });
    await dialog.waitFor();
    const pseudonym = await pseudonymShown(page, dialog);
    const { consentScopes: _scopes, ...rest } = personExample;
    await fillForm(page, currentDefinition('PERSON'), { ...rest, alias, consentScopes: ['RECORD_INTERVIEW', 'USE_ANONYMISED_IN_REPORTS'] }, locale, new Map(), t);
    expect(await dialog.getByText(t('people.anonymous')).count()).toBe(1);
    await waitSaved(page);
    await dialog.getByRole('button', { name: t('people.done'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const label = `${pseudonym} · ${alias}`;
    // The other example ids that stand for this person now pick it.
    ids.forEach((id) => people.set(id, label));
    return label;
  };
}

/** Every person id the example links, in form order, once each. */
function personIdsOf(definition: FormDefinition, values: FieldValues): string[] {
  const found: string[] = [];
  const walk = (fields: readonly FieldDefinition[], row: FieldValues) => {
    for (const field of fields) {
      const value = row[field.key];
      if (field.kind === 'person' && typeof value === 'string') {
        found.push(value);
      } else if (field.kind === 'persons' && Array.isArray(value)) {
        found.push(...(value as string[]));
      } else if (field.kind === 'group' && Array.isArray(value)) {
        (value as FieldValues[]).forEach((inner) => walk(field.fields, inner));
      }
    }
  };
  definition.sections.forEach((section) => walk(section.fields, values));
  return [...new Set(found)];
}

/** The first top-level F field of the record type's own first section: left out to see the gap list. */
function withheldField(definition: FormDefinition): { section: string; field: FieldDefinition } {
  const section = definition.sections[1];
  // Not one that other fields depend on: those would stay hidden, and unfilled, until it is set.
  const controlling = new Set(section?.fields.flatMap((field) => (field.when === undefined ? [] : [field.when.field])));
  const field = section?.fields.find((candidate) => candidate.requirement === 'F' && candidate.when === undefined && candidate.kind !== 'group' && !controlling.has(candidate.key));
  if (section === undefined || field === undefined) {
    throw new Error('no F field to withhold');
  }
  return { section: section.key, field };
}

describe.each(CASES)('a complete record, in %s: %s', (locale, type, example) => {
  let app: LaunchedApp | undefined;
  afterEach(async () => {
    if (process.env.AIGAQ_E2E_SCREENSHOT !== undefined) {
      await app?.page.screenshot({ path: process.env.AIGAQ_E2E_SCREENSHOT, fullPage: true }).catch(() => undefined);
    }
    await app?.close();
    app = undefined;
  });

  it('is written, survives a reload mid-edit, lists its gap, is finalised, and leaves nothing readable on disk', async () => {
    const dataDir = temporaryDir('aigaq-e2e-records-');
    const t = uiText(locale);
    const definition = currentDefinition(type);
    const canary = `CANARY${randomBytes(6).toString('hex')}`;
    const draftCanary = `DRAFTCANARY${randomBytes(6).toString('hex')}`;
    const identityCanary = `NAMECANARY${randomBytes(6).toString('hex')}`;
    app = await launchApp({ dataDir, locale });
    const { page } = app;
    await createVault(page, t, PASSPHRASE);

    const personA = await registerPersonWithIdentity(page, t, locale, `Witness A ${locale}`, `Айгүл ${identityCanary}`);
    // The example's first person is person A; every other person in it is person B.
    const [firstId, ...otherIds] = personIdsOf(definition, example);
    const people: People = new Map([[firstId ?? '', personA]]);
    otherIds.forEach((id) => people.set(id, anonymousPersonFromRecord(page, t, locale, `Anonymous B ${locale}`, people, otherIds)));
    expect(otherIds.length).toBeGreaterThan(0);

    await openSection(page, t, 'records');
    await page.getByRole('button', { name: fill(t('records.new'), { type: definition.label[locale] }), exact: true }).click();
    const title = `${canary} ${String(example['title'])}`;
    await fillForm(page, definition, { ...example, title }, locale, people, t, ['event']);

    // Reload mid-edit: the autosaved draft comes back, values and all.
    await waitSaved(page);
    await page.reload();
    await page.getByLabel(definition.sections[0]?.fields[0]?.label[locale] ?? '', { exact: true }).waitFor({ timeout: 60_000 });
    expect(await page.getByLabel(definition.sections[0]?.fields[0]?.label[locale] ?? '', { exact: true }).inputValue()).toBe(title);

    const withheld = withheldField(definition);
    const rest = Object.fromEntries(Object.entries(example).filter(([key]) => key !== withheld.field.key));
    await fillForm(page, definition, { ...rest, title }, locale, people, t, definition.sections.slice(1).map((section) => section.key));
    await waitSaved(page);

    await page.getByRole('button', { name: t('records.finalise'), exact: true }).click();
    const gapList = page.getByRole('alert').filter({ hasText: t('forms.gapList.titleFinal') });
    await gapList.waitFor();
    const sectionLabel = definition.sections.find((section) => section.key === withheld.section)?.label[locale] ?? '';
    expect(await gapList.getByRole('listitem').allTextContents()).toEqual([`${sectionLabel} › ${withheld.field.label[locale]}`]);
    await gapList.getByRole('button').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`field-${withheld.section}-${withheld.field.key}`);

    await fillForm(page, definition, { [withheld.field.key]: example[withheld.field.key] ?? null }, locale, people, t, [withheld.section]);
    await waitSaved(page);
    await page.getByRole('button', { name: t('records.finalise'), exact: true }).click();
    await page.getByText(t('records.finalised'), { exact: true }).or(gapList).first().waitFor();
    // Named in the failure if anything is still missing.
    expect(await gapList.getByRole('listitem').allTextContents()).toEqual([]);
    await page.getByText(t('records.finalised'), { exact: true }).waitFor();
    await page.getByText(t('records.status.final'), { exact: true }).waitFor();
    const history = page.getByRole('region', { name: t('records.history.heading'), exact: true });
    await history.getByText(plural(t, locale, 'records.history.verified', 1), { exact: true }).waitFor();

    // Editing a sealed record makes a draft again; finalising seals a second signed revision, and
    // the history shows what changed, in the interface language.
    const settlement = currentDefinition(type).sections[0]?.fields.find((field) => field.key === 'settlement');
    await page.getByRole('region', { name: definition.sections[0]?.label[locale] ?? '', exact: true }).getByLabel(settlement?.label[locale] ?? '', { exact: true }).fill('Amended invented district');
    await waitSaved(page);
    await page.getByText(t('records.status.draft'), { exact: true }).waitFor();
    await page.getByRole('button', { name: t('records.finalise'), exact: true }).click();
    await history.getByText(plural(t, locale, 'records.history.verified', 2), { exact: true }).waitFor();
    const newest = history.getByRole('list', { name: t('records.history.list') }).getByRole('listitem').first();
    expect(await newest.textContent()).toContain(`${definition.sections[0]?.label[locale] ?? ''} › ${settlement?.label[locale] ?? ''}: ${String(example['settlement'])} → Amended invented district`);

    // A second record, left as a working draft: drafts are sealed too.
    await page.getByRole('button', { name: t('records.back'), exact: true }).click();
    await page.getByRole('button', { name: fill(t('records.new'), { type: definition.label[locale] }), exact: true }).click();
    await page.getByLabel(definition.sections[0]?.fields[0]?.label[locale] ?? '', { exact: true }).fill(`${draftCanary} unfinished`);
    await waitSaved(page);
    await page.getByRole('button', { name: t('records.back'), exact: true }).click();
    const list = page.getByRole('list', { name: t('records.list') });
    await list.getByText(title).waitFor();
    await list.getByText(`${draftCanary} unfinished`).waitFor();

    await lock(page, t);
    for (const secret of [canary, draftCanary, identityCanary]) {
      expect([secret, sweepForCanary(dataDir, secret).hits]).toEqual([secret, []]);
    }
    await app.close();
    app = undefined;
    for (const secret of [canary, draftCanary, identityCanary]) {
      const sweep = sweepForCanary(dataDir, secret);
      expect(sweep.files.filter((file) => /IndexedDB\/.*leveldb\/.*\.(log|ldb)$/.test(file)).length).toBeGreaterThan(0);
      expect([secret, sweep.hits]).toEqual([secret, []]);
    }
  });
});
