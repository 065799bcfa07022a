// What an evidence file is, decided from its first bytes only. The name's extension is whatever
// the sender typed (a photo renamed .mp4, a page saved as .jpg), and the preview hands these bytes
// to Chromium under the type chosen here with `nosniff`: a type Chromium would sniff differently
// would render something else than what the monitor was told. So a fixed table of magic numbers,
// and nothing script-capable (HTML, SVG, XML) is ever named: such files are text/plain or
// application/octet-stream.

import type { MediaKind } from '../../shared/evidence/evidenceItem';

/** How many leading bytes the ingest keeps in memory for sniffing and metadata (never on disk). */
export const HEAD_BYTES = 256 * 1024;

export type { MediaKind };

export type SniffedType = { mediaType: string; kind: MediaKind };

const OTHER: SniffedType = { mediaType: 'application/octet-stream', kind: 'other' };

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return head.length >= at + bytes.length && bytes.every((byte, i) => head[at + i] === byte);
}

function fourcc(head: Uint8Array, at: number): string {
  return at + 4 <= head.length ? String.fromCharCode(...head.subarray(at, at + 4)) : '';
}

function u32be(head: Uint8Array, at: number): number {
  return at + 4 <= head.length ? ((head[at]! << 24) | (head[at + 1]! << 16) | (head[at + 2]! << 8) | head[at + 3]!) >>> 0 : 0;
}

function indexOf(head: Uint8Array, bytes: readonly number[], from = 0, to = head.length): number {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(to, head.length)).indexOf(Buffer.from(bytes), from);
}

const type = (mediaType: string, kind: MediaKind): SniffedType => ({ mediaType, kind });

// ---- fixed signatures ----

type Signature = { readonly bytes: readonly number[]; readonly result: SniffedType };

const SIGNATURES: readonly Signature[] = [
  { bytes: [0xff, 0xd8, 0xff], result: type('image/jpeg', 'image') },
  { bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], result: type('image/png', 'image') },
  { bytes: ascii('GIF87a'), result: type('image/gif', 'image') },
  { bytes: ascii('GIF89a'), result: type('image/gif', 'image') },
  { bytes: ascii('II*\0'), result: type('image/tiff', 'image') },
  { bytes: ascii('MM\0*'), result: type('image/tiff', 'image') },
  // Chromium's own PDF sniff wants the signature at offset 0, so nothing later counts here either.
  { bytes: ascii('%PDF-'), result: type('application/pdf', 'pdf') },
  { bytes: ascii('fLaC'), result: type('audio/flac', 'audio') },
  { bytes: ascii('#!AMR-WB\n'), result: type('audio/amr-wb', 'audio') },
  { bytes: ascii('#!AMR\n'), result: type('audio/amr', 'audio') },
];

function sniffRiff(head: Uint8Array): SniffedType | null {
  if (!startsWith(head, ascii('RIFF'))) {
    return null;
  }
  const form = fourcc(head, 8);
  return form === 'WEBP' ? type('image/webp', 'image') : form === 'WAVE' ? type('audio/wav', 'audio') : null;
}

/** "BM" alone is too common at the start of text; the header's reserved and DIB-size fields pin it. */
function sniffBmp(head: Uint8Array): SniffedType | null {
  const dibHeaderSizes = [12, 40, 52, 56, 64, 108, 124];
  const reservedZero = head.length >= 18 && head.subarray(6, 10).every((byte) => byte === 0);
  const dibSize = head.length >= 18 ? head[14]! | (head[15]! << 8) | (head[16]! << 16) | (head[17]! << 24) : -1;
  return startsWith(head, ascii('BM')) && reservedZero && dibHeaderSizes.includes(dibSize) ? type('image/bmp', 'image') : null;
}

// ---- ISO BMFF (MP4, MOV, 3GP, M4A, HEIF): the `ftyp` brands say what the file is for ----

