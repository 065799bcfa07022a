import { z } from 'zod';
import { RecordId } from '../records/recordTables';
import { IdentityRecordEnvelope, PersonRecordEnvelope } from '../records/formRecord';
import { Revision } from '../revisions/revision';

// A record as it travels in a bundle (docs/bundle-format.md, "Record items"): its whole signed
// chain of revisions, oldest first, and the people it links, so that the coordinator sees what the
// monitor sealed and can verify every revision with the monitor's key. The content travels exactly
// as signed (words marked "redact when shared" included, marked): a signature covers the whole
// content, so a trimmed copy could no longer be verified. Redaction is applied when a coordinator
// shares outside the organisation (summaries, reports), where every output leaves those words out.

export const BUNDLED_RECORD_FORMAT = 'aigaq-bundled-record-v1';

/** A person the record links: the pseudonymous core, and the identity (names) only if the monitor chose to send it. */
export const BundledPerson = z.strictObject({
  id: RecordId,
  person: PersonRecordEnvelope,
  identity: IdentityRecordEnvelope.nullable(),
});
export type BundledPerson = z.infer<typeof BundledPerson>;

export const BundledRecord = z.strictObject({
  format: z.literal(BUNDLED_RECORD_FORMAT),
  revisions: z.array(Revision).min(1).max(1000),
  persons: z.array(BundledPerson).max(1000),
});
export type BundledRecord = z.infer<typeof BundledRecord>;
