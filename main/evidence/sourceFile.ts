import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../shared/errors/appError';

// The file a monitor chose to attach. Checked before a byte is read (a folder, a device, a path
// into the vault itself are refused) and again after the last byte (a file that changed or
// vanished while it was read is not evidence of anything).

export type SourceFile = { readonly path: string; readonly name: string; readonly size: number; readonly mtimeMs: number };

const MAX_NAME = 255;

/** The base name only: a full path would record where on the monitor's disk the file came from. */
export function displayName(path: string): string {
  const name = basename(path).normalize('NFC');
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name || 'file';
}

export async function inspectSource(path: string, vaultFolder: string): Promise<SourceFile> {
  if (!isAbsolute(path) || path.startsWith(vaultFolder)) {
    throw new AppError('NOT_A_FILE', 'not a file that can be attached');
  }
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new AppError('SOURCE_UNREADABLE', `cannot read the source: ${error.code ?? 'error'}`);
  });
  if (!info.isFile()) {
    throw new AppError('NOT_A_FILE', 'not a regular file');
  }
  return { path, name: displayName(path), size: info.size, mtimeMs: info.mtimeMs };
}

/** After reading: the same size and modification time, and the count of bytes read agrees. */
export async function assertSourceUnchanged(source: SourceFile, bytesRead: number): Promise<void> {
  const after = await stat(source.path).catch(() => null);
  if (after === null || after.size !== source.size || after.mtimeMs !== source.mtimeMs || bytesRead !== source.size) {
    throw new AppError('SOURCE_CHANGED', 'the source changed while it was read');
  }
}
