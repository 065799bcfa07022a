import type { TFunction } from 'i18next';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { UnlockSecret } from '../../../shared/ipc/contract';

/** A wrong recovery key gets its own advice; everything else reads `errors.<CODE>`. */
export function unlockFailureText(t: TFunction, code: ErrorCode, method: UnlockSecret['method']): string {
  return code === 'WRONG_SECRET' && method === 'recoveryKey' ? t('unlock.wrongRecoveryKey') : t(`errors.${code}`);
}
