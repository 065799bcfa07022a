import { z } from 'zod';

// The minimal entry type that proves the encrypted record path end to end. The record-model issue
// replaces it with the real record types; the envelope and the store stay.
export const NOTEBOOK_SCHEMA_VERSION = 1;

export const NotebookEntry = z.object({
  schemaVersion: z.literal(NOTEBOOK_SCHEMA_VERSION),
  title: z.string().trim().min(1).max(500),
  text: z.string().max(200_000),
  /** Device-claimed ISO time; the device clock can be wrong and the UI says so. */
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type NotebookEntry = z.infer<typeof NotebookEntry>;
