// Links in a narrative may only point to https: addresses (security.md R30). The checks below
// are written against the ways a hostile href has got past link validators before (TipTap #2645,
// #5945; Joplin CVE-2020-15930): letter case (`JaVaScRiPt:`), control and whitespace characters
// inside the scheme (`java\tscript:`), HTML entities (`&#x6A;avascript:`), protocol-relative
// (`//evil`) and relative addresses, and credentials that disguise the host (`https://bank@evil`).

export const MAX_HREF_LENGTH = 2048;

type ParsedUrl = { readonly protocol: string; readonly username: string; readonly password: string; readonly hostname: string; readonly href: string };
type UrlConstructor = new (input: string) => ParsedUrl;

// WHATWG URL exists in both Chromium and Node; shared/ is compiled without the DOM and Node
// typings, so it is reached through globalThis. Without it, no link is accepted.
const UrlParser: UrlConstructor | undefined = (globalThis as unknown as { URL?: UrlConstructor }).URL;

// Whitespace, C0 and C1 controls, and the invisible Unicode spaces and joiners.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;
// eslint-disable-next-line no-control-regex
const EDGE_INVISIBLE = /^[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]+|[\u0000-\u0020\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]+$/g;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  apos: "'",
  colon: ':',
  gt: '>',
  lpar: '(',
  lt: '<',
  newline: '\n',
  nbsp: '\u00a0',
  period: '.',
  quot: '"',
  rpar: ')',
  semi: ';',
  sol: '/',
  tab: '\t',
};

function decodeOnce(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_match, hex: string) => codePoint(Number.parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});?/g, (_match, decimal: string) => codePoint(Number.parseInt(decimal, 10)))
    .replace(/&([a-z]{2,8});/gi, (match, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? match);
}

function codePoint(value: number): string {
  return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '\ufffd';
}

/** What a browser or an HTML exporter could make of the text: entities decoded until nothing changes (a few rounds at most). */
function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const next = decodeOnce(current);
    if (next === current) {
      return current;
    }
    current = next;
  }
  return current;
}

/** The canonical href of an address that is plainly https, or null. */
function httpsHref(candidate: string): string | null {
  if (UrlParser === undefined || !/^https:\/\/[^/\\]/i.test(candidate) || candidate.includes('\\') || candidate.search(INVISIBLE) !== -1) {
    return null;
  }
  try {
    const url = new UrlParser(candidate);
    const plain = url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
    return plain && url.href.length <= MAX_HREF_LENGTH ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The href to store for a link the monitor typed, pasted or imported, or null if it is not a plain
 * https: address. Surrounding whitespace is trimmed; whitespace or controls inside refuse it; the
 * address must stay https both as written and with its HTML entities decoded. The result is the
 * URL parser's canonical form (so `https://пример.kz` is stored as its punycode host, which
 * shows look-alike letters), and is its own result: safeHttpsUrl(safeHttpsUrl(x)) === safeHttpsUrl(x).
 */
export function safeHttpsUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_HREF_LENGTH) {
    return null;
  }
  const trimmed = raw.replace(EDGE_INVISIBLE, '');
  const href = httpsHref(trimmed);
  if (href === null) {
    return null;
  }
  const decoded = decodeEntities(trimmed);
  return decoded === trimmed || httpsHref(decoded.replace(EDGE_INVISIBLE, '')) !== null ? href : null;
}

/**
 * A short name for what a refused href was, for the list of removed things: its scheme
 * (`javascript:`, `data:`, `http:`), `//` for a protocol-relative address, `relative`, or
 * `invalid`. Never the address itself, which may carry anything.
 */
export function hrefKind(raw: unknown): string {
  if (typeof raw !== 'string') {
    return 'invalid';
  }
  const bare = decodeEntities(raw.slice(0, MAX_HREF_LENGTH)).replace(INVISIBLE, '');
  const scheme = /^([a-z][a-z0-9+.-]{0,31}):/i.exec(bare)?.[1];
  if (scheme !== undefined) {
    return `${scheme.toLowerCase()}:`;
  }
  if (bare.startsWith('//') || bare.startsWith('\\\\') || bare.startsWith('/\\') || bare.startsWith('\\/')) {
    return '//';
  }
  return bare === '' ? 'empty' : 'relative';
}
