import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowedSignersLine } from '../../../main/bundles/sshSignature';
import { NO_FILE_PORTS } from '../../../main/files/filePorts';
import { createReportExport, REPORT_SIGNATURE_NAMESPACE } from '../../../main/reports/reportExport';
import { createReportStore } from '../../../main/reports/reportStore';
import { signingKeyFromSeed } from '../../../main/revisions/revisionChain';
import { packageFontsDir } from '../../../main/summaries/summaryFonts';
import { coordinatorReport, DEFAULT_STATUSES } from '../../../shared/reports/coordinatorReport';
import { reportCompanion } from '../../../shared/reports/reportCompanion';
import { reportDocument } from '../../../shared/reports/reportDocument';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';
import { SAMPLE_DECISIONS, SAMPLE_FACTS } from '../../shared/reports/reportSample';

// A saved report carries the hash of its JSON companion and the coordinator's signature over it;
// the companion's signature verifies with the standard `ssh-keygen -Y verify`, without Aigaq.

async function coordinator() {
  const dataDir = temporaryDir('aigaq-report-');
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  return { sodium, dataDir, keys: () => vault.requireKeys() };
}

describe('saving a coordinator report', () => {
  it('signs the JSON companion (ssh-keygen verifies it) and prints its hash in the HTML and the Markdown', async () => {
    const { sodium, keys } = await coordinator();
    const out = temporaryDir('aigaq-report-out-');
    const files = { ...NO_FILE_PORTS, chooseSavePath: async (_kind: string, name: string) => join(out, name) };
    const reports = createReportExport({ sodium, keys, files, printPdf: null, fontsDir: packageFontsDir });
    const report = coordinatorReport(SAMPLE_FACTS, SAMPLE_DECISIONS, { from: '2026-07-01', to: '2026-09-30', statuses: [...DEFAULT_STATUSES], reliabilities: null, types: ['TORTURE_ALLEGATION', 'PROTEST_DETENTION'], suppressBelow: 2 });
    const companion = reportCompanion(report, SAMPLE_FACTS, SAMPLE_DECISIONS);
    const document = reportDocument(report, SAMPLE_FACTS, 'ru');
    for (const format of ['json', 'html', 'markdown', 'csv'] as const) {
      expect((await reports.save(format, document, companion, 'report-2026-Q3')).saved).toBe(true);
    }
    const json = readFileSync(join(out, 'report-2026-Q3.json'));
    const hash = createHash('sha256').update(json).digest('hex');
    expect(readFileSync(join(out, 'report-2026-Q3.html'), 'utf8')).toContain(hash);
    expect(readFileSync(join(out, 'report-2026-Q3.md'), 'utf8')).toContain(hash);
    expect(readFileSync(join(out, 'report-2026-Q3.html'), 'utf8')).toContain('<svg');
    expect(readFileSync(join(out, 'report-2026-Q3.csv'), 'utf8').split('\r\n')[0]).toBe('"figure","unit","dimension","category","count","withheld","denominator","total","records"');

    writeFileSync(join(out, 'allowed_signers'), `${allowedSignersLine('coordinator@aigaq', REPORT_SIGNATURE_NAMESPACE, signingKeyFromSeed(sodium, keys().signingSeed).publicKey)}\n`);
    const verify = (message: Buffer) => spawnSync('ssh-keygen', ['-Y', 'verify', '-f', join(out, 'allowed_signers'), '-I', 'coordinator@aigaq', '-n', REPORT_SIGNATURE_NAMESPACE, '-s', join(out, 'report-2026-Q3.json.sig')], { input: message, encoding: 'utf8' });
    const good = verify(json);
    expect(good.stdout + good.stderr).toContain(`Good "${REPORT_SIGNATURE_NAMESPACE}" signature for coordinator@aigaq`);
    const edited = Buffer.from(json.toString('utf8').replace('"acts":', '"acts": '));
    expect(verify(edited).status).not.toBe(0);
  });

  it('keeps duplicate decisions sealed, in order, and a later one reverses an earlier one', async () => {
    const { sodium, dataDir, keys } = await coordinator();
    const store = createReportStore({ sodium, dataDir, keys });
    expect(await store.decisions()).toEqual([]);
    await store.decide({ recordIds: ['A1', 'B1'], decision: 'merge', decidedAt: '2026-10-05T10:00:00.000Z', decidedBy: 'Coordinator A' });
    const both = await store.decide({ recordIds: ['A1', 'B1'], decision: 'separate', decidedAt: '2026-10-06T10:00:00.000Z', decidedBy: 'Coordinator A' });
    expect(both.map((decision) => decision.decision)).toEqual(['merge', 'separate']);
    expect(readFileSync(join(dataDir, 'reports.sealed')).includes(Buffer.from('Coordinator A'))).toBe(false);
    expect(await createReportStore({ sodium, dataDir, keys }).decisions()).toEqual(both);
  });

  it('keeps official figures with their source, removes one entered by mistake, and keeps the decisions', async () => {
    const { sodium, dataDir, keys } = await coordinator();
    const store = createReportStore({ sodium, dataDir, keys });
    await store.decide({ recordIds: ['A1', 'B1'], decision: 'merge', decidedAt: '2026-10-05T10:00:00.000Z', decidedBy: '' });
    const entered = new Date('2026-11-20T10:00:00.000Z');
    const [kept] = await store.addOfficialFigure({ label: 'Torture complaints registered (invented)', value: 120, period: '2026, January–June', source: 'Invented prosecutor statistics' }, entered);
    const mistake = (await store.addOfficialFigure({ label: 'Typo', value: 1, period: '2026', source: 'Nobody' }, entered)).at(-1);
    expect(await store.removeOfficialFigure(mistake?.id ?? '')).toEqual([kept]);
    expect(kept).toMatchObject({ value: 120, enteredAt: entered.toISOString() });
    expect(await store.decisions()).toHaveLength(1);
    const report = coordinatorReport(SAMPLE_FACTS, [], { from: '2026-07-01', to: '2026-09-30', statuses: null, reliabilities: null, types: ['TORTURE_ALLEGATION'], suppressBelow: 1 });
    const document = reportDocument(report, SAMPLE_FACTS, 'en', kept === undefined ? [] : [kept]);
    const official = document.sections.find((section) => section.key === 'official');
    expect(JSON.stringify(official)).toContain('Torture complaints registered (invented) (2026, January–June): 120. Source: Invented prosecutor statistics.');
    expect(JSON.stringify(official)).toContain(`Documented in this report: ${report.totals.events} events`);
  });
});
