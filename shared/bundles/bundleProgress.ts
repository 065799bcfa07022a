import { z } from 'zod';

/** How far the bundle being written (export) or read (import) has got, in bytes. */
export const BundleProgress = z.object({
  operation: z.enum(['export', 'import']),
  bytes: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type BundleProgress = z.infer<typeof BundleProgress>;
