import fc from 'fast-check';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors/appError';
import { readCaptureMetadata } from '../../../main/evidence/captureMetadata';
import { createJpegMetadataStripper } from '../../../main/evidence/jpegMetadataStrip';
import {
  ADOBE_SEGMENT,
  CANARY,
  COMMENT_SEGMENT,
  ICC_SEGMENT,
  IPTC_SEGMENT,
  MPF_SEGMENT,
  STANDARD_EXIF,
  XMP_SEGMENT,
  exifSegment,
  exifTiff,
  fixture,
  jpegParts,
  jpegWithEverything,
  segment,
  sosOffset,
  spliceAfterSoi,
  spliceAt,
  type JpegPart,
} from './exifFixture';

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
const SOS = 0xda;
const EOI = Buffer.from([0xff, 0xd9]);
const DROPPED = [0xe1, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xef, COM];
const GONE = [CANARY, 'Exif\0\0', 'http://ns.adobe.com/xap', 'GPSLatitude', 'Photoshop 3.0', 'MPF\0', 'FieldCam', 'Lavc', 'ftyp', 'SEFH'];

/** True if `output` holds none of the strings metadata and trailers were recognised by. */
function holdsNothingGone(output: Buffer): boolean {
  return GONE.every((gone) => !output.includes(Buffer.from(gone, 'latin1')));
}

/** Whether the stripper should drop `part` of `jpeg`: the rule, written out for the tests. */
function isMetadata(jpeg: Buffer, part: JpegPart): boolean {
  if (part.marker === 0xe2) {
    return !jpeg.subarray(part.start + 4, part.end).subarray(0, 12).equals(Buffer.from('ICC_PROFILE\0', 'latin1'));
  }
  return DROPPED.includes(part.marker);
}

const markersOf = (parts: readonly JpegPart[]): number[] => parts.map((part) => part.marker);
const bytesOf = (jpeg: Buffer, parts: readonly JpegPart[]): Buffer[] => parts.map((part) => jpeg.subarray(part.start, part.end));

/** Each scan's SOS header and entropy-coded data, in order. */
function scansOf(jpeg: Buffer): Buffer[] {
  const parts = jpegParts(jpeg);
  return bytesOf(
    jpeg,
    parts.filter((part) => part.marker === SOS),
  );
}

/**
 * The committed progressive fixture (jpegtran: 10 scans, DHT between them, DRI and RSTn in the data)
 * with metadata where phones and hostile files put it after the first SOS: EXIF with GPS and XMP
 * right after the first scan's data (their marker is what ends that scan), IPTC and MPF between a
 * DHT and the third SOS, a comment just before EOI.
 */
function progressiveWithMetadata(): Buffer {
  const clean = fixture('photo-progressive.jpg');
  const parts = jpegParts(clean);
  const sosParts = parts.filter((part) => part.marker === SOS);
  const eoi = parts.find((part) => part.marker === 0xd9)!;
  // Spliced from the back so the earlier offsets stay valid.
  let dirty = spliceAt(clean, eoi.start, [COMMENT_SEGMENT]);
  dirty = spliceAt(dirty, sosParts[2]!.start, [IPTC_SEGMENT, MPF_SEGMENT]);
  return spliceAt(dirty, sosParts[0]!.end, [exifSegment(exifTiff(STANDARD_EXIF)), XMP_SEGMENT]);
}

/** What phones append after EOI: an MPF secondary image with its own EXIF, a Motion Photo MP4, a Samsung SEFT block. */
const TRAILER = Buffer.concat([
  Buffer.from([0xff, 0xd8]),
  exifSegment(exifTiff(STANDARD_EXIF)),
  fixture('photo.jpg').subarray(2),
  Buffer.from('\0\0\0\x18ftypmp42\0\0\0\0mp42isom\0\0\0\x08mdat', 'latin1'),
  Buffer.from(`SEFH\0\0\0\x01${CANARY} location=12.582,65.726 SEFT`, 'latin1'),
]);

