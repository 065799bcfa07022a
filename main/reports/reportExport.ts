import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors/appError';
import { canonicalJson } from '../../shared/records/canonicalJson';
import type { ReportCompanion } from '../../shared/reports/reportCompanion';
import type { ReportDocument } from '../../shared/reports/reportDocument';
import { reportCsv, reportHtmlPage, reportMarkdown } from '../../shared/reports/renderReport';
import { reportText } from '../../shared/reports/reportText';
import { signSsh, sshPublicKeyLine } from '../bundles/sshSignature';
import type { FilePorts, SaveFileKind } from '../files/filePorts';
import { signingKeyFromSeed } from '../revisions/revisionChain';
import { writeFileAtomic } from '../storage/atomicFile';
import type { PdfPrinter } from '../summaries/pdfPrinter';
import { fontFaceCss } from '../summaries/summaryFonts';
import type { VaultKeys } from '../vault/keyHierarchy';
import type { Sodium } from '../vault/sodium';

// Saving a coordinator's report. Its JSON companion is the ground truth: main hashes its canonical
// form and signs it with the coordinator's key (SSHSIG, so `ssh-keygen -Y verify` checks it
// without Aigaq), and every saved form of the report prints that hash and signer. The companion
// itself is saved with its signature beside it (<name>.json.sig). docs/reports.md, "Provenance".

export const REPORT_SIGNATURE_NAMESPACE = 'aigaq-report-v1@aigaq.org';
export const REPORT_FORMATS = ['pdf', 'html', 'markdown', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const KIND: Record<ReportFormat, SaveFileKind> = { pdf: 'summaryPdf', html: 'summaryHtml', markdown: 'summaryMarkdown', json: 'reportJson', csv: 'reportCsv' };
const EXTENSION: Record<ReportFormat, string> = { pdf: 'pdf', html: 'html', markdown: 'md', json: 'json', csv: 'csv' };

export type ReportExportDeps = { readonly sodium: Sodium; readonly keys: () => VaultKeys; readonly files: FilePorts; readonly printPdf: PdfPrinter | null; readonly fontsDir: () => string };

export function createReportExport(deps: ReportExportDeps) {
  const encode = (text: string) => new TextEncoder().encode(text);

  function provenance(document: ReportDocument, companionBytes: Uint8Array): ReportDocument {
    const key = signingKeyFromSeed(deps.sodium, deps.keys().signingSeed).publicKey;
    const hash = createHash('sha256').update(companionBytes).digest('hex');
    const text = reportText(document.language, 'provenanceText', { hash, key: sshPublicKeyLine(key), namespace: REPORT_SIGNATURE_NAMESPACE });
    return { ...document, sections: [...document.sections, { key: 'provenance', heading: reportText(document.language, 'provenance'), blocks: [{ kind: 'paragraph', text }] }] };
  }

  async function render(format: ReportFormat, document: ReportDocument, companion: ReportCompanion, companionBytes: Uint8Array): Promise<Uint8Array> {
    const signed = provenance(document, companionBytes);
    switch (format) {
      case 'json':
        return companionBytes;
      case 'csv':
        return encode(reportCsv(companion));
      case 'markdown':
        return encode(reportMarkdown(signed));
      default: {
        const page = reportHtmlPage(signed, await fontFaceCss(deps.fontsDir()));
        if (format === 'html') {
          return encode(page);
        }
        if (deps.printPdf === null) {
          throw new AppError('INTERNAL', 'no PDF printer is wired');
        }
        return deps.printPdf(page);
      }
    }
  }

  return {
    async save(format: ReportFormat, document: ReportDocument, companion: ReportCompanion, name: string): Promise<{ saved: boolean; fileName: string | null }> {
      const companionBytes = encode(canonicalJson(companion));
      const bytes = await render(format, document, companion, companionBytes);
      const path = await deps.files.chooseSavePath(KIND[format], `${name}.${EXTENSION[format]}`);
      if (path === null) {
        return { saved: false, fileName: null };
      }
      await writeFileAtomic(path, bytes);
      if (format === 'json') {
        const signing = signingKeyFromSeed(deps.sodium, deps.keys().signingSeed);
        await writeFileAtomic(`${path}.sig`, encode(signSsh(deps.sodium, signing, REPORT_SIGNATURE_NAMESPACE, companionBytes)));
      }
      return { saved: true, fileName: basename(path) };
    },
  };
}

export type ReportExport = ReturnType<typeof createReportExport>;
