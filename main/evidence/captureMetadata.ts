// What the capturing device said about a file, read from the head the ingest keeps in memory
// (HEAD_BYTES). Values are reported as the device wrote them (R-EV4: never "improve" metadata):
// no time zone conversion, no guessing a zone that was not written, no repair of odd values — an
// unreadable value is null. `hasGps` and `hasExif` tell the monitor what a shared copy would
// reveal, so where the bytes are ambiguous they lean to "yes".
//
// The input is hostile (any file a monitor receives): every read is bounds-checked, no structure is
// followed more than one level down, every loop advances, and readCaptureMetadata never throws.
// A hand parser rather than a library: the few tags needed are a page of code, synchronous, and
// one fewer dependency reading attacker bytes.

export type CaptureMetadata = {
  readonly capturedAt: string | null;
  readonly capturedAtSource: 'exif' | 'container' | null;
  readonly hasGps: boolean;
  readonly hasExif: boolean;
  readonly cameraModel: string | null;
};

const NOTHING: CaptureMetadata = { capturedAt: null, capturedAtSource: null, hasGps: false, hasExif: false, cameraModel: null };
const MODEL_MAX_CHARS = 128;

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

function find(bytes: Uint8Array, needle: string, from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(ascii(needle), from);
}

function startsWith(bytes: Uint8Array, text: string, at = 0): boolean {
  return at >= 0 && at + text.length <= bytes.length && find(bytes.subarray(at, at + text.length), text) === 0;
}

function u16be(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
}

function u32be(bytes: Uint8Array, at: number): number {
  return ((u16be(bytes, at) << 16) | u16be(bytes, at + 2)) >>> 0;
}

function u32le(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
}

/** Printable text of at most `max` characters, or null; control characters are what a hostile file would smuggle into the UI. */
function cleanText(bytes: Uint8Array, max: number): string | null {
  const nul = bytes.indexOf(0);
  const text = new TextDecoder('utf-8').decode(nul >= 0 ? bytes.subarray(0, nul) : bytes);
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const printable = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, max);
  return printable === '' ? null : printable;
}

// ---- TIFF / EXIF ----

const TAG = { model: 0x0110, exifIfd: 0x8769, gpsIfd: 0x8825, dateTimeOriginal: 0x9003, offsetTimeOriginal: 0x9011, gpsVersion: 0x0000 } as const;
const TYPE_BYTES: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const ASCII_TYPE = 2;
const MAX_IFD_ENTRIES = 512;

type IfdEntry = { readonly type: number; readonly count: number; readonly valueAt: number };

class TiffReader {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly littleEndian: boolean,
  ) {}

  static open(bytes: Uint8Array): TiffReader | null {
    if (startsWith(bytes, 'II*\0')) {
      return new TiffReader(bytes, true);
    }
    return startsWith(bytes, 'MM\0*') ? new TiffReader(bytes, false) : null;
  }

  u16(at: number): number {
    const value = u16be(this.bytes, at);
    return this.littleEndian ? ((value & 0xff) << 8) | (value >> 8) : value;
  }

  u32(at: number): number {
    return this.littleEndian ? u32le(this.bytes, at) : u32be(this.bytes, at);
  }

  /** The entries of the IFD at `offset`, or null if it lies outside the bytes. The next-IFD link is never followed. */
  ifd(offset: number): Map<number, IfdEntry> | null {
    if (offset < 8 || offset + 2 > this.bytes.length) {
      return null;
    }
    const count = Math.min(this.u16(offset), MAX_IFD_ENTRIES, Math.floor((this.bytes.length - offset - 2) / 12));
    const entries = new Map<number, IfdEntry>();
    for (let i = 0; i < count; i += 1) {
      const at = offset + 2 + i * 12;
      const type = this.u16(at + 2);
      const valueCount = this.u32(at + 4);
      const size = (TYPE_BYTES[type] ?? 0) * valueCount;
      entries.set(this.u16(at), { type, count: valueCount, valueAt: size <= 4 ? at + 8 : this.u32(at + 8) });
    }
    return entries;
  }

  text(entry: IfdEntry | undefined, max: number): string | null {
    if (entry?.type !== ASCII_TYPE || entry.valueAt + entry.count > this.bytes.length) {
      return null;
    }
    return cleanText(this.bytes.subarray(entry.valueAt, entry.valueAt + Math.min(entry.count, 4 * max)), max);
  }

  pointer(entry: IfdEntry | undefined): number | null {
    return entry === undefined || entry.count !== 1 ? null : this.u32(entry.valueAt);
  }
}

// year, month, day, hour, minute, second (60: a leap second is a valid EXIF time).
const DATE_FIELD_RANGES: readonly (readonly [number, number])[] = [[1, 9999], [1, 12], [1, 31], [0, 23], [0, 59], [0, 60]];

