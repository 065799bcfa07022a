import { BundledRecord, type BundledPerson } from '../../../shared/bundles/bundledRecord';
import { chainRelation, receivedEventRecord, type ChainRelation } from '../../../shared/bundles/receivedRecord';
import { REVISION_CHAIN_SCHEMA_VERSION } from '../../../shared/revisions/revisionChainRow';
import type { FormRepos } from '../../store/formRepos';
import type { RecordCatalog } from '../records/recordCatalog';
import { parseEventRecord, parseIdentityRecord, parsePersonRecord } from '../records/recordLifecycle';

// The coordinator's side of an import, in the renderer, which holds the sealed rows: each record
// main verified becomes (or updates) a record with its signed history, and the people it links
// join the register. Importing the same bundle again finds every chain the same and writes nothing.

export type StoredOutcome = { readonly added: number; readonly updated: number; readonly unchanged: number; readonly diverged: readonly string[] };

async function heldChain(repos: FormRepos, id: string) {
  const row = await repos.revisions.get(id);
  if (row === undefined) {
    return null;
  }
  return row.state === 'ok' ? row.record.revisions : undefined; // undefined: a damaged row is never overwritten
}

/** A person is written when new here, or when the copy that arrived was changed later than the one held. */
async function storePerson(repos: FormRepos, bundled: BundledPerson): Promise<void> {
  const held = await repos.persons.get(bundled.id);
  const person = parsePersonRecord(bundled.person);
  if (person !== undefined && (held === undefined || (held.state === 'ok' && held.record.updatedAt < person.updatedAt))) {
    await repos.persons.save(bundled.id, person);
  }
  const identity = bundled.identity === null ? undefined : parseIdentityRecord(bundled.identity);
  const heldIdentity = identity === undefined ? undefined : await repos.identities.get(bundled.id);
  if (identity !== undefined && (heldIdentity === undefined || (heldIdentity.state === 'ok' && heldIdentity.record.updatedAt < identity.updatedAt))) {
    await repos.identities.save(bundled.id, identity);
  }
}

async function storeOne(repos: FormRepos, catalog: RecordCatalog, id: string, value: unknown): Promise<ChainRelation> {
  const document = BundledRecord.safeParse(value);
  const record = document.success ? parseEventRecord(receivedEventRecord(document.data)) : undefined;
  const held = await heldChain(repos, id);
  if (!document.success || record === undefined || held === undefined) {
    return 'diverged';
  }
  const relation = chainRelation(held, document.data.revisions);
  if (relation === 'new' || relation === 'extends') {
    await Promise.all(document.data.persons.map((person) => storePerson(repos, person)));
    // The history first: a record is never shown without the chain that vouches for it.
    await repos.revisions.save(id, { schemaVersion: REVISION_CHAIN_SCHEMA_VERSION, revisions: document.data.revisions });
    await repos.events.save(id, record);
    catalog.upsert(id, record);
  }
  return relation;
}

export async function storeReceivedRecords(repos: FormRepos, catalog: RecordCatalog, records: readonly { id: string; document: unknown }[]): Promise<StoredOutcome> {
  const outcome = { added: 0, updated: 0, unchanged: 0, diverged: [] as string[] };
  for (const { id, document } of records) {
    const relation = await storeOne(repos, catalog, id, document);
    if (relation === 'new') {
      outcome.added += 1;
    } else if (relation === 'extends') {
      outcome.updated += 1;
    } else if (relation === 'diverged') {
      outcome.diverged.push(id);
    } else {
      outcome.unchanged += 1;
    }
  }
  return outcome;
}
