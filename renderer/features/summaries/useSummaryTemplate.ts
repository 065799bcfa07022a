import { useCallback, useEffect, useState } from 'react';
import type { RecordType } from '../../../shared/definitions/registry';
import type { ErrorCode } from '../../../shared/errors/appError';
import { DEFAULT_TEMPLATES, SummaryTemplate } from '../../../shared/summaries/summaryTemplate';
import { useApi } from '../../bridge/BridgeContext';
import { errorCodeOf } from '../../ui/errorCode';

export type TemplateOutcome = { readonly kind: 'idle' } | { readonly kind: 'saved' } | { readonly kind: 'reset' } | { readonly kind: 'invalid' } | { readonly kind: 'failed'; readonly code: ErrorCode };

/** One record type's summary template: the saved one or the default, edited as a draft, saved checked. */
export function useSummaryTemplate(type: RecordType) {
  const api = useApi();
  const [draft, setDraft] = useState<SummaryTemplate>(DEFAULT_TEMPLATES[type]);
  const [custom, setCustom] = useState(false);
  const [outcome, setOutcome] = useState<TemplateOutcome>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    setOutcome({ kind: 'idle' });
    api.call('summaries.templates', undefined).then(
      (templates) => live && (setDraft(templates[type] ?? DEFAULT_TEMPLATES[type]), setCustom(templates[type] !== undefined)),
      (error: unknown) => live && setOutcome({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, type]);

  const save = useCallback(async () => {
    const checked = SummaryTemplate.safeParse(draft);
    if (!checked.success) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    try {
      await api.call('summaries.saveTemplate', { type, template: checked.data });
      setCustom(true);
      setOutcome({ kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'failed', code: errorCodeOf(error) });
    }
  }, [api, draft, type]);

  const reset = useCallback(async () => {
    try {
      await api.call('summaries.saveTemplate', { type, template: null });
      setDraft(DEFAULT_TEMPLATES[type]);
      setCustom(false);
      setOutcome({ kind: 'reset' });
    } catch (error) {
      setOutcome({ kind: 'failed', code: errorCodeOf(error) });
    }
  }, [api, type]);

  return { draft, setDraft, custom, outcome, save, reset };
}
