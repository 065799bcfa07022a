import { useCallback } from 'react';
import { useApi } from '../../../bridge/BridgeContext';
import type { NarrativeDoc } from '../../../../shared/narrative/narrativeSchema';
import { NarrativeEditor } from '../../narrative/NarrativeEditor';
import { useFormEnv } from '../formEnv';
import { describedBy, type ControlProps } from './controlProps';
import { FieldNotes } from './FieldFrame';

/** kind "narrative": the rich-text editor, with the register's people for "Link to person". */
export function NarrativeInput({ ui, value, onChange }: ControlProps) {
  const { people } = useFormEnv();
  const api = useApi();
  // Refused (not https) or cancelled: nothing happens, and nothing needs saying.
  const openLink = useCallback((url: string) => void api.call('links.open', { url }).catch(() => undefined), [api]);
  const doc = typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc' ? (value as NarrativeDoc) : null;
  return (
    <div className={ui.gap === undefined ? 'narrative-slot' : 'narrative-slot has-gap'}>
      <NarrativeEditor id={ui.id} label={ui.label} value={doc} onChange={onChange} people={people.options} describedBy={describedBy(ui)} openLink={openLink} />
      <FieldNotes ui={ui} />
    </div>
  );
}
