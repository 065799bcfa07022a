import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { launchApp, type LaunchedApp } from './launchApp';
import { fill } from './recordFlows';
import { monitorLaptop, type MonitorLaptop } from './twoMonitors';
import { uiText } from './uiText';
import { createVault, openSection } from './vaultFlows';

// Issue 7's report, end to end: a coordinator (English interface) imports bundles from two
// monitors who both documented one case (the same invented person, a day apart, in one region),
// sees it offered as a possible duplicate, counts it once, and saves the quarter's report in
// Kazakh as a PDF whose every page draws, with Cyrillic and Kazakh text, and a signed JSON
// companion. The monitors' laptops are driven through IPC (twoMonitors.ts). Invented people only.

const en = uiText('en');
const SHARED_VICTIM = 'Айгүл Сапарқызы Тестова';

async function status(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 60_000 });
}

describe('a quarterly report over two monitors’ bundles', () => {
  let app: LaunchedApp | undefined;
  const monitors: MonitorLaptop[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await app?.close();
    app = undefined;
    monitors.splice(0).forEach((monitor) => monitor.services.dispose());
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('counts the shared case once after the coordinator decides, charts it, lists the records behind each figure, and prints in Kazakh', async () => {
    const [usb, dataDir, out] = [temporaryDir('aigaq-e2e-report-usb-'), temporaryDir('aigaq-e2e-report-'), temporaryDir('aigaq-e2e-report-out-')];
    dirs.push(usb, dataDir, out);
    const open = { enrolment: '', bundle: '' };
    app = await launchApp({ dataDir, locale: 'en', files: { chooseSavePath: async (kind, name) => join(kind === 'invitation' ? usb : out, name), pickFile: async (kind) => (kind === 'enrolment' ? open.enrolment : open.bundle) } });
    const { page } = app;
    await createVault(page, en, PASSPHRASE);
    await openSection(page, en, 'organisation');
    await page.getByRole('button', { name: en('organisation.choose.start'), exact: true }).click();
    await page.getByLabel(en('organisation.create.name'), { exact: true }).fill('Invented Monitoring Group');
    await page.getByLabel(en('organisation.create.coordinatorName'), { exact: true }).fill('Coordinator Aigerim');
    await page.getByRole('button', { name: en('organisation.create.submit'), exact: true }).click();
    await page.getByRole('button', { name: en('organisation.invitation.save'), exact: true }).click();
    await status(page, en('organisation.invitation.saved'));

    monitors.push(await monitorLaptop(usb, 'Aru'), await monitorLaptop(usb, 'Bolat'));
    for (const [monitor, name] of [[monitors[0], 'Aru'], [monitors[1], 'Bolat']] as const) {
      open.enrolment = monitor?.enrolment ?? '';
      await page.getByRole('button', { name: en('organisation.enrolmentOpen.open'), exact: true }).click();
      const check = page.getByRole('region', { name: fill(en('organisation.enrolmentOpen.checkHeading'), { name }), exact: true });
      await check.getByRole('button', { name: fill(en('organisation.monitors.approveLabel'), { name }), exact: true }).click();
      await status(page, fill(en('organisation.monitors.outcome.approved'), { name }));
    }
    const [aru, bolat] = monitors;
    const bundles = [
      await aru?.send([
        { title: 'Beaten at the district police, invented case A', date: '2026-07-03', region: 'KZ-35', victimName: SHARED_VICTIM },
        { title: 'Plastic bag at the IVS, invented case C', date: '2026-08-14', region: 'KZ-75', victimName: 'Бақыт Ойдан' },
      ]),
      await bolat?.send([{ title: 'Same events told by the cellmate, invented case A', date: '2026-07-04', region: 'KZ-35', victimName: 'Aigul Saparqyzy Testova' }]),
    ];
    const receive = page.getByRole('region', { name: en('delivery.receive.heading'), exact: true });
    for (const bundle of bundles) {
      open.bundle = bundle ?? '';
      await receive.getByRole('button', { name: en('delivery.receive.import'), exact: true }).click();
      await receive.getByText(/Records: \d+ new/).waitFor({ timeout: 60_000 });
    }

    // The report: one possible duplicate (the same person spelt in Cyrillic and in Latin letters).
    await openSection(page, en, 'reports');
    const duplicates = page.getByRole('region', { name: en('reports.duplicates.heading'), exact: true });
    await duplicates.waitFor({ timeout: 60_000 });
    expect(await duplicates.getByRole('listitem').count()).toBe(1);
    const preview = page.getByRole('article', { name: en('reports.preview') });
    const totals = preview.getByRole('region', { name: 'Totals', exact: true });
    await totals.getByText('Events: 3', { exact: true }).waitFor();
    await duplicates.getByRole('button', { name: /^Same case: count / }).click();
    await totals.getByText('Events: 2', { exact: true }).waitFor({ timeout: 60_000 });
    await duplicates.getByText(en('reports.duplicates.decided.merge'), { exact: true }).waitFor();
    // Three records are all small cells: withheld (and not charted) at the default threshold of 5.
    expect(await preview.getByRole('img', { name: 'Events by month', exact: true }).count()).toBe(0);
    await page.getByLabel(en('reports.threshold'), { exact: true }).selectOption('1');
    await preview.getByRole('img', { name: 'Events by month', exact: true }).waitFor();
    const appendix = preview.getByRole('region', { name: 'Appendix: the records behind each figure', exact: true });
    expect(await appendix.getByRole('listitem').filter({ hasText: 'Events by month – ' }).count()).toBe(2);

    // An official figure, printed beside the documented cases (never added to them).
    const official = page.getByRole('region', { name: en('reports.official.heading'), exact: true });
    await official.getByLabel(en('reports.official.label'), { exact: true }).fill('Torture complaints registered (invented)');
    await official.getByLabel(en('reports.official.value'), { exact: true }).fill('120');
    await official.getByLabel(en('reports.official.period'), { exact: true }).fill('2026, I half-year');
    await official.getByLabel(en('reports.official.source'), { exact: true }).fill('Invented prosecutor statistics');
    await official.getByRole('button', { name: en('reports.official.add'), exact: true }).click();
    await preview.getByText('Torture complaints registered (invented) (2026, I half-year): 120. Source: Invented prosecutor statistics.', { exact: true }).waitFor();

    // In Kazakh, saved as a signed companion and as a PDF.
    await page.getByLabel(en('reports.language'), { exact: true }).selectOption('kk');
    await preview.getByText('Оқиғалар: 2', { exact: true }).waitFor();
    await page.getByRole('button', { name: en('reports.save.json'), exact: true }).click();
    await status(page, fill(en('reports.saved'), { fileName: 'report-2026-Q3-kk.json' }));
    expect(existsSync(join(out, 'report-2026-Q3-kk.json.sig'))).toBe(true);
    await page.getByRole('button', { name: en('reports.save.pdf'), exact: true }).click();
    await status(page, fill(en('reports.saved'), { fileName: 'report-2026-Q3-kk.pdf' }));
    if (process.env.AIGAQ_SCREENSHOTS) {
      await page.screenshot({ path: join(process.env.AIGAQ_SCREENSHOTS, 'report-page.png'), fullPage: true });
    }
    const pdf = join(out, 'report-2026-Q3-kk.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
    expect(pages).toBeGreaterThan(0);
    for (let number = 1; number <= pages; number += 1) {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(number), '-l', String(number), pdf, '-'], { encoding: 'utf8' });
      expect([number, /[А-Яа-яЁё]/.test(text), /[әғқңөұүһі]/.test(text)]).toEqual([number, true, true]);
    }
    const whole = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(whole).toContain('Құжатталған жағдайлар');
    expect(whole.replace(/\s+/g, ' ')).toContain('Дереккөзі: Invented prosecutor statistics.');
    expect(whole).not.toContain(SHARED_VICTIM);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim() !== '');
    expect(fonts.filter((line) => !/NotoSans/.test(line))).toEqual([]);
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(out, 'page')]);
    const images = readdirSync(out).filter((name) => name.startsWith('page') && name.endsWith('.png'));
    expect(images).toHaveLength(pages);
    images.forEach((image) => expect(statSync(join(out, image)).size).toBeGreaterThan(5_000));
    if (process.env.AIGAQ_SCREENSHOTS) {
      images.sort().forEach((image, index) => execFileSync('cp', [join(out, image), join(process.env.AIGAQ_SCREENSHOTS ?? '', `report-pdf-${index + 1}.png`)]));
    }
  });
});
