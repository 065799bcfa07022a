import { z } from 'zod';
import { RECORD_TYPES } from '../definitions/registry';
import { RECORD_STATUSES } from './formRecord';
import { RecordId } from './recordTables';

// The records list's sealed index: one row holding, per record, what the list shows (type,
// reference, title, start date, status, last change), so the list is ready right after unlock
// from one row instead of opening 10,000. It is a cache: after unlock every record is opened in the
// background (the search index needs them all anyway) and the index is rewritten if it disagrees.
export const EVENT_INDEX_SCHEMA_VERSION = 1;
/** The one row of the eventIndex table: 16 zero bytes as a record id. */
export const EVENT_INDEX_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

export const EventIndexEntry = z.object({
  id: RecordId,
  type: z.enum(RECORD_TYPES),
  localRef: z.string().max(40),
  title: z.string().max(300),
  /** The first day the record's start date can mean (partial dates), for sorting; null if none yet. */
  from: z.string().nullable(),
  status: z.enum(RECORD_STATUSES),
  updatedAt: z.iso.datetime(),
});
export type EventIndexEntry = z.infer<typeof EventIndexEntry>;

export const EventIndex = z.object({
  schemaVersion: z.literal(EVENT_INDEX_SCHEMA_VERSION),
  entries: z.array(EventIndexEntry).max(200_000),
});
export type EventIndex = z.infer<typeof EventIndex>;
