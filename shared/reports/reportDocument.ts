import { z } from 'zod';
import { currentDefinition } from '../definitions/registry';
import { formatPartialDate } from '../model/partialDate';
import { Locale } from '../settings/settings';
import { vocabularyById } from '../vocab/vocabularyRegistry';
import { barChart, type BarChart } from './barChart';
import { UNKNOWN, type CoordinatorReport, type Dimension, type Figure } from './coordinatorReport';
import type { OfficialFigure } from './officialFigures';
import type { ReportFacts } from './reportFacts';
import { reportText, type ReportTextKey } from './reportText';

// A coordinator's report as a printable structure (docs/reports.md): scope and method, totals, one
// table per figure with its UNKNOWN row and denominator (and a chart for the main ones), the cases
// counted, and the appendix naming the records behind every printed cell with who sealed each and
// the hash of what was sealed. The preview, the saved HTML/PDF and the Markdown are drawn from it.

export type ReportTableRow = { readonly category: string; readonly count: string };
export type ReportBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly caption: string; readonly columns: readonly [string, string]; readonly rows: readonly ReportTableRow[]; readonly note: string }
  | { readonly kind: 'chart'; readonly title: string; readonly chart: BarChart };
export type ReportSection = { readonly key: string; readonly heading: string; readonly blocks: readonly ReportBlock[] };
export type ReportDocument = { readonly language: Locale; readonly title: string; readonly note: string; readonly sections: readonly ReportSection[] };

const CHARTED = new Set(['events-by-month', 'events-by-region', 'events-by-method']);

const VOCABULARY: Partial<Record<Dimension, readonly string[]>> = {
  region: ['country.regions'],
  facilityType: ['country.facilityTypes'],
  legalArticle: ['country.legalArticles'],
  method: ['huridocs.mt05'],
  outcome: ['aigaq.complaintOutcome', 'aigaq.proceedingOutcome'],
};

function termLabel(vocabularies: readonly string[], code: string, locale: Locale): string {
  for (const id of vocabularies) {
    const label = vocabularyById(id)?.label(code, locale);
    if (label !== undefined && label !== code) {
      return label;
    }
  }
  return code;
}

export function categoryLabel(dimension: Dimension, category: string, locale: Locale): string {
  if (category === UNKNOWN) {
    return reportText(locale, 'unknown');
  }
  if (dimension === 'month') {
    return formatPartialDate({ value: category, precision: 'month', approximate: false }, locale);
  }
  if (dimension === 'type') {
    return currentDefinition(category as Parameters<typeof currentDefinition>[0]).label[locale];
  }
  return termLabel(VOCABULARY[dimension] ?? [], category, locale);
}

export function figureTitle(figure: Figure, locale: Locale): string {
  return reportText(locale, figure.unit === 'events' ? 'figure_events' : 'figure_victims', { dimension: reportText(locale, `dimension_${figure.dimension}` as ReportTextKey) });
}

function figureBlocks(figure: Figure, report: CoordinatorReport, locale: Locale): ReportBlock[] {
  const threshold = String(report.options.suppressBelow);
  const rows = figure.rows.map((row) => ({ category: categoryLabel(figure.dimension, row.category, locale), count: row.suppressed ? reportText(locale, 'withheld', { threshold }) : String(row.count) }));
  const table: ReportBlock = { kind: 'table', caption: figureTitle(figure, locale), columns: [reportText(locale, 'category'), reportText(locale, 'count')], rows, note: reportText(locale, 'denominator', { denominator: String(figure.denominator), total: String(figure.total) }) };
  // A chart draws printed cells only: a withheld cell has no bar to measure.
  const data = figure.rows.filter((row) => !row.suppressed).map((row) => ({ label: categoryLabel(figure.dimension, row.category, locale), value: row.count }));
  return CHARTED.has(figure.id) && data.length > 0 ? [table, { kind: 'chart', title: figureTitle(figure, locale), chart: barChart(data) }] : [table];
}

const day = (iso: string, locale: Locale) => formatPartialDate({ value: iso, precision: 'day', approximate: false }, locale);

function methodSection(report: CoordinatorReport, locale: Locale): ReportSection {
  const { options } = report;
  const labels = (vocabulary: string, codes: readonly string[]) => codes.map((code) => termLabel([vocabulary], code, locale)).join('; ');
  const reasons = [...new Set(report.excluded.map((item) => item.reason))].map((reason) => reportText(locale, `reason_${reason}` as ReportTextKey));
  const items = [
    reportText(locale, 'methodPeriod', { from: day(options.from, locale), to: day(options.to, locale) }),
    reportText(locale, 'methodTypes', { types: options.types.map((type) => currentDefinition(type).label[locale]).join('; ') }),
    options.statuses === null ? reportText(locale, 'methodAllStatuses') : reportText(locale, 'methodStatuses', { statuses: labels('huridocs.mt41', options.statuses) }),
    options.reliabilities === null ? reportText(locale, 'methodAllReliability') : reportText(locale, 'methodReliability', { reliabilities: labels('huridocs.mt42', options.reliabilities) }),
    reportText(locale, 'methodUnits'),
    reportText(locale, 'methodUnknown'),
    reportText(locale, 'methodMulti'),
    reportText(locale, 'methodSources'),
    ...(report.excluded.length === 0 ? [] : [reportText(locale, 'excluded', { count: String(report.excluded.length), reasons: reasons.join('; ') })]),
  ];
  return { key: 'method', heading: reportText(locale, 'method'), blocks: [{ kind: 'list', items }] };
}

