import { useTranslation } from 'react-i18next';
import type { BundleProgress } from '../../../shared/bundles/bundleProgress';
import type { Locale } from '../../../shared/settings/settings';
import { formatPercent } from '../evidence/evidenceFormat';

type BundleProgressBarProps = { readonly label: string; readonly progress: BundleProgress | null; readonly onCancel?: () => void };

/** A bundle being written or read: how far, and (for an export) a way to stop it. */
export function BundleProgressBar({ label, progress, onCancel }: BundleProgressBarProps) {
  const { t, i18n } = useTranslation();
  const [bytes, total] = progress === null ? [0, 1] : [progress.bytes, Math.max(progress.total, 1)];
  return (
    <div className="bundle-progress">
      <progress aria-label={label} value={bytes} max={total} />
      <span>{formatPercent(bytes, total, i18n.language as Locale)}</span>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t('delivery.send.cancel')}
        </button>
      ) : null}
    </div>
  );
}
