import { z } from 'zod';
import { RecordId } from './recordTables';

// A sealed ordering index for the notebook: one row holding every entry's id and device-claimed
// creation time, so a list of 10,000 entries opens one row and the page it shows, not 10,000 rows.
// It holds no titles or text. It is a cache: the renderer rebuilds it from the rows whenever it
// disagrees with them (a crash between writing an entry and the index, a damaged index row).
export const NOTEBOOK_INDEX_SCHEMA_VERSION = 1;
/** The one row of the notebookIndex table: 16 zero bytes as a record id. */
export const NOTEBOOK_INDEX_ID = 'AAAAAAAAAAAAAAAAAAAAAA';

export const NotebookIndexEntry = z.tuple([RecordId, z.iso.datetime()]);
export type NotebookIndexEntry = z.infer<typeof NotebookIndexEntry>;

export const NotebookIndex = z.object({
  schemaVersion: z.literal(NOTEBOOK_INDEX_SCHEMA_VERSION),
  // ~60 bytes an entry: 200,000 entries stay well under the 16 MiB a sealed row may hold.
  entries: z.array(NotebookIndexEntry).max(200_000),
});
export type NotebookIndex = z.infer<typeof NotebookIndex>;
