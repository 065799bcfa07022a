import type { NarrativeDoc } from '../../../shared/narrative/narrativeSchema';

// Invented people and an invented account; person ids are 22 characters of base64url.
export const WITNESS_ID = 'Wt1nEss-0123456789abcd';
export const OFFICER_ID = 'Of_1cer-0123456789abcd';

/** A narrative using every node and mark of the schema, in the form parseNarrative returns. */
export const SAMPLE_NARRATIVE: NarrativeDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Account of the detention' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', marks: [{ type: 'mention', attrs: { personId: WITNESS_ID } }], text: 'Aigerim' },
        { type: 'text', text: ' said that officer ' },
        { type: 'text', marks: [{ type: 'redaction' }, { type: 'mention', attrs: { personId: OFFICER_ID } }], text: 'Serik B.' },
        { type: 'text', text: ' hit her with a ' },
        { type: 'text', marks: [{ type: 'bold' }, { type: 'redaction' }], text: 'rubber' },
        { type: 'text', marks: [{ type: 'redaction' }], text: ' baton' },
        { type: 'text', text: '.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'See the ' },
        { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org/report' } }, { type: 'italic' }], text: 'report' },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Room 4, no window' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Held for ' }, { type: 'text', marks: [{ type: 'redaction' }], text: '36' }, { type: 'text', text: ' hours' }] },
            { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'no water' }] }] }] },
          ],
        },
      ],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“They told me to sign.”' }] }] },
    { type: 'paragraph' },
  ],
};
