import type { Page } from 'playwright-core';
import { KDF_DEFAULT } from '../../main/vault/kdfParams';
import { decodeFromPage, PAGE_CODEC_SOURCE } from '../e2e/bridgeCodec';
import { launchApp } from '../e2e/launchApp';
import { putRows, sealEntries } from '../e2e/seedRows';
import { uiText } from '../e2e/uiText';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';

// Unlock → list ready, through the real UI: from the click on "Unlock" until the newest of N
// entries is on screen (which needs every row opened by main and sorted). Production Argon2id.
// Measured in the same run: the share of that time spent in the test harness's transport (the
// Playwright binding that stands in for Electron's IPC), by sending the same rows through it with
// main's work replaced by an echo of the same size.

export type ListReadyFigures = { readonly listReady: number; readonly harnessTransport: number };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function exposeEcho(page: Page): Promise<void> {
  await page.context().exposeBinding('__benchEcho', (_source, payload: string) => {
    // What main's answer weighs: each row's id and its opened record (~250 bytes of JSON).
    const rows = decodeFromPage(JSON.parse(payload)) as { rows: { id: string }[] };
    return JSON.stringify({ ok: true, value: rows.rows.map(({ id }) => ({ id, ok: true, record: { schemaVersion: 1, title: 'x'.repeat(60), text: 'y'.repeat(120), createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' } })) });
  });
}

async function measureTransport(page: Page): Promise<number> {
  return (await page.evaluate(`(async () => {
    ${PAGE_CODEC_SOURCE}
    const db = await new Promise((res) => { const q = indexedDB.open('aigaq'); q.onsuccess = () => res(q.result); });
    const rows = await new Promise((res) => { const q = db.transaction('notebook').objectStore('notebook').getAll(); q.onsuccess = () => res(q.result); });
    db.close();
    const start = performance.now();
    const batches = [];
    for (let i = 0; i < rows.length; i += 1000) batches.push(rows.slice(i, i + 1000));
    await Promise.all(batches.map(async (batch) => decode(JSON.parse(await window.__benchEcho(JSON.stringify(encode({ table: 'notebook', rows: batch })))))));
    return (performance.now() - start) / 1000;
  })()`)) as number;
}

export async function measureListReady({ entries, runs }: { entries: number; runs: number }): Promise<ListReadyFigures> {
  const dataDir = temporaryDir('aigaq-bench-list-');
  const { rows, newestTitle } = await sealEntries(dataDir, PASSPHRASE, KDF_DEFAULT, entries);
  const app = await launchApp({ dataDir, locale: 'en', kdfParams: KDF_DEFAULT });
  const t = uiText('en');
  const timings: number[] = [];
  const transport: number[] = [];
  try {
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor();
    await putRows(app.page, rows);
    await app.page.reload();
    for (let run = 0; run < runs; run += 1) {
      // Locking makes the renderer reload itself: wait until the list is gone and the lock screen is back.
      await app.page.getByText(newestTitle, { exact: true }).waitFor({ state: 'detached' });
      await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).fill(PASSPHRASE);
      const start = performance.now();
      await app.page.getByRole('button', { name: t('unlock.submit') }).click();
      await app.page.getByText(newestTitle, { exact: true }).first().waitFor({ timeout: 120_000 });
      timings.push((performance.now() - start) / 1000);
      app.services.lock('user');
    }
    await app.page.getByText(newestTitle, { exact: true }).waitFor({ state: 'detached' });
    await app.page.getByLabel(t('unlock.passphrase'), { exact: true }).waitFor();
    await exposeEcho(app.page);
    for (let run = 0; run < runs; run += 1) {
      transport.push(await measureTransport(app.page));
    }
  } finally {
    await app.close();
  }
  return { listReady: median(timings), harnessTransport: median(transport) };
}
