import { readFileSync } from 'node:fs';
import path from 'node:path';

// A tiny TIFF/EXIF writer and JPEG segment helpers, so the metadata the tests look for (GPS, a
// camera model, capture time, a canary) is written here in code rather than hidden in a binary.

export const FIXTURES = path.join(__dirname, '../../fixtures/evidence');
export const CANARY = 'CANARY-EXIF-7Q2';

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export type TiffEntry =
  | { readonly tag: number; readonly ascii: string }
  | { readonly tag: number; readonly bytes: readonly number[] }
  | { readonly tag: number; readonly undefinedBytes: Uint8Array }
  | { readonly tag: number; readonly rationals: readonly (readonly [number, number])[] }
  | { readonly tag: number; readonly ifd: readonly TiffEntry[] };

type Encoded = { readonly type: number; readonly count: number; readonly data: Uint8Array };

class TiffWriter {
  readonly bytes: number[] = [];

  constructor(private readonly littleEndian: boolean) {}

  put(at: number, value: number, size: 2 | 4): void {
    for (let i = 0; i < size; i += 1) {
      const shift = 8 * (this.littleEndian ? i : size - 1 - i);
      this.bytes[at + i] = Math.floor(value / 2 ** shift) & 0xff;
    }
  }

  append(value: number, size: 2 | 4): void {
    this.put(this.bytes.length, value, size);
  }

  encode(entry: Exclude<TiffEntry, { ifd: unknown }>): Encoded {
    if ('ascii' in entry) {
      const data = Uint8Array.from([...Buffer.from(entry.ascii, 'latin1'), 0]);
      return { type: 2, count: data.length, data };
    }
    if ('bytes' in entry) {
      return { type: 1, count: entry.bytes.length, data: Uint8Array.from(entry.bytes) };
    }
    if ('undefinedBytes' in entry) {
      return { type: 7, count: entry.undefinedBytes.length, data: entry.undefinedBytes };
    }
    const scratch = new TiffWriter(this.littleEndian);
    entry.rationals.forEach(([numerator, denominator]) => {
      scratch.append(numerator, 4);
      scratch.append(denominator, 4);
    });
    return { type: 5, count: entry.rationals.length, data: Uint8Array.from(scratch.bytes) };
  }

  /** Writes an IFD at the end, its out-of-line values and sub-IFDs after it; returns its offset. */
  writeIfd(entries: readonly TiffEntry[]): number {
    const start = this.bytes.length;
    const sorted = [...entries].sort((a, b) => a.tag - b.tag);
    this.append(sorted.length, 2);
    sorted.forEach(() => [0, 0, 0].forEach(() => this.append(0, 4)));
    this.append(0, 4); // no next IFD
    sorted.forEach((entry, i) => this.writeEntry(start + 2 + i * 12, entry));
    return start;
  }

  private writeEntry(at: number, entry: TiffEntry): void {
    this.put(at, entry.tag, 2);
    if ('ifd' in entry) {
      this.put(at + 2, 4, 2);
      this.put(at + 4, 1, 4);
      this.put(at + 8, this.writeIfd(entry.ifd), 4);
      return;
    }
    const { type, count, data } = this.encode(entry);
    this.put(at + 2, type, 2);
    this.put(at + 4, count, 4);
    if (data.length <= 4) {
      data.forEach((byte, i) => (this.bytes[at + 8 + i] = byte));
      return;
    }
    if (this.bytes.length % 2 === 1) {
      this.bytes.push(0); // values start on a word boundary
    }
    this.put(at + 8, this.bytes.length, 4);
    this.bytes.push(...data);
  }
}

export function buildTiff(ifd0: readonly TiffEntry[], littleEndian: boolean): Uint8Array {
  const writer = new TiffWriter(littleEndian);
  writer.bytes.push(...(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d]));
  writer.append(42, 2);
  writer.append(8, 4);
  writer.writeIfd(ifd0);
  return Uint8Array.from(writer.bytes);
}

