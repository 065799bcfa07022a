import { KDF_DEFAULT } from '../../main/vault/kdfParams';
import { launchApp } from '../e2e/launchApp';
import { putEventRows, sealEvents } from '../e2e/seedEvents';
import { uiText } from '../e2e/uiText';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';

// Unlock → the records list shows its newest record, with N realistic records in the vault, in
// the harness (the real renderer in Chromium, the real main services). The list comes from the
// sealed list index (one row); every record is then opened in the background for search.

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export async function measureRecordsListReady({ records, runs }: { records: number; runs: number }): Promise<number> {
  const dataDir = temporaryDir('aigaq-bench-records-');
  const { rows, newestTitle } = await sealEvents(dataDir, PASSPHRASE, KDF_DEFAULT, records);
  const app = await launchApp({ dataDir, locale: 'en', kdfParams: KDF_DEFAULT });
  const t = uiText('en');
  const timings: number[] = [];
  const unlock = async () => {
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).fill(PASSPHRASE);
    const start = performance.now();
    await app.page.getByRole('button', { name: t('unlock.submit') }).click();
    await app.page.getByText(newestTitle, { exact: true }).first().waitFor({ timeout: 300_000 });
    return (performance.now() - start) / 1000;
  };
  try {
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor();
    await putEventRows(app.page, rows);
    await app.page.reload();
    // Warm-up, not timed: rows seeded straight into IndexedDB have no list index yet; the first
    // unlock opens them all and writes it, as the app's own saves would have.
    await unlock();
    await app.page.waitForTimeout(5000);
    for (let run = 0; run < runs; run += 1) {
      app.services.lock('user');
      await app.page.getByText(newestTitle, { exact: true }).waitFor({ state: 'detached' });
      timings.push(await unlock());
    }
  } finally {
    await app.close();
  }
  return median(timings);
}
