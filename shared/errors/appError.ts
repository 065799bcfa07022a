// Errors cross the IPC boundary as { code, message }; the renderer shows a translated text chosen
// by the code (i18n key `errors.<CODE>`), never the developer message.
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'FORBIDDEN',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_SECRET',
  'VAULT_DAMAGED',
  'WEAK_PASSPHRASE',
  'INTEGRITY',
  'SELF_TEST_FAILED',
  'STORAGE',
  'DISK_FULL',
  'NOT_FOUND',
  'SOURCE_UNREADABLE',
  'SOURCE_CHANGED',
  'NOT_A_FILE',
  'CANCELLED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = code) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
