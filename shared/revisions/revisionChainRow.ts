import { z } from 'zod';
import { Revision } from './revision';

// How a record's revisions are stored in the renderer: one sealed row per record, under the
// record's id in the `revisions` table, holding the chain oldest first. Main checks the shapes when
// it seals the row and the signatures whenever the chain is verified (on open, before sealing).
export const REVISION_CHAIN_SCHEMA_VERSION = 1;

export const RevisionChainRow = z.object({
  schemaVersion: z.literal(REVISION_CHAIN_SCHEMA_VERSION),
  revisions: z.array(Revision).max(1000),
});
export type RevisionChainRow = z.infer<typeof RevisionChainRow>;