/** The baseline photo with entropy-coded data written by hand: stuffed 0xFF, every RSTn, fill bytes. */
function photoWithHandWrittenScan(): Buffer {
  const photo = fixture('photo.jpg');
  const sos = sosOffset(photo);
  const headerEnd = sos + 2 + photo.readUInt16BE(sos + 2);
  const data = [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0xd1, 0xff, 0x00, 0xff, 0x00, 0x78];
  for (let rst = 0xd2; rst <= 0xd7; rst += 1) {
    data.push(0xff, rst, 0xff, 0x00, rst);
  }
  data.push(0xff, 0xff, 0xff, 0x00, 0x9a, 0xff, 0xff);
  return Buffer.concat([photo.subarray(0, headerEnd), Buffer.from(data), EOI]);
}

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

  it('passes the image data, from the first SOS to EOI, unchanged', async () => {
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

describe('createJpegMetadataStripper: after the first scan', () => {
  const clean = fixture('photo-progressive.jpg');

  it('the progressive fixture is what these tests rely on: many scans, DHT and DRI between them, RSTn and stuffed bytes in the data', () => {
    const markers = markersOf(jpegParts(clean));
    expect(markers.filter((marker) => marker === SOS).length).toBeGreaterThanOrEqual(2);
    expect(markers.slice(markers.indexOf(SOS))).toContain(0xc4);
    expect(markers).toContain(0xdd);
    const data = Buffer.concat(scansOf(clean));
    expect(data.includes(Buffer.from([0xff, 0x00]))).toBe(true);
    expect(data.includes(Buffer.from([0xff, 0xd0]))).toBe(true);
  });

  it('a progressive JPEG with nothing to drop comes out byte for byte', async () => {
    expect((await strip(clean)).equals(clean)).toBe(true);
  });

  it('drops EXIF with GPS, XMP, IPTC, MPF and comments between and after the scans; every scan and table stays', async () => {
    const input = progressiveWithMetadata();
    const inputParts = jpegParts(input);
    const exifAt = inputParts.findIndex((part) => part.marker === 0xe1);
    expect(inputParts[exifAt - 1]?.marker).toBe(SOS); // the EXIF marker is what ends the first scan
    expect(input.includes(Buffer.from(CANARY, 'latin1'))).toBe(true);

    const output = await strip(input);
    expect(output.equals(clean)).toBe(true);
    expect(holdsNothingGone(output)).toBe(true);
    // The structure: the input's markers less the dropped ones, and every scan the same bytes.
    const kept = inputParts.filter((part) => !isMetadata(input, part));
    expect(markersOf(jpegParts(output))).toEqual(markersOf(kept));
    expect(scansOf(output)).toEqual(scansOf(input));
    expect(Buffer.concat(bytesOf(input, kept)).equals(output)).toBe(true);
    expect(readCaptureMetadata(output, 'image/jpeg')).toMatchObject({ hasExif: false, hasGps: false, cameraModel: null });
  });

  it('drops everything after EOI: the output ends at the EOI of the image', async () => {
    for (const photo of [fixture('photo.jpg'), jpegWithEverything(), clean, progressiveWithMetadata()]) {
      const input = Buffer.concat([photo, TRAILER]);
      expect(input.includes(Buffer.from(CANARY, 'latin1'))).toBe(true);
      const output = await strip(input);
      expect(output.equals(await strip(photo))).toBe(true);
      expect(output.subarray(-2).equals(EOI)).toBe(true);
      expect(holdsNothingGone(output)).toBe(true);
    }
  });

  it('only the first EOI counts, and a trailer of any bytes (no marker, a lone 0xFF) goes without error', async () => {
    const photo = fixture('photo.jpg');
    const expected = await strip(photo);
    for (const trailer of [Buffer.from('junk'), Buffer.from([0xff]), Buffer.from([0xff, 0xd8, 0xff, 0xd9, 0xff, 0xd9]), Buffer.alloc(70_000, 0x5a)]) {
      expect((await strip(Buffer.concat([photo, trailer]))).equals(expected)).toBe(true);
    }
  });

  it('EOI right after a segment that follows a scan ends the image too; fill bytes before it are dropped', async () => {
    const photo = fixture('photo.jpg');
    const input = Buffer.concat([photo.subarray(0, -2), COMMENT_SEGMENT, Buffer.from([0xff, 0xff]), EOI, TRAILER]);
    expect((await strip(input)).equals(await strip(photo))).toBe(true);
  });

  it('entropy-coded data with stuffed 0xFF, RST0..RST7 and fill bytes passes unchanged', async () => {
    const input = photoWithHandWrittenScan();
    expect(markersOf(jpegParts(input)).slice(-2)).toEqual([SOS, 0xd9]); // one scan: the RSTs are data
    const output = await strip(input);
    expect(output.equals(withoutSegments(input, [COM]))).toBe(true);
    expect(scansOf(output)).toEqual(scansOf(input));
  });

  it('keeps a 0xFF that a file cut inside the image data ends with', async () => {
    const input = progressiveWithMetadata();
    const cut = input.subarray(0, input.indexOf(Buffer.from([0xff, 0x00]), sosOffset(input)) + 1);
    for (const size of [1, 2, 64 * 1024]) {
      const output = await strip(cut, size);
      expect(output.subarray(-1)).toEqual(Buffer.from([0xff]));
      expect(output.equals(clean.subarray(0, output.length))).toBe(true);
    }
  });
});

describe('createJpegMetadataStripper: streaming', () => {
  const inputs: readonly [string, () => Buffer][] = [
    ['a baseline JPEG with every metadata segment', () => jpegWithEverything()],
    ['a progressive JPEG with metadata between its scans', progressiveWithMetadata],
    ['a JPEG with a trailer after EOI', () => Buffer.concat([progressiveWithMetadata(), TRAILER])],
    ['hand-written entropy data with stuffing, RSTn and fill bytes', photoWithHandWrittenScan],
  ];

  it.each(inputs)('gives identical output for input chunks of every size from 1 to 37 bytes: %s', async (_name, make) => {
    const input = make();
    const whole = await strip(input, input.length);
    for (let size = 1; size <= 37; size += 1) {
      expect((await strip(input, size)).equals(whole)).toBe(true);
    }
  });

  it('holds back at most a segment header: each output piece is at most its input chunk plus 16 bytes', async () => {
    const bigIcc = segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.alloc(65_000, 0x22)]));
    const bigExif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.alloc(65_000, 0x33)]));
    const head = spliceAfterSoi(fixture('photo.jpg'), [bigExif, bigIcc, bigExif]);
    const progressive = fixture('photo-progressive.jpg');
    const afterFirstScan = jpegParts(progressive).find((part) => part.marker === SOS)!.end;
    const between = Buffer.concat([spliceAt(progressive, afterFirstScan, [bigExif, bigIcc, bigExif]), Buffer.alloc(200_000, 0x44)]);
    for (const input of [head, between]) {
      for (const size of [1, 7, 4096]) {
        const { pieces, error } = await runStripper(input, size);
        expect(error).toBeNull();
        expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(size + 16);
      }
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
    ['an SOI inside the image data', Buffer.concat([photo.subarray(0, sosOffset(photo) + 20), Buffer.from([0xff, 0xd8]), photo.subarray(sosOffset(photo) + 20)])],
    ['bytes after a segment that ends a scan', Buffer.concat([photo.subarray(0, -2), COMMENT_SEGMENT, Buffer.from('junk'), EOI])],
    ['a restart marker after a segment that ends a scan', Buffer.concat([photo.subarray(0, -2), COMMENT_SEGMENT, Buffer.from([0xff, 0xd0]), EOI])],
  ];

  it.each(cases)('%s → INVALID_REQUEST, and the output never ends normally', async (_name, input) => {
    for (const size of [1, 3, 64 * 1024]) {
      const { error, finished } = await runStripper(input, size);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject(NOT_CLEANABLE);
      expect(finished).toBe(false);
    }
  });

  it('accepts a file cut inside the image data: the data it has is copied', async () => {
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

  it('mutated progressive files with metadata and a trailer either clean or fail with INVALID_REQUEST; nothing else', async () => {
    const input = Buffer.concat([progressiveWithMetadata(), TRAILER]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(input.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 300 }), async (edits, size) => {
        const mutated = Buffer.from(input);
        edits.forEach(([at, value]) => (mutated[at] = value));
        const { error, finished, output } = await runStripper(mutated, size);
        if (error === null) {
          expect(finished).toBe(true);
          expect(output.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
          expect(output.length).toBeLessThanOrEqual(mutated.length);
        } else {
          expect(error).toMatchObject(NOT_CLEANABLE);
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
