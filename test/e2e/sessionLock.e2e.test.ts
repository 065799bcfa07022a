import { manualTimers } from '../fakes/manualTimers';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { uiText } from './uiText';
import { addEntry, createVault, openSection } from './vaultFlows';

describe('locking without the Lock button', () => {
  let app: LaunchedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('first run asks for the language, then speaks it; the idle setting locks the vault and clears the screen', async () => {
    const timers = manualTimers();
    let idleSeconds = 0;
    app = await launchApp({ dataDir: temporaryDir('aigaq-e2e-idle-'), idle: { idleSeconds: () => idleSeconds }, timers });
    const { page } = app;
    await page.getByRole('button', { name: 'Қазақша' }).click();
    const t = uiText('kk');
    // While the recovery key is on screen, no idle time locks it away.
    await page.getByLabel(t('create.passphrase'), { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(t('create.confirm'), { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: t('create.submit') }).click();
    await page.getByTestId('recovery-key').waitFor({ timeout: 60_000 });
    idleSeconds = 24 * 3600;
    timers.tick();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('recovery-key').count()).toBe(1);
    idleSeconds = 0;
    await page.getByLabel(t('recovery.confirmWritten')).check();
    await page.getByRole('button', { name: t('recovery.continue') }).click();
    await addEntry(page, t, 'Ойдан шығарылған жазба: Семей СИЗО', 'Invented');
    // Chromium has no Kazakh month names; the app writes its own, never "M11".
    const entryText = (await page.getByRole('list', { name: t('notebook.entries') }).textContent()) ?? '';
    expect(entryText).toMatch(/ж\. \d{1,2} (қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/);
    expect(entryText).not.toMatch(/M\d{1,2}/);

    await page.getByRole('button', { name: t('shell.settings') }).click();
    await page.getByLabel(t('settings.idleLock'), { exact: true }).selectOption('1');
    await page.getByRole('button', { name: t('shell.notebook') }).click();
    await page.getByText('Ойдан шығарылған жазба: Семей СИЗО').waitFor();

    idleSeconds = 59;
    timers.tick();
    await page.waitForTimeout(300);
    expect(await page.getByText('Ойдан шығарылған жазба: Семей СИЗО').count()).toBe(1);

    idleSeconds = 61;
    timers.tick();
    await page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByText('Ойдан шығарылған жазба').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('kk');
  });

  it('locks with the keyboard shortcut Ctrl+L', async () => {
    app = await launchApp({ dataDir: temporaryDir('aigaq-e2e-shortcut-'), locale: 'en' });
    const t = uiText('en');
    await createVault(app.page, t, PASSPHRASE);
    await openSection(app.page, t, 'notebook');
    await app.page.getByLabel(t('notebook.title'), { exact: true }).waitFor();
    await app.page.keyboard.press('Control+KeyL');
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor({ timeout: 30_000 });
  });
});