function plausibleDate(fields: readonly number[]): boolean {
  return fields.every((value, i) => {
    const [min, max] = DATE_FIELD_RANGES[i] ?? [0, -1];
    return value >= min && value <= max;
  });
}

/** EXIF's "YYYY:MM:DD HH:MM:SS" (+ "±HH:MM") as ISO-like text; the same fields, only the separators change. */
function exifDateToIso(dateTime: string | null, offset: string | null): string | null {
  const parts = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(dateTime ?? '');
  if (parts === null || !plausibleDate(parts.slice(1).map(Number))) {
    return null; // "0000:00:00 00:00:00" and blanks are how cameras write "unknown"
  }
  const local = `${parts[1]}-${parts[2]}-${parts[3]}T${parts[4]}:${parts[5]}:${parts[6]}`;
  return offset !== null && /^[+-]\d{2}:\d{2}$/.test(offset) ? `${local}${offset}` : local;
}

/** A GPS IFD with anything beyond its version tag, or one that cannot be read, may hold a location. */
function gpsPresent(tiff: TiffReader, gpsOffset: number | null): boolean {
  if (gpsOffset === null) {
    return false;
  }
  const gps = tiff.ifd(gpsOffset);
  return gps === null || [...gps.keys()].some((tag) => tag !== TAG.gpsVersion);
}

/** The TIFF structure of an EXIF block (or a TIFF file): model, original date, GPS. */
function readTiff(bytes: Uint8Array): Omit<CaptureMetadata, 'hasExif'> & { readonly hasExifIfd: boolean } {
  const tiff = TiffReader.open(bytes);
  const ifd0 = tiff === null ? null : tiff.ifd(tiff.u32(4));
  if (tiff === null || ifd0 === null) {
    return { ...NOTHING, hasExifIfd: false };
  }
  const exifOffset = tiff.pointer(ifd0.get(TAG.exifIfd));
  const gpsOffset = tiff.pointer(ifd0.get(TAG.gpsIfd));
  const exif = exifOffset === null ? null : tiff.ifd(exifOffset);
  const capturedAt = exifDateToIso(tiff.text(exif?.get(TAG.dateTimeOriginal), 32), tiff.text(exif?.get(TAG.offsetTimeOriginal), 16));
  return {
    capturedAt,
    capturedAtSource: capturedAt === null ? null : 'exif',
    hasGps: gpsPresent(tiff, gpsOffset),
    cameraModel: tiff.text(ifd0.get(TAG.model), MODEL_MAX_CHARS),
    hasExifIfd: exifOffset !== null || gpsOffset !== null,
  };
}

/** XMP is text and may carry its own location (exif:GPSLatitude), with or without an EXIF block. */
function xmpMentionsGps(head: Uint8Array): boolean {
  return find(head, 'GPSLatitude') >= 0 || find(head, 'GPSLongitude') >= 0;
}

function fromExifBlock(head: Uint8Array, exif: Uint8Array | null): CaptureMetadata {
  const hasGpsInXmp = xmpMentionsGps(head);
  if (exif === null) {
    return { ...NOTHING, hasGps: hasGpsInXmp };
  }
  const { hasExifIfd: _hasExifIfd, ...found } = readTiff(startsWith(exif, 'Exif\0\0') ? exif.subarray(6) : exif);
  return { ...found, hasExif: true, hasGps: found.hasGps || hasGpsInXmp };
}

// ---- where each image format keeps its EXIF block ----

/** Where the JPEG marker at `at` ends: fill bytes and RSTn/TEM stand alone, others carry a length. */
function jpegMarkerEnd(head: Uint8Array, at: number): number {
  const marker = head[at + 1] ?? 0;
  if (marker === 0xff) {
    return at + 1;
  }
  const standalone = marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
  return standalone ? at + 2 : at + 2 + Math.max(u16be(head, at + 2), 2);
}

/** The payload of the first JPEG APP1 Exif segment before the image data. */
function jpegExif(head: Uint8Array): Uint8Array | null {
  for (let at = 2; at + 4 <= head.length && head[at] === 0xff; at = jpegMarkerEnd(head, at)) {
    const marker = head[at + 1];
    if (marker === 0xda || marker === 0xd9) {
      return null;
    }
    const payload = head.subarray(at + 4, at + 2 + u16be(head, at + 2));
    if (marker === 0xe1 && startsWith(payload, 'Exif\0\0')) {
      return payload;
    }
  }
  return null;
}

/** PNG's eXIf chunk (PNG 1.5 / third edition). */
function pngExif(head: Uint8Array): Uint8Array | null {
  for (let at = 8; at + 8 <= head.length; at += 12 + u32be(head, at)) {
    if (startsWith(head, 'eXIf', at + 4)) {
      return head.subarray(at + 8, at + 8 + u32be(head, at));
    }
  }
  return null;
}

