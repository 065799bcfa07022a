import fc from 'fast-check';
import { hrefKind, MAX_HREF_LENGTH, safeHttpsUrl } from '../../../shared/narrative/narrativeHref';

describe('the href of a narrative link (safeHttpsUrl)', () => {
  it.each([
    ['https://example.org/report', 'https://example.org/report'],
    ['https://example.org', 'https://example.org/'],
    [' \t https://example.org/a?b=1#c \n', 'https://example.org/a?b=1#c'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['https://пример.kz/', 'https://xn--e1afmkfd.kz/'],
    ['https://example.org/?a=1&amp;b=2', 'https://example.org/?a=1&amp;b=2'],
  ])('takes %j as %j', (raw, expected) => {
    expect(safeHttpsUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u200bjavascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://example.org/',
    'ftp://example.org/',
    'mailto:someone@example.org',
    'file:///C:/Windows/',
    '//evil.example/',
    '\\\\evil.example\\share',
    '/path/only',
    'example.org',
    'https:example.org',
    'https:/example.org',
    'https:///example.org',
    'https://',
    'https://user:secret@example.org/',
    'https://kaspi.kz@evil.example/',
    'https://exa mple.org/',
    'https://example.org/a b',
    'https://example.org/\u202eevil',
    '&#104;ttps://example.org/',
    'https://example.org/&#x0A;javascript:alert(1)',
    `https://example.org/${'a'.repeat(MAX_HREF_LENGTH)}`,
  ])('refuses %j', (raw) => {
    expect(safeHttpsUrl(raw)).toBeNull();
  });

  it('refuses what is not a string', () => {
    for (const raw of [null, undefined, 42, {}, ['https://example.org/'], { toString: () => 'https://example.org/' }]) {
      expect(safeHttpsUrl(raw)).toBeNull();
    }
  });

  it('gives an href that is its own canonical form', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'], withFragments: true, withQueryParameters: true }), (url) => {
        const href = safeHttpsUrl(url);
        expect(href === null || safeHttpsUrl(href) === href).toBe(true);
      }),
    );
  });
});

describe('the kind of a refused href (hrefKind)', () => {
  it.each([
    ['JaVa\tScript:alert(1)', 'javascript:'],
    ['&#x6A;avascript:alert(1)', 'javascript:'],
    ['data:text/html,x', 'data:'],
    ['//evil.example', '//'],
    ['\\\\evil.example', '//'],
    ['page.html', 'relative'],
    ['   ', 'empty'],
    [undefined, 'invalid'],
  ])('names %j %j, never the address', (raw, kind) => {
    expect(hrefKind(raw)).toBe(kind);
  });
});
