import { basename } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import { summaryHtmlPage, summaryMarkdown } from '../../shared/summaries/renderSummary';
import type { SummaryDocument } from '../../shared/summaries/summaryModel';
import type { FilePorts, SaveFileKind } from '../files/filePorts';
import { writeFileAtomic } from '../storage/atomicFile';
import type { PdfPrinter } from './pdfPrinter';
import { fontFaceCss } from './summaryFonts';

// Saving a summary the person has seen in the preview: as Markdown, as a standalone HTML page, or
// as a PDF printed by Chromium from that same page. Main renders the files from the checked
// summary structure (never from markup the renderer sends), asks where to save through the native
// dialog, and writes atomically. The plaintext goes only where the person chose.

export const SUMMARY_FORMATS = ['pdf', 'markdown', 'html'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const KIND: Record<SummaryFormat, SaveFileKind> = { pdf: 'summaryPdf', markdown: 'summaryMarkdown', html: 'summaryHtml' };
const EXTENSION: Record<SummaryFormat, string> = { pdf: 'pdf', markdown: 'md', html: 'html' };

export type SummaryExportDeps = { readonly files: FilePorts; readonly printPdf: PdfPrinter | null; readonly fontsDir: () => string };

/** "summary-TA-2026-7KQ4-kk.pdf": the reference and the language, nothing about the people. */
function suggestedName(document: SummaryDocument, reference: string, format: SummaryFormat): string {
  return `summary-${reference.replace(/[^A-Za-z0-9-]/g, '')}-${document.language}.${EXTENSION[format]}`;
}

export function createSummaryExport(deps: SummaryExportDeps) {
  let fonts: Promise<string> | null = null;
  const fontCss = () => (fonts ??= fontFaceCss(deps.fontsDir()));

  async function render(document: SummaryDocument, format: SummaryFormat): Promise<Uint8Array> {
    if (format === 'markdown') {
      return new TextEncoder().encode(summaryMarkdown(document));
    }
    const page = summaryHtmlPage(document, await fontCss());
    if (format === 'html') {
      return new TextEncoder().encode(page);
    }
    if (deps.printPdf === null) {
      throw new AppError('INTERNAL', 'no PDF printer is wired');
    }
    return deps.printPdf(page);
  }

  return {
    async save(document: SummaryDocument, reference: string, format: SummaryFormat): Promise<{ saved: boolean; fileName: string | null }> {
      // Rendered before the dialog: a failure is reported before the person picks a place.
      const bytes = await render(document, format);
      const path = await deps.files.chooseSavePath(KIND[format], suggestedName(document, reference, format));
      if (path === null) {
        return { saved: false, fileName: null };
      }
      await writeFileAtomic(path, bytes);
      return { saved: true, fileName: basename(path) };
    },
  };
}

export type SummaryExport = ReturnType<typeof createSummaryExport>;
