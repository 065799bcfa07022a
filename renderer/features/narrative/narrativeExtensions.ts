import { Mark, mergeAttributes, type Extensions } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { StarterKit } from '@tiptap/starter-kit';
import { safeHttpsUrl } from '../../../shared/narrative/narrativeHref';
import { isPersonId } from '../../../shared/narrative/narrativeSchema';

// The editor's extensions, built to make exactly shared/narrative/narrativeSchema.ts and nothing
// more (test/renderer/features/narrative/narrativeExtensions.test.ts compares the two schemas).
// HTML only ever goes one way here: ProseMirror renders the document into the editable element
// and parses pasted or dropped HTML through these rules; nothing is set as innerHTML.

const isHttps = (url: string): boolean => safeHttpsUrl(url) !== null;

/** A link holds an https href and nothing else: no target, rel, class or title in the document. */
const NarrativeLink = Link.extend({
  addAttributes() {
    return {
      href: {
        default: null,
        parseHTML: (element: HTMLElement) => safeHttpsUrl(element.getAttribute('href')),
      },
    };
  },
}).configure({
  protocols: ['https'],
  defaultProtocol: 'https',
  autolink: false,
  // Links are not followed from the editor; opening one will ask in main first.
  openOnClick: false,
  enableClickSelection: false,
  linkOnPaste: true,
  // Validated wherever a link is made: setLink, toggleLink, pasted HTML, pasted URLs, rendering.
  isAllowedUri: isHttps,
  shouldAutoLink: isHttps,
  HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null, class: null },
});

/** "Redact when shared": a span with the class `redaction`; Ctrl+Shift+R toggles it. */
export const Redaction = Mark.create({
  name: 'redaction',
  parseHTML() {
    return [{ tag: 'span.redaction' }];
  },
  renderHTML() {
    return ['span', { class: 'redaction' }, 0];
  },
  addKeyboardShortcuts() {
    return { 'Mod-Shift-r': () => this.editor.commands.toggleMark(this.name) };
  },
});

/** The words that name a person of the register: a span with the class `mention` and the person's id. */
export const PersonMention = Mark.create({
  name: 'mention',
  inclusive: false,
  addAttributes() {
    return {
      personId: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const personId = element.getAttribute('data-person-id');
          return isPersonId(personId) ? personId : null;
        },
        renderHTML: (attributes: Record<string, unknown>) => (isPersonId(attributes.personId) ? { 'data-person-id': attributes.personId } : {}),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span.mention[data-person-id]', getAttrs: (element: HTMLElement) => (isPersonId(element.getAttribute('data-person-id')) ? null : false) }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'mention' }), 0];
  },
});

/** StarterKit cut down to the schema's nodes and marks, then the narrative's own link, redaction and mention. */
export const narrativeExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: false,
    // It would append a paragraph to a stored document that ends in a list or quote.
    trailingNode: false,
  }),
  NarrativeLink,
  Redaction,
  PersonMention,
];