const BRANDS: ReadonlyMap<string, SniffedType> = new Map([
  ...['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B '].map((brand) => [brand, type('audio/mp4', 'audio')] as const),
  ...['qt  '].map((brand) => [brand, type('video/quicktime', 'video')] as const),
  ...['3gp4', '3gp5', '3gp6', '3gp7', '3gs7', '3ge6', '3ge7', '3gg6'].map((brand) => [brand, type('video/3gpp', 'video')] as const),
  ...['3g2a', '3g2b', '3g2c'].map((brand) => [brand, type('video/3gpp2', 'video')] as const),
  ...['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'mmp4', 'M4V ', 'M4VH', 'M4VP', 'MSNV', 'XAVC', 'f4v '].map(
    (brand) => [brand, type('video/mp4', 'video')] as const,
  ),
]);
const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx'];
const HEIF_BRANDS = ['mif1', 'msf1'];
const AVIF_BRANDS = ['avif', 'avis'];
// QuickTime files older than `ftyp` begin with one of these atoms.
const LEGACY_QUICKTIME_ATOMS = ['moov', 'mdat', 'wide'];

function ftypBrands(head: Uint8Array): string[] {
  const end = Math.min(u32be(head, 0), head.length, 4096);
  const brands = [fourcc(head, 8)];
  for (let at = 16; at + 4 <= end; at += 4) {
    brands.push(fourcc(head, at));
  }
  return brands;
}

function sniffIsoBmff(head: Uint8Array): SniffedType | null {
  const box = fourcc(head, 4);
  if (LEGACY_QUICKTIME_ATOMS.includes(box)) {
    return type('video/quicktime', 'video');
  }
  if (box !== 'ftyp') {
    return null;
  }
  const brands = ftypBrands(head);
  const has = (set: readonly string[]): boolean => brands.some((brand) => set.includes(brand));
  if (has(HEIC_BRANDS)) {
    return type('image/heic', 'image');
  }
  if (has(AVIF_BRANDS)) {
    return type('image/avif', 'image');
  }
  if (has(HEIF_BRANDS)) {
    return type('image/heif', 'image');
  }
  const known = brands.find((brand) => BRANDS.has(brand));
  return known === undefined ? null : (BRANDS.get(known) ?? null);
}

// ---- Matroska / WebM: the EBML header's DocType ----

function sniffEbml(head: Uint8Array): SniffedType | null {
  if (!startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    return null;
  }
  const docType = indexOf(head, [0x42, 0x82], 4, 64);
  const sizeByte = head[docType + 2] ?? 0;
  // A one-byte EBML size (0x81..0xFF) is all a DocType ever uses in practice.
  const length = sizeByte >= 0x81 ? sizeByte & 0x7f : 0;
  const name = docType < 0 ? '' : String.fromCharCode(...head.subarray(docType + 3, docType + 3 + length));
  if (name === 'webm') {
    return type('video/webm', 'video');
  }
  return name === 'matroska' ? type('video/x-matroska', 'video') : null;
}

// ---- Ogg: the codec's identification packet on the first (BOS) pages ----

function sniffOgg(head: Uint8Array): SniffedType | null {
  if (!startsWith(head, ascii('OggS'))) {
    return null;
  }
  const within = (magic: number[]): boolean => indexOf(head, magic, 0, 8192) >= 0;
  if (within([0x80, ...ascii('theora')])) {
    return type('video/ogg', 'video');
  }
  const audio = [ascii('OpusHead'), [0x01, ...ascii('vorbis')], [0x7f, ...ascii('FLAC')], ascii('Speex   ')];
  return audio.some(within) ? type('audio/ogg', 'audio') : type('application/ogg', 'other');
}

// ---- MPEG audio: ID3v2 tag, then MP3 (Layer III) or AAC ADTS frames ----

const MP3_KBPS = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
// Indexed by the header's version bits: 0 MPEG-2.5, 1 reserved, 2 MPEG-2, 3 MPEG-1.
const MP3_RATES: readonly (readonly number[])[] = [[11025, 12000, 8000], [], [22050, 24000, 16000], [44100, 48000, 32000]];