function appendixSection(report: CoordinatorReport, facts: ReadonlyMap<string, ReportFacts>, locale: Locale): ReportSection {
  const threshold = String(report.options.suppressBelow);
  const reference = (id: string) => facts.get(id)?.localRef ?? id;
  const cells = report.figures.flatMap((figure) =>
    figure.rows.map((row) => {
      const values = { figure: figureTitle(figure, locale), category: categoryLabel(figure.dimension, row.category, locale), threshold };
      return row.suppressed ? reportText(locale, 'appendixWithheld', values) : reportText(locale, 'appendixCell', { ...values, records: row.recordIds.map(reference).join(', ') });
    }),
  );
  const records = report.included.map((id) => {
    const item = facts.get(id);
    return reportText(locale, 'recordLine', { reference: reference(id), id, fingerprint: item?.monitorFingerprint ?? '', hash: item?.revisionHash ?? '' });
  });
  return { key: 'appendix', heading: reportText(locale, 'appendix'), blocks: [{ kind: 'list', items: cells }, { kind: 'paragraph', text: reportText(locale, 'appendixRecords') }, { kind: 'list', items: records }] };
}

function officialSection(report: CoordinatorReport, figures: readonly OfficialFigure[], locale: Locale): ReportSection[] {
  if (figures.length === 0) {
    return [];
  }
  const items = figures.map((figure) => reportText(locale, 'officialLine', { label: figure.label, period: figure.period, value: String(figure.value), source: figure.source }));
  const beside = reportText(locale, 'officialBeside', { events: String(report.totals.events), victims: String(report.totals.victims) });
  return [{ key: 'official', heading: reportText(locale, 'official'), blocks: [{ kind: 'list', items }, { kind: 'paragraph', text: beside }] }];
}

export function reportDocument(report: CoordinatorReport, allFacts: readonly ReportFacts[], locale: Locale, officialFigures: readonly OfficialFigure[] = []): ReportDocument {
  const facts = new Map(allFacts.map((item) => [item.recordId, item]));
  const { options, totals } = report;
  const totalsBlock: ReportBlock = { kind: 'list', items: [`${reportText(locale, 'events')}: ${totals.events}`, `${reportText(locale, 'victims')}: ${totals.victims}`, `${reportText(locale, 'acts')}: ${totals.acts}`] };
  const cases = report.included.map((id) => {
    const item = facts.get(id);
    return item === undefined ? id : [item.localRef, currentDefinition(item.type).label[locale], item.month === null ? reportText(locale, 'unknown') : categoryLabel('month', item.month, locale), item.region === null ? reportText(locale, 'unknown') : categoryLabel('region', item.region, locale)].join(' · ');
  });
  return {
    language: locale,
    title: reportText(locale, 'title', { from: day(options.from, locale), to: day(options.to, locale) }),
    note: reportText(locale, 'levelNote', { threshold: String(options.suppressBelow) }),
    sections: [
      methodSection(report, locale),
      { key: 'totals', heading: reportText(locale, 'totals'), blocks: [totalsBlock] },
      ...officialSection(report, officialFigures, locale),
      ...report.figures.map((figure) => ({ key: figure.id, heading: figureTitle(figure, locale), blocks: figureBlocks(figure, report, locale) })),
      { key: 'cases', heading: reportText(locale, 'cases'), blocks: [{ kind: 'list', items: cases }] },
      appendixSection(report, facts, locale),
    ],
  };
}

// The same shape as a schema, for the IPC request that saves a report (main renders the files).
const Text = z.string().max(100_000);
const Chart = z.object({
  width: z.number(),
  height: z.number(),
  plotLeft: z.number(),
  plotWidth: z.number(),
  bars: z.array(z.object({ y: z.number(), height: z.number(), width: z.number(), label: Text, value: z.number() })).max(1000).readonly(),
  ticks: z.array(z.object({ x: z.number(), label: Text })).max(50).readonly(),
});
const Block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: Text }),
  z.object({ kind: z.literal('list'), items: z.array(Text).max(100_000).readonly() }),
  z.object({ kind: z.literal('table'), caption: Text, columns: z.tuple([Text, Text]).readonly(), rows: z.array(z.object({ category: Text, count: Text })).max(10_000).readonly(), note: Text }),
  z.object({ kind: z.literal('chart'), title: Text, chart: Chart }),
]);
export const ReportDocumentSchema = z.object({
  language: Locale,
  title: Text,
  note: Text,
  sections: z.array(z.object({ key: z.string().max(100), heading: Text, blocks: z.array(Block).max(100).readonly() })).max(100).readonly(),
});
