import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PersonRecord } from '../../../shared/records/formRecord';
import { useFormRepos } from '../../store/formRepos';
import { newRecordId } from '../../store/recordId';
import type { PeopleDirectory } from '../forms/peopleDirectory';
import { newPersonRecord } from '../records/recordLifecycle';
import { useOpenRecords } from '../records/useOpenRecords';
import { PersonDialog } from './PersonDialog';
import { personLabel } from './personLabel';

/**
 * The person register as a record form sees it: options to pick from, and "New person", which
 * registers a person and opens it in a dialog; closing the dialog picks the new person.
 */
export function usePeopleDirectory(): { directory: PeopleDirectory; dialog: ReactNode } {
  const repos = useFormRepos();
  const { listing, reload } = useOpenRecords(repos.persons);
  const [editing, setEditing] = useState<string | null>(null);
  const resolveCreate = useRef<((id: string | null) => void) | null>(null);

  const create = useCallback(async (): Promise<string | null> => {
    const id = newRecordId();
    await repos.persons.save(id, newPersonRecord(new Date()));
    setEditing(id);
    return new Promise((resolve) => {
      resolveCreate.current = resolve;
    });
  }, [repos]);

  const close = useCallback(() => {
    const id = editing;
    setEditing(null);
    reload();
    resolveCreate.current?.(id);
    resolveCreate.current = null;
  }, [editing, reload]);

  const options = useMemo(
    () => (listing.kind === 'ready' ? listing.rows.flatMap((row) => (row.state === 'ok' ? [{ id: row.id, label: personLabel(row.record as PersonRecord) }] : [])) : []),
    [listing],
  );
  const directory = useMemo(() => ({ options, create }), [options, create]);
  const dialog = editing === null ? null : <PersonDialog personId={editing} onClose={close} />;
  return { directory, dialog };
}
