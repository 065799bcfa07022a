import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { currentDefinition } from '../../shared/definitions/registry';
import type { IngestProgress } from '../../shared/evidence/evidenceItem';
import { osTempDir } from '../helpers/runTempRoot';
import { PASSPHRASE, temporaryDir } from '../helpers/testVault';
import { CANARY as FIXTURE_CANARY, FIXTURES, jpegWithEverything } from '../main/evidence/exifFixture';
import { sweepForCanary } from './canarySweep';
import { launchApp, type LaunchedApp } from './launchApp';
import { fill, plural, waitSaved } from './recordFlows';
import { uiText } from './uiText';
import { createVault, lock, openSection } from './vaultFlows';

// Issue 5's acceptance: attach a photo, an audio recording and a 200 MB video to a record (by the
// file dialog, and one more file by drag and drop); preview each; seek in the video (HTTP Range
// requests served by main from the encrypted file); the custody log shows the events; verify all
// reports every file intact; after lock, neither the EXIF canary nor the file-name canary is
// anywhere on disk — the data directory and the OS temp folder.

jest.setTimeout(600_000);

const t = uiText('en');
const VIDEO_BYTES = 200 * 1024 * 1024;
const CANARY = `EVCANARY${randomBytes(4).toString('hex')}`;
// Same length as the fixture's own EXIF canary, which it replaces: unique to this run, so a
// leftover of another test in the temp folder cannot be mistaken for a leak.
const EXIF_CANARY = `EX${randomBytes(7).toString('hex').slice(0, 13)}`;

/** 3 s of a 440 Hz tone, 8 kHz mono 16-bit PCM: a tiny interview recording. */
function waveTone(seconds: number): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(seconds * rate * 2);
  for (let i = 0; i < seconds * rate; i += 1) {
    samples.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / rate)), i * 2);
  }
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples.length, 40);
  return Buffer.concat([header, samples]);
}

/** A real, seekable H.264 MP4 of at least 200 MB: noise keeps the bitrate up (ffmpeg, installed by .ci/run). */
function makeVideo(path: string): void {
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=size=640x360:rate=30,noise=alls=80:allf=t', '-t', '18', '-c:v', 'libx264', '-preset', 'ultrafast', '-qp', '8', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-fs', String(VIDEO_BYTES + 16 * 1024 * 1024), path]);
}

function makeSources(folder: string): { photo: string; audio: string; video: string; pdf: string; dropped: string } {
  const photo = join(folder, `${CANARY}-cell.jpg`);
  const jpeg = jpegWithEverything();
  expect(jpeg.includes(FIXTURE_CANARY)).toBe(true);
  writeFileSync(photo, Buffer.from(jpeg.toString('latin1').split(FIXTURE_CANARY).join(EXIF_CANARY), 'latin1'));
  const audio = join(folder, 'interview.wav');
  writeFileSync(audio, waveTone(3));
  const video = join(folder, 'yard.mp4');
  makeVideo(video);
  const dropped = join(folder, 'second-photo.jpg');
  writeFileSync(dropped, jpegWithEverything());
  const pdf = join(folder, 'medical-certificate.pdf');
  writeFileSync(pdf, readFileSync(join(FIXTURES, 'page.pdf')));
  return { photo, audio, video, pdf, dropped };
}

const attachedList = (page: Page) => page.getByRole('list', { name: t('evidence.item.list'), exact: true });

async function waitForItems(page: Page, count: number): Promise<void> {
  await attachedList(page).locator(':scope > li').nth(count - 1).waitFor({ timeout: 120_000 });
}

async function openPreview(page: Page, name: string) {
  await page.getByRole('button', { name: fill(t('evidence.actions.previewLabel'), { name }), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: fill(t('evidence.preview.title'), { name }) });
  await dialog.waitFor();
  return dialog;
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
}

