import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../shared/errors/appError';

// Where an item's three files live, and the disk operations the store's commit protocol needs
// (docs/evidence-store.md). An item is VISIBLE exactly when its sealed metadata file exists: that
// file is renamed into place last, so a crash at any earlier point leaves only leftovers, which
// cleanUpAfterCrash removes at the next unlock.

export const EVIDENCE_FOLDER = 'evidence';

export type ItemFileKind = 'content' | 'meta' | 'custody';
const SUFFIX: Record<ItemFileKind, string> = { content: '.age', meta: '.meta', custody: '.custody' };
/** Files being written carry one of these endings until they are complete and synced. */
export const UNFINISHED_SUFFIXES = ['.part', '.tmp'] as const;
const ITEM_FILE = /^([A-Za-z0-9_-]{22})\.(age|meta|custody)$/;

export function evidenceFolder(dataDir: string): string {
  return join(dataDir, EVIDENCE_FOLDER);
}

export function itemFile(folder: string, id: string, kind: ItemFileKind): string {
  return join(folder, `${id}${SUFFIX[kind]}`);
}

export function partFile(folder: string, id: string, kind: ItemFileKind): string {
  return `${itemFile(folder, id, kind)}.part`;
}

export type FolderListing = { readonly items: ReadonlyMap<string, ReadonlySet<ItemFileKind>>; readonly unfinished: readonly string[]; readonly foreign: readonly string[] };

const KIND_OF_EXTENSION: Record<string, ItemFileKind> = { age: 'content', meta: 'meta', custody: 'custody' };

/** What is in the evidence folder, grouped by item id. */
export async function listFolder(folder: string): Promise<FolderListing> {
  const items = new Map<string, Set<ItemFileKind>>();
  const unfinished: string[] = [];
  const foreign: string[] = [];
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const match = ITEM_FILE.exec(name);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const kinds = items.get(match[1]) ?? new Set<ItemFileKind>();
      kinds.add(KIND_OF_EXTENSION[match[2]] as ItemFileKind);
      items.set(match[1], kinds);
    } else if (UNFINISHED_SUFFIXES.some((suffix) => name.endsWith(suffix))) {
      unfinished.push(name);
    } else {
      foreign.push(name);
    }
  }
  return { items, unfinished, foreign };
}

/** Writes the pieces in order at the handle's position, gathered (writev) rather than copied together. */
export async function writePieces(output: FileHandle, pieces: readonly Buffer[]): Promise<void> {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const { bytesWritten } = await output.writev(pieces as Buffer[]);
  if (bytesWritten < total) {
    // A short write (the disk filling up, or more pieces than one writev takes): write what is left, which errors if it cannot.
    await output.write(Buffer.concat(pieces as Buffer[]).subarray(bytesWritten));
  }
}

/** fsync a file that was written through another descriptor (fsync applies to the file, not the descriptor). */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes renames in the folder durable. Windows cannot open a folder; NTFS journals renames. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform !== 'win32') {
    await syncFile(folder);
  }
}

export async function renameDurably(from: string, to: string, folder: string): Promise<void> {
  await rename(from, to);
  await syncFolder(folder);
}

export async function removeIfPresent(path: string | null): Promise<void> {
  if (path === null) {
    return;
  }
  await unlink(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') {
      throw new AppError('STORAGE', `could not remove an evidence file: ${error.code ?? 'error'}`);
    }
  });
}

/**
 * Destroys an encrypted file's key, then the file. The file key sits only in the age header, in
 * the first few hundred bytes: overwriting them with random bytes (and syncing) makes the rest
 * undecryptable even from a disk image taken later. On SSDs and copy-on-write file systems the
 * old blocks may survive the overwrite; docs/evidence-store.md says so.
 */
export async function destroyEncryptedFile(path: string, headerBytes = 4096): Promise<void> {
  try {
    const handle = await open(path, constants.O_WRONLY);
    try {
      const { size } = await handle.stat();
      await handle.write(randomBytes(Math.min(size, headerBytes)), 0, Math.min(size, headerBytes), 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return;
    }
    throw new AppError('STORAGE', `could not destroy an evidence file: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  await removeIfPresent(path);
}
