import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { availableActions } from './evidenceItemState';

export type EvidenceItemHandlers = {
  readonly onPreview: (item: EvidenceSummary) => void;
  readonly onCustody: (item: EvidenceSummary) => void;
  readonly onClean: (item: EvidenceSummary) => void;
  readonly onDelete: (item: EvidenceSummary) => void;
  readonly onCopySha: (item: EvidenceSummary) => void;
};

type EvidenceItemActionsProps = EvidenceItemHandlers & { readonly item: EvidenceSummary; readonly busy: boolean };

/** Each button names its file, so a list of ten "Preview" buttons is ten different buttons to a screen reader. */
export function EvidenceItemActions({ item, busy, onPreview, onCustody, onClean, onDelete }: EvidenceItemActionsProps) {
  const { t } = useTranslation();
  const offered = availableActions(item);
  const name = item.name;
  return (
    <div className="actions evidence-actions">
      {offered.preview ? (
        <button type="button" aria-label={t('evidence.actions.previewLabel', { name })} onClick={() => onPreview(item)}>
          {t('evidence.actions.preview')}
        </button>
      ) : null}
      <button type="button" aria-label={t('evidence.actions.custodyLabel', { name })} onClick={() => onCustody(item)}>
        {t('evidence.actions.custody')}
      </button>
      {offered.clean ? (
        <button type="button" aria-label={t('evidence.actions.cleanLabel', { name })} aria-disabled={busy ? true : undefined} onClick={() => busy || onClean(item)}>
          {t('evidence.actions.clean')}
        </button>
      ) : null}
      {offered.delete ? (
        <button type="button" className="danger" aria-label={t('evidence.actions.deleteLabel', { name })} onClick={() => onDelete(item)}>
          {t('evidence.actions.delete')}
        </button>
      ) : null}
    </div>
  );
}
