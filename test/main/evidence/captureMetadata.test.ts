import fc from 'fast-check';
import { readCaptureMetadata, type CaptureMetadata } from '../../../main/evidence/captureMetadata';
import { sniffMediaType } from '../../../main/evidence/mediaType';
import {
  CANARY,
  STANDARD_EXIF,
  TAGS,
  XMP_SEGMENT,
  buildTiff,
  exifSegment,
  exifTiff,
  fixture,
  jpegWithEverything,
  spliceAfterSoi,
  type ExifOptions,
} from './exifFixture';

const NOTHING: CaptureMetadata = { capturedAt: null, capturedAtSource: null, hasGps: false, hasExif: false, cameraModel: null };

function jpegWithExif(options: ExifOptions): Buffer {
  return spliceAfterSoi(fixture('photo.jpg'), [exifSegment(exifTiff(options))]);
}

function readJpeg(jpeg: Uint8Array): CaptureMetadata {
  return readCaptureMetadata(jpeg, 'image/jpeg');
}

/** An ISO BMFF box. */
function box(type: string, ...payload: Uint8Array[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

const SECONDS_1904_TO_2026_03_14T09_12_30 = (Date.UTC(2026, 2, 14, 9, 12, 30) - Date.UTC(1904, 0, 1)) / 1000;

describe('readCaptureMetadata: EXIF in a JPEG', () => {
  it('reads the capture time with its offset, the model and that there is a location', () => {
    expect(readJpeg(jpegWithEverything())).toEqual({
      capturedAt: '2026-03-14T09:12:30+05:00',
      capturedAtSource: 'exif',
      hasGps: true,
      hasExif: true,
      cameraModel: 'FieldCam 7',
    });
  });

  it('reads big-endian (Motorola) EXIF the same', () => {
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, littleEndian: false }))).toEqual(readJpeg(jpegWithExif(STANDARD_EXIF)));
  });

  it('keeps the time as written: no offset means none is invented', () => {
    const { offsetTimeOriginal: _none, ...noOffset } = STANDARD_EXIF;
    expect(readJpeg(jpegWithExif(noOffset)).capturedAt).toBe('2026-03-14T09:12:30');
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, offsetTimeOriginal: '-03:30' })).capturedAt).toBe('2026-03-14T09:12:30-03:30');
  });

  it.each(['0000:00:00 00:00:00', '    :  :     :  :  ', '2026-03-14 09:12:30', '2026:13:14 09:12:30', '2026:03:14 24:00:00', ''])(
    'an unknown or malformed DateTimeOriginal %p is null, never replaced by the file’s DateTime',
    (dateTimeOriginal) => {
      const found = readJpeg(jpegWithExif({ ...STANDARD_EXIF, dateTimeOriginal }));
      expect(found).toMatchObject({ capturedAt: null, capturedAtSource: null, hasExif: true });
    },
  );

  it('drops a malformed offset rather than guessing one', () => {
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, offsetTimeOriginal: '+5' })).capturedAt).toBe('2026-03-14T09:12:30');
  });

  it('a GPS IFD with only its version tag (location off) is no location; none at all neither', () => {
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, gps: 'versionOnly' })).hasGps).toBe(false);
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, gps: false })).hasGps).toBe(false);
  });

  it('a GPS pointer into nowhere still counts as a location: better a false warning than a missed one', () => {
    const tiff = buildTiff([{ tag: TAGS.gpsIfd, bytes: [0xff, 0xff, 0xff, 0x7f] }], true);
    // A BYTE-typed pointer is not read as a pointer (count 4, not 1): rebuild it as a LONG to nowhere.
    const pointer = Buffer.from(tiff);
    pointer.writeUInt16LE(4, 8 + 2 + 2);
    pointer.writeUInt32LE(1, 8 + 2 + 4);
    expect(readJpeg(spliceAfterSoi(fixture('photo.jpg'), [exifSegment(pointer)]))).toMatchObject({ hasExif: true, hasGps: true });
  });

  it('XMP alone can carry a location', () => {
    expect(readJpeg(spliceAfterSoi(fixture('photo.jpg'), [XMP_SEGMENT]))).toEqual({ ...NOTHING, hasGps: true });
  });

  it('a camera model is printable text of bounded length', () => {
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, model: '  Field\u0007Cam\u001b[31m 7  ' })).cameraModel).toBe('FieldCam[31m 7');
    expect(readJpeg(jpegWithExif({ ...STANDARD_EXIF, model: 'M'.repeat(500) })).cameraModel).toHaveLength(128);
    const { model: _none, ...noModel } = STANDARD_EXIF;
    expect(readJpeg(jpegWithExif(noModel)).cameraModel).toBeNull();
  });

  it('reads nothing from the comment fields: the canary never comes back', () => {
    expect(JSON.stringify(readJpeg(jpegWithEverything()))).not.toContain(CANARY);
  });

  it('a plain JPEG has no metadata', () => {
    expect(readJpeg(fixture('photo.jpg'))).toEqual(NOTHING);
  });
});

