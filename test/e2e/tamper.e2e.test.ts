import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { putRows, sealEntries, seededId, storedIds, swapStoredRows } from './seedRows';
import { uiText } from './uiText';
import { openSection, unlockWithPassphrase } from './vaultFlows';

describe('a vault whose stored rows were tampered with', () => {
  let app: LaunchedApp | undefined;
  afterEach(async () => {
    await app?.close();
  });

  it('shows two swapped rows as damaged, without their content, and opens the rest', async () => {
    const dataDir = temporaryDir('aigaq-e2e-tamper-');
    const { rows } = await sealEntries(dataDir, PASSPHRASE, { opsLimit: 3, memLimitKiB: 64 * 1024 }, 5);
    app = await launchApp({ dataDir, locale: 'ru' });
    const t = uiText('ru');
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor();
    await putRows(app.page, rows);
    expect((await storedIds(app.page)).sort()).toEqual([0, 1, 2, 3, 4].map(seededId).sort());
    await swapStoredRows(app.page, seededId(0), seededId(1));
    await app.page.reload();

    await unlockWithPassphrase(app.page, t, PASSPHRASE);
    await openSection(app.page, t, 'notebook');
    const list = app.page.getByRole('list', { name: t('notebook.entries') });
    await list.getByText(t('notebook.damaged')).first().waitFor({ timeout: 60_000 });
    expect(await list.getByText(t('notebook.damaged')).count()).toBe(2);
    for (const index of [2, 3, 4]) {
      await list.getByText(new RegExp(`#${index}$`)).first().waitFor();
    }
    expect(await list.getByText(/#[01]$/).count()).toBe(0);
  });
});