/** Length of the Layer III frame whose header is at `at`, or 0 if there is none. */
function mp3FrameLength(head: Uint8Array, at: number): number {
  const [b0, b1, b2] = [head[at], head[at + 1], head[at + 2]];
  if (b0 !== 0xff || b1 === undefined || b2 === undefined || (b1 & 0xe6) !== 0xe2) {
    return 0; // no sync, or not Layer III
  }
  const version = (b1 >> 3) & 3;
  const kbps = (version === 3 ? MP3_KBPS.mpeg1 : MP3_KBPS.mpeg2)[b2 >> 4] ?? 0;
  const rate = MP3_RATES[version]?.[(b2 >> 2) & 3] ?? 0;
  if (kbps === 0 || rate === 0) {
    return 0;
  }
  return Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + ((b2 >> 1) & 1);
}

function adtsFrameLength(head: Uint8Array, at: number): number {
  if (head[at] !== 0xff || ((head[at + 1] ?? 0) & 0xf6) !== 0xf0 || at + 7 > head.length) {
    return 0;
  }
  const length = ((head[at + 3]! & 3) << 11) | (head[at + 4]! << 3) | (head[at + 5]! >> 5);
  return length >= 7 ? length : 0;
}

/** Two frames back to back: one two-byte sync alone is too likely in random bytes. */
function framesAt(head: Uint8Array, at: number, frameLength: (head: Uint8Array, at: number) => number): boolean {
  const first = frameLength(head, at);
  return first > 0 && frameLength(head, at + first) > 0;
}

/** Where an ID3v2 tag at the start ends, or 0. Version, flags and the 7-bit size bytes are checked, so text starting "ID3" is not a tag. */
function id3End(head: Uint8Array): number {
  const wellFormed = head.length >= 10 && [2, 3, 4].includes(head[3]!) && head[4]! < 0xff && (head[5]! & 0x0f) === 0;
  if (!startsWith(head, ascii('ID3')) || !wellFormed || head.subarray(6, 10).some((byte) => byte >= 0x80)) {
    return 0;
  }
  const size = ((head[6]! & 0x7f) << 21) | ((head[7]! & 0x7f) << 14) | ((head[8]! & 0x7f) << 7) | (head[9]! & 0x7f);
  const footer = (head[5]! & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

function sniffMpegAudio(head: Uint8Array): SniffedType | null {
  const tagEnd = id3End(head);
  if (tagEnd > 0 && startsWith(head, ascii('fLaC'), tagEnd)) {
    return type('audio/flac', 'audio');
  }
  if (framesAt(head, tagEnd, adtsFrameLength)) {
    return type('audio/aac', 'audio');
  }
  // A tag bigger than the head (cover art) hides the frames: an ID3v2 tag is MP3's in practice.
  if (tagEnd > 0 || framesAt(head, 0, mp3FrameLength)) {
    return type('audio/mpeg', 'audio');
  }
  return null;
}

// ---- not media: archives and text ----

const OFFICE_PARTS: readonly (readonly [string, string])[] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

function sniffZip(head: Uint8Array): SniffedType | null {
  if (!startsWith(head, ascii('PK\x03\x04')) && !startsWith(head, ascii('PK\x05\x06'))) {
    return null;
  }
  // Local file headers name their entries in the clear; an OOXML file names its main part early.
  const office = OFFICE_PARTS.find(([folder]) => indexOf(head, ascii(folder)) >= 0);
  return type(office?.[1] ?? 'application/zip', 'other');
}

function sniffText(head: Uint8Array): SniffedType | null {
  if (head.length === 0 || head.includes(0)) {
    return null;
  }
  try {
    // stream: true lets the head end inside a character, as a 256 KiB cut of a longer file may.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return type('text/plain', 'other');
  } catch {
    return null;
  }
}

const SNIFFERS: readonly ((head: Uint8Array) => SniffedType | null)[] = [
  (head) => SIGNATURES.find(({ bytes }) => startsWith(head, bytes))?.result ?? null,
  sniffRiff,
  sniffBmp,
  sniffIsoBmff,
  sniffEbml,
  sniffOgg,
  sniffMpegAudio,
  sniffZip,
  sniffText,
];

/** The media type of a file from its first bytes (up to HEAD_BYTES); never looks at a name. */
export function sniffMediaType(head: Uint8Array): SniffedType {
  for (const sniff of SNIFFERS) {
    const found = sniff(head);
    if (found !== null) {
      return { ...found };
    }
  }
  return { ...OTHER };
}
