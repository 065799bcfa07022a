import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';
import { EvidenceItem } from '../../shared/evidence/evidenceItem';
import { openRecord, sealRecord, type RecordKeys } from '../vault/recordEnvelope';
import type { Sodium } from '../vault/sodium';
import { writeFileAtomic } from '../storage/atomicFile';

// An item's metadata (name, size, type, SHA-256, capture time…) sealed like any record, with the
// table name "evidence" and the item id in the associated data: a .meta file copied onto another
// item's name fails to open. The original name is as sensitive as the content ("beating.mp4").

const TABLE = 'evidence';
const SCHEMA_VERSION = 1;

export function sealEvidenceItem(sodium: Sodium, keys: RecordKeys, item: EvidenceItem): Uint8Array {
  return sealRecord(sodium, keys, { table: TABLE, id: item.id }, { value: EvidenceItem.parse(item), schemaVersion: SCHEMA_VERSION });
}

export function openEvidenceItem(sodium: Sodium, keys: RecordKeys, id: string, sealed: Uint8Array): EvidenceItem {
  const opened = openRecord(sodium, keys, { table: TABLE, id }, sealed);
  const parsed = EvidenceItem.safeParse(opened.value);
  if (!parsed.success || parsed.data.id !== id) {
    throw new AppError('INTEGRITY', 'evidence metadata is not what it claims');
  }
  return parsed.data;
}

export async function readEvidenceItem(sodium: Sodium, keys: RecordKeys, id: string, path: string): Promise<EvidenceItem> {
  const sealed = await readFile(path).catch(() => {
    throw new AppError('NOT_FOUND', 'no such evidence item');
  });
  return openEvidenceItem(sodium, keys, id, new Uint8Array(sealed));
}

/** Atomic: the item becomes visible (or changes) in one rename. */
export async function writeEvidenceItem(sodium: Sodium, keys: RecordKeys, item: EvidenceItem, path: string): Promise<void> {
  await writeFileAtomic(path, sealEvidenceItem(sodium, keys, item));
}
