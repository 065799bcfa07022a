import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import type { EventRecord } from '../../../shared/records/formRecord';
import type { Revision } from '../../../shared/revisions/revision';
import type { Locale } from '../../../shared/settings/settings';
import { incidentSummary, type SummaryInput } from '../../../shared/summaries/incidentSummary';
import { summaryPlainText } from '../../../shared/summaries/renderSummary';
import type { SummaryLevel } from '../../../shared/summaries/summaryLevel';
import type { SummaryTemplate } from '../../../shared/summaries/summaryTemplate';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { errorCodeOf } from '../../ui/errorCode';
import { gatherSummaryInput } from './summaryInput';

export type SummaryChoice = { readonly language: Locale; readonly level: SummaryLevel; readonly preparedBy: string };
export type SummaryFormat = 'pdf' | 'markdown' | 'html';

export type SummaryOutcome =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'copied' }
  | { readonly kind: 'saved'; readonly fileName: string }
  | { readonly kind: 'failed'; readonly code: ErrorCode };

/** Today as the device says, `YYYY-MM-DD` in local time: the one clock reading a summary takes. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** One record's summary: its inputs gathered once, the document rebuilt on every choice, copied or saved. */
export function useSummary(recordId: string, record: EventRecord, chain: readonly Revision[], choice: SummaryChoice) {
  const api = useApi();
  const repos = useFormRepos();
  const [input, setInput] = useState<SummaryInput | null>(null);
  const [template, setTemplate] = useState<SummaryTemplate | null>(null);
  const [outcome, setOutcome] = useState<SummaryOutcome>({ kind: 'idle' });
  const [preparedOn] = useState(today);

  useEffect(() => {
    let live = true;
    Promise.all([gatherSummaryInput(api, repos, recordId, record, chain), api.call('summaries.templates', undefined)]).then(
      ([gathered, templates]) => live && (setTemplate(templates[record.type] ?? null), setInput(gathered)),
      (error: unknown) => live && setOutcome({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, repos, recordId, record, chain]);

  const document = useMemo(
    () => (input === null ? null : incidentSummary(input, { language: choice.language, level: choice.level, preparedOn, preparedBy: choice.preparedBy.trim(), ...(template === null ? {} : { template }) })),
    [input, template, choice, preparedOn],
  );

  const copy = useCallback(async () => {
    if (document === null) {
      return;
    }
    try {
      await navigator.clipboard.writeText(summaryPlainText(document));
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'failed', code: 'INTERNAL' });
    }
  }, [document]);

  const save = useCallback(
    async (format: SummaryFormat) => {
      if (document === null) {
        return;
      }
      setOutcome({ kind: 'busy' });
      try {
        const saved = await api.call('summaries.save', { reference: record.localRef, format, document });
        setOutcome(saved.saved ? { kind: 'saved', fileName: saved.fileName ?? '' } : { kind: 'idle' });
      } catch (error) {
        setOutcome({ kind: 'failed', code: errorCodeOf(error) });
      }
    },
    [api, document, record.localRef],
  );

  return { document, outcome, copy, save };
}
