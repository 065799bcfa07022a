import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_FILE_PORTS, type FilePorts } from '../../../main/files/filePorts';
import { createSummaryExport } from '../../../main/summaries/summaryExport';
import { FONT_FILES, packageFontsDir } from '../../../main/summaries/summaryFonts';
import { incidentSummary } from '../../../shared/summaries/incidentSummary';
import { temporaryDir } from '../../helpers/testVault';
import { CANARIES, summaryInput } from '../../shared/summaries/summaryFixture';

// Saving a summary: main renders the file from the checked structure, asks where, writes it whole.

const document = incidentSummary(summaryInput(), { language: 'kk', level: 'external', preparedOn: '2026-11-23', preparedBy: 'Үйлестіруші' });

function saveTo(folder: string): FilePorts {
  return { ...NO_FILE_PORTS, chooseSavePath: async (_kind, name) => join(folder, name) };
}

describe('saving a summary', () => {
  it('writes Markdown and a standalone HTML page with the fonts inside, named by reference and language', async () => {
    const folder = temporaryDir('aigaq-summary-');
    const summaries = createSummaryExport({ files: saveTo(folder), printPdf: null, fontsDir: packageFontsDir });
    expect(await summaries.save(document, 'TA-2026-7KQ4', 'markdown')).toEqual({ saved: true, fileName: 'summary-TA-2026-7KQ4-kk.md' });
    expect(await summaries.save(document, 'TA-2026-7KQ4', 'html')).toEqual({ saved: true, fileName: 'summary-TA-2026-7KQ4-kk.html' });
    const markdown = readFileSync(join(folder, 'summary-TA-2026-7KQ4-kk.md'), 'utf8');
    const html = readFileSync(join(folder, 'summary-TA-2026-7KQ4-kk.html'), 'utf8');
    expect(markdown).toContain('# Оқиғаның қысқаша сипаттамасы');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain("default-src 'none'");
    expect(html.match(/@font-face\{font-family:"Noto Sans"/g)).toHaveLength(FONT_FILES.length);
    expect(html).not.toMatch(/<script|https?:\/\//);
    for (const text of [markdown, html]) {
      expect(text).not.toContain(CANARIES.redacted);
      expect(text).not.toContain(CANARIES.perpetratorName);
    }
  });

  it('hands the same page to the PDF printer and writes what it returns', async () => {
    const folder = temporaryDir('aigaq-summary-');
    const pages: string[] = [];
    const summaries = createSummaryExport({ files: saveTo(folder), printPdf: async (html) => (pages.push(html), new TextEncoder().encode('%PDF-1.7 fake')), fontsDir: packageFontsDir });
    expect(await summaries.save(document, 'TA-2026-7KQ4', 'pdf')).toEqual({ saved: true, fileName: 'summary-TA-2026-7KQ4-kk.pdf' });
    expect(pages[0]).toContain('Оқиғаның қысқаша сипаттамасы');
    expect(readFileSync(join(folder, 'summary-TA-2026-7KQ4-kk.pdf'), 'utf8')).toBe('%PDF-1.7 fake');
  });

  it('writes nothing when the dialog is cancelled, and says so when no printer is wired', async () => {
    const folder = temporaryDir('aigaq-summary-');
    const cancelled = createSummaryExport({ files: NO_FILE_PORTS, printPdf: null, fontsDir: packageFontsDir });
    expect(await cancelled.save(document, 'TA-2026-7KQ4', 'html')).toEqual({ saved: false, fileName: null });
    const noPrinter = createSummaryExport({ files: saveTo(folder), printPdf: null, fontsDir: packageFontsDir });
    await expect(noPrinter.save(document, 'TA-2026-7KQ4', 'pdf')).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(readdirSync(folder)).toEqual([]);
    expect(existsSync(join(folder, 'summary-TA-2026-7KQ4-kk.pdf'))).toBe(false);
  });
});
