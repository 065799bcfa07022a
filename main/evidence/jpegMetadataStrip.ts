import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../shared/errors/appError';

// Makes the shareable working copy of a JPEG photo (R15: a new item; the original is never
// touched): the segments that carry who, where and when are dropped — APP1 (EXIF with GPS, XMP),
// APP2 other than ICC (MPF), APP3..APP13 and APP15 (maker data, IPTC), COM — wherever they stand:
// before the first scan, or between the scans of a progressive JPEG (where a hostile file can hide
// an EXIF block a viewer never shows). Kept: APP0 (JFIF), APP2 ICC_PROFILE and APP14 (Adobe)
// because colours depend on them, every table and frame header (DQT, DHT, DRI, SOFn, SOS, DNL…),
// and the entropy-coded data of every scan, byte for byte: the picture itself is not re-encoded.
// Inside a scan, 0xFF followed by 0x00 (stuffing), 0xD0..0xD7 (RSTn) or 0xFF (fill) is data; any
// other marker ends the scan and is a segment again. The first EOI outside a segment ends the
// image: it is written and everything after it is dropped — the trailers phones append there
// (MPF secondary images with their own EXIF, Motion Photo MP4s, Samsung's SEFT blocks) carry
// location too.
//
// A state machine over bytes in any pieces; it holds at most a marker's length and the 12 bytes
// that tell an ICC profile from another APP2, never a segment or a scan. A stream it cannot follow
// errors: it does not guess, and what it already pushed must be thrown away by the caller. A file
// that ends after image data has begun (cut short, or without EOI) is accepted as it is.

const NOT_CLEANABLE = 'not a JPEG this app can clean';

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;
const COM = 0xfe;
const TEM = 0x01;
const ICC_PROFILE = Buffer.from('ICC_PROFILE\0', 'latin1');

type State =
  | { readonly kind: 'soi'; readonly matched: number }
  | { readonly kind: 'marker' } // expecting 0xFF
  | { readonly kind: 'code' } // after 0xFF: a marker code or more fill bytes
  | { readonly kind: 'header'; readonly code: number; readonly bytes: number[] } // the length, and for APP2 its identifier
  | { readonly kind: 'body'; remaining: number; readonly keep: boolean; readonly then: 'marker' | 'scan' }
  | { readonly kind: 'scan' } // entropy-coded data after an SOS header
  | { readonly kind: 'scanFF' } // a 0xFF in a scan, held back until the next byte says data or marker
  | { readonly kind: 'trailer' }; // after EOI: everything is dropped

function notCleanable(): AppError {
  return new AppError('INVALID_REQUEST', NOT_CLEANABLE);
}

function isMetadataSegment(code: number, identifier: Buffer): boolean {
  if (code === APP2) {
    return !identifier.equals(ICC_PROFILE);
  }
  return code === COM || (code > APP0 && code <= APP15 && code !== APP14);
}

function hasLength(code: number): boolean {
  const standalone = code === TEM || (code >= 0xd0 && code <= 0xd7) || code === SOI || code === EOI;
  return !standalone && code !== 0x00;
}

/** The byte-level filter; the Transform below only moves chunks in and out of it. */
class JpegSegmentFilter {
  private state: State = { kind: 'soi', matched: 0 };
  private output: Buffer[] = [];
  private failed = false;
  private imageStarted = false; // an SOS header has been read: from here on the file is a photo, however it ends

  write(chunk: Buffer): Buffer {
    if (this.failed) {
      throw notCleanable();
    }
    try {
      for (let at = 0; at < chunk.length; ) {
        at = this.step(chunk, at);
      }
    } catch (error) {
      this.failed = true;
      throw error;
    }
    const out = Buffer.concat(this.output); // a copy: the caller may reuse `chunk`
    this.output = [];
    return out;
  }

  /** The bytes still held back at the end of the input. */
  end(): Buffer {
    if (this.failed || !this.imageStarted) {
      this.failed = true;
      throw notCleanable(); // ended before the image data: nothing to call a photo
    }
    // Cut inside a scan right after a 0xFF: that byte was image data as far as anyone can tell.
    return this.state.kind === 'scanFF' ? Buffer.from([0xff]) : Buffer.alloc(0);
  }

  private step(chunk: Buffer, at: number): number {
    switch (this.state.kind) {
      case 'soi':
        return this.onSoi(this.state.matched, chunk[at]!, at);
      case 'marker':
        return this.onMarker(chunk[at]!, at);
      case 'code':
        return this.onCode(chunk[at]!, at);
      case 'header':
        return this.onHeader(this.state, chunk[at]!, at);
      case 'body':
        return this.onBody(this.state, chunk, at);
      case 'scan':
        return this.onScan(chunk, at);
      case 'scanFF':
        return this.onScanFF(chunk[at]!, at);
      case 'trailer':
        return chunk.length;
    }
  }

