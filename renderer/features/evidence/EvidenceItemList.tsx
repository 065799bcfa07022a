import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import { useTimeFormat } from '../../ui/useTimeFormat';
import { EvidenceItemActions, type EvidenceItemHandlers } from './EvidenceItemActions';
import { EvidenceItemMeta } from './EvidenceItemMeta';
import { claimedTime } from './evidenceFormat';
import { isPurged, itemBadges } from './evidenceItemState';

type EvidenceItemListProps = EvidenceItemHandlers & {
  readonly items: readonly EvidenceSummary[];
  /** The item a working copy is being made of, if any: its button waits. */
  readonly busyId: string | null;
};

function ItemNotes({ item }: { readonly item: EvidenceSummary }) {
  const { t } = useTranslation();
  const formatTime = useTimeFormat();
  const purgedAt = item.purgedAt;
  if (isPurged(item)) {
    return <p className="evidence-note">{t('evidence.item.deletedNote', { time: purgedAt === null ? '' : claimedTime(formatTime, purgedAt) })}</p>;
  }
  return (
    <>
      {item.fileState === 'missing' ? <p className="evidence-note evidence-note-problem">{t('evidence.item.missingNote')}</p> : null}
      {item.parent === null ? null : <p className="evidence-note">{t('evidence.item.workingCopyNote')}</p>}
    </>
  );
}

function EvidenceItemRow({ item, busyId, ...handlers }: EvidenceItemHandlers & { readonly item: EvidenceSummary; readonly busyId: string | null }) {
  const { t } = useTranslation();
  const badges = itemBadges(item);
  return (
    <li className={`evidence-item${isPurged(item) ? ' evidence-item-deleted' : ''}`}>
      <h3 className="evidence-item-name">{item.name}</h3>
      {badges.length > 0 ? (
        <p className="evidence-badges">
          {badges.map((badge) => (
            <span key={badge} className={`badge badge-${badge}`}>
              {t(`evidence.item.badge.${badge}`)}
            </span>
          ))}
        </p>
      ) : null}
      <EvidenceItemMeta item={item} onCopySha={handlers.onCopySha} />
      <ItemNotes item={item} />
      <EvidenceItemActions item={item} busy={busyId === item.id} {...handlers} />
    </li>
  );
}

/** The record's files, each with what is known about it and what can be done with it. */
export function EvidenceItemList({ items, busyId, ...handlers }: EvidenceItemListProps) {
  const { t } = useTranslation();
  if (items.length === 0) {
    return <p className="evidence-empty">{t('evidence.empty')}</p>;
  }
  return (
    <ul className="evidence-items" aria-label={t('evidence.item.list')}>
      {items.map((item) => (
        <EvidenceItemRow key={item.id} item={item} busyId={busyId} {...handlers} />
      ))}
    </ul>
  );
}
