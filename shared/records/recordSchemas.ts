import type { z } from 'zod';
import { NotebookEntry, NOTEBOOK_SCHEMA_VERSION } from './notebookEntry';
import { NotebookIndex, NOTEBOOK_INDEX_SCHEMA_VERSION } from './notebookIndex';
import { EventRecord, FORM_RECORD_SCHEMA_VERSION, IdentityRecord, PersonRecord } from './formRecord';
import type { RecordTable } from './recordTables';
import { EventIndex, EVENT_INDEX_SCHEMA_VERSION } from './eventIndex';
import { RevisionChainRow, REVISION_CHAIN_SCHEMA_VERSION } from '../revisions/revisionChainRow';

// Main validates a record's plaintext against its table's schema before sealing it, so the
// renderer can never persist a shape the rest of the app cannot read.
export const recordSchemas = {
  notebook: { schema: NotebookEntry, schemaVersion: NOTEBOOK_SCHEMA_VERSION },
  notebookIndex: { schema: NotebookIndex, schemaVersion: NOTEBOOK_INDEX_SCHEMA_VERSION },
  events: { schema: EventRecord, schemaVersion: FORM_RECORD_SCHEMA_VERSION },
  eventIndex: { schema: EventIndex, schemaVersion: EVENT_INDEX_SCHEMA_VERSION },
  persons: { schema: PersonRecord, schemaVersion: FORM_RECORD_SCHEMA_VERSION },
  // Its own table, so its rows can be left out of exports and later sealed under their own key.
  identities: { schema: IdentityRecord, schemaVersion: FORM_RECORD_SCHEMA_VERSION },
  revisions: { schema: RevisionChainRow, schemaVersion: REVISION_CHAIN_SCHEMA_VERSION },
} satisfies Record<RecordTable, { schema: z.ZodType; schemaVersion: number }>;
