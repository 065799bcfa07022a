import { AppError } from '../../shared/errors/appError';

// Argon2id parameters (security brief §4.1, R1–R2). libsodium fixes parallelism at 1.
export type KdfParams = { readonly opsLimit: number; readonly memLimitKiB: number };

export const KDF_DEFAULT: KdfParams = { opsLimit: 3, memLimitKiB: 256 * 1024 };
// Floor: below this a stolen header is cheap to attack (a downgrade). Ceiling: above it a forged
// header could make unlock allocate gigabytes or run for minutes (a denial of service).
export const KDF_FLOOR: KdfParams = { opsLimit: 3, memLimitKiB: 64 * 1024 };
export const KDF_CEILING: KdfParams = { opsLimit: 10, memLimitKiB: 1024 * 1024 };

export function isKdfParamsAllowed(params: KdfParams): boolean {
  return (
    params.opsLimit >= KDF_FLOOR.opsLimit &&
    params.opsLimit <= KDF_CEILING.opsLimit &&
    params.memLimitKiB >= KDF_FLOOR.memLimitKiB &&
    params.memLimitKiB <= KDF_CEILING.memLimitKiB
  );
}

/** Checked before the KDF ever runs on parameters read from disk. */
export function assertKdfParamsAllowed(params: KdfParams): void {
  if (!isKdfParamsAllowed(params)) {
    throw new AppError('VAULT_DAMAGED', 'key derivation parameters outside the allowed range');
  }
}
