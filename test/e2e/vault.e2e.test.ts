import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Locale } from '../../shared/settings/settings';
import { NEW_PASSPHRASE, PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { sweepForCanary } from './canarySweep';
import { launchApp, type LaunchedApp } from './launchApp';
import { uiText } from './uiText';
import { addEntry, changePassphrase, openSection, createVault, lock, unlockWithPassphrase, unlockWithRecoveryKey, type Text } from './vaultFlows';

async function expectEntryShown(page: Page, t: Text, title: string): Promise<void> {
  await openSection(page, t, 'notebook');
  await page.getByRole('list', { name: t('notebook.entries') }).getByText(title).first().waitFor({ timeout: 60_000 });
}

async function expectRefused(page: Page, t: Text): Promise<void> {
  await page.getByRole('alert').filter({ hasText: t('errors.WRONG_SECRET') }).waitFor({ timeout: 60_000 });
}

describe.each<Locale>(['en', 'ru', 'kk'])('the vault, end to end, in %s', (locale) => {
  let app: LaunchedApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('creates, locks, unlocks by passphrase and by recovery key, and changes the passphrase, leaving nothing readable on disk', async () => {
    const dataDir = temporaryDir('aigaq-e2e-');
    const t = uiText(locale);
    // Invented canary strings: a seized disk must never show them.
    const canary = `CANARY${randomBytes(8).toString('hex')}`;
    const title = `${canary} Detention visit, Karaganda IVS`;
    app = await launchApp({ dataDir, locale });
    const { page } = app;

    const recoveryKey = await createVault(page, t, PASSPHRASE);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await addEntry(page, t, title, `Testimony text ${canary} that must stay encrypted.`);

    await lock(page, t);
    expect(await page.getByText(canary).count()).toBe(0);
    expect(sweepForCanary(dataDir, canary).hits).toEqual([]);

    await unlockWithPassphrase(page, t, `${PASSPHRASE} wrong`);
    await expectRefused(page, t);
    await page.getByLabel(t('unlock.passphrase'), { exact: true }).fill('');
    await unlockWithPassphrase(page, t, PASSPHRASE);
    await expectEntryShown(page, t, title);

    await lock(page, t);
    await unlockWithRecoveryKey(page, t, recoveryKey);
    await expectEntryShown(page, t, title);

    await changePassphrase(page, t, PASSPHRASE, NEW_PASSPHRASE);
    await lock(page, t);
    await unlockWithPassphrase(page, t, PASSPHRASE);
    await expectRefused(page, t);
    await page.getByLabel(t('unlock.passphrase'), { exact: true }).fill('');
    await unlockWithPassphrase(page, t, NEW_PASSPHRASE);
    await expectEntryShown(page, t, title);

    await lock(page, t);
    await app.close();
    app = undefined;
    const sweep = sweepForCanary(dataDir, canary);
    // The sweep really read the vault and IndexedDB's LevelDB files, where the entry's row lives.
    expect(sweep.files.some((file) => file.endsWith('vault.hdr'))).toBe(true);
    expect(sweep.files.filter((file) => /IndexedDB\/.*leveldb\/.*\.(log|ldb)$/.test(file)).length).toBeGreaterThan(0);
    expect(sweep.hits).toEqual([]);
  });
});
