import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { StatusMessage } from '../../ui/StatusMessage';

export type EvidenceIdentity = { readonly identity: string; readonly recipient: string };

function ReadOnlyKey({ label, value, className, autoFocus }: { readonly label: string; readonly value: string; readonly className?: string; readonly autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* A read-only textarea, so the whole key wraps into view instead of scrolling sideways. */}
      <textarea
        id={id}
        className={['mono', 'evidence-key', className].filter(Boolean).join(' ')}
        value={value}
        rows={2}
        readOnly
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        translate="no"
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}

/** The secret identity (AGE-SECRET-KEY-1…) and its public recipient (age1…), with Copy and Hide. */
export function ShownIdentity({ identity, onHide }: { readonly identity: EvidenceIdentity; readonly onHide: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    // Refused when the window lacks clipboard permission: the field stays selectable by hand.
    void navigator.clipboard.writeText(identity.identity).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="evidence-identity">
      <ReadOnlyKey label={t('evidence.settings.identity.identity')} value={identity.identity} className="evidence-identity-secret" autoFocus />
      <div className="actions">
        <button type="button" onClick={copy}>
          {t('evidence.settings.identity.copy')}
        </button>
        <button type="button" onClick={onHide}>
          {t('evidence.settings.identity.hide')}
        </button>
      </div>
      <StatusMessage message={copied === true ? t('evidence.settings.identity.copied') : null} />
      <ErrorAlert message={copied === false ? t('evidence.actions.copyFailed') : null} />
      <ReadOnlyKey label={t('evidence.settings.identity.recipient')} value={identity.recipient} />
    </div>
  );
}
