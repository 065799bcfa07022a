import type { NarrativeNode } from './narrativeSchema';

// Text out of a narrative: plain (for search), redacted (for every summary and export), and the
// people it names. Each walks the document with its own stack, so no nesting can exhaust the call
// stack, and each reads a sanitized document (parseNarrative) the same way it reads any other.

export const DEFAULT_REDACTION = '█████';

/** The paragraphs and headings of a document, in reading order. */
function textblocks(doc: NarrativeNode): NarrativeNode[] {
  const found: NarrativeNode[] = [];
  const stack: NarrativeNode[] = [doc];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      found.push(node);
      continue;
    }
    const children = Array.isArray(node.content) ? node.content : [];
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push(children[index] as NarrativeNode);
    }
  }
  return found;
}

function inlineOf(block: NarrativeNode): readonly NarrativeNode[] {
  return Array.isArray(block.content) ? block.content : [];
}

function markAttr(node: NarrativeNode, type: string, attr: string): unknown {
  const mark = node.marks?.find((candidate) => candidate.type === type);
  return mark === undefined ? undefined : (mark.attrs?.[attr] ?? null);
}

function hasMark(node: NarrativeNode, type: string): boolean {
  return node.marks?.some((mark) => mark.type === type) ?? false;
}

/** The words of a narrative, one line per paragraph, heading or hard break; no formatting, nothing hidden. */
export function narrativePlainText(doc: NarrativeNode): string {
  return textblocks(doc)
    .map((block) =>
      inlineOf(block)
        .map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? '')))
        .join(''),
    )
    .join('\n');
}

/** Says whether a person's name may not be shown (their consent does not allow it). */
export type HideName = (personId: string) => boolean;

function isHidden(node: NarrativeNode, hideName: HideName | undefined): boolean {
  if (hasMark(node, 'redaction')) {
    return true;
  }
  const personId = hideName === undefined ? undefined : markAttr(node, 'mention', 'personId');
  return typeof personId === 'string' && hideName !== undefined && hideName(personId);
}

function redactedLine(block: NarrativeNode, replacement: string, hideName: HideName | undefined): string {
  let line = '';
  let inRun = false;
  for (const node of inlineOf(block)) {
    if (node.type === 'hardBreak') {
      line += '\n';
      inRun = false;
    } else if (isHidden(node, hideName)) {
      line += inRun ? '' : replacement;
      inRun = true;
    } else {
      line += node.text ?? '';
      inRun = false;
    }
  }
  return line;
}

/**
 * The plain text as it may leave the monitor's hands: every run of words marked "redact when
 * shared" becomes one `replacement`, however many words or formats it spans. With `hideName`, the
 * words that name a person whose consent does not allow the name are replaced the same way (a
 * hidden name next to redacted words is one run).
 */
export function narrativeRedactedText(doc: NarrativeNode, replacement: string = DEFAULT_REDACTION, hideName?: HideName): string {
  return textblocks(doc)
    .map((block) => redactedLine(block, replacement, hideName))
    .join('\n');
}

/** The ids of the people a narrative names, each once, in the order they first appear. */
export function mentionedPersons(doc: NarrativeNode): string[] {
  const persons = new Set<string>();
  for (const block of textblocks(doc)) {
    for (const node of inlineOf(block)) {
      const personId = markAttr(node, 'mention', 'personId');
      if (typeof personId === 'string') {
        persons.add(personId);
      }
    }
  }
  return [...persons];
}
