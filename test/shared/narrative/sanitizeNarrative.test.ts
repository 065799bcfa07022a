import fc from 'fast-check';
import { MAX_NARRATIVE_ITEMS, MAX_NARRATIVE_JSON_CHARS, MAX_NARRATIVE_NODE_DEPTH, MAX_NARRATIVE_TEXT_CHARS } from '../../../shared/narrative/narrativeLimits';
import { NarrativeRefused, type NarrativeRefusal } from '../../../shared/narrative/narrativeRefused';
import { narrativeSchema, type NarrativeDoc, type NarrativeNode } from '../../../shared/narrative/narrativeSchema';
import { parseNarrative } from '../../../shared/narrative/sanitizeNarrative';
import { SAMPLE_NARRATIVE, WITNESS_ID } from './narrativeSamples';

const doc = (...content: unknown[]) => ({ type: 'doc', content });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) => (marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks });
const linked = (href: unknown) => doc(para(text('the report', [{ type: 'link', attrs: { href } }])));

function refusal(input: unknown): NarrativeRefusal | 'accepted' {
  try {
    parseNarrative(input);
    return 'accepted';
  } catch (error) {
    if (error instanceof NarrativeRefused) {
      return error.reason;
    }
    throw error;
  }
}

// No timed assertions (benchmarks are for `npm run bench`): jest's timeout is what catches a hang.
describe('a narrative from outside (parseNarrative)', () => {
  describe('drops every link that is not a plain https address, and keeps its words', () => {
    const hostile: readonly (readonly [unknown, string])[] = [
      ['javascript:alert(1)', 'javascript:'],
      ['JaVaScRiPt:alert(1)', 'javascript:'],
      ['java\tscript:alert(1)', 'javascript:'],
      ['java\nscript:alert(1)', 'javascript:'],
      ['\u0000 javascript:alert(1)', 'javascript:'],
      ['&#x6A;avascript:alert(1)', 'javascript:'],
      ['&#106;avascript&colon;alert(1)', 'javascript:'],
      ['&amp;#x6A;avascript:alert(1)', 'javascript:'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data:'],
      ['vbscript:msgbox(1)', 'vbscript:'],
      ['http://example.org/report', 'http:'],
      ['file:///etc/passwd', 'file:'],
      ['//evil.example/x', '//'],
      ['/relative/path', 'relative'],
      ['report.html', 'relative'],
      ['https://kaspi.kz@evil.example/', 'https:'],
      ['https:\\\\evil.example', 'https:'],
      ['', 'empty'],
      [42, 'invalid'],
      [null, 'invalid'],
    ];
    it.each(hostile)('%j', (href, kind) => {
      for (const input of [linked(href), JSON.stringify(linked(href))]) {
        const { doc: cleaned, removed } = parseNarrative(input);
        expect(cleaned).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'the report' }] }] });
        expect(removed).toEqual([`mark:link(${kind})`]);
      }
    });

    it('keeps an https link, in its canonical form', () => {
      expect(parseNarrative(linked('  HTTPS://Example.org/report?id=7  ')).doc.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.org/report?id=7' } }]);
      expect(parseNarrative(linked('https://пример.kz/отчёт')).doc.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://xn--e1afmkfd.kz/%D0%BE%D1%82%D1%87%D1%91%D1%82' } }]);
    });

    it('keeps only the href of a link: target, rel, class and title are dropped', () => {
      const { doc: cleaned, removed } = parseNarrative(doc(para(text('x', [{ type: 'link', attrs: { href: 'https://example.org/a', target: '_blank', rel: 'opener', class: 'x', title: 't', onclick: 'alert(1)' } }]))));
      expect(cleaned.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'link', attrs: { href: 'https://example.org/a' } }]);
      expect(removed).toEqual(['attr:link.target', 'attr:link.rel', 'attr:link.class', 'attr:link.title', 'attr:link.onclick']);
    });
  });

  it('drops unknown nodes (SVG with onload, a remote image, an iframe) and keeps the text inside them', () => {
    const input = doc(
      { type: 'svg', attrs: { onload: 'alert(1)' }, content: [text('a witness statement')] },
      { type: 'image', attrs: { src: 'https://tracker.example/pixel.gif', onerror: 'alert(1)' } },
      { type: 'iframe', attrs: { src: 'https://evil.example/', srcdoc: '<script>alert(1)</script>' } },
      para(text('before '), { type: 'video', attrs: { src: 'https://evil.example/v.mp4' }, text: 'caption kept' }),
    );
    const { doc: cleaned, removed } = parseNarrative(input);
    expect(cleaned).toEqual(doc(para(text('a witness statement')), para(text('before caption kept'))));
    expect(removed).toEqual(['node:svg', 'node:image', 'node:iframe', 'node:video']);
    expect(JSON.stringify(cleaned)).not.toMatch(/onload|onerror|tracker|evil|script|src/);
  });

  it('keeps HTML inside text as text: it is never parsed', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    expect(parseNarrative(doc(para(text(html)))).doc).toEqual(doc(para(text(html))));
  });

  it('drops unknown and nested unknown marks, and attributes on marks that have none', () => {
    const marks = [{ type: 'script', marks: [{ type: 'bold' }] }, { type: 'bold', attrs: { style: 'background:url(https://evil.example/)' } }, { type: 'span', attrs: { onclick: 'alert(1)' } }, { type: 'bold' }, 'italic'];
    const { doc: cleaned, removed } = parseNarrative(doc(para(text('words', marks))));
    expect(cleaned).toEqual(doc(para(text('words', [{ type: 'bold' }]))));
    expect(removed).toEqual(['mark:script', 'attr:bold.style', 'mark:span', 'mark:bold(duplicate)', 'mark:?']);
  });

  it('drops extra attributes (onclick on a paragraph) and invalid values, and keeps the node', () => {
    const input = doc(
      { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'x' }, content: [text('one')] },
      { type: 'heading', attrs: { level: 7 }, content: [text('two')] },
      { type: 'orderedList', attrs: { start: -5, type: 'disc' }, content: [{ type: 'listItem', content: [para(text('three'))] }] },
    );
    const { doc: cleaned, removed } = parseNarrative(input);
    expect(cleaned).toEqual(
      doc(para(text('one')), { type: 'heading', attrs: { level: 1 }, content: [text('two')] }, { type: 'orderedList', attrs: { start: 1, type: null }, content: [{ type: 'listItem', content: [para(text('three'))] }] }),
    );
    expect(removed).toEqual(['attr:paragraph.onclick', 'attr:paragraph.style', 'attr:heading.level', 'attr:orderedList.start', 'attr:orderedList.type']);
  });

  it('drops a mention whose person id is not a register id', () => {
    const { doc: cleaned, removed } = parseNarrative(doc(para(text('Aigerim', [{ type: 'mention', attrs: { personId: '../../etc' } }]), text(' and '), text('Dana', [{ type: 'mention' }]))));
    expect(cleaned).toEqual(doc(para(text('Aigerim and Dana'))));
    expect(removed).toEqual(['mark:mention(personId)']);
  });

  it('takes nothing from the prototype chain and pollutes nothing', () => {
    const input = '{"type":"doc","__proto__":{"content":[]},"content":[{"type":"paragraph","attrs":{"__proto__":{"polluted":true}},"content":[{"type":"text","text":"kept","marks":[{"type":"toString"},{"type":"__proto__"}]}]}]}';
    const { doc: cleaned, removed } = parseNarrative(input);
    expect(cleaned).toEqual(doc(para(text('kept'))));
    expect(removed).toEqual(['attr:paragraph.__proto__', 'mark:toString', 'mark:__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names what it removed by kind, never by its text', () => {
    const secret = 'Ivan Petrov was beaten in cell 4 on the night of 12 March';
    const { removed } = parseNarrative(doc({ type: secret, content: [text('x')] }, para(text('y', [{ type: secret }]))));
    expect(removed).toEqual(['node:Ivan?Petrov?was?beaten?in?cell?4…', 'mark:Ivan?Petrov?was?beaten?in?cell?4…']);
  });

  it('returns a valid document with redaction and mention unchanged, from an object or from JSON', () => {
    expect(parseNarrative(SAMPLE_NARRATIVE)).toEqual({ doc: SAMPLE_NARRATIVE, removed: [] });
    expect(parseNarrative(JSON.stringify(SAMPLE_NARRATIVE))).toEqual({ doc: SAMPLE_NARRATIVE, removed: [] });
  });

  it('returns new plain objects: the input is not changed and not shared', () => {
    const input = JSON.parse(JSON.stringify(SAMPLE_NARRATIVE)) as NarrativeDoc;
    const { doc: cleaned } = parseNarrative(input);
    expect(input).toEqual(SAMPLE_NARRATIVE);
    expect(cleaned.content).not.toBe(input.content);
  });

  describe('fits misplaced content into the schema without losing words', () => {
    it.each([
      ['text directly in the document', doc(text('loose'), { type: 'hardBreak' }, text('words')), doc(para(text('loose'), { type: 'hardBreak' }, text('words')))],
      ['a paragraph inside a paragraph', doc(para(text('one'), para(text('two')), { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('three'))] }] })), doc(para(text('one'), { type: 'hardBreak' }, text('two'), { type: 'hardBreak' }, text('three')))],
      ['a list item outside a list', doc({ type: 'listItem', content: [para(text('stray'))] }), doc(para(text('stray')))],
      ['a paragraph directly in a list', doc({ type: 'bulletList', content: [para(text('item'))] }), doc({ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('item'))] }] })],
      [
        'a list item that starts with a list',
        doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [para(text('inner'))] }] }] }] }),
        doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('inner'))] }] }] }] }),
      ],
      ['an empty list and an empty quote', doc({ type: 'bulletList', content: [] }, { type: 'blockquote' }, para(text('rest'))), doc(para(text('rest')))],
      ['an empty document', { type: 'doc' }, doc({ type: 'paragraph' })],
      ['a paragraph as the root', para(text('alone')), doc(para(text('alone')))],
      ['a document inside a document', doc({ type: 'doc', content: [para(text('nested'))] }), doc(para(text('nested')))],
      ['marks on a block', doc({ type: 'paragraph', marks: [{ type: 'bold' }], content: [text('plain')] }), doc(para(text('plain')))],
      ['text that is not a string, and empty text', doc(para({ type: 'text', text: 5 }, { type: 'text', text: '' }, text('ok'))), doc(para(text('ok')))],
      ['content that is not an array, and nodes that are not objects', doc(para(text('a')), 'string node', [[[]]], null, { type: 'paragraph', content: 'x' }), doc(para(text('a')), { type: 'paragraph' })],
      ['adjacent texts with the same marks', doc(para(text('one '), text('two'))), doc(para(text('one two')))],
    ])('%s', (_name, input, expected) => {
      const { doc: cleaned } = parseNarrative(input);
      expect(cleaned).toEqual(expected);
      expect(() => narrativeSchema.nodeFromJSON(cleaned).check()).not.toThrow();
    });
  });

  describe('refuses, quickly and without recursion, what is too large or too deep', () => {
    it('10 MB of [[[[ as text: too large, before any parsing', () => {
      const result = refusal('['.repeat(10_000_000));
      expect(result).toBe('TOO_LARGE');
    });

    it('nesting just under the size limit, as text: too deep, by a linear scan', () => {
      const result = refusal('['.repeat(MAX_NARRATIVE_JSON_CHARS - 10));
      expect(result).toBe('TOO_DEEP');
      const nested = '{"type":"doc","content":[' + '{"type":"blockquote","content":['.repeat(50_000);
      expect(refusal(nested)).toBe('TOO_DEEP');
    });

    it('10 MB of {"content":[ as text: too large', () => {
      expect(refusal('{"content":['.repeat(850_000))).toBe('TOO_LARGE');
    });

    it('does not count brackets inside strings', () => {
      const input = JSON.stringify(doc(para(text('['.repeat(100_000) + '"\\{'))));
      expect(parseNarrative(input).doc).toEqual(doc(para(text('['.repeat(100_000) + '"\\{'))));
    });

    it('a million nested nodes as an object: too deep, without walking them', () => {
      let nested: unknown = text('bottom');
      for (let level = 0; level < 1_000_000; level += 1) {
        nested = { type: level % 2 === 0 ? 'blockquote' : 'unknownWrapper', content: [nested] };
      }
      const result = refusal(doc(nested));
      expect(result).toBe('TOO_DEEP');
    });

    it('a document that contains itself: too deep', () => {
      const cyclic: { type: string; content: unknown[] } = { type: 'blockquote', content: [] };
      cyclic.content.push(cyclic);
      expect(refusal(doc(cyclic))).toBe('TOO_DEEP');
    });

    it('accepts the deepest nesting the limits allow, as object and as JSON', () => {
      let node: NarrativeNode = { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org/' } }], text: 'deep' }] };
      // The text sits at the deepest level allowed, its paragraph one above, quotes above that.
      for (let depth = MAX_NARRATIVE_NODE_DEPTH - 2; depth > 0; depth -= 1) {
        node = { type: 'blockquote', content: [node] };
      }
      const deepest: NarrativeDoc = { type: 'doc', content: [node] };
      expect(parseNarrative(deepest).doc).toEqual(deepest);
      expect(parseNarrative(JSON.stringify(deepest)).doc).toEqual(deepest);
      expect(refusal({ type: 'doc', content: [{ type: 'blockquote', content: [node] }] })).toBe('TOO_DEEP');
    });

    it('too many nodes, or too much text: too large', () => {
      const many = Array.from({ length: MAX_NARRATIVE_ITEMS + 1 }, () => ({ type: 'hardBreak' }));
      expect(refusal(doc({ type: 'paragraph', content: many }))).toBe('TOO_LARGE');
      expect(refusal(doc(para(text('x'.repeat(MAX_NARRATIVE_TEXT_CHARS + 1)))))).toBe('TOO_LARGE');
      expect(refusal(doc(para(text('x'.repeat(MAX_NARRATIVE_TEXT_CHARS)))))).toBe('accepted');
      expect(refusal(doc(para(text('x', Array.from({ length: MAX_NARRATIVE_ITEMS + 1 }, () => ({ type: 'bold' }))))))).toBe('TOO_LARGE');
    });

    it('text that is not JSON, and JSON that is not a narrative', () => {
      expect(refusal('{"type":"doc",')).toBe('NOT_JSON');
      expect(refusal('<p onclick="x">html</p>')).toBe('NOT_JSON');
      for (const input of ['42', 'null', '"doc"', '[]', 42, null, undefined, ['doc']]) {
        expect(refusal(input)).toBe('NOT_NARRATIVE');
      }
    });

    it('an object whose properties throw: refused, not thrown through', () => {
      const hostile = { type: 'doc', get content(): unknown[] { throw new Error('gotcha'); } };
      expect(refusal(hostile)).toBe('NOT_NARRATIVE');
    });
  });

  describe('for any input shaped roughly like a narrative', () => {
    const type = fc.constantFrom('doc', 'paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote', 'hardBreak', 'text', 'image', 'iframe', 'table', 42);
    const mark = fc.oneof(
      fc.record({ type: fc.constantFrom('bold', 'italic', 'redaction', 'code', 'strike') }),
      fc.record({ type: fc.constant('link'), attrs: fc.record({ href: fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'http://x.org', '//x', 5) }) }),
      fc.record({ type: fc.constant('mention'), attrs: fc.record({ personId: fc.constantFrom(WITNESS_ID, 'short', null) }) }),
    );
    const attrs = fc.dictionary(fc.constantFrom('level', 'start', 'type', 'onclick', 'href'), fc.oneof(fc.integer({ min: -2, max: 5 }), fc.constantFrom('a', 'javascript:x', null)));
    const { node } = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.record(
        { type, text: fc.string({ maxLength: 8 }), attrs, marks: fc.array(mark, { maxLength: 3 }), content: fc.array(tie('node'), { maxLength: 4 }) },
        { requiredKeys: ['type'] },
      ),
    }));

    it('gives a document the schema accepts, and giving it back changes nothing', () => {
      fc.assert(
        fc.property(node, (input) => {
          const first = parseNarrative(input);
          narrativeSchema.nodeFromJSON(first.doc).check();
          expect(parseNarrative(first.doc)).toEqual({ doc: first.doc, removed: [] });
          expect(parseNarrative(JSON.stringify(first.doc)).doc).toEqual(first.doc);
        }),
        { numRuns: 500 },
      );
    });
  });
});
