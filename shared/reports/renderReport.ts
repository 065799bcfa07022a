import { htmlEscape, markdownEscape, standalonePage } from '../summaries/renderSummary';
import type { BarChart } from './barChart';
import type { ReportBlock, ReportDocument } from './reportDocument';
import type { ReportCompanion } from './reportCompanion';

// A report document as a standalone HTML page (saved, or printed to PDF by Chromium), as Markdown,
// and its figures as CSV. Charts become inline SVG; every text is escaped for its format.

const REPORT_STYLE = [
  'table{border-collapse:collapse;margin:.5rem 0;min-width:50%}th,td{border-bottom:1px solid #ccc;padding:.2rem .6rem;text-align:start}td.n{text-align:end}',
  'caption{text-align:start;font-weight:600;padding:.2rem 0}.note{color:#555;font-size:.9em}figure{margin:.5rem 0}svg text{font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:11px}',
  'section{break-inside:auto}h2{break-after:avoid}',
].join('');

export function chartSvg(chart: BarChart, title: string): string {
  const bars = chart.bars
    .map((bar) => `<text x="${chart.plotLeft - 6}" y="${bar.y + bar.height / 2 + 4}" text-anchor="end">${htmlEscape(bar.label)}</text><rect x="${chart.plotLeft}" y="${bar.y}" width="${Math.max(bar.width, 1)}" height="${bar.height}" fill="#2f5d8a"></rect><text x="${chart.plotLeft + bar.width + 4}" y="${bar.y + bar.height / 2 + 4}">${bar.value}</text>`)
    .join('');
  const axisY = chart.height - 20;
  const ticks = chart.ticks.map((tick) => `<line x1="${chart.plotLeft + tick.x}" x2="${chart.plotLeft + tick.x}" y1="0" y2="${axisY}" stroke="#ddd"></line><text x="${chart.plotLeft + tick.x}" y="${axisY + 14}" text-anchor="middle">${htmlEscape(tick.label)}</text>`).join('');
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}"><title>${htmlEscape(title)}</title>${ticks}${bars}</svg></figure>`;
}

function htmlBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlEscape(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${htmlEscape(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><caption>${htmlEscape(block.caption)}</caption><thead><tr><th scope="col">${htmlEscape(block.columns[0])}</th><th scope="col">${htmlEscape(block.columns[1])}</th></tr></thead><tbody>${block.rows.map((row) => `<tr><td>${htmlEscape(row.category)}</td><td class="n">${htmlEscape(row.count)}</td></tr>`).join('')}</tbody></table><p class="note">${htmlEscape(block.note)}</p>`;
    default:
      return chartSvg(block.chart, block.title);
  }
}

export function reportHtmlBody(document: ReportDocument): string {
  const sections = document.sections.map((section) => `<section><h2>${htmlEscape(section.heading)}</h2>${section.blocks.map(htmlBlock).join('')}</section>`).join('');
  return `<article lang="${document.language}"><h1>${htmlEscape(document.title)}</h1><p class="level-note">${htmlEscape(document.note)}</p>${sections}</article>`;
}

export function reportHtmlPage(document: ReportDocument, fontCss = ''): string {
  return standalonePage(document.language, document.title, reportHtmlBody(document), fontCss, REPORT_STYLE);
}

function markdownBlock(block: ReportBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [markdownEscape(block.text), ''];
    case 'list':
      return [...block.items.map((item) => `- ${markdownEscape(item)}`), ''];
    case 'table':
      return [`**${markdownEscape(block.caption)}**`, '', `| ${markdownEscape(block.columns[0])} | ${markdownEscape(block.columns[1])} |`, '|---|---:|', ...block.rows.map((row) => `| ${markdownEscape(row.category)} | ${markdownEscape(row.count)} |`), '', `*${markdownEscape(block.note)}*`, ''];
    default:
      return []; // the table beside it carries the same numbers
  }
}

export function reportMarkdown(document: ReportDocument): string {
  const lines = [`# ${markdownEscape(document.title)}`, '', `*${markdownEscape(document.note)}*`, ''];
  for (const section of document.sections) {
    lines.push(`## ${markdownEscape(section.heading)}`, '', ...section.blocks.flatMap(markdownBlock));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const csvCell = (value: string | number) => (typeof value === 'number' ? String(value) : `"${value.replace(/"/g, '""')}"`);

/** One line per cell of every figure: codes, not labels, so a spreadsheet can join on them. */
export function reportCsv(companion: ReportCompanion): string {
  const header = ['figure', 'unit', 'dimension', 'category', 'count', 'withheld', 'denominator', 'total', 'records'].map(csvCell).join(',');
  const lines = companion.figures.flatMap((figure) => figure.rows.map((row) => [figure.id, figure.unit, figure.dimension, row.category, row.suppressed ? '' : row.count, row.suppressed ? 'yes' : 'no', figure.denominator, figure.total, row.suppressed ? '' : row.recordIds.join(' ')].map((value) => csvCell(value)).join(',')));
  return `${[header, ...lines].join('\r\n')}\r\n`;
}
