import { constants } from 'node:fs';
import { open, rename, readFile, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../shared/errors/appError';

// A file is either its old bytes or its new bytes, never half of each: write a sibling, fsync it,
// rename over the target, fsync the folder. A crash or a full disk leaves the old file intact.
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(temporary, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
      throw new AppError('DISK_FULL', `could not write ${path}: the disk is full`);
    }
    throw new AppError('STORAGE', `could not write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for sync; NTFS journals renames.
  if (process.platform === 'win32') {
    return;
  }
  const handle = await open(folder, constants.O_RDONLY);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The file's bytes, or null when it does not exist. */
export async function readFileIfExists(path: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null;
    }
    throw new AppError('STORAGE', `could not read ${path}`);
  }
}
