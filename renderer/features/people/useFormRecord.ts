import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues } from '../../../shared/definitions/fieldValues';
import type { FormId } from '../../../shared/definitions/registry';
import type { RecordStatus } from '../../../shared/records/formRecord';
import type { FormRecordRepo } from '../../store/formRecordRepo';
import { upgradeRecord, withValues, type FormRecordShape } from '../records/recordLifecycle';
import { useAutosave } from '../records/useAutosave';

type Shape = FormRecordShape;

export type Loaded<T> = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly record: T } | { readonly kind: 'missing' } | { readonly kind: 'damaged' } | { readonly kind: 'unsupported' };

/**
 * One form record being edited: opened (and upgraded to the current form), autosaved on every
 * change, and saved with a given status on request. The latest record lives in a ref so an
 * autosave never writes values older than what is on screen.
 */
export function useFormRecord<T extends Shape>(form: FormId | ((record: T) => FormId), repo: FormRecordRepo<T>, id: string, onSaved?: (record: T) => void) {
  const formOf = useCallback((record: T): FormId => (typeof form === 'function' ? form(record) : form), [form]);
  const [loaded, setLoaded] = useState<Loaded<T>>({ kind: 'loading' });
  const current = useRef<T | null>(null);

  useEffect(() => {
    let live = true;
    // A record written by a newer version of the app is refused, never misread.
    const open = (stored: T) => {
      try {
        const record = upgradeRecord(formOf(stored), stored);
        current.current = record;
        setLoaded({ kind: 'ready', record });
      } catch {
        setLoaded({ kind: 'unsupported' });
      }
    };
    repo.get(id).then(
      (row) => {
        if (!live) {
          return;
        }
        if (row === undefined) {
          setLoaded({ kind: 'missing' });
        } else if (row.state === 'damaged') {
          setLoaded({ kind: 'damaged' });
        } else if (row.state === 'unsupported') {
          setLoaded({ kind: 'unsupported' });
        } else {
          open(row.record);
        }
      },
      () => live && setLoaded({ kind: 'damaged' }),
    );
    return () => {
      live = false;
    };
  }, [formOf, repo, id]);

  const save = useCallback(async (record: T) => {
    await repo.save(id, record);
    onSaved?.(record);
  }, [repo, id, onSaved]);
  const autosave = useAutosave(save);

  const change = useCallback(
    (values: FieldValues) => {
      if (current.current === null) {
        return;
      }
      current.current = withValues(formOf(current.current), current.current, values, new Date());
      autosave.schedule(current.current);
    },
    [formOf, autosave],
  );

  /** Writes the current values now with a status the caller has checked (Finalise). */
  const saveAs = useCallback(
    async (status: RecordStatus) => {
      if (current.current === null) {
        return;
      }
      await autosave.flush();
      const record: T = { ...current.current, status, updatedAt: new Date().toISOString() };
      current.current = record;
      await save(record);
      setLoaded({ kind: 'ready', record });
    },
    [autosave, save],
  );

  return { loaded, current, change, saveAs, saveState: autosave.state, flush: autosave.flush };
}
