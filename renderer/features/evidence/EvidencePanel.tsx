import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { useApi } from '../../bridge/BridgeContext';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';
import { CustodyLogDialog } from './CustodyLogDialog';
import { DeleteEvidenceDialog } from './DeleteEvidenceDialog';
import { sortDropped } from './droppedFiles';
import { EvidenceItemList } from './EvidenceItemList';
import { EvidencePreviewDialog } from './EvidencePreviewDialog';
import { IngestJobList } from './IngestJobList';
import { useEvidenceItemActions } from './useEvidenceItemActions';
import { useEvidenceList } from './useEvidenceList';
import { useFileDrop } from './useFileDrop';
import { useIngestJobs } from './useIngestJobs';

type OpenDialog = { readonly kind: 'preview' | 'custody' | 'delete'; readonly item: EvidenceSummary };

function Dialog({ open, onClose, onDeleted }: { readonly open: OpenDialog; readonly onClose: () => void; readonly onDeleted: (item: EvidenceSummary) => void }) {
  switch (open.kind) {
    case 'preview':
      return <EvidencePreviewDialog item={open.item} onClose={onClose} />;
    case 'custody':
      return <CustodyLogDialog item={open.item} onClose={onClose} />;
    case 'delete':
      return <DeleteEvidenceDialog item={open.item} onClose={onClose} onDeleted={onDeleted} />;
  }
}

/**
 * The files attached to one record. Files come in through the native dialog ("Attach files…", the
 * keyboard way) or by dropping them on the panel; they import in the background while the record
 * stays editable.
 */
export function EvidencePanel({ recordId }: { readonly recordId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const jobs = useIngestJobs(recordId);
  const list = useEvidenceList(recordId, jobs.state.completed);
  const actions = useEvidenceItemActions(list.reload);
  const [unattachable, setUnattachable] = useState<readonly string[]>([]);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [deletions, setDeletions] = useState(0);

  const drop = useFileDrop((files) => {
    const dropped = sortDropped(
      files.map((file) => file.name),
      api.filePaths(files),
    );
    setUnattachable(dropped.unattachable);
    if (dropped.paths.length > 0) {
      void jobs.ingest(dropped.paths);
    }
  });

  // A deleted item loses its Delete button, so focus cannot go back there: it goes to the heading.
  // This runs after the dialog's own cleanup, which would otherwise put focus on the vanishing button.
  useEffect(() => {
    if (deletions > 0) {
      heading.current?.focus();
    }
  }, [deletions]);

  const onDeleted = (item: EvidenceSummary) => {
    setDialog(null);
    setDeletions((count) => count + 1);
    actions.deleted(item);
  };

  const items = list.items;
  const problem = unattachable.length > 0 ? t('evidence.notAttached', { names: unattachable.join(', ') }) : null;
  const failure = jobs.failure ?? list.failure;
  return (
    <section className={`card evidence-panel${drop.dragging ? ' evidence-dragging' : ''}`} aria-labelledby={headingId} {...drop.handlers}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('evidence.heading')}
      </h2>
      <p className="count">{items === null ? t('evidence.loading') : t('evidence.count', { count: items.length })}</p>
      <div className="actions">
        <button type="button" onClick={() => void jobs.pick()}>
          {t('evidence.attach')}
        </button>
      </div>
      <p className="hint evidence-drop-hint">{t('evidence.dropHint')}</p>
      <ErrorAlert message={problem} />
      <ErrorAlert message={failure === null ? null : t(`errors.${failure}`)} />
      <IngestJobList jobs={jobs.state.jobs} onCancel={(jobId) => void jobs.cancel(jobId)} onDismiss={jobs.dismiss} />
      {items === null ? null : (
        <EvidenceItemList
          items={items}
          busyId={actions.busyId}
          onPreview={(item) => setDialog({ kind: 'preview', item })}
          onCustody={(item) => setDialog({ kind: 'custody', item })}
          onDelete={(item) => setDialog({ kind: 'delete', item })}
          onClean={actions.clean}
          onCopySha={actions.copySha}
        />
      )}
      <StatusMessage message={actions.status} />
      <ErrorAlert message={actions.problem} />
      {dialog === null ? null : <Dialog open={dialog} onClose={() => setDialog(null)} onDeleted={onDeleted} />}
    </section>
  );
}
