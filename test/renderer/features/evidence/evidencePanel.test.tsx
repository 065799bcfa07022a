import { EvidenceItemList } from '../../../../renderer/features/evidence/EvidenceItemList';
import { availableActions, itemBadges } from '../../../../renderer/features/evidence/evidenceItemState';
import { EvidencePanel } from '../../../../renderer/features/evidence/EvidencePanel';
import { EvidenceSettings } from '../../../../renderer/features/evidence/EvidenceSettings';
import type { IngestJobView } from '../../../../renderer/features/evidence/ingestJobs';
import { IngestJobList } from '../../../../renderer/features/evidence/IngestJobList';
import { summariseVerifyReport } from '../../../../renderer/features/evidence/verifySummary';
import { VerifyReportView } from '../../../../renderer/features/evidence/VerifyReportView';
import type { VerifyReport } from '../../../../shared/evidence/evidenceItem';
import { attributesOf, renderStatic } from '../../renderStatic';
import { summary } from './evidenceSamples';

const nothing = () => undefined;
const handlers = { onPreview: nothing, onCustody: nothing, onClean: nothing, onDelete: nothing, onCopySha: nothing };
const buttonLabels = (html: string): string[] => [...html.matchAll(/<button[^>]*aria-label="([^"]+)"/g)].map((match) => match[1] ?? '');

const job = (overrides: Partial<IngestJobView>): IngestJobView => ({ jobId: 'job1', name: 'video.mp4', bytes: 2_500_000, total: 10_000_000, state: 'running', failure: null, bytesPerSecond: 12_300_000, windowStart: null, ...overrides });

describe('the evidence panel', () => {
  it('offers "Attach files…" as the keyboard way in, and says files can be dropped', () => {
    const html = renderStatic(<EvidencePanel recordId="record0000000000000001" />);
    expect(html).toMatch(/<h2 id="[^"]+" tabindex="-1">Evidence<\/h2>/);
    expect(html).toContain('>Attach files…</button>');
    expect(html).toContain('Or drop files here.');
    expect(html).toContain('Opening the list of files…');
  });

  it('names every per-item button after its file', () => {
    const html = renderStatic(<EvidenceItemList items={[summary()]} busyId={null} {...handlers} />);
    expect(buttonLabels(html)).toEqual(['Copy SHA-256 photo.jpg', 'Preview photo.jpg', 'Custody log photo.jpg', 'Make copy without location data photo.jpg', 'Delete photo.jpg']);
    expect(html).toMatch(/<ul class="evidence-items" aria-label="Attached files"><li class="evidence-item"><h3 class="evidence-item-name">photo.jpg<\/h3>/);
  });

  it('shows the short hash with the full one in its description, the size and the camera’s time as written', () => {
    const html = renderStatic(<EvidenceItemList items={[summary()]} busyId={null} {...handlers} />);
    const code = attributesOf(html, /<code[^>]*>/);
    expect(code['aria-description']).toBe(`Full SHA-256: ${summary().sha256}`);
    expect(html).toContain('>ab12cd34ef56ab78</code>');
    expect(html).toContain('2.4\u00a0MB');
    expect(html).toContain('<dt>Captured (device)</dt><dd translate="no">2026:11:20 14:03:11</dd>');
    expect(html).toContain('Contains location data');
  });

  it('leaves a deleted item only its custody log', () => {
    const deleted = summary({ name: 'gone.jpg', purgedAt: '2026-11-24T09:00:00.000Z', fileState: 'purged' });
    const html = renderStatic(<EvidenceItemList items={[deleted]} busyId={null} {...handlers} />);
    expect(buttonLabels(html)).toEqual(['Custody log gone.jpg']);
    expect(html).toContain('>Deleted</span>');
    expect(html).toContain('the file and its key are destroyed; the custody log is kept.');
  });

  it('marks a working copy and a missing file, and previews what a browser can show', () => {
    const copy = summary({ name: 'photo-clean.jpg', parent: { id: 'item0000000000000000001', sha256: summary().sha256, derivation: 'metadataStripped' }, capture: { capturedAt: null, capturedAtSource: null, hasGps: false, hasExif: false, cameraModel: null } });
    expect(itemBadges(copy)).toEqual(['workingCopy']);
    expect(availableActions(copy)).toEqual({ preview: true, clean: false, delete: true });
    const missing = summary({ fileState: 'missing' });
    expect(itemBadges(missing)).toEqual(['missing', 'location']);
    expect(availableActions(missing)).toEqual({ preview: false, clean: false, delete: true });
    expect(availableActions(summary({ kind: 'other', mediaType: 'application/zip' })).preview).toBe(false);
    expect(availableActions(summary({ kind: 'pdf', mediaType: 'application/pdf' }))).toEqual({ preview: true, clean: false, delete: true });
    // Only JPEGs can be cleaned for now, and only those that carry metadata.
    expect(availableActions(summary({ mediaType: 'image/png' })).clean).toBe(false);
  });

  it('speaks Russian when the interface does', () => {
    const html = renderStatic(<EvidenceItemList items={[summary()]} busyId={null} {...handlers} />, 'ru');
    expect(buttonLabels(html)).toContain('Удалить: photo.jpg');
    expect(html).toContain('2,4\u00a0МБ');
    expect(html).toContain('Изображение');
  });
});

