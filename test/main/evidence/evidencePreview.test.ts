import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { createEvidencePreview } from '../../../main/evidence/evidencePreview';
import { createEvidenceStore } from '../../../main/evidence/evidenceStore';
import { itemFile } from '../../../main/evidence/evidenceFiles';
import { MAX_RANGE_RESPONSE_BYTES } from '../../../main/evidence/rangeRequest';
import { inspectSource } from '../../../main/evidence/sourceFile';
import { PASSPHRASE, temporaryDir, testVault } from '../../helpers/testVault';

// Previews are served by main from the encrypted file, chunk by chunk, with HTTP Range: what a
// <video> element asks for when the monitor seeks. Nothing is written anywhere to do it.

const RECORD = 'PreviewRecordAAAAAAAAA';
// An ISO BMFF 'ftyp' box: the bytes a phone video starts with, so the sniffer says video/mp4.
const MP4_HEAD = Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex');

async function setUp(size: number) {
  const dataDir = temporaryDir();
  const { sodium, vault } = await testVault(dataDir);
  await vault.create(PASSPHRASE);
  const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
  const preview = createEvidencePreview({ sodium, store });
  const plaintext = Buffer.concat([MP4_HEAD, randomBytes(size - MP4_HEAD.length)]);
  const path = join(temporaryDir('aigaq-preview-src-'), 'clip.mp4');
  writeFileSync(path, plaintext);
  const item = await store.ingest(RECORD, await inspectSource(path, store.folder));
  return { store, preview, plaintext, item };
}

async function bytesOf(body: Readable | null): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of body ?? []) {
    parts.push(part as Buffer);
  }
  return Buffer.concat(parts);
}

describe('evidence previews over HTTP Range', () => {
  it('serves exactly the bytes asked for, authenticated, with the sniffed type', async () => {
    const { preview, plaintext, item } = await setUp(3 * 65_536 + 1234);
    expect(item).toMatchObject({ mediaType: 'video/mp4', kind: 'video' });
    const { url, kind } = await preview.grant(item.id);
    expect(kind).toBe('video');
    expect(url).toMatch(/^\/evidence\/[A-Za-z0-9_-]{43}\/[A-Za-z0-9_-]{22}$/);
    const middle = await preview.respond(url, 'bytes=65000-140000');
    expect(middle.status).toBe(206);
    expect(middle.headers).toMatchObject({ 'content-type': 'video/mp4', 'content-range': `bytes 65000-140000/${plaintext.length}`, 'content-length': '75001', 'accept-ranges': 'bytes', 'x-content-type-options': 'nosniff' });
    expect((await bytesOf(middle.body)).equals(plaintext.subarray(65000, 140001))).toBe(true);
    expect((await bytesOf((await preview.respond(url, 'bytes=-10')).body)).equals(plaintext.subarray(-10))).toBe(true);
    const whole = await preview.respond(url, null);
    expect(whole.status).toBe(200);
    expect((await bytesOf(whole.body)).equals(plaintext)).toBe(true);
    expect((await preview.respond(url, `bytes=${plaintext.length}-`)).status).toBe(416);
  });

  it('caps one response, so a seek never decrypts a whole large file', async () => {
    const { preview, plaintext, item } = await setUp(MAX_RANGE_RESPONSE_BYTES + 300_000);
    const { url } = await preview.grant(item.id);
    const first = await preview.respond(url, 'bytes=0-');
    expect(first.headers['content-range']).toBe(`bytes 0-${MAX_RANGE_RESPONSE_BYTES - 1}/${plaintext.length}`);
    expect((await bytesOf(first.body)).equals(plaintext.subarray(0, MAX_RANGE_RESPONSE_BYTES))).toBe(true);
  });

  it('answers 404 to a wrong token, a wrong id, and every URL after lock', async () => {
    const { preview, item } = await setUp(100_000);
    const { url } = await preview.grant(item.id);
    expect((await preview.respond(url.replace(/\/evidence\/./, '/evidence/x'), null)).status).toBe(404);
    expect((await preview.respond(url.replace(item.id, 'AAAAAAAAAAAAAAAAAAAAAA'), null)).status).toBe(404);
    preview.revokeAll();
    expect((await preview.respond(url, null)).status).toBe(404);
  });

  it('refuses to preview a damaged file and records one view per session in the custody log', async () => {
    const { preview, store, item } = await setUp(200_000);
    await preview.grant(item.id);
    await preview.grant(item.id);
    expect((await store.custodyOf(item.id)).entries.map((entry) => entry.event.action)).toEqual(['ingest', 'view']);
    preview.revokeAll();
    const path = itemFile(store.folder, item.id, 'content');
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0x80, bytes.length - 5);
    writeFileSync(path, bytes);
    await expect(preview.grant(item.id)).rejects.toMatchObject({ code: 'INTEGRITY' });
  });

  it('hands a verified PDF over whole for pdf.js, and nothing else that way', async () => {
    const { preview, store, item: video } = await setUp(70_000);
    const pdf = readFileSync(join(__dirname, '../../fixtures/evidence/page.pdf'));
    const path = join(temporaryDir('aigaq-preview-src-'), 'certificate.pdf');
    writeFileSync(path, pdf);
    const item = await store.ingest(RECORD, await inspectSource(path, store.folder));
    expect(item.kind).toBe('pdf');
    expect(Buffer.from(await preview.pdfBytes(item.id)).equals(pdf)).toBe(true);
    await expect(preview.pdfBytes(video.id)).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    preview.revokeAll();
    const stored = itemFile(store.folder, item.id, 'content');
    const bytes = readFileSync(stored);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0x01, bytes.length - 20);
    writeFileSync(stored, bytes);
    await expect(preview.pdfBytes(item.id)).rejects.toMatchObject({ code: 'INTEGRITY' });
  });

  it('offers no preview for a file that is not media', async () => {
    const dataDir = temporaryDir();
    const { sodium, vault } = await testVault(dataDir);
    await vault.create(PASSPHRASE);
    const store = createEvidenceStore({ sodium, dataDir, keys: () => vault.requireKeys() });
    const path = join(temporaryDir('aigaq-preview-src-'), 'photo.jpg');
    writeFileSync(path, randomBytes(5000));
    const item = await store.ingest(RECORD, await inspectSource(path, store.folder));
    expect(item.kind).toBe('other');
    await expect(createEvidencePreview({ sodium, store }).grant(item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