/** Drops files on the panel as the OS would; the harness maps a dropped file to <dropDir>/<name>. */
async function dropFile(page: Page, name: string): Promise<void> {
  const target = page.getByRole('region', { name: t('evidence.heading'), exact: true });
  const transfer = await page.evaluateHandle((fileName) => {
    const data = new DataTransfer();
    data.items.add(new File(['x'], fileName, { type: 'image/jpeg' }));
    return data;
  }, name);
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

describe('evidence attached to a record', () => {
  let app: LaunchedApp | undefined;
  const work = resolve(__dirname, '../../.e2e-work', `evidence-${process.pid}`);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('attaches, previews, seeks, logs custody, verifies, and leaves nothing readable after lock', async () => {
    // Sources live outside the OS temp folder, so the sweep of temp can only find what the app left.
    mkdirSync(work, { recursive: true });
    const sources = makeSources(work);
    const dataDir = temporaryDir('aigaq-e2e-evidence-');
    app = await launchApp({ dataDir, locale: 'en', pickFiles: async () => [sources.photo, sources.audio, sources.video, sources.pdf], dropDir: work });
    const { page } = app;
    const rangeStarts: number[] = [];
    page.on('request', (request) => {
      const range = request.headers()['range'];
      if (request.url().includes('/evidence/') && range !== undefined) {
        rangeStarts.push(Number(/bytes=(\d+)-/.exec(range)?.[1] ?? -1));
      }
    });
    await createVault(page, t, PASSPHRASE);
    await openSection(page, t, 'records');
    const visit = currentDefinition('DETENTION_VISIT');
    await page.getByRole('button', { name: fill(t('records.new'), { type: visit.label.en }), exact: true }).click();
    await page.getByLabel(visit.sections[0]?.fields[0]?.label.en ?? '', { exact: true }).fill('Visit to an invented remand centre');
    await waitSaved(page);

    // Attach: the native dialog (faked) picks three files; the record stays usable meanwhile.
    const progress: IngestProgress[] = [];
    app.services.subscribe((name, payload) => name === 'evidence.progress' && progress.push(payload as IngestProgress));
    await page.getByRole('button', { name: t('evidence.attach'), exact: true }).click();
    const title = page.getByLabel(visit.sections[0]?.fields[0]?.label.en ?? '', { exact: true });
    await title.fill('Visit to an invented remand centre, typed while files import');
    await waitSaved(page);
    await waitForItems(page, 4);
    const video = progress.filter((event) => event.name === 'yard.mp4');
    expect(video.some((event) => event.state === 'running' && event.bytes > 0 && event.bytes < event.total)).toBe(true);
    expect(video.at(-1)).toMatchObject({ state: 'done', bytes: video.at(-1)?.total });
    expect(await title.inputValue()).toBe('Visit to an invented remand centre, typed while files import');
    await dropFile(page, 'second-photo.jpg');
    await waitForItems(page, 5);
    if (process.env.AIGAQ_SCREENSHOTS) {
      await page.getByRole('region', { name: t('evidence.heading'), exact: true }).screenshot({ path: join(process.env.AIGAQ_SCREENSHOTS, 'evidence-panel.png') });
    }
    await expect(page.getByText(plural(t, 'en', 'evidence.count', 5), { exact: true }).isVisible()).resolves.toBe(true);

    // Photo: shown by an <img> whose bytes came from main, decrypted.
    const photoName = `${CANARY}-cell.jpg`;
    const photoDialog = await openPreview(page, photoName);
    await page.waitForFunction(() => (document.querySelector('dialog[open] img') as HTMLImageElement | null)?.naturalWidth === 64, undefined, { timeout: 60_000 });
    expect(await photoDialog.locator('img').getAttribute('alt')).toBe(photoName);
    await closeDialog(page);

    // Audio: plays its real duration.
    await openPreview(page, 'interview.wav');
    await page.waitForFunction(() => Math.round((document.querySelector('dialog[open] audio') as HTMLAudioElement | null)?.duration ?? 0) === 3, undefined, { timeout: 60_000 });
    await closeDialog(page);

    // Video: loads its metadata, then seeks near the end; the bytes come by Range requests.
    await openPreview(page, 'yard.mp4');
    await page.waitForFunction(() => ((document.querySelector('dialog[open] video') as HTMLVideoElement | null)?.readyState ?? 0) >= 1, undefined, { timeout: 120_000 });
    const duration = await page.evaluate(() => (document.querySelector('dialog[open] video') as HTMLVideoElement).duration);
    expect(Math.round(duration)).toBeGreaterThanOrEqual(15);
    const seekedTo = await page.evaluate(
      (to) =>
        new Promise<number>((resolveSeek) => {
          const video = document.querySelector('dialog[open] video') as HTMLVideoElement;
          video.addEventListener('seeked', () => resolveSeek(video.currentTime), { once: true });
          video.currentTime = to;
        }),
      duration - 2,
    );
    expect(Math.abs(seekedTo - (duration - 2))).toBeLessThan(1);
    await page.waitForFunction(() => ((document.querySelector('dialog[open] video') as HTMLVideoElement | null)?.readyState ?? 0) >= 2, undefined, { timeout: 60_000 });
    expect(Math.max(...rangeStarts)).toBeGreaterThan(VIDEO_BYTES * 0.6);
    await closeDialog(page);

    // PDF: drawn by pdf.js on a canvas (no plugin, no frame); its one page has dark text on white.
    await openPreview(page, 'medical-certificate.pdf');
    const pdfPage = page.getByRole('img', { name: fill(t('evidence.preview.pdfPage'), { name: 'medical-certificate.pdf', page: '1', pages: '1' }) });
    await pdfPage.waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      () => {
        const canvas = document.querySelector('dialog[open] canvas') as HTMLCanvasElement | null;
        const pixels = canvas && canvas.width > 0 ? canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data : undefined;
        return pixels !== undefined && pixels.some((value, index) => index % 4 === 0 && value < 100);
      },
      undefined,
      { timeout: 60_000 },
    );
    await closeDialog(page);

    // Custody: ingest, then the view just made.
    await page.getByRole('button', { name: fill(t('evidence.actions.custodyLabel'), { name: 'yard.mp4' }), exact: true }).click();
    const custody = page.getByRole('dialog', { name: fill(t('evidence.custody.title'), { name: 'yard.mp4' }) });
    await custody.getByText(plural(t, 'en', 'evidence.custody.intact', 2), { exact: true }).waitFor();
    expect(await custody.getByRole('row').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(t('evidence.custody.action.ingest')), expect.stringContaining(t('evidence.custody.action.view'))]));
    await closeDialog(page);

    // Verify all, in Settings: four files, all intact.
    await openSection(page, t, 'settings');
    await page.getByRole('button', { name: t('evidence.settings.verify.run'), exact: true }).click();
    await page.getByText(plural(t, 'en', 'evidence.settings.verify.allGood', 5), { exact: true }).waitFor({ timeout: 120_000 });

    // Seized after lock: no canary in the data directory, nor in the OS temp folder.
    await lock(page, t);
    for (const canary of [CANARY, EXIF_CANARY]) {
      const inData = sweepForCanary(dataDir, canary);
      expect(inData.files.length).toBeGreaterThan(10);
      expect(inData.hits).toEqual([]);
      // The sources hold the canaries on purpose; in a fresh clone under /tmp they sit inside temp.
      // The whole OS temp folder, not only this test run's own (test/helpers/runTempRoot.ts).
      expect(sweepForCanary(osTempDir(), canary, { skipUnreadable: true, exclude: [work] }).hits).toEqual([]);
    }
    // The sweep can see: the source photo holds the EXIF canary (the name canary is in its name).
    expect(sweepForCanary(work, EXIF_CANARY).hits.length).toBeGreaterThan(0);
  });
});

