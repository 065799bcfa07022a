import type { SummaryBlock, SummaryDocument } from './summaryModel';

// A summary document as Markdown, HTML or plain text. Every value is escaped for its format, so
// words from a record can never become markup (a title with "<script>" or "**" stays text).

export const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

export function markdownEscape(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (character) => `\\${character}`);
}

/** Line breaks inside a value stay line breaks inside its list item. */
function markdownValue(text: string): string {
  return text.split('\n').map(markdownEscape).join('  \n  ');
}

function markdownBlock(block: SummaryBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text.split('\n').map(markdownEscape).join('  \n'), ''];
    case 'list':
      return [...block.items.map((item) => `- ${markdownValue(item)}`), ''];
    case 'facts':
      return [...block.facts.map((fact) => `- **${markdownEscape(fact.label)}:** ${markdownValue(fact.value)}`), ''];
    default:
      return block.rows.flatMap((row) => [`### ${markdownEscape(row.heading)}`, '', ...row.facts.map((fact) => `- **${markdownEscape(fact.label)}:** ${markdownValue(fact.value)}`), '']);
  }
}

export function summaryMarkdown(document: SummaryDocument): string {
  const lines = [`# ${markdownEscape(document.title)}`, '', `*${markdownEscape(document.levelNote)}*`, ''];
  for (const section of document.sections) {
    lines.push(`## ${markdownEscape(section.heading)}`, '', ...section.blocks.flatMap(markdownBlock));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

const htmlValue = (text: string) => text.split('\n').map(htmlEscape).join('<br>');
const htmlFacts = (facts: readonly { label: string; value: string }[]) => `<dl>${facts.map((fact) => `<dt>${htmlEscape(fact.label)}</dt><dd>${htmlValue(fact.value)}</dd>`).join('')}</dl>`;

function htmlBlock(block: SummaryBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${htmlValue(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${htmlValue(item)}</li>`).join('')}</ul>`;
    case 'facts':
      return htmlFacts(block.facts);
    default:
      return block.rows.map((row) => `<h3>${htmlEscape(row.heading)}</h3>${htmlFacts(row.facts)}`).join('');
  }
}

/** The body only: the app shows it in a preview and wraps it (summaryHtmlPage) to save or print. */
export function summaryHtmlBody(document: SummaryDocument): string {
  const sections = document.sections.map((section) => `<section><h2>${htmlEscape(section.heading)}</h2>${section.blocks.map(htmlBlock).join('')}</section>`).join('');
  return `<article lang="${document.language}"><h1>${htmlEscape(document.title)}</h1><p class="level-note">${htmlEscape(document.levelNote)}</p>${sections}</article>`;
}

const PAGE_STYLE = [
  'body{font-family:"Noto Sans","DejaVu Sans",sans-serif;font-size:11pt;line-height:1.45;color:#1b1b1b;max-width:48rem;margin:2rem auto;padding:0 1rem}',
  'h1{font-size:1.5rem}h2{font-size:1.15rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:1.6rem}h3{font-size:1rem;margin:1rem 0 .3rem}',
  'dl{display:grid;grid-template-columns:minmax(10rem,auto) 1fr;gap:.25rem 1rem;margin:.5rem 0}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}',
  '.level-note{font-style:italic;border-left:4px solid #c58a00;padding-left:.6rem}',
].join('');

/**
 * A standalone page (saved as .html, or printed to PDF): no script, no remote resource. `fontCss`
 * carries the bundled fonts (main/summaries/summaryFonts.ts), so every Kazakh letter has a glyph
 * on any machine.
 */
export function summaryHtmlPage(document: SummaryDocument, fontCss = ''): string {
  return standalonePage(document.language, document.title, summaryHtmlBody(document), fontCss);
}

/** The page every saved or printed document uses: no script, nothing remote, the fonts inline. */
export function standalonePage(language: string, title: string, body: string, fontCss = '', extraStyle = ''): string {
  const policy = "default-src 'none'; style-src 'unsafe-inline'; font-src data:";
  return `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}"><title>${htmlEscape(title)}</title><style>${fontCss}${PAGE_STYLE}${extraStyle}</style></head><body>${body}</body></html>\n`;
}

function plainBlock(block: SummaryBlock): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [block.text, ''];
    case 'list':
      return [...block.items.map((item) => `- ${item}`), ''];
    case 'facts':
      return [...block.facts.map((fact) => `${fact.label}: ${fact.value}`), ''];
    default:
      return block.rows.flatMap((row) => [row.heading, ...row.facts.map((fact) => `  ${fact.label}: ${fact.value}`), '']);
  }
}

/** For the clipboard: what a coordinator pastes into an e-mail or a UN online form. */
export function summaryPlainText(document: SummaryDocument): string {
  const lines = [document.title, '='.repeat(Math.min(document.title.length, 72)), document.levelNote, ''];
  for (const section of document.sections) {
    lines.push(section.heading.toUpperCase(), '', ...section.blocks.flatMap(plainBlock));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