export const TAGS = {
  make: 0x010f,
  model: 0x0110,
  dateTime: 0x0132,
  exifIfd: 0x8769,
  gpsIfd: 0x8825,
  dateTimeOriginal: 0x9003,
  offsetTimeOriginal: 0x9011,
  userComment: 0x9286,
  gpsVersion: 0x0000,
  gpsLatitudeRef: 0x0001,
  gpsLatitude: 0x0002,
  gpsLongitudeRef: 0x0003,
  gpsLongitude: 0x0004,
} as const;

export type ExifOptions = {
  readonly littleEndian?: boolean;
  readonly model?: string;
  readonly dateTimeOriginal?: string;
  readonly offsetTimeOriginal?: string;
  /** false: no GPS IFD; 'versionOnly': a GPS IFD with only GPSVersionID (location switched off). */
  readonly gps?: boolean | 'versionOnly';
};

/** An invented place (coordinates of nowhere in particular); a camera that does not exist. */
export function exifTiff(options: ExifOptions = {}): Uint8Array {
  const exif: TiffEntry[] = [{ tag: TAGS.userComment, undefinedBytes: Buffer.from(`ASCII\0\0\0${CANARY}`, 'latin1') }];
  if (options.dateTimeOriginal !== undefined) {
    exif.push({ tag: TAGS.dateTimeOriginal, ascii: options.dateTimeOriginal });
  }
  if (options.offsetTimeOriginal !== undefined) {
    exif.push({ tag: TAGS.offsetTimeOriginal, ascii: options.offsetTimeOriginal });
  }
  const ifd0: TiffEntry[] = [
    { tag: TAGS.make, ascii: 'Aigaq Test Optics' },
    { tag: TAGS.dateTime, ascii: '2026:04:01 00:00:00' }, // a later edit: never the capture time
    { tag: TAGS.exifIfd, ifd: exif },
  ];
  if (options.model !== undefined) {
    ifd0.push({ tag: TAGS.model, ascii: options.model });
  }
  const gps = options.gps ?? true;
  if (gps !== false) {
    ifd0.push({ tag: TAGS.gpsIfd, ifd: gpsIfd(gps === 'versionOnly') });
  }
  return buildTiff(ifd0, options.littleEndian ?? true);
}

function gpsIfd(versionOnly: boolean): TiffEntry[] {
  const version: TiffEntry = { tag: TAGS.gpsVersion, bytes: [2, 3, 0, 0] };
  if (versionOnly) {
    return [version];
  }
  return [
    version,
    { tag: TAGS.gpsLatitudeRef, ascii: 'N' },
    { tag: TAGS.gpsLatitude, rationals: [[12, 1], [34, 1], [5600, 100]] },
    { tag: TAGS.gpsLongitudeRef, ascii: 'E' },
    { tag: TAGS.gpsLongitude, rationals: [[65, 1], [43, 1], [2100, 100]] },
  ];
}

export const STANDARD_EXIF: ExifOptions = {
  model: 'FieldCam 7',
  dateTimeOriginal: '2026:03:14 09:12:30',
  offsetTimeOriginal: '+05:00',
  gps: true,
};

// ---- JPEG segments ----

export function segment(marker: number, payload: Uint8Array | string): Buffer {
  const body = typeof payload === 'string' ? Buffer.from(payload, 'latin1') : Buffer.from(payload);
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
}

export function exifSegment(tiff: Uint8Array): Buffer {
  return segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));
}

