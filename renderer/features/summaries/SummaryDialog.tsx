import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRecord } from '../../../shared/records/formRecord';
import type { Revision } from '../../../shared/revisions/revision';
import type { Locale } from '../../../shared/settings/settings';
import { DocumentLanguageSelect } from '../../ui/DocumentLanguageSelect';
import type { SummaryLevel } from '../../../shared/summaries/summaryLevel';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { ModalDialog } from '../../ui/ModalDialog';
import { StatusMessage } from '../../ui/StatusMessage';
import { SummaryView } from './SummaryView';
import { useSummary, type SummaryChoice, type SummaryFormat, type SummaryOutcome } from './useSummary';

type SummaryDialogProps = { readonly recordId: string; readonly record: EventRecord; readonly chain: readonly Revision[]; readonly onClose: () => void };

const FORMATS: readonly SummaryFormat[] = ['pdf', 'markdown', 'html'];

function statusText(outcome: SummaryOutcome, t: ReturnType<typeof useTranslation>['t']): string | null {
  switch (outcome.kind) {
    case 'busy':
      return t('summary.busy');
    case 'copied':
      return t('summary.copied');
    case 'saved':
      return t('summary.saved', { fileName: outcome.fileName });
    default:
      return null;
  }
}

function Choices({ choice, onChange }: { readonly choice: SummaryChoice; readonly onChange: (change: Partial<SummaryChoice>) => void }) {
  const { t } = useTranslation();
  const [preparedById, levelName] = [useId(), useId()];
  return (
    <div className="summary-choices">
      <DocumentLanguageSelect label={t('summary.language')} value={choice.language} onChange={(language) => onChange({ language })} />
      <fieldset className="delivery-choices">
        <legend>{t('summary.level')}</legend>
        {(['internal', 'external'] as const satisfies readonly SummaryLevel[]).map((level) => (
          <label key={level} className="delivery-option">
            <input type="radio" name={levelName} checked={choice.level === level} onChange={() => onChange({ level })} /> {t(`summary.levels.${level}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={preparedById}>{t('summary.preparedBy')}</label>
        <input id={preparedById} type="text" maxLength={100} value={choice.preparedBy} onChange={(event) => onChange({ preparedBy: event.target.value })} />
      </div>
    </div>
  );
}

/** Preview a record's incident summary in a chosen language and level; copy it or save it. */
export function SummaryDialog({ recordId, record, chain, onClose }: SummaryDialogProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<SummaryChoice>({ language: i18n.language as Locale, level: 'internal', preparedBy: '' });
  const summary = useSummary(recordId, record, chain, choice);
  const busy = summary.outcome.kind === 'busy' || summary.document === null;
  const actions = (
    <>
      <button type="button" aria-disabled={busy || undefined} onClick={() => void summary.copy()}>
        {t('summary.copy')}
      </button>
      {FORMATS.map((format) => (
        <button key={format} type="button" aria-disabled={busy || undefined} onClick={() => !busy && void summary.save(format)}>
          {t(`summary.save.${format}`)}
        </button>
      ))}
    </>
  );
  return (
    <ModalDialog title={t('summary.title', { reference: record.localRef })} closeLabel={t('summary.close')} onClose={onClose} actions={actions} className="summary-dialog">
      <Choices choice={choice} onChange={(change) => setChoice((current) => ({ ...current, ...change }))} />
      {summary.document === null ? <StatusMessage message={t('summary.preparing')} /> : <SummaryView document={summary.document} label={t('summary.preview')} />}
      <StatusMessage message={statusText(summary.outcome, t)} />
      <ErrorAlert message={summary.outcome.kind === 'failed' ? t(`errors.${summary.outcome.code}`) : null} />
    </ModalDialog>
  );
}
