// The HTTP Range header (RFC 9110 §14) as a <video> element sends it when the monitor seeks. Only
// single byte ranges: that is all media elements ask for. Responses are capped, so one request
// never makes main decrypt a whole multi-gigabyte file; players ask again for the rest.

export const MAX_RANGE_RESPONSE_BYTES = 8 * 1024 * 1024;

export type ByteRange = { readonly start: number; readonly end: number };

export type RangeDecision =
  | { readonly kind: 'whole' }
  | { readonly kind: 'partial'; readonly range: ByteRange }
  | { readonly kind: 'unsatisfiable' };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

function clampToCap(start: number, end: number): ByteRange {
  return { start, end: Math.min(end, start + MAX_RANGE_RESPONSE_BYTES - 1) };
}

function suffixRange(suffix: number, size: number): RangeDecision {
  return suffix === 0 || size === 0 ? { kind: 'unsatisfiable' } : { kind: 'partial', range: clampToCap(Math.max(0, size - suffix), size - 1) };
}

function fromStart(start: number, last: string, size: number): RangeDecision {
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || end < start) {
    return { kind: 'unsatisfiable' };
  }
  return { kind: 'partial', range: clampToCap(start, end) };
}

/** What to send for `header` on a resource of `size` bytes. */
export function decideRange(header: string | null | undefined, size: number): RangeDecision {
  if (header === null || header === undefined || header.trim() === '') {
    return { kind: 'whole' };
  }
  const match = SINGLE_RANGE.exec(header.trim());
  const [first, last] = [match?.[1] ?? '', match?.[2] ?? ''];
  if (match === null || (first === '' && last === '')) {
    return { kind: 'unsatisfiable' };
  }
  return first === '' ? suffixRange(Number(last), size) : fromStart(Number(first), last, size);
}
