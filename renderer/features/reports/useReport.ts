import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorCode } from '../../../shared/errors/appError';
import { coordinatorReport, DEFAULT_STATUSES } from '../../../shared/reports/coordinatorReport';
import { duplicateCandidates, type MergeDecision } from '../../../shared/reports/duplicates';
import { reportCompanion } from '../../../shared/reports/reportCompanion';
import { reportDocument } from '../../../shared/reports/reportDocument';
import type { OfficialFigure, OfficialFigureInput } from '../../../shared/reports/officialFigures';
import { RECORD_TYPES } from '../../../shared/definitions/registry';
import type { Locale } from '../../../shared/settings/settings';
import { useApi } from '../../bridge/BridgeContext';
import { useFormRepos } from '../../store/formRepos';
import { errorCodeOf } from '../../ui/errorCode';
import { quartersOf, type Quarter } from './quarters';
import { gatherReportData, type ReportData } from './reportData';

export type ReportChoice = { readonly quarter: string | null; readonly confirmedOnly: boolean; readonly reliableOnly: boolean; readonly suppressBelow: number; readonly language: Locale };

/** HURIDOCS mt42: highly reliable, likely reliable. */
const RELIABLE = ['010000000000', '020000000000'];
export type ReportFormat = 'pdf' | 'html' | 'markdown' | 'json' | 'csv';
export type ReportOutcome = { readonly kind: 'idle' } | { readonly kind: 'busy' } | { readonly kind: 'saved'; readonly fileName: string } | { readonly kind: 'failed'; readonly code: ErrorCode };

const pairKey = (ids: readonly string[]) => [...ids].sort().join(' ');

/** The coordinator's report: the signed records read once, figures recomputed on every choice. */
export function useReport(choice: ReportChoice) {
  const api = useApi();
  const repos = useFormRepos();
  const [data, setData] = useState<ReportData | null>(null);
  const [decisions, setDecisions] = useState<readonly MergeDecision[]>([]);
  const [officialFigures, setOfficialFigures] = useState<readonly OfficialFigure[]>([]);
  const [outcome, setOutcome] = useState<ReportOutcome>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    Promise.all([gatherReportData(repos), api.call('reports.decisions', undefined), api.call('reports.officialFigures', undefined)]).then(
      ([gathered, stored, official]) => live && (setData(gathered), setDecisions(stored), setOfficialFigures(official)),
      (error: unknown) => live && setOutcome({ kind: 'failed', code: errorCodeOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, repos]);

  const quarters: readonly Quarter[] = useMemo(() => quartersOf((data?.facts ?? []).map((item) => item.date)), [data]);
  const quarter = quarters.find((candidate) => candidate.key === choice.quarter) ?? quarters[0] ?? null;
  const built = useMemo(() => {
    if (data === null || quarter === null) {
      return null;
    }
    const options = { from: quarter.from, to: quarter.to, statuses: choice.confirmedOnly ? [...DEFAULT_STATUSES] : null, reliabilities: choice.reliableOnly ? RELIABLE : null, types: [...RECORD_TYPES], suppressBelow: choice.suppressBelow };
    const report = coordinatorReport(data.facts, decisions, options);
    return { report, document: reportDocument(report, data.facts, choice.language, officialFigures), companion: reportCompanion(report, data.facts, decisions, officialFigures) };
  }, [data, decisions, officialFigures, quarter, choice]);

  /** Candidates in this quarter's records, with the latest decision about each pair (if any). */
  const candidates = useMemo(() => {
    if (data === null || quarter === null) {
      return [];
    }
    const inQuarter = data.facts.filter((item) => item.date !== null && item.date >= quarter.from && item.date <= quarter.to);
    const latest = new Map([...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).map((decision) => [pairKey(decision.recordIds), decision.decision]));
    const refs = new Map(data.facts.map((item) => [item.recordId, item.localRef]));
    return duplicateCandidates(inQuarter, data.links).map((candidate) => ({ ...candidate, references: candidate.recordIds.map((id) => refs.get(id) ?? id), decision: latest.get(pairKey(candidate.recordIds)) ?? null }));
  }, [data, decisions, quarter]);

  const decide = useCallback(
    async (recordIds: readonly string[], decision: MergeDecision['decision']) => {
      try {
        setDecisions(await api.call('reports.decide', { recordIds: [...recordIds], decision, decidedBy: '' }));
      } catch (error) {
        setOutcome({ kind: 'failed', code: errorCodeOf(error) });
      }
    },
    [api],
  );

  /** Official figures: added with their source, removed (after a confirmation on screen) if entered by mistake. */
  const official = useMemo(
    () => ({
      figures: officialFigures,
      add: async (input: OfficialFigureInput) => setOfficialFigures(await api.call('reports.addOfficialFigure', input)),
      remove: async (id: string) => setOfficialFigures(await api.call('reports.removeOfficialFigure', { id })),
    }),
    [api, officialFigures],
  );

  const save = useCallback(
    async (format: ReportFormat) => {
      if (built === null || quarter === null) {
        return;
      }
      setOutcome({ kind: 'busy' });
      try {
        const saved = await api.call('reports.save', { format, name: `report-${quarter.key}-${choice.language}`, document: built.document, companion: built.companion });
        setOutcome(saved.saved ? { kind: 'saved', fileName: saved.fileName ?? '' } : { kind: 'idle' });
      } catch (error) {
        setOutcome({ kind: 'failed', code: errorCodeOf(error) });
      }
    },
    [api, built, quarter, choice.language],
  );

  return { loading: data === null, quarters, quarter, built, candidates, decide, official, save, outcome };
}