describe('readCaptureMetadata: EXIF in other image formats', () => {
  it('PNG eXIf chunk', () => {
    const png = fixture('photo.png');
    const ihdrEnd = 8 + 8 + 13 + 4;
    const chunk = Buffer.concat([Buffer.alloc(4), Buffer.from('eXIf'), exifTiff(STANDARD_EXIF), Buffer.alloc(4)]);
    chunk.writeUInt32BE(chunk.length - 12, 0); // the CRC is left zero: the reader does not check it
    const withExif = Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
    expect(readCaptureMetadata(withExif, 'image/png')).toMatchObject({ capturedAt: '2026-03-14T09:12:30+05:00', hasGps: true, hasExif: true });
    expect(readCaptureMetadata(png, 'image/png')).toEqual(NOTHING);
  });

  it('WebP EXIF chunk, with or without the JPEG-style prefix', () => {
    const webp = fixture('photo.webp');
    for (const prefix of ['', 'Exif\0\0']) {
      const payload = Buffer.concat([Buffer.from(prefix, 'latin1'), exifTiff(STANDARD_EXIF)]);
      const header = Buffer.alloc(8);
      header.write('EXIF', 0, 'latin1');
      header.writeUInt32LE(payload.length, 4);
      const withExif = Buffer.concat([webp, header, payload, Buffer.alloc(payload.length % 2)]);
      expect(readCaptureMetadata(withExif, 'image/webp')).toMatchObject({ cameraModel: 'FieldCam 7', hasGps: true, hasExif: true });
    }
    expect(readCaptureMetadata(webp, 'image/webp')).toEqual(NOTHING);
  });

  it('TIFF files: IFD0 is the image, EXIF and GPS hang off it', () => {
    expect(readCaptureMetadata(fixture('photo.tiff'), 'image/tiff')).toEqual(NOTHING);
    expect(readCaptureMetadata(exifTiff(STANDARD_EXIF), 'image/tiff')).toEqual({
      capturedAt: '2026-03-14T09:12:30+05:00',
      capturedAtSource: 'exif',
      hasGps: true,
      hasExif: true,
      cameraModel: 'FieldCam 7',
    });
  });

  it('HEIC: the EXIF item in the head', () => {
    const heic = Buffer.concat([
      box('ftyp', Buffer.from('heic\0\0\0\0mif1heic', 'latin1')),
      box('meta', Buffer.alloc(40)),
      box('mdat', Buffer.from([0, 0, 0, 6]), Buffer.from('Exif\0\0', 'latin1'), exifTiff({ ...STANDARD_EXIF, littleEndian: false })),
    ]);
    expect(sniffMediaType(heic).mediaType).toBe('image/heic');
    expect(readCaptureMetadata(heic, 'image/heic')).toMatchObject({ capturedAt: '2026-03-14T09:12:30+05:00', hasGps: true, hasExif: true });
  });
});

describe('readCaptureMetadata: MP4 / QuickTime containers', () => {
  it('mvhd creation_time, seconds since 1904 in UTC, as ISO with Z', () => {
    expect(readCaptureMetadata(fixture('clip.mp4'), 'video/mp4')).toEqual({
      ...NOTHING,
      capturedAt: '2026-03-14T09:12:30Z',
      capturedAtSource: 'container',
    });
  });

  it('creation_time 0 means absent', () => {
    expect(readCaptureMetadata(fixture('clip.mov'), 'video/quicktime')).toEqual(NOTHING);
    expect(readCaptureMetadata(fixture('tone.m4a'), 'audio/mp4')).toEqual(NOTHING);
    expect(readCaptureMetadata(fixture('clip.3gp'), 'video/3gpp')).toEqual(NOTHING);
  });

  it('version 1 mvhd (64-bit times) and a QuickTime ©xyz location', () => {
    const mvhd = Buffer.alloc(4 + 8 + 8);
    mvhd[0] = 1;
    mvhd.writeBigUInt64BE(BigInt(SECONDS_1904_TO_2026_03_14T09_12_30), 4);
    const location = box('\u00a9xyz', Buffer.from('\0\x12\x15\xc7+12.5833+065.7225/', 'latin1'));
    const movie = Buffer.concat([box('ftyp', Buffer.from('qt  \0\0\0\0qt  ', 'latin1')), box('moov', box('mvhd', mvhd), box('udta', location))]);
    expect(readCaptureMetadata(movie, 'video/quicktime')).toEqual({
      ...NOTHING,
      capturedAt: '2026-03-14T09:12:30Z',
      capturedAtSource: 'container',
      hasGps: true,
    });
  });

  it('a moov beyond the head (a long video written without faststart) gives no time rather than a wrong one', () => {
    const head = Buffer.concat([box('ftyp', Buffer.from('isom\0\0\0\0isom', 'latin1')), Buffer.from([0, 0x10, 0, 0]), Buffer.from('mdat')]);
    expect(readCaptureMetadata(head, 'video/mp4')).toEqual(NOTHING);
  });
});

