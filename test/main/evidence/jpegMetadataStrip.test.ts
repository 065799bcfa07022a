import fc from 'fast-check';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors/appError';
import { readCaptureMetadata } from '../../../main/evidence/captureMetadata';
import { createJpegMetadataStripper } from '../../../main/evidence/jpegMetadataStrip';
import { ADOBE_SEGMENT, CANARY, ICC_SEGMENT, fixture, jpegWithEverything, segment, sosOffset, spliceAfterSoi } from './exifFixture';

type Stripped = { readonly output: Buffer; readonly pieces: readonly Buffer[]; readonly finished: boolean };

function chunked(input: Buffer, size: number): Buffer[] {
  const chunks: Buffer[] = [];
  for (let at = 0; at < input.length; at += size) {
    chunks.push(input.subarray(at, at + size));
  }
  return chunks;
}

/** Runs `input` through the stripper in `chunkSize` pieces; `finished` says whether the sink saw a normal end. */
async function runStripper(input: Buffer, chunkSize = 64 * 1024): Promise<Stripped & { readonly error: unknown }> {
  const pieces: Buffer[] = [];
  let finished = false;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback): void {
      pieces.push(chunk);
      callback();
    },
  });
  sink.on('finish', () => (finished = true));
  let error: unknown = null;
  await pipeline(Readable.from(chunked(input, chunkSize)), createJpegMetadataStripper(), sink).catch((caught: unknown) => (error = caught));
  return { output: Buffer.concat(pieces), pieces, finished, error };
}

async function strip(input: Buffer, chunkSize?: number): Promise<Buffer> {
  const result = await runStripper(input, chunkSize);
  if (result.error !== null) {
    throw result.error;
  }
  return result.output;
}

/** The JPEG without the segments whose marker is in `markers` (walked, before SOS). */
function withoutSegments(jpeg: Buffer, markers: readonly number[]): Buffer {
  const kept: Buffer[] = [jpeg.subarray(0, 2)];
  let at = 2;
  while (jpeg[at + 1] !== 0xda) {
    const end = at + 2 + jpeg.readUInt16BE(at + 2);
    if (!markers.includes(jpeg[at + 1]!)) {
      kept.push(jpeg.subarray(at, end));
    }
    at = end;
  }
  return Buffer.concat([...kept, jpeg.subarray(at)]);
}

const NOT_CLEANABLE = { code: 'INVALID_REQUEST', message: 'not a JPEG this app can clean' };
const COM = 0xfe;

describe('createJpegMetadataStripper: what goes and what stays', () => {
  const input = jpegWithEverything();

  it('drops EXIF (with GPS and the canary), XMP, MPF, IPTC and comments; keeps JFIF, ICC, Adobe and the image', async () => {
    const output = await strip(input);
    const expected = spliceAfterSoi(withoutSegments(fixture('photo.jpg'), [COM]), [ICC_SEGMENT, ADOBE_SEGMENT]);
    expect(output.equals(expected)).toBe(true);
    expect(output.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    for (const gone of [CANARY, 'Exif\0\0', 'http://ns.adobe.com/xap', 'GPSLatitude', 'Photoshop 3.0', 'MPF\0', 'FieldCam', 'Lavc']) {
      expect(output.includes(Buffer.from(gone, 'latin1'))).toBe(false);
    }
  });

  it('passes everything from the first SOS on unchanged', async () => {
    const output = await strip(input);
    expect(output.subarray(sosOffset(output)).equals(input.subarray(sosOffset(input)))).toBe(true);
  });

  it('leaves nothing for readCaptureMetadata to find', async () => {
    expect(readCaptureMetadata(input, 'image/jpeg')).toMatchObject({ hasExif: true, hasGps: true });
    expect(readCaptureMetadata(await strip(input), 'image/jpeg')).toEqual({
      capturedAt: null,
      capturedAtSource: null,
      hasGps: false,
      hasExif: false,
      cameraModel: null,
    });
  });

  it('a photo with nothing to drop but its comment comes out without it, and is stable on a second pass', async () => {
    const once = await strip(fixture('photo.jpg'));
    expect(once.equals(withoutSegments(fixture('photo.jpg'), [COM]))).toBe(true);
    expect((await strip(once)).equals(once)).toBe(true);
  });

  it('every APP1 and APP3..APP13, APP15 goes; an APP2 that is not ICC_PROFILE goes, however short', async () => {
    const markers = [0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xef];
    const odd = [...markers.map((marker) => segment(marker, `${CANARY} in 0x${marker.toString(16)}`)), segment(0xe2, 'ICC'), segment(0xe2, '')];
    const output = await strip(spliceAfterSoi(fixture('photo.jpg'), odd));
    expect(output.equals(withoutSegments(fixture('photo.jpg'), [COM]))).toBe(true);
  });

  it('fill bytes before a marker are allowed and dropped', async () => {
    const photo = fixture('photo.jpg');
    const padded = Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xff, 0xff]), photo.subarray(2)]);
    expect((await strip(padded)).equals(await strip(photo))).toBe(true);
  });
});

