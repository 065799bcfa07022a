import { AppError, isAppError } from '../../shared/errors/appError';

// What the file system refused, said in the app's own error codes, so that the screen says "the disk
// is full" or "could not read this file" and not "something went wrong inside Aigaq" — and so that a
// bundle the coordinator could not stage for lack of space is not reported as a damaged bundle.

/** An error from Node's fs (it names the system call that failed), as opposed to bad data or a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException & { readonly syscall: string } {
  // Not `instanceof Error`: an error made by Node's own fs may come from another realm (a test's VM context).
  const candidate = error as Partial<NodeJS.ErrnoException> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.code === 'string' && typeof candidate.syscall === 'string';
}

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * A file-system error as DISK_FULL, SOURCE_UNREADABLE (a read, or anything on `source`: the file the
 * user chose, on a stick that may have been pulled out) or STORAGE; anything else is returned as it
 * was (an AppError keeps its code; a bug stays INTERNAL).
 */
export function fileSystemFailure(error: unknown, source?: string): unknown {
  if (!isFileSystemError(error)) {
    return error;
  }
  if (isDiskFull(error)) {
    return new AppError('DISK_FULL', 'the disk is full');
  }
  if (error.syscall === 'read' || (source !== undefined && error.path === source)) {
    return new AppError('SOURCE_UNREADABLE', `cannot read the file: ${error.code ?? 'error'}`);
  }
  return new AppError('STORAGE', `${error.syscall} failed: ${error.code ?? 'error'}`);
}

/** For a write of evidence: CANCELLED when the caller cancelled, DISK_FULL, or STORAGE for any other failure. */
export function storageFailure(error: unknown, signal?: AbortSignal): AppError {
  if (signal?.aborted === true) {
    return new AppError('CANCELLED', 'the ingest was cancelled');
  }
  if (isAppError(error)) {
    return error;
  }
  if (isDiskFull(error)) {
    return new AppError('DISK_FULL', 'the disk is full');
  }
  return new AppError('STORAGE', `evidence write failed: ${(error as NodeJS.ErrnoException | null)?.code ?? 'error'}`);
}
