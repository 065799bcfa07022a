import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../shared/errors/appError';

// Invitations, enrolments and receipts are a few kilobytes: anything larger picked in the dialog
// is not one of them, and is refused before it is read into memory whole.

const MAX_SIGNED_FILE_BYTES = 64 * 1024;

const unreadable = () => {
  throw new AppError('SOURCE_UNREADABLE', 'the file could not be read');
};

export async function readSmallFile(path: string): Promise<Uint8Array> {
  const tooLarge = (size: number) => size > MAX_SIGNED_FILE_BYTES;
  if (tooLarge((await stat(path).catch(unreadable)).size)) {
    throw new AppError('INTEGRITY', 'this is not a file Aigaq wrote');
  }
  const bytes = await readFile(path).catch(unreadable);
  if (tooLarge(bytes.length)) {
    throw new AppError('INTEGRITY', 'this is not a file Aigaq wrote'); // it grew since stat
  }
  return new Uint8Array(bytes);
}