describe('files being imported', () => {
  it('gives each a named progress bar, its percentage and speed, and a named Cancel', () => {
    const html = renderStatic(<IngestJobList jobs={[job({})]} onCancel={nothing} onDismiss={nothing} />);
    expect(attributesOf(html, /<progress[^>]*>/)).toEqual({ 'aria-label': 'Importing video.mp4', value: '2500000', max: '10000000' });
    expect(html).toContain('25%');
    expect(html).toContain('12.3\u00a0MB/s');
    expect(buttonLabels(html)).toEqual(['Cancel import of video.mp4']);
  });

  it('says why a file was not imported, and lets the monitor dismiss it', () => {
    const html = renderStatic(<IngestJobList jobs={[job({ state: 'failed', failure: 'DISK_FULL', bytesPerSecond: null })]} onCancel={nothing} onDismiss={nothing} />);
    expect(html).not.toContain('<progress');
    expect(html).toContain('video.mp4: not imported. The disk is full. Nothing was saved');
    expect(buttonLabels(html)).toEqual(['Dismiss video.mp4']);
  });
});

describe('verifying all evidence', () => {
  const report: VerifyReport = {
    checkedAt: '2026-11-23T10:00:00.000Z',
    unreadable: 0,
    items: [
      { id: 'item0000000000000000001', recordId: 'record0000000000000001', name: 'ok.jpg', status: 'intact', custody: 'intact' },
      { id: 'item0000000000000000002', recordId: 'record0000000000000001', name: 'altered.jpg', status: 'damaged', custody: 'intact' },
      { id: 'item0000000000000000003', recordId: 'record0000000000000002', name: 'gone.mp4', status: 'missing', custody: 'intact' },
      { id: 'item0000000000000000004', recordId: 'record0000000000000002', name: 'log.wav', status: 'intact', custody: 'damaged' },
    ],
  };

  it('counts intact, damaged and missing files and names every one that is not intact', () => {
    const counted = summariseVerifyReport(report);
    expect(counted).toMatchObject({ intact: 2, damaged: 1, missing: 1, allGood: false });
    expect(counted.problems.map((check) => check.name)).toEqual(['altered.jpg', 'gone.mp4', 'log.wav']);
    const html = renderStatic(<VerifyReportView report={report} />);
    expect(html).toContain('Intact: 2. Damaged: 1. Missing: 1.');
    expect(html).toContain('altered.jpg (record record0000000000000001): damaged or altered');
    expect(html).toContain('gone.mp4 (record record0000000000000002): the encrypted file is missing');
    expect(html).toContain('log.wav (record record0000000000000002): its custody log does not verify');
  });

  it('says plainly when everything is intact', () => {
    const good = { ...report, items: report.items.slice(0, 1) };
    expect(renderStatic(<VerifyReportView report={good} />)).toContain('1 file checked: intact, and its custody log verifies.');
    expect(renderStatic(<VerifyReportView report={{ ...report, items: [], unreadable: 1 }} />)).toContain('1 item could not be read at all');
  });

  it('puts the check and the disaster-recovery key in Settings, the passphrase field labelled', () => {
    const html = renderStatic(<EvidenceSettings />);
    expect(html).toContain('>Verify all evidence</button>');
    expect(html).toContain('Disaster-recovery key for evidence');
    expect(html).toMatch(/<label for="[^"]+">Passphrase<\/label><input[^>]*type="password"/);
    expect(html).toContain('>Show the key</button>');
  });
});
