import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { HEAD_BYTES, sniffMediaType, type MediaKind } from '../../../main/evidence/mediaType';
import { FIXTURES, fixture } from './exifFixture';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

/** An ISO BMFF `ftyp` box: major brand, minor version 0, compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const box = bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], ...compatible);
  return Buffer.concat([box, Buffer.from([0, 0, 0, 8]), Buffer.from('mdat')]);
}

const FIXTURE_TYPES: readonly [string, string, MediaKind][] = [
  ['photo.jpg', 'image/jpeg', 'image'],
  ['photo-progressive.jpg', 'image/jpeg', 'image'],
  ['photo.png', 'image/png', 'image'],
  ['photo.gif', 'image/gif', 'image'],
  ['photo.webp', 'image/webp', 'image'],
  ['photo.tiff', 'image/tiff', 'image'],
  ['photo.bmp', 'image/bmp', 'image'],
  ['page.pdf', 'application/pdf', 'pdf'],
  ['tone.wav', 'audio/wav', 'audio'],
  ['tone.mp3', 'audio/mpeg', 'audio'],
  ['tone-noid3.mp3', 'audio/mpeg', 'audio'],
  ['tone-opus.ogg', 'audio/ogg', 'audio'],
  ['tone-vorbis.ogg', 'audio/ogg', 'audio'],
  ['tone.m4a', 'audio/mp4', 'audio'],
  ['tone.aac', 'audio/aac', 'audio'],
  ['tone.flac', 'audio/flac', 'audio'],
  ['clip.mp4', 'video/mp4', 'video'],
  ['clip.mov', 'video/quicktime', 'video'],
  ['clip.3gp', 'video/3gpp', 'video'],
  ['clip.webm', 'video/webm', 'video'],
  ['clip.mkv', 'video/x-matroska', 'video'],
  ['clip.ogv', 'video/ogg', 'video'],
];

describe('sniffMediaType: the committed fixtures', () => {
  it.each(FIXTURE_TYPES)('%s → %s (%s)', (name, mediaType, kind) => {
    expect(sniffMediaType(fixture(name))).toEqual({ mediaType, kind });
  });

  it('covers every media file in the fixtures folder', () => {
    const media = readdirSync(FIXTURES).filter((name) => name !== 'README.md');
    expect(media.sort()).toEqual(FIXTURE_TYPES.map(([name]) => name).sort());
  });

  it('decides from the bytes alone: the function takes no name, so a JPEG saved as clip.mp4 is still a JPEG', () => {
    expect(sniffMediaType).toHaveLength(1);
    const renamed = { name: 'clip.mp4', bytes: fixture('photo.jpg') };
    expect(sniffMediaType(renamed.bytes)).toEqual({ mediaType: 'image/jpeg', kind: 'image' });
  });

  it('reads only what fits in HEAD_BYTES: a longer file sniffs the same from its head', () => {
    expect(HEAD_BYTES).toBe(256 * 1024);
    const long = Buffer.concat([fixture('tone.mp3'), Buffer.alloc(HEAD_BYTES)]);
    expect(sniffMediaType(long.subarray(0, HEAD_BYTES))).toEqual({ mediaType: 'audio/mpeg', kind: 'audio' });
  });
});

describe('sniffMediaType: ISO BMFF brands', () => {
  it.each(([
    [ftyp('heic', 'mif1', 'heic'), 'image/heic', 'image'],
    [ftyp('mif1', 'mif1', 'heic'), 'image/heic', 'image'],
    [ftyp('mif1', 'mif1'), 'image/heif', 'image'],
    [ftyp('avif', 'mif1', 'avif'), 'image/avif', 'image'],
    [ftyp('M4A ', 'M4A ', 'isom'), 'audio/mp4', 'audio'],
    [ftyp('isom', 'isom', 'mp42'), 'video/mp4', 'video'],
    [ftyp('mp42', 'isom'), 'video/mp4', 'video'],
    [ftyp('XYZW', 'mp42'), 'video/mp4', 'video'], // unknown major brand, known compatible one
    [ftyp('qt  ', 'qt  '), 'video/quicktime', 'video'],
    [ftyp('3gp4', '3gp4'), 'video/3gpp', 'video'],
    [ftyp('3g2a'), 'video/3gpp2', 'video'],
    [ftyp('crx ', 'crx '), 'application/octet-stream', 'other'], // a camera raw, not something to play
    [bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 8], 'mdat'), 'video/quicktime', 'video'], // QuickTime before ftyp
  ] as const).map(([head, mediaType, kind]) => [mediaType, kind, head] as const))('%s (%s), case %#', (mediaType, kind, head) => {
    expect(sniffMediaType(head)).toEqual({ mediaType, kind });
  });
});

describe('sniffMediaType: short signatures and things that are not media', () => {
  it.each(([
    [bytes('#!AMR\n', [0x3c, 0x48, 0xf5]), 'audio/amr', 'audio'],
    [bytes('#!AMR-WB\n', [0x04]), 'audio/amr-wb', 'audio'],
    [bytes('ID3', [4, 0, 0, 0, 0, 0, 4], 'TXXX', 'fLaC', [0, 0, 0, 34]), 'audio/flac', 'audio'], // ID3 before FLAC
    [bytes('ID3', [4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f]), 'audio/mpeg', 'audio'], // a tag longer than the head
    [bytes('PK', [3, 4, 20, 0, 0, 0, 8, 0], 'zip entry'), 'application/zip', 'other'],
    [bytes('PK', [3, 4, 20, 0], '[Content_Types].xml', 'PK', [3, 4], 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'other'],
    [Buffer.from('Қарағанды облысы, 2026 жыл\nNotes from the field.\n'), 'text/plain', 'other'],
    [Buffer.from('<html><script>alert(1)</script></html>'), 'text/plain', 'other'], // never text/html
    [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'text/plain', 'other'], // never image/svg+xml
    [Buffer.from('BMW service notes\n'), 'text/plain', 'other'], // "BM" alone is not a bitmap
    [Buffer.from('ID3 tags are what MP3 players read\n'), 'text/plain', 'other'], // nor "ID3" an ID3 tag
    [Buffer.from([...Buffer.from('Ққ text cut mid-character '), 0xd2]), 'text/plain', 'other'],
    [Buffer.from('text with a NUL\0 in it'), 'application/octet-stream', 'other'],
    [Buffer.from([0x61, 0x62, 0xc3, 0x28, 0x63]), 'application/octet-stream', 'other'], // invalid UTF-8
    [Buffer.from('OggS\0\x02unknown codec'), 'application/ogg', 'other'],
    [bytes([0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x82, 0x84], 'abcd'), 'application/octet-stream', 'other'], // EBML, unknown DocType
    [bytes([0xff, 0xfb, 0x90, 0x64], 'one lone frame header'), 'application/octet-stream', 'other'],
    [new Uint8Array(0), 'application/octet-stream', 'other'],
  ] as const).map(([head, mediaType, kind]) => [mediaType, kind, head] as const))('%s (%s), case %#', (mediaType, kind, head) => {
    expect(sniffMediaType(head)).toEqual({ mediaType, kind });
  });

  it('a PDF signature must be at the start, as Chromium wants it', () => {
    expect(sniffMediaType(bytes('junk before ', '%PDF-1.4\n'))).toEqual({ mediaType: 'text/plain', kind: 'other' });
  });
});

describe('sniffMediaType: hostile input', () => {
  it('random bytes are application/octet-stream', () => {
    // Random bytes that are not UTF-8 text and carry no magic number; a fixed seed keeps this deterministic.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 4096 }), (head) => {
        expect(sniffMediaType(head)).toEqual({ mediaType: 'application/octet-stream', kind: 'other' });
      }),
      { seed: 20260314, numRuns: 500 },
    );
  });

  it('every truncation of every fixture returns a type without throwing', () => {
    for (const [name] of FIXTURE_TYPES) {
      const whole = fixture(name);
      for (let length = 0; length <= Math.min(whole.length, 1200); length += 1) {
        expect(() => sniffMediaType(whole.subarray(0, length))).not.toThrow();
      }
    }
  });

  it('mutated fixtures and arbitrary bytes never throw and always give a known kind', () => {
    const heads = FIXTURE_TYPES.map(([name]) => fixture(name).subarray(0, 2048));
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.array(fc.tuple(fc.nat(2047), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }), (head, edits) => {
        const mutated = Buffer.from(head);
        edits.forEach(([at, value]) => (mutated[at % mutated.length] = value));
        expect(['image', 'audio', 'video', 'pdf', 'other']).toContain(sniffMediaType(mutated).kind);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});