describe('createJpegMetadataStripper: streaming', () => {
  it('gives identical output for input chunks of every size from 1 to 37 bytes', async () => {
    const input = jpegWithEverything();
    const whole = await strip(input, input.length);
    for (let size = 1; size <= 37; size += 1) {
      expect((await strip(input, size)).equals(whole)).toBe(true);
    }
  });

  it('holds back at most a segment header: each output piece is at most its input chunk plus 16 bytes', async () => {
    const bigIcc = segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.alloc(65_000, 0x22)]));
    const bigExif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.alloc(65_000, 0x33)]));
    const input = spliceAfterSoi(fixture('photo.jpg'), [bigExif, bigIcc, bigExif]);
    for (const size of [1, 7, 4096]) {
      const { pieces, error } = await runStripper(input, size);
      expect(error).toBeNull();
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(size + 16);
    }
  });
});

describe('createJpegMetadataStripper: what it refuses', () => {
  const photo = fixture('photo.jpg');
  const cases: readonly [string, Buffer][] = [
    ['empty input', Buffer.alloc(0)],
    ['a PNG', fixture('photo.png')],
    ['an MP4', fixture('clip.mp4')],
    ['only SOI', photo.subarray(0, 2)],
    ['cut inside the EXIF segment', jpegWithEverything().subarray(0, 40)],
    ['cut inside a segment header', photo.subarray(0, 5)],
    ['bytes between segments', Buffer.concat([photo.subarray(0, 2), Buffer.from('junk'), photo.subarray(2)])],
    ['a segment length below 2', Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xe1, 0x00, 0x01]), photo.subarray(2)])],
    ['EOI before any image data', Buffer.from([0xff, 0xd8, 0xff, 0xd9])],
    ['a second SOI', Buffer.concat([photo.subarray(0, 2), photo])],
    ['a restart marker before SOS', Buffer.concat([photo.subarray(0, 2), Buffer.from([0xff, 0xd0]), photo.subarray(2)])],
  ];

  it.each(cases)('%s → INVALID_REQUEST, and the output never ends normally', async (_name, input) => {
    for (const size of [1, 3, 64 * 1024]) {
      const { error, finished } = await runStripper(input, size);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject(NOT_CLEANABLE);
      expect(finished).toBe(false);
    }
  });

  it('accepts a file cut after SOS: from there on it only copies bytes', async () => {
    const input = jpegWithEverything();
    const cut = input.subarray(0, sosOffset(input) + 20);
    expect((await strip(cut)).subarray(-20).equals(cut.subarray(-20))).toBe(true);
  });

  it('mutated files either clean or fail with INVALID_REQUEST; nothing else', async () => {
    const input = jpegWithEverything();
    const limit = sosOffset(input) + 16;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(limit), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 300 }), async (edits, size) => {
        const mutated = Buffer.from(input);
        edits.forEach(([at, value]) => (mutated[at] = value));
        const { error, finished, output } = await runStripper(mutated, size);
        if (error === null) {
          expect(finished).toBe(true);
          expect(output.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
        } else {
          expect(error).toMatchObject(NOT_CLEANABLE);
        }
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
