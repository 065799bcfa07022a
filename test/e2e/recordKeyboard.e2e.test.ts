import { currentDefinition } from '../../shared/definitions/registry';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { uiText } from './uiText';
import { createVault } from './vaultFlows';

// A record written without a mouse: every step below is a key press on the focused element.
// Monitors on a shaking bus, or with a screen reader, depend on this.

jest.setTimeout(300_000);

const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
const activeId = (app: LaunchedApp) => app.page.evaluate(() => document.activeElement?.id ?? '');

describe('writing a record with the keyboard alone', () => {
  let app: LaunchedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('reaches the fields in order, picks vocabulary terms, adds a row, and jumps to a gap', async () => {
    const t = uiText('ru');
    app = await launchApp({ dataDir: temporaryDir('aigaq-e2e-keyboard-'), locale: 'ru' });
    const { page } = app;
    await createVault(page, t, PASSPHRASE);
    const definition = currentDefinition('TORTURE_ALLEGATION');

    await page.getByRole('button', { name: fill(t('records.new'), { type: definition.label.ru }), exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: t('records.back'), exact: true }).focus();
    await page.keyboard.press('Tab');
    expect(await activeId(app)).toBe('field-event-title');
    await page.keyboard.type('Избиение в ИВС (вымышленный случай)');

    // The region picker: type part of a name, arrow down to it, Enter.
    await page.getByRole('combobox', { name: 'Регион', exact: true }).focus();
    await page.keyboard.type('карагандин');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('combobox', { name: 'Регион', exact: true }).inputValue()).toBe('Карагандинская область');

    // A hierarchical list: browse with the arrows, open a branch with ArrowRight.
    const methods = definition.sections.find((section) => section.key === 'treatment');
    const group = methods?.fields.find((field) => field.kind === 'group');
    await page.getByRole('button', { name: fill(t('forms.group.addLabel'), { label: group?.label.ru ?? '' }), exact: true }).focus();
    await page.keyboard.press('Enter');
    const row = page.getByRole('group', { name: `${group?.label.ru ?? ''} 1`, exact: true });
    await row.waitFor();
    const method = row.getByRole('combobox').first();
    await method.focus();
    await page.keyboard.type('фаланг');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await method.inputValue()).toMatch(/фаланг/i);

    // Finalise from the keyboard: the gap list takes the monitor straight to a missing field.
    await page.getByRole('button', { name: t('records.finalise'), exact: true }).focus();
    await page.keyboard.press('Enter');
    const gapList = page.getByRole('alert').filter({ hasText: t('forms.gapList.titleFinal') });
    await gapList.waitFor();
    await gapList.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    expect(await activeId(app)).toBe('field-event-initialDate');
  });
});