  private onSoi(matched: number, byte: number, at: number): number {
    if (byte !== [0xff, SOI][matched]) {
      throw notCleanable();
    }
    if (matched === 1) {
      this.output.push(Buffer.from([0xff, SOI]));
      this.state = { kind: 'marker' };
    } else {
      this.state = { kind: 'soi', matched: 1 };
    }
    return at + 1;
  }

  private onMarker(byte: number, at: number): number {
    // Bytes between segments are not JPEG; libjpeg skips them with a warning, a cleaner refuses.
    if (byte !== 0xff) {
      throw notCleanable();
    }
    this.state = { kind: 'code' };
    return at + 1;
  }

  private onCode(code: number, at: number): number {
    if (code === 0xff) {
      return at + 1; // fill byte, dropped
    }
    if (code === EOI && this.imageStarted) {
      this.output.push(Buffer.from([0xff, EOI]));
      this.state = { kind: 'trailer' };
      return at + 1;
    }
    if (code === TEM) {
      this.output.push(Buffer.from([0xff, code]));
      this.state = { kind: 'marker' };
      return at + 1;
    }
    if (!hasLength(code)) {
      throw notCleanable(); // a second SOI, an RSTn outside a scan, or EOI before any image data
    }
    this.state = { kind: 'header', code, bytes: [] };
    return at + 1;
  }

  private onHeader(state: Extract<State, { kind: 'header' }>, byte: number, at: number): number {
    state.bytes.push(byte);
    if (state.bytes.length < 2) {
      return at + 1;
    }
    const length = (state.bytes[0]! << 8) | state.bytes[1]!;
    if (length < 2) {
      throw notCleanable();
    }
    const identifierBytes = state.code === APP2 ? Math.min(ICC_PROFILE.length, length - 2) : 0;
    if (state.bytes.length < 2 + identifierBytes) {
      return at + 1;
    }
    this.startBody(state.code, Buffer.from(state.bytes), length);
    return at + 1;
  }

  /** `header` is the length and any identifier bytes already read; the rest of the segment follows. */
  private startBody(code: number, header: Buffer, length: number): void {
    const keep = !isMetadataSegment(code, header.subarray(2));
    if (keep) {
      this.output.push(Buffer.from([0xff, code]), header);
    }
    const remaining = length - header.length;
    const then = code === SOS ? 'scan' : 'marker';
    if (code === SOS) {
      this.imageStarted = true;
    }
    this.state = remaining === 0 ? { kind: then } : { kind: 'body', remaining, keep, then };
  }

  private onBody(state: Extract<State, { kind: 'body' }>, chunk: Buffer, at: number): number {
    const take = Math.min(state.remaining, chunk.length - at);
    if (state.keep) {
      this.output.push(chunk.subarray(at, at + take));
    }
    state.remaining -= take;
    if (state.remaining === 0) {
      this.state = { kind: state.then };
    }
    return at + take;
  }

  /** Entropy-coded data: copied up to the next 0xFF, which is held until its next byte is seen. */
  private onScan(chunk: Buffer, at: number): number {
    const ff = chunk.indexOf(0xff, at);
    const end = ff < 0 ? chunk.length : ff;
    if (end > at) {
      this.output.push(chunk.subarray(at, end));
    }
    if (ff < 0) {
      return chunk.length;
    }
    this.state = { kind: 'scanFF' };
    return ff + 1;
  }

  private onScanFF(code: number, at: number): number {
    if (code === 0x00 || (code >= 0xd0 && code <= 0xd7)) {
      this.output.push(Buffer.from([0xff, code])); // a stuffed 0xFF or a restart marker: data
      this.state = { kind: 'scan' };
      return at + 1;
    }
    if (code === 0xff) {
      this.output.push(Buffer.from([0xff])); // a fill byte: passed on; the new 0xFF is held in its place
      return at + 1;
    }
    // Any other marker ends the scan: it is a segment like those before the first SOS.
    return this.onCode(code, at);
  }
}

/** A Transform from a JPEG to the same JPEG without its metadata segments; errors with INVALID_REQUEST on anything else. */
export function createJpegMetadataStripper(): Transform {
  const filter = new JpegSegmentFilter();
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
      try {
        const out = filter.write(chunk);
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
    flush(callback: TransformCallback): void {
      try {
        const out = filter.end();
        callback(null, out.length > 0 ? out : undefined);
      } catch (error) {
        callback(error as Error);
      }
    },
  });
}
