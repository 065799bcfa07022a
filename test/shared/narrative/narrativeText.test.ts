import type { NarrativeNode } from '../../../shared/narrative/narrativeSchema';
import { mentionedPersons, narrativePlainText, narrativeRedactedText } from '../../../shared/narrative/narrativeText';
import { OFFICER_ID, SAMPLE_NARRATIVE, WITNESS_ID } from './narrativeSamples';

describe('the text of a narrative', () => {
  it('plain: every word, one line per paragraph, heading, list item and hard break', () => {
    expect(narrativePlainText(SAMPLE_NARRATIVE)).toBe(
      [
        'Account of the detention',
        'Aigerim said that officer Serik B. hit her with a rubber baton.',
        'See the report.',
        'Room 4, no window',
        'Held for 36 hours',
        'no water',
        '“They told me to sign.”',
        '',
      ].join('\n'),
    );
  });

  it('redacted: each run of marked words becomes one replacement, across formats', () => {
    expect(narrativeRedactedText(SAMPLE_NARRATIVE)).toBe(
      [
        'Account of the detention',
        'Aigerim said that officer █████ hit her with a █████.',
        'See the report.',
        'Room 4, no window',
        'Held for █████ hours',
        'no water',
        '“They told me to sign.”',
        '',
      ].join('\n'),
    );
    expect(narrativeRedactedText(SAMPLE_NARRATIVE, '[…]').split('\n')[1]).toBe('Aigerim said that officer […] hit her with a […].');
  });

  it('redacted: also hides the names of people whose consent does not allow them', () => {
    const hidden = new Set([WITNESS_ID]);
    const lines = narrativeRedactedText(SAMPLE_NARRATIVE, '█████', (personId) => hidden.has(personId)).split('\n');
    expect(lines[1]).toBe('█████ said that officer █████ hit her with a █████.');
    expect(narrativeRedactedText(SAMPLE_NARRATIVE, '█████', () => false).split('\n')[1]).toBe('Aigerim said that officer █████ hit her with a █████.');
  });

  it('redacted: a hidden name next to redacted words is one run; a hard break ends a run', () => {
    const doc: NarrativeNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', marks: [{ type: 'mention', attrs: { personId: WITNESS_ID } }], text: 'Aigerim' },
            { type: 'text', marks: [{ type: 'redaction' }], text: ' of Almaty' },
            { type: 'hardBreak' },
            { type: 'text', marks: [{ type: 'redaction' }], text: 'Zhetisu' },
          ],
        },
      ],
    };
    expect(narrativeRedactedText(doc, 'X', () => true)).toBe('X\nX');
  });

  it('lists the people it names, each once, in order', () => {
    expect(mentionedPersons(SAMPLE_NARRATIVE)).toEqual([WITNESS_ID, OFFICER_ID]);
    expect(mentionedPersons({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });

  it('walks any depth without recursion', () => {
    let node: NarrativeNode = { type: 'paragraph', content: [{ type: 'text', marks: [{ type: 'redaction' }], text: 'deep' }] };
    for (let level = 0; level < 200_000; level += 1) {
      node = { type: 'blockquote', content: [node] };
    }
    const doc: NarrativeNode = { type: 'doc', content: [node] };
    expect(narrativePlainText(doc)).toBe('deep');
    expect(narrativeRedactedText(doc)).toBe('█████');
  });
});
