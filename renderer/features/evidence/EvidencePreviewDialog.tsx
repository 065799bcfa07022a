import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaKind } from '../../../shared/evidence/evidenceItem';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { useEvidencePreview } from './useEvidencePreview';
import { PdfPreview } from './PdfPreview';

type EvidencePreviewDialogProps = { readonly item: EvidenceSummary; readonly onClose: () => void };

function PreviewMedia({ item, url, media }: { readonly item: EvidenceSummary; readonly url: string; readonly media: MediaKind }) {
  const { t } = useTranslation();
  // The browser may still fail to decode a file that verified (an unusual codec): say so plainly.
  const [unplayable, setUnplayable] = useState(false);
  const onError = () => setUnplayable(true);
  if (unplayable) {
    return <p className="notice">{t('evidence.preview.unplayable')}</p>;
  }
  switch (media) {
    case 'image':
      return <img className="evidence-preview-media" src={url} alt={item.name} onError={onError} />;
    case 'audio':
      return <audio className="evidence-preview-media" controls src={url} aria-label={item.name} onError={onError} />;
    case 'video':
      return <video className="evidence-preview-media" controls src={url} aria-label={item.name} onError={onError} />;
    case 'pdf':
      return <PdfPreview id={item.id} name={item.name} />;
    default:
      return <p className="notice">{t('evidence.preview.unsupported')}</p>;
  }
}

/** One file, shown only after main has checked all of it; nothing is shown of a file that fails. */
export function EvidencePreviewDialog({ item, onClose }: EvidencePreviewDialogProps) {
  const { t } = useTranslation();
  const preview = useEvidencePreview(item.id);
  return (
    <ModalDialog title={t('evidence.preview.title', { name: item.name })} closeLabel={t('evidence.preview.close')} onClose={onClose} className="evidence-preview">
      {preview.kind === 'checking' ? (
        <div role="status" className="status">
          <p>{t('evidence.preview.checking')}</p>
          <p className="hint">{t('evidence.preview.checkingHint')}</p>
        </div>
      ) : null}
      {preview.kind === 'ready' ? <PreviewMedia item={item} url={preview.url} media={preview.media} /> : null}
      <ErrorAlert message={preview.kind === 'failed' ? t(`errors.${preview.code}`) : null} />
    </ModalDialog>
  );
}
