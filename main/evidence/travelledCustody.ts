import type { CustodyEntry, CustodyProblem } from '../../shared/evidence/custodyEvent';
import type { Sodium } from '../vault/sodium';
import { entryProblem } from './custodyLog';

// A custody log that travelled as its entries (a bundle's custody item, docs/bundle-format.md) is
// checked as a log on disk is (docs/custody-log.md, "Verification", steps 5–8): every leaf hash, every
// signature by the sender, the item, and the chain from the first event to the last. Only the
// frames' sealing is not there to check: that belongs to the sender's disk.

/** The first problem with the entries, or null when they form one whole chain signed by `actor`. */
export function travelledCustodyProblem(sodium: Sodium, actor: string, itemId: string, entries: readonly CustodyEntry[]): CustodyProblem | null {
  if (entries.length === 0) {
    return 'TAMPERED'; // a log always begins with its ingest event
  }
  for (let seq = 0; seq < entries.length; seq += 1) {
    const problem = entryProblem({ sodium, actor }, itemId, entries[seq] as CustodyEntry, entries.slice(0, seq));
    if (problem !== null) {
      return problem;
    }
  }
  return null;
}
