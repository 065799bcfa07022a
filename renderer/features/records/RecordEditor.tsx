import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentDefinition } from '../../../shared/definitions/registry';
import { findGaps, type Gap } from '../../../shared/definitions/requirements';
import type { EventRecord } from '../../../shared/records/formRecord';
import type { Locale } from '../../../shared/settings/settings';
import { useFormRepos } from '../../store/formRepos';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { DefinitionForm } from '../forms/DefinitionForm';
import { fieldDomId } from '../forms/fieldDomId';
import { GapList } from '../forms/GapList';
import { usePeopleDirectory } from '../people/usePeopleDirectory';
import { useFormRecord } from '../people/useFormRecord';
import { RetiredValues } from './RetiredValues';
import { RevisionHistory } from './RevisionHistory';
import { SaveIndicator } from './SaveIndicator';
import { useRevisions } from './useRevisions';
import { SummaryDialog } from '../summaries/SummaryDialog';
import type { Revision } from '../../../shared/revisions/revision';

const typeOfRecord = (record: EventRecord) => record.type;

type RecordEditorProps = {
  readonly id: string;
  readonly onClose: () => void;
  /** Every save of the record, autosave included: the records list follows. */
  readonly onSaved?: (record: EventRecord) => void;
};

/**
 * One record, drawn from its type's definition and autosaved as it is typed. Finalise checks the
 * F fields: what is missing is listed, with a way to each field, and nothing is refused or lost.
 */
export function RecordEditor({ id, onClose, onSaved }: RecordEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const repos = useFormRepos();
  const editor = useFormRecord(typeOfRecord, repos.events, id, onSaved);
  const people = usePeopleDirectory();
  const revisions = useRevisions(id);
  const [gaps, setGaps] = useState<readonly Gap[] | null>(null);
  const [finalised, setFinalised] = useState(false);
  const [failed, setFailed] = useState(false);
  // The record as it stood when the summary was asked for: the dialog is modal, nothing changes under it.
  const [summarised, setSummarised] = useState<{ record: EventRecord; chain: readonly Revision[] } | null>(null);

  if (editor.loaded.kind === 'loading') {
    return <StatusMessage message={t('records.opening')} />;
  }
  if (editor.loaded.kind !== 'ready') {
    return (
      <div className="page">
        <ErrorAlert message={t(editor.loaded.kind === 'unsupported' ? 'records.unsupported' : 'records.damaged')} />
        <button type="button" onClick={onClose}>
          {t('records.back')}
        </button>
      </div>
    );
  }
  const record = editor.loaded.record;
  const definition = currentDefinition(record.type);

  const finalise = async () => {
    setFinalised(false);
    setFailed(false);
    const values = editor.current.current?.values ?? record.values;
    const missing = findGaps(definition, values, 'final');
    setGaps(missing);
    if (missing.length > 0) {
      return;
    }
    try {
      // Main signs only a final record with no gaps, after the chain so far verifies; the record
      // is marked final only once its signed revision is stored.
      const current = editor.current.current ?? record;
      await revisions.seal({ ...current, values, status: 'final', updatedAt: new Date().toISOString() });
      await editor.saveAs('final');
      setFinalised(true);
    } catch {
      setFailed(true);
    }
  };

  const jump = (gap: Gap) => document.getElementById(fieldDomId(gap))?.focus();

  return (
    <div className="page record-editor">
      <button type="button" className="back-button" onClick={() => void editor.flush().finally(onClose)}>
        {t('records.back')}
      </button>
      <h1>
        {definition.label[locale]} <span className="record-ref">{record.localRef}</span>
      </h1>
      <p className="record-status">{t(`records.status.${editor.current.current?.status ?? record.status}`)}</p>
      <SaveIndicator state={editor.saveState} />
      <RetiredValues retired={record.retired} />
      <DefinitionForm definition={definition} defaultValues={record.values} onValuesChange={editor.change} people={people.directory} gaps={gaps ?? []} />
      {gaps !== null && gaps.length > 0 ? <GapList definition={definition} gaps={gaps} stage="final" onJump={jump} /> : null}
      <StatusMessage message={finalised ? t('records.finalised') : null} />
      <ErrorAlert message={failed ? t('records.sealFailed') : null} />
      <div className="record-actions">
        <button type="button" onClick={() => void finalise()}>
          {t('records.finalise')}
        </button>
        <button type="button" onClick={() => setSummarised({ record: editor.current.current ?? record, chain: revisions.state.kind === 'ready' ? revisions.state.chain : [] })}>
          {t('summary.button')}
        </button>
      </div>
      {summarised === null ? null : <SummaryDialog recordId={id} record={summarised.record} chain={summarised.chain} onClose={() => setSummarised(null)} />}
      <EvidencePanel recordId={id} />
      <RevisionHistory definition={definition} revisions={revisions.state} personName={(personId) => people.directory.options.find((option) => option.id === personId)?.label ?? personId} />
      {people.dialog}
    </div>
  );
}
