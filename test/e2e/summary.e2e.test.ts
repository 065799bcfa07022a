import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { currentDefinition } from '../../shared/definitions/registry';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { fill } from './recordFlows';
import { seedAllegation } from './seedAllegation';
import { putRows } from './seedEvents';
import { uiText } from './uiText';
import { openSection, unlockWithPassphrase } from './vaultFlows';

// Issue 7's summary, through the screens: a monitor working in Russian opens a torture allegation,
// asks for its incident summary, switches it to Kazakh and to the external level, and saves it as
// a PDF printed by Chromium. The PDF is read back with pdftotext (the Kazakh letters are there,
// the words marked "redact when shared" and the victim's name are not), its fonts are listed with
// pdffonts (only the bundled Noto Sans: no letter fell back to another font), and its first page
// is drawn with pdftoppm for a person to look at. Invented people only.

const ru = uiText('ru');
const TITLE = 'Избиение при допросе, вымышленный случай для описания';
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

async function openSeededRecord(page: Page): Promise<void> {
  await openSection(page, ru, 'records');
  await page.getByRole('list', { name: ru('records.list') }).getByText(TITLE).click({ timeout: 15_000 }).catch(() => undefined);
  await page.getByRole('button', { name: ru('summary.button'), exact: true }).waitFor({ timeout: 60_000 });
}

describe('an incident summary, previewed and printed to PDF', () => {
  let app: LaunchedApp | undefined;
  const dirs: string[] = [];
  afterEach(async () => {
    await app?.close();
    app = undefined;
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('switches language and level in the preview, and saves a Kazakh PDF with every letter and no protected word', async () => {
    const [dataDir, out] = [temporaryDir('aigaq-e2e-summary-'), temporaryDir('aigaq-e2e-summary-out-')];
    dirs.push(dataDir, out);
    const redacted = `REDACTCANARY${randomBytes(4).toString('hex')}`;
    const identity = `NAMECANARY${randomBytes(4).toString('hex')}`;
    const description = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Он рассказал, что ' }, { type: 'text', text: `следователь ${redacted}`, marks: [{ type: 'redaction' }] }, { type: 'text', text: ' бил его по пяткам.' }] }] };
    const seeded = await seedAllegation(dataDir, PASSPHRASE, TITLE, identity, { description });
    app = await launchApp({ dataDir, locale: 'ru', files: { chooseSavePath: async (_kind, name) => join(out, name) } });
    const { page } = app;
    await page.getByLabel(ru('unlock.passphrase'), { exact: true }).waitFor({ timeout: 60_000 });
    await putRows(page, 'persons', seeded.persons);
    await putRows(page, 'identities', seeded.identities);
    await putRows(page, 'events', seeded.events);
    await page.reload();
    await unlockWithPassphrase(page, ru, PASSPHRASE);

    // Settings › Summary templates: an unknown placeholder is refused; then the people part is left
    // out and the Kazakh sentence reworded, and saved.
    await openSection(page, ru, 'settings');
    const templates = page.getByRole('region', { name: ru('summaryTemplates.heading'), exact: true });
    const kazakhSentence = templates.getByLabel(fill(ru('summaryTemplates.paragraph'), { language: 'Қазақша' }), { exact: true });
    await kazakhSentence.fill('{{reference}} ісі: {{victimName}}');
    await templates.getByRole('button', { name: ru('summaryTemplates.save'), exact: true }).click();
    await templates.getByRole('alert').filter({ hasText: ru('summaryTemplates.invalid').slice(0, 30) }).waitFor();
    await kazakhSentence.fill('{{reference}} ісі бойынша қысқаша: {{subject}}, {{when}}, {{where}}.');
    await templates.getByRole('checkbox', { name: ru('summaryTemplates.part.people'), exact: true }).uncheck();
    await templates.getByRole('button', { name: ru('summaryTemplates.save'), exact: true }).click();
    await templates.getByRole('status').filter({ hasText: ru('summaryTemplates.saved') }).waitFor();
    await openSeededRecord(page);

    await page.getByRole('button', { name: ru('summary.button'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: fill(ru('summary.title'), { reference: 'TA-2026-7KQ4' }) });
    const preview = dialog.getByRole('article', { name: ru('summary.preview') });
    await preview.getByText(currentDefinition('TORTURE_ALLEGATION').label.ru, { exact: false }).first().waitFor({ timeout: 60_000 });
    expect(await preview.getAttribute('lang')).toBe('ru');
    expect(await preview.textContent()).not.toContain(redacted);

    await dialog.getByLabel(ru('summary.language'), { exact: true }).selectOption('kk');
    await dialog.getByRole('radio', { name: ru('summary.levels.external'), exact: true }).check();
    // A preparer's name with the rarest Kazakh letter (һ), so the PDF carries all nine.
    await dialog.getByLabel(ru('summary.preparedBy'), { exact: true }).fill('Шаһида Өмірзаққызы');
    await preview.getByText(currentDefinition('TORTURE_ALLEGATION').label.kk, { exact: false }).first().waitFor();
    expect(await preview.getAttribute('lang')).toBe('kk');
    // The coordinator's template: the reworded sentence, and no people part.
    await preview.getByText(/^TA-2026-7KQ4 ісі бойынша қысқаша: P-7KQ4-VC, 2026 ж\. қыркүйек, /).waitFor();
    expect(await preview.getByRole('heading', { name: 'Тұлғалар', exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: ru('summary.save.pdf'), exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: fill(ru('summary.saved'), { fileName: 'summary-TA-2026-7KQ4-kk.pdf' }) }).waitFor({ timeout: 60_000 });
    if (process.env.AIGAQ_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.AIGAQ_SCREENSHOTS, 'summary-dialog.png') });
    }

    const pdf = join(out, 'summary-TA-2026-7KQ4-kk.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Оқиғаның қысқаша сипаттамасы');
    expect(KAZAKH_LETTERS.filter((letter) => !text.includes(letter))).toEqual([]);
    expect(text).not.toContain(redacted);
    expect(text).not.toContain(identity);
    // Every glyph came from the bundled font: pdffonts lists no other family.
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((line) => !/NotoSans/.test(line))).toEqual([]);
    // Every page draws (the first kept as a picture to look at).
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(1);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(out, 'page')]);
    const images = readdirSync(out).filter((name) => name.startsWith('page') && name.endsWith('.png'));
    expect(images).toHaveLength(pages);
    images.forEach((image) => expect(statSync(join(out, image)).size).toBeGreaterThan(5_000));
    if (process.env.AIGAQ_SCREENSHOTS) {
      execFileSync('cp', [join(out, images.sort()[0] ?? ''), join(process.env.AIGAQ_SCREENSHOTS, 'summary-pdf-page1.png')]);
    }

    // Markdown too, from the same dialog; nothing else was written anywhere.
    await dialog.getByRole('button', { name: ru('summary.save.markdown'), exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: fill(ru('summary.saved'), { fileName: 'summary-TA-2026-7KQ4-kk.md' }) }).waitFor({ timeout: 60_000 });
    expect(existsSync(join(out, 'summary-TA-2026-7KQ4-kk.md'))).toBe(true);
    expect(app.foreignRequests).toEqual([]);
    expect(app.consoleMessages.filter((message) => message.includes('Content Security Policy'))).toEqual([]);
  });
});
