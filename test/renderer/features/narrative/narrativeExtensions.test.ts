import { getSchema, type AnyExtension } from '@tiptap/core';
import type { MarkType, NodeType, Schema } from 'prosemirror-model';
import { narrativeSchema } from '../../../../shared/narrative/narrativeSchema';
import { parseNarrative } from '../../../../shared/narrative/sanitizeNarrative';
import { narrativeExtensions } from '../../../../renderer/features/narrative/narrativeExtensions';
import { SAMPLE_NARRATIVE } from '../../../shared/narrative/narrativeSamples';

// The editor and the sanitizer must speak one language: whatever the TipTap editor makes is a
// narrative, and every narrative can be opened in it.

const editorSchema: Schema = getSchema(narrativeExtensions);

const attrDefaults = (type: NodeType | MarkType) => Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([name, spec]) => [name, spec.default as unknown]));

function nodeShape(type: NodeType) {
  const { content, group, inline, defining, selectable, linebreakReplacement, marks } = type.spec;
  return { content, group, inline, defining, selectable, linebreakReplacement, marks, attrs: attrDefaults(type) };
}

function markShape(type: MarkType) {
  const { inclusive, excludes, spanning } = type.spec;
  return { inclusive, excludes, spanning, attrs: attrDefaults(type) };
}

const mapShapes = <T, S>(types: Readonly<Record<string, T>>, shape: (type: T) => S) => Object.fromEntries(Object.entries(types).map(([name, type]) => [name, shape(type)]));

function extension(name: string): AnyExtension {
  const found = narrativeExtensions.find((candidate) => (candidate as AnyExtension).name === name);
  if (found === undefined) {
    throw new Error(`no extension ${name}`);
  }
  return found as AnyExtension;
}

describe('the narrative editor (TipTap) and the narrative schema', () => {
  it('have the same nodes and marks, in the same order', () => {
    expect(Object.keys(editorSchema.nodes)).toEqual(['paragraph', 'blockquote', 'bulletList', 'doc', 'hardBreak', 'heading', 'listItem', 'orderedList', 'text']);
    expect(Object.keys(editorSchema.nodes)).toEqual(Object.keys(narrativeSchema.nodes));
    expect(Object.keys(editorSchema.marks)).toEqual(['link', 'bold', 'italic', 'redaction', 'mention']);
    expect(Object.keys(editorSchema.marks)).toEqual(Object.keys(narrativeSchema.marks));
    expect(editorSchema.topNodeType.name).toBe(narrativeSchema.topNodeType.name);
  });

  it('have the same content rules, groups and attributes for every node', () => {
    expect(mapShapes(editorSchema.nodes, nodeShape)).toEqual(mapShapes(narrativeSchema.nodes, nodeShape));
    expect(attrDefaults(editorSchema.nodes.heading as NodeType)).toEqual({ level: 1 });
  });

  it('have the same marks, with the same attributes: link (href only), redaction, mention (personId)', () => {
    expect(mapShapes(editorSchema.marks, markShape)).toEqual(mapShapes(narrativeSchema.marks, markShape));
    expect(attrDefaults(editorSchema.marks.link as MarkType)).toEqual({ href: null });
    expect(attrDefaults(editorSchema.marks.redaction as MarkType)).toEqual({});
    expect(attrDefaults(editorSchema.marks.mention as MarkType)).toEqual({ personId: null });
  });

  it('read the same document the same way: what the editor holds passes the sanitizer unchanged', () => {
    const inEditor = editorSchema.nodeFromJSON(SAMPLE_NARRATIVE).toJSON() as unknown;
    expect(inEditor).toEqual(SAMPLE_NARRATIVE);
    expect(parseNarrative(inEditor)).toEqual({ doc: SAMPLE_NARRATIVE, removed: [] });
  });

  it('parse redaction and mention only from their own spans', () => {
    expect(editorSchema.marks.redaction?.spec.parseDOM?.map((rule) => rule.tag)).toEqual(['span.redaction']);
    expect(editorSchema.marks.mention?.spec.parseDOM?.map((rule) => rule.tag)).toEqual(['span.mention[data-person-id]']);
    expect(editorSchema.marks.link?.spec.parseDOM?.map((rule) => rule.tag)).toEqual(['a[href]']);
  });

  it('let the editor make https links only, never follow them, and never link as you type', () => {
    const options = extension('link').options as { isAllowedUri: (url: string, context: unknown) => boolean; shouldAutoLink: (url: string) => boolean; autolink: boolean; openOnClick: boolean; protocols: string[] };
    const context = { defaultValidate: () => true, protocols: [], defaultProtocol: 'https' };
    for (const hostile of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#x6A;avascript:alert(1)', 'http://example.org/', 'data:text/html,x', '//evil.example/']) {
      expect(options.isAllowedUri(hostile, context)).toBe(false);
      expect(options.shouldAutoLink(hostile)).toBe(false);
    }
    expect(options.isAllowedUri('https://example.org/report', context)).toBe(true);
    expect(options).toMatchObject({ autolink: false, openOnClick: false, protocols: ['https'] });
  });

  it('use StarterKit without what the schema lacks', () => {
    expect(extension('starterKit').options).toMatchObject({ code: false, codeBlock: false, strike: false, underline: false, horizontalRule: false, link: false, trailingNode: false, heading: { levels: [1, 2, 3] } });
  });
});