/** WebP's RIFF "EXIF" chunk (some writers keep the JPEG-style "Exif\0\0" prefix; fromExifBlock drops it). */
function webpExif(head: Uint8Array): Uint8Array | null {
  for (let at = 12; at + 8 <= head.length; at += 8 + u32le(head, at + 4) + (u32le(head, at + 4) & 1)) {
    if (startsWith(head, 'EXIF', at)) {
      return head.subarray(at + 8, at + 8 + u32le(head, at + 4));
    }
  }
  return null;
}

/** HEIF keeps EXIF as an item found through iloc; its payload starts "Exif\0\0" + a TIFF header, so look for that. */
function heifExif(head: Uint8Array): Uint8Array | null {
  const found = [find(head, 'Exif\0\0II*\0'), find(head, 'Exif\0\0MM\0*')].filter((at) => at >= 0);
  return found.length === 0 ? null : head.subarray(Math.min(...found));
}

function fromTiffFile(head: Uint8Array): CaptureMetadata {
  const { hasExifIfd, ...found } = readTiff(head);
  return { ...found, hasExif: hasExifIfd, hasGps: found.hasGps || xmpMentionsGps(head) };
}

// ---- ISO BMFF (MP4, MOV, 3GP, M4A): moov/mvhd creation_time ----

const MAC_EPOCH_MS = Date.UTC(1904, 0, 1);
const MAX_SECONDS = (Date.UTC(9999, 11, 31) - MAC_EPOCH_MS) / 1000;

/** The payload of the first box of type `type` among the boxes in `bytes`. */
function box(bytes: Uint8Array, type: string): Uint8Array | null {
  let at = 0;
  while (at + 8 <= bytes.length) {
    const size32 = u32be(bytes, at);
    const header = size32 === 1 ? 16 : 8;
    // 64-bit sizes beyond 2^53 are not a real file; they end the walk like a truncated box.
    const size = size32 === 0 ? bytes.length - at : size32 === 1 ? u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12) : size32;
    if (size < header) {
      return null;
    }
    if (startsWith(bytes, type, at + 4)) {
      return bytes.subarray(at + header, at + size);
    }
    at += size;
  }
  return null;
}

function mvhdCreation(mvhd: Uint8Array): string | null {
  const seconds = mvhd[0] === 1 ? u32be(mvhd, 4) * 2 ** 32 + u32be(mvhd, 8) : u32be(mvhd, 4);
  const complete = mvhd.length >= (mvhd[0] === 1 ? 12 : 8);
  if (!complete || seconds === 0 || seconds > MAX_SECONDS) {
    return null;
  }
  return new Date(MAC_EPOCH_MS + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

function fromIsoBmff(head: Uint8Array): CaptureMetadata {
  const moov = box(head, 'moov');
  const mvhd = moov === null ? null : box(moov, 'mvhd');
  const capturedAt = mvhd === null ? null : mvhdCreation(mvhd);
  // QuickTime's ©xyz (udta) and Apple's mdta key hold an ISO 6709 location string.
  const hasGps = moov !== null && (find(moov, '\u00a9xyz') >= 0 || find(moov, 'location.ISO6709') >= 0);
  return { ...NOTHING, capturedAt, capturedAtSource: capturedAt === null ? null : 'container', hasGps };
}

// ---- dispatch ----

const READERS: ReadonlyMap<string, (head: Uint8Array) => CaptureMetadata> = new Map([
  ['image/jpeg', (head: Uint8Array) => fromExifBlock(head, jpegExif(head))],
  ['image/png', (head: Uint8Array) => fromExifBlock(head, pngExif(head))],
  ['image/webp', (head: Uint8Array) => fromExifBlock(head, webpExif(head))],
  ['image/heic', (head: Uint8Array) => fromExifBlock(head, heifExif(head))],
  ['image/heif', (head: Uint8Array) => fromExifBlock(head, heifExif(head))],
  ['image/avif', (head: Uint8Array) => fromExifBlock(head, heifExif(head))],
  ['image/tiff', fromTiffFile],
  ...['video/mp4', 'audio/mp4', 'video/quicktime', 'video/3gpp', 'video/3gpp2'].map((type) => [type, fromIsoBmff] as const),
]);

/** What the device recorded about the capture, from the file's first bytes; never throws. */
export function readCaptureMetadata(head: Uint8Array, mediaType: string): CaptureMetadata {
  const read = READERS.get(mediaType);
  try {
    return read === undefined ? NOTHING : read(head);
  } catch {
    // Every read above is bounds-checked; this is the last line for a file that still finds a way.
    return NOTHING;
  }
}
