import { useTranslation } from 'react-i18next';
import type { EvidenceSummary } from '../../../shared/evidence/evidenceSummary';
import type { Locale } from '../../../shared/settings/settings';
import { useTimeFormat } from '../../ui/useTimeFormat';
import { claimedTime, formatSize, shortSha256 } from './evidenceFormat';
import { isPurged } from './evidenceItemState';

type EvidenceItemMetaProps = {
  readonly item: EvidenceSummary;
  readonly onCopySha: (item: EvidenceSummary) => void;
};

/** What is known about one file: kind, size, the two times (both device-claimed) and its hash. */
export function EvidenceItemMeta({ item, onCopySha }: EvidenceItemMetaProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const formatTime = useTimeFormat();
  const fullSha = t('evidence.item.shaFull', { hash: item.sha256 });
  return (
    <dl className="evidence-meta">
      <div>
        <dt>{t('evidence.item.kind')}</dt>
        <dd>{t(`evidence.kind.${item.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('evidence.item.size')}</dt>
        <dd>{formatSize(item.size, locale)}</dd>
      </div>
      {item.capture.capturedAt === null ? null : (
        <div>
          <dt>{t('evidence.item.captured')}</dt>
          {/* As the camera wrote it: converting it would claim a time zone nobody knows (R-EV4). */}
          <dd translate="no">{item.capture.capturedAt}</dd>
        </div>
      )}
      <div>
        <dt>{t('evidence.item.ingested')}</dt>
        <dd>{claimedTime(formatTime, item.ingestedAt)}</dd>
      </div>
      <div className="evidence-sha">
        <dt>{t('evidence.item.sha')}</dt>
        <dd>
          <code className="mono" title={fullSha} aria-description={fullSha} translate="no">
            {shortSha256(item.sha256)}
          </code>
          {isPurged(item) ? null : (
            <button type="button" className="link" aria-label={t('evidence.actions.copyShaLabel', { name: item.name })} onClick={() => onCopySha(item)}>
              {t('evidence.actions.copySha')}
            </button>
          )}
        </dd>
      </div>
    </dl>
  );
}