describe('readCaptureMetadata: anything else', () => {
  it.each([
    ['tone.mp3', 'audio/mpeg'],
    ['page.pdf', 'application/pdf'],
    ['photo.gif', 'image/gif'],
    ['clip.webm', 'video/webm'],
  ])('%s (%s) has nothing to read', (name, mediaType) => {
    expect(readCaptureMetadata(fixture(name), mediaType)).toEqual(NOTHING);
  });

  it('trusts the sniffed type, not the bytes: EXIF bytes under another type are not read', () => {
    expect(readCaptureMetadata(jpegWithEverything(), 'application/octet-stream')).toEqual(NOTHING);
  });
});

describe('readCaptureMetadata: hostile input never throws', () => {
  const TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/tiff', 'video/mp4', 'video/quicktime', 'audio/mp4'];
  const isMetadata = (value: CaptureMetadata): boolean =>
    typeof value.hasGps === 'boolean' &&
    typeof value.hasExif === 'boolean' &&
    (value.capturedAt === null) === (value.capturedAtSource === null) &&
    (value.cameraModel === null || value.cameraModel.length <= 128);

  it('random bytes under every type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom(...TYPES), (head, mediaType) => {
        expect(isMetadata(readCaptureMetadata(head, mediaType))).toBe(true);
      }),
      { seed: 1904, numRuns: 2000 },
    );
  });

  it('random bytes behind a valid TIFF or JPEG start', () => {
    const starts = [Buffer.from('II*\0\x08\0\0\0', 'latin1'), Buffer.from('MM\0*\0\0\0\x08', 'latin1'), Buffer.from('\xff\xd8\xff\xe1\xff\xffExif\0\0II*\0\x08\0\0\0', 'latin1')];
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.uint8Array({ maxLength: 4096 }), (start, rest) => {
        const head = Buffer.concat([start, rest]);
        expect(isMetadata(readCaptureMetadata(head, start[0] === 0xff ? 'image/jpeg' : 'image/tiff'))).toBe(true);
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('mutated and truncated fixtures', () => {
    const samples: [Buffer, string][] = [
      [jpegWithEverything(), 'image/jpeg'],
      [jpegWithEverything({ ...STANDARD_EXIF, littleEndian: false }), 'image/jpeg'],
      [exifTiff(STANDARD_EXIF) as Buffer, 'image/tiff'],
      [fixture('clip.mp4'), 'video/mp4'],
      [fixture('tone.m4a'), 'audio/mp4'],
      [fixture('photo.png'), 'image/png'],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 24 }),
        fc.nat(),
        ([sample, mediaType], edits, cut) => {
          const mutated = Buffer.from(sample);
          edits.forEach(([at, value]) => (mutated[at % mutated.length] = value));
          expect(isMetadata(readCaptureMetadata(mutated.subarray(0, cut % (mutated.length + 1)), mediaType))).toBe(true);
        },
      ),
      { seed: 2026, numRuns: 3000 },
    );
  });

  it('an IFD that claims 65535 entries, and sub-IFD pointers at IFD0 itself', () => {
    const tiff = Buffer.from(exifTiff(STANDARD_EXIF));
    tiff.writeUInt16LE(0xffff, 8);
    expect(isMetadata(readCaptureMetadata(tiff, 'image/tiff'))).toBe(true);
    const loop = buildTiff([{ tag: TAGS.exifIfd, bytes: [0, 0, 0, 0] }], true);
    const toSelf = Buffer.from(loop);
    toSelf.writeUInt16LE(4, 8 + 4); // LONG
    toSelf.writeUInt32LE(1, 8 + 6);
    toSelf.writeUInt32LE(8, 8 + 10); // the Exif IFD is IFD0
    expect(readCaptureMetadata(toSelf, 'image/tiff')).toMatchObject({ hasExif: true, capturedAt: null });
  });
});
