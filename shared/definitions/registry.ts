import type { FormDefinition } from './fieldDefinition';
import { identityV1 } from './people/identity';
import { personV1 } from './people/person';
import { detentionVisitV1 } from './records/detentionVisit';
import { protestDetentionV1 } from './records/protestDetention';
import { tortureAllegationV1 } from './records/tortureAllegation';

// Every form the app knows, with every version it ever shipped: records written with an older
// version are migrated forward from their own definition (migrations.ts), so a field a later
// version drops is kept, never lost (Martus lost data on template changes).

export const RECORD_TYPES = ['DETENTION_VISIT', 'TORTURE_ALLEGATION', 'PROTEST_DETENTION'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const ENTITY_FORMS = ['PERSON', 'IDENTITY'] as const;
export type FormId = RecordType | (typeof ENTITY_FORMS)[number];

/** Oldest first; the last one is current. */
export const FORM_HISTORY: Readonly<Record<FormId, readonly FormDefinition[]>> = {
  DETENTION_VISIT: [detentionVisitV1],
  TORTURE_ALLEGATION: [tortureAllegationV1],
  PROTEST_DETENTION: [protestDetentionV1],
  PERSON: [personV1],
  IDENTITY: [identityV1],
};

export function currentDefinition(id: FormId): FormDefinition {
  const history = FORM_HISTORY[id];
  const current = history[history.length - 1];
  if (current === undefined) {
    throw new Error(`no definition for ${id}`);
  }
  return current;
}

export function definitionVersion(id: FormId, version: number): FormDefinition | undefined {
  return FORM_HISTORY[id].find((definition) => definition.version === version);
}
