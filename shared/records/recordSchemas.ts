import type { z } from 'zod';
import { NotebookEntry, NOTEBOOK_SCHEMA_VERSION } from './notebookEntry';
import { NotebookIndex, NOTEBOOK_INDEX_SCHEMA_VERSION } from './notebookIndex';
import type { RecordTable } from './recordTables';

// Main validates a record's plaintext against its table's schema before sealing it, so the
// renderer can never persist a shape the rest of the app cannot read.
export const recordSchemas = {
  notebook: { schema: NotebookEntry, schemaVersion: NOTEBOOK_SCHEMA_VERSION },
  notebookIndex: { schema: NotebookIndex, schemaVersion: NOTEBOOK_INDEX_SCHEMA_VERSION },
} satisfies Record<RecordTable, { schema: z.ZodType; schemaVersion: number }>;
