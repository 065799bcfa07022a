import { Schema } from 'prosemirror-model';
import { safeHttpsUrl } from './narrativeHref';

// The narrative (a testimony, a visit account) is rich text stored as ProseMirror JSON, never as
// HTML (security.md R30). This schema is the whole language of that JSON: the renderer's TipTap
// editor is configured to produce exactly these nodes, marks and attributes (the names are
// TipTap's StarterKit names, and the order is the order TipTap builds, so mark nesting agrees), and
// test/renderer/features/narrative/narrativeExtensions.test.ts proves the two schemas are the same.
// No DOM here: nothing in shared/ renders; the editor's TipTap extensions do.

export const HEADING_LEVELS = [1, 2, 3] as const;
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/** The `type` attribute of an ordered list, as HTML's <ol type> knows it; null is decimal. */
export const ORDERED_LIST_TYPES = ['1', 'a', 'A', 'i', 'I'] as const;
export const MAX_LIST_START = 1_000_000;

/** A person in the register: 16 random bytes, base64url without padding. */
export const PERSON_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export function isPersonId(value: unknown): value is string {
  return typeof value === 'string' && PERSON_ID_PATTERN.test(value);
}

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return (HEADING_LEVELS as readonly unknown[]).includes(value);
}

export function isListStart(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LIST_START;
}

export function isOrderedListType(value: unknown): value is (typeof ORDERED_LIST_TYPES)[number] | null {
  return value === null || (ORDERED_LIST_TYPES as readonly unknown[]).includes(value);
}

/** An https link, already in the form safeHttpsUrl gives it (so a stored href is its own canonical form). */
export function isSafeHref(value: unknown): value is string {
  return typeof value === 'string' && safeHttpsUrl(value) === value;
}

// ProseMirror calls these from Node.check(): a second wall behind sanitizeNarrative.
const validated = (test: (value: unknown) => boolean, what: string) => (value: unknown) => {
  if (!test(value)) {
    throw new RangeError(`invalid ${what}`);
  }
};

export const narrativeSchema = new Schema({
  topNode: 'doc',
  nodes: {
    paragraph: { content: 'inline*', group: 'block' },
    blockquote: { content: 'block+', group: 'block', defining: true },
    bulletList: { content: 'listItem+', group: 'block list' },
    doc: { content: 'block+' },
    hardBreak: { group: 'inline', inline: true, selectable: false, linebreakReplacement: true, leafText: () => '\n' },
    heading: { content: 'inline*', group: 'block', defining: true, attrs: { level: { default: 1, validate: validated(isHeadingLevel, 'heading level') } } },
    listItem: { content: 'paragraph block*', defining: true },
    orderedList: {
      content: 'listItem+',
      group: 'block list',
      attrs: { start: { default: 1, validate: validated(isListStart, 'list start') }, type: { default: null, validate: validated(isOrderedListType, 'list type') } },
    },
    text: { group: 'inline' },
  },
  marks: {
    link: { inclusive: false, attrs: { href: { default: null, validate: validated(isSafeHref, 'link') } } },
    bold: {},
    italic: {},
    /** "Redact when shared": every summary and export replaces these words (narrativeRedactedText). */
    redaction: {},
    /** The words that name a person of the register, so that the person's consent decides who sees the name. */
    mention: { inclusive: false, attrs: { personId: { default: null, validate: validated(isPersonId, 'person id') } } },
  },
});

export type NarrativeNodeType = 'doc' | 'paragraph' | 'heading' | 'bulletList' | 'orderedList' | 'listItem' | 'blockquote' | 'hardBreak' | 'text';
export type NarrativeMarkType = 'bold' | 'italic' | 'link' | 'redaction' | 'mention';

export type NarrativeAttrValue = string | number | null;

/** A mark in ProseMirror JSON. */
export type NarrativeMark = {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, NarrativeAttrValue>>;
};

/** A node in ProseMirror JSON (what `node.toJSON()` gives): plain data, safe to serialise. */
export type NarrativeNode = {
  readonly type: string;
  readonly attrs?: Readonly<Record<string, NarrativeAttrValue>>;
  readonly content?: readonly NarrativeNode[];
  readonly marks?: readonly NarrativeMark[];
  readonly text?: string;
};

/** A whole narrative, as parseNarrative returns it: only ever built from sanitized input. */
export type NarrativeDoc = NarrativeNode & { readonly type: 'doc' };

export const EMPTY_NARRATIVE: NarrativeDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
