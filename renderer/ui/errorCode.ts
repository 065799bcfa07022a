import { isAppError, type ErrorCode } from '../../shared/errors/appError';

/** The code to show for anything thrown: an AppError's own, INTERNAL for the rest. */
export function errorCodeOf(error: unknown): ErrorCode {
  return isAppError(error) ? error.code : 'INTERNAL';
}