describe('damaged evidence, in Russian', () => {
  let app: LaunchedApp | undefined;
  const work = resolve(__dirname, '../../.e2e-work', `evidence-damage-${process.pid}`);
  const ru = uiText('ru');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('verify all names the altered file, and its preview shows an error and no picture', async () => {
    mkdirSync(work, { recursive: true });
    const intact = join(work, 'протокол.jpg');
    const altered = join(work, 'справка.jpg');
    writeFileSync(intact, jpegWithEverything());
    writeFileSync(altered, jpegWithEverything());
    const dataDir = temporaryDir('aigaq-e2e-evidence-damage-');
    app = await launchApp({ dataDir, locale: 'ru', pickFiles: async () => [intact, altered] });
    const { page } = app;
    await createVault(page, ru, PASSPHRASE);
    await openSection(page, ru, 'records');
    const visit = currentDefinition('DETENTION_VISIT');
    await page.getByRole('button', { name: fill(ru('records.new'), { type: visit.label.ru }), exact: true }).click();
    await page.getByLabel(visit.sections[0]?.fields[0]?.label.ru ?? '', { exact: true }).fill('Посещение вымышленного ИВС');
    await waitSaved(page);
    await page.getByRole('button', { name: ru('evidence.attach'), exact: true }).click();
    await page.getByRole('list', { name: ru('evidence.item.list'), exact: true }).locator(':scope > li').nth(1).waitFor({ timeout: 60_000 });

    // Someone alters one encrypted file on the seized disk: one bit, near its end.
    const [summary] = (await app.services.handlers['evidence.list']({ recordId: await currentRecordId(app) })).filter((item) => item.name === 'справка.jpg');
    const stored = join(dataDir, 'evidence', `${summary?.id ?? ''}.age`);
    const bytes = readFileSync(stored);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 30) ^ 0x04, bytes.length - 30);
    writeFileSync(stored, bytes);

    await page.getByRole('button', { name: fill(ru('evidence.actions.previewLabel'), { name: 'справка.jpg' }), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: fill(ru('evidence.preview.title'), { name: 'справка.jpg' }) });
    await dialog.getByText(ru('errors.INTEGRITY'), { exact: true }).waitFor({ timeout: 60_000 });
    expect(await dialog.locator('img, video, audio, canvas').count()).toBe(0);
    await page.keyboard.press('Escape');

    await openSection(page, ru, 'settings');
    await page.getByRole('button', { name: ru('evidence.settings.verify.run'), exact: true }).click();
    const report = page.getByRole('alert').filter({ hasText: 'справка.jpg' });
    await report.waitFor({ timeout: 60_000 });
    expect(await report.textContent()).toContain(fill(ru('evidence.settings.verify.counts'), { intact: '1', damaged: '1', missing: '0' }));
    expect(await report.textContent()).toContain(ru('evidence.settings.verify.status.damaged'));
    expect(await report.textContent()).not.toContain('протокол.jpg');
  });
});

/** The record open in the editor: the one record this test made. */
async function currentRecordId(app: LaunchedApp): Promise<string> {
  const opened = await app.page.evaluate(() => sessionStorage.getItem('aigaq.openRecord'));
  if (opened === null) {
    throw new Error('no record is open');
  }
  return opened;
}
