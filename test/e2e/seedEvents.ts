import type { Page } from 'playwright-core';
import { createMainServices } from '../../main/mainServices';
import type { KdfParams } from '../../main/vault/kdfParams';
import type { FieldValues } from '../../shared/definitions/fieldValues';
import { detentionVisitExample } from '../../shared/definitions/records/examples/detentionVisit.example';
import { protestDetentionExample } from '../../shared/definitions/records/examples/protestDetention.example';
import { tortureAllegationExample } from '../../shared/definitions/records/examples/tortureAllegation.example';
import type { RecordType } from '../../shared/definitions/registry';
import { plainNarrative } from '../../shared/narrative/plainNarrative';
import type { SealedRow } from '../../shared/records/recordTables';
import { encodeForPage, PAGE_CODEC_SOURCE } from './bridgeCodec';

// Many realistic, invented records for benchmarks: the three bundled examples varied in title,
// description, region and date, in English, Russian and Kazakh, sealed by the real services and put
// into the page's IndexedDB as the renderer's store writes them ({ id, b } in "events").

const TITLES = [
  'Visit to an invented SIZO: cell 14 overcrowded',
  'Задержание у акимата после пикета, статья 488',
  'Қарағанды ИВС: тергеушінің қысымы туралы арыз',
  'Allegation: beating during transfer to a colony',
  'Отказ в доступе адвоката в течение трёх часов',
  'Жаңаөзен: ұсталғандардың туыстарымен сұхбат',
  'Ұрып-соғу туралы шағым, Шымкент',
  'Пытки в изоляторе временного содержания, Алматы',
];
const SENTENCES = [
  'He said he was beaten on the soles of his feet during the first night.',
  'Она рассказала, что ей не дали позвонить родственникам в течение двух суток.',
  'Ол тергеуші мойындау туралы қағазға қол қоюды талап еткенін айтты.',
  'The lawyer was refused access for three hours after the arrest.',
  'Задержанных доставили в спортзал, превращённый во временное место содержания.',
  'Куәгер полиция қызметкерлерінің сойылмен ұрғанын көрген.',
];
const REGIONS = ['KZ-10', 'KZ-11', 'KZ-19', 'KZ-35', 'KZ-47', 'KZ-71', 'KZ-75', 'KZ-79'];
const EXAMPLES: readonly [RecordType, FieldValues][] = [
  ['DETENTION_VISIT', detentionVisitExample],
  ['TORTURE_ALLEGATION', tortureAllegationExample],
  ['PROTEST_DETENTION', protestDetentionExample],
];

export function seededEventId(index: number): string {
  return Buffer.from(`${String(index).padStart(12, '0')}evnt`).toString('base64url').slice(0, 22);
}

export function seededTitle(index: number): string {
  return `${TITLES[index % TITLES.length] as string} #${index}`;
}

function eventRecord(index: number, start: number) {
  const [type, example] = EXAMPLES[index % EXAMPLES.length] as [RecordType, FieldValues];
  const at = new Date(start + index * 60_000).toISOString();
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  const values = {
    ...example,
    title: seededTitle(index),
    description: plainNarrative(`${SENTENCES[index % SENTENCES.length] as string} ${SENTENCES[(index + 2) % SENTENCES.length] as string}`),
    region: REGIONS[index % REGIONS.length],
    initialDate: { value: `${2016 + (index % 10)}-${month}-${day}`, precision: 'day', approximate: false },
  };
  const prefix = { DETENTION_VISIT: 'DV', TORTURE_ALLEGATION: 'TA', PROTEST_DETENTION: 'PD' }[type];
  return { schemaVersion: 1, type, localRef: `${prefix}-2026-${index.toString(36).toUpperCase().padStart(4, '0').slice(-4)}`, definitionVersion: 1, status: 'final', createdAt: at, updatedAt: at, values, retired: [] };
}

export async function sealEvents(dataDir: string, passphrase: string, kdfParams: KdfParams, count: number): Promise<{ rows: SealedRow[]; newestTitle: string }> {
  const services = await createMainServices({ dataDir, kdfParams });
  await services.handlers['vault.create']({ passphrase });
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const rows: SealedRow[] = [];
  for (let index = 0; index < count; index += 1) {
    rows.push(await services.handlers['records.seal']({ table: 'events', id: seededEventId(index), record: eventRecord(index, start) }));
  }
  services.dispose();
  return { rows, newestTitle: seededTitle(count - 1) };
}

/** Every table of renderer/store/db.ts version 5 (IndexedDB version 50), keyed by id. */
const TABLES = ['notebook', 'notebookIndex', 'events', 'eventIndex', 'persons', 'identities', 'revisions'] as const;

/** Writes sealed rows into one table of the page's database, creating the database as Dexie would. */
export async function putRows(page: Page, table: (typeof TABLES)[number], rows: readonly SealedRow[]): Promise<void> {
  await page.evaluate(`(async ([rows, tables, table]) => {
    ${PAGE_CODEC_SOURCE}
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('aigaq', 50);
      request.onupgradeneeded = () => { for (const name of tables) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name, { keyPath: 'id' }); };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(table, 'readwrite');
      for (const row of decode(rows)) tx.objectStore(table).put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  })([${JSON.stringify(encodeForPage(rows))}, ${JSON.stringify(TABLES)}, ${JSON.stringify(table)}])`);
}

/** Writes sealed rows into the page's "events" table. */
export function putEventRows(page: Page, rows: readonly SealedRow[]): Promise<void> {
  return putRows(page, 'events', rows);
}