export const XMP_SEGMENT = segment(
  0xe1,
  `http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="12,34.9N" exif:GPSLongitude="65,43.35E" exif:UserComment="${CANARY}"/>` +
    `</rdf:RDF></x:xmpmeta>`,
);
/** An ICC profile header stand-in: kept by the stripper, so it carries no canary. */
export const ICC_SEGMENT = segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.alloc(128, 0x11)]));
export const MPF_SEGMENT = segment(0xe2, `MPF\0II*\0${CANARY}`);
export const IPTC_SEGMENT = segment(0xed, `Photoshop 3.0\x008BIM\x04\x04\0\0\0\0\0\x12\x1c\x02\x78\0\x0f${CANARY}`);
export const ADOBE_SEGMENT = segment(0xee, Buffer.from([...Buffer.from('Adobe', 'latin1'), 0, 100, 0, 0, 0, 0, 1]));
export const COMMENT_SEGMENT = segment(0xfe, `shot by ${CANARY}`);

/** `jpeg` with `segments` inserted right after its SOI. */
export function spliceAfterSoi(jpeg: Buffer, segments: readonly Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** The photo fixture carrying every kind of metadata segment the stripper knows. */
export function jpegWithEverything(options: ExifOptions = STANDARD_EXIF): Buffer {
  return spliceAfterSoi(fixture('photo.jpg'), [
    exifSegment(exifTiff(options)),
    XMP_SEGMENT,
    ICC_SEGMENT,
    MPF_SEGMENT,
    IPTC_SEGMENT,
    ADOBE_SEGMENT,
    COMMENT_SEGMENT,
  ]);
}

/** The offset of the first SOS marker, found by walking segments (never by searching the bytes). */
export function sosOffset(jpeg: Buffer): number {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    if (jpeg[at + 1] === 0xda) {
      return at;
    }
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  throw new Error('no SOS');
}

/** One piece of a JPEG: a marker and its bytes (any fill bytes before it included); `end` is exclusive. */
export type JpegPart = { readonly marker: number; readonly start: number; readonly end: number };

/** A restart marker, a stuffed 0xFF (0x00) or a fill byte (0xFF): inside entropy-coded data these are data, not the end of a scan. */
function isScanData(byte: number): boolean {
  return byte === 0x00 || byte === 0xff || (byte >= 0xd0 && byte <= 0xd7);
}

/** Where the entropy-coded data that starts at `from` ends: at the first marker that is not data. */
function scanEnd(jpeg: Buffer, from: number): number {
  for (let at = jpeg.indexOf(0xff, from); at >= 0; at = jpeg.indexOf(0xff, at + 1)) {
    const next = jpeg[at + 1];
    if (next !== undefined && !isScanData(next)) {
      return at;
    }
  }
  return jpeg.length;
}

/**
 * The JPEG cut into its parts the way a decoder walks it (a reference for the tests, whole-buffer and
 * simple): SOI, then each segment by its length, an SOS together with its entropy-coded data, then EOI.
 * Whatever follows EOI is one more part with marker -1 (the trailer). Throws where it cannot follow.
 */
export function jpegParts(jpeg: Buffer): JpegPart[] {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) {
    throw new Error('no SOI');
  }
  const parts: JpegPart[] = [{ marker: 0xd8, start: 0, end: 2 }];
  for (let start = 2; start < jpeg.length; ) {
    let at = start;
    while (jpeg[at] === 0xff && jpeg[at + 1] === 0xff) {
      at += 1; // fill bytes
    }
    const marker = jpeg[at + 1];
    if (jpeg[at] !== 0xff || marker === undefined) {
      throw new Error(`no marker at ${at}`);
    }
    if (marker === 0xd9) {
      parts.push({ marker, start, end: at + 2 });
      if (at + 2 < jpeg.length) {
        parts.push({ marker: -1, start: at + 2, end: jpeg.length });
      }
      return parts;
    }
    const segmentEnd = at + 2 + jpeg.readUInt16BE(at + 2);
    const end = marker === 0xda ? scanEnd(jpeg, segmentEnd) : segmentEnd;
    parts.push({ marker, start, end });
    start = end;
  }
  return parts;
}

/** `jpeg` with `segments` inserted at byte `offset` (a part boundary from jpegParts). */
export function spliceAt(jpeg: Buffer, offset: number, segments: readonly Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, offset), ...segments, jpeg.subarray(offset)]);
}
