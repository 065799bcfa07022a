import canonicalize from 'canonicalize';

// RFC 8785 (JSON Canonicalization Scheme): the same value always gives the same bytes, so sealed
// records and, later, signatures over them do not depend on key order or whitespace.
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) {
    throw new TypeError('value has no JSON form');
  }
  return text;
}
