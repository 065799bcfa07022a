import type { Page } from 'playwright-core';
import { createMainServices } from '../../main/mainServices';
import type { KdfParams } from '../../main/vault/kdfParams';
import type { SealedRow } from '../../shared/records/recordTables';
import { encodeForPage, PAGE_CODEC_SOURCE } from './bridgeCodec';

// Prepares a vault with many sealed entries, as if a monitor had typed them, for benchmarks and
// tamper tests: the rows are sealed by the real services and put into the page's IndexedDB
// exactly as the renderer's store writes them ({ id, b } in the "notebook" table of "aigaq").

const TITLES = [
  'Visit to SIZO, Almaty: cell 14 overcrowded',
  'Протестное задержание у акимата, статья 488',
  'Қарағанды ИВС: тергеушінің қысымы туралы арыз',
  'Allegation: beating during transfer to colony',
  'Отказ в доступе адвоката в течение трёх часов',
  'Жаңаөзен: ұсталғандардың туыстарымен сұхбат',
];

/** Deterministic ids, so a test knows which row is which entry. */
export function seededId(index: number): string {
  return Buffer.from(`${String(index).padStart(12, '0')}seed`).toString('base64url').slice(0, 22);
}

export async function sealEntries(dataDir: string, passphrase: string, kdfParams: KdfParams, count: number): Promise<{ rows: SealedRow[]; newestTitle: string }> {
  const services = await createMainServices({ dataDir, kdfParams });
  await services.handlers['vault.create']({ passphrase });
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const rows: SealedRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = new Date(start + index * 60_000).toISOString();
    const title = `${TITLES[index % TITLES.length] as string} #${index}`;
    const record = { schemaVersion: 1, title, text: `Invented testimony ${index}. ${TITLES[(index + 3) % TITLES.length] as string}.`, createdAt: at, updatedAt: at };
    rows.push(await services.handlers['records.seal']({ table: 'notebook', id: seededId(index), record }));
  }
  services.dispose();
  return { rows, newestTitle: `${TITLES[(count - 1) % TITLES.length] as string} #${count - 1}` };
}

/** Writes rows into the page's IndexedDB the way renderer/store does (Dexie version 1 = IDB 10). */
export async function putRows(page: Page, rows: readonly SealedRow[]): Promise<void> {
  await page.evaluate(`(async (rows) => {
    ${PAGE_CODEC_SOURCE}
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('aigaq', 10);
      request.onupgradeneeded = () => request.result.createObjectStore('notebook', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('notebook', 'readwrite');
      for (const row of decode(rows)) tx.objectStore('notebook').put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  })(${JSON.stringify(encodeForPage(rows))})`);
}

/** Swaps the sealed bytes of two stored rows, as an attacker editing the LevelDB files could. */
export async function swapStoredRows(page: Page, idA: string, idB: string): Promise<void> {
  await page.evaluate(`(async ([a, b]) => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('aigaq'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const store = db.transaction('notebook', 'readwrite').objectStore('notebook');
    const get = (id) => new Promise((resolve) => { const r = store.get(id); r.onsuccess = () => resolve(r.result); });
    const [rowA, rowB] = [await get(a), await get(b)];
    store.put({ id: a, b: rowB.b });
    store.put({ id: b, b: rowA.b });
    await new Promise((resolve) => { store.transaction.oncomplete = resolve; });
    db.close();
  })(${JSON.stringify([idA, idB])})`);
}

export async function storedIds(page: Page): Promise<string[]> {
  return (await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('aigaq'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const keys = await new Promise((resolve) => { const r = db.transaction('notebook').objectStore('notebook').getAllKeys(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return keys;
  })()`)) as string[];
}
