import { cleanAttrs, cleanMarks, NODE_ATTR_RULES } from './narrativeAttrs';
import { entryName, isRecord, NarrativeCleaning, own, type PlainRecord } from './narrativeCleaning';
import { fitNode, type CleanNode, type ContainerType } from './narrativeFit';
import { MAX_NARRATIVE_NODE_DEPTH } from './narrativeLimits';
import { NarrativeRefused } from './narrativeRefused';
import { parseNarrativeJson } from './narrativeScan';
import { narrativeSchema, type NarrativeDoc } from './narrativeSchema';

// Every narrative that is loaded, imported or saved passes through here (security.md R30): the
// editor's output, a stored record, a bundle from elsewhere. Only what the schema knows is
// rebuilt, into new plain objects; everything else is dropped and named in `removed`.

export type ParsedNarrative = {
  readonly doc: NarrativeDoc;
  /** What was dropped, as kinds and names: "node:iframe", "mark:link(javascript:)", "attr:paragraph.onclick". Never text. */
  readonly removed: readonly string[];
};

const CONTAINERS: ReadonlySet<string> = new Set<ContainerType>(['paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'blockquote']);

function cleanChildren(content: unknown, depth: number, cleaning: NarrativeCleaning): CleanNode[] {
  if (content === undefined || content === null) {
    return [];
  }
  if (!Array.isArray(content)) {
    cleaning.remove('content:?');
    return [];
  }
  cleaning.countAhead(content.length);
  const children: CleanNode[] = [];
  for (const item of content as readonly unknown[]) {
    for (const child of cleanNode(item, depth, cleaning)) {
      children.push(child);
    }
  }
  return children;
}

function cleanText(raw: PlainRecord, cleaning: NarrativeCleaning): CleanNode[] {
  const text = own(raw, 'text');
  if (typeof text !== 'string') {
    cleaning.remove('node:text(invalid)');
    return [];
  }
  if (own(raw, 'attrs') !== undefined) {
    cleaning.remove('attrs:text');
  }
  if (text === '') {
    return [];
  }
  cleaning.keepText(text.length);
  return [{ type: 'text', text, marks: cleanMarks(own(raw, 'marks'), cleaning) }];
}

/** An unknown node (or a doc inside a doc): dropped, but its text and its known children are kept. */
function salvage(raw: PlainRecord, type: unknown, depth: number, cleaning: NarrativeCleaning): CleanNode[] {
  cleaning.remove(`node:${entryName(type)}`);
  const text = own(raw, 'text');
  const kept: CleanNode[] = [];
  if (typeof text === 'string' && text !== '') {
    cleaning.keepText(text.length);
    kept.push({ type: 'text', text });
  }
  for (const child of cleanChildren(own(raw, 'content'), depth + 1, cleaning)) {
    kept.push(child);
  }
  return kept;
}

function dropBlockMarks(type: string, marks: unknown, cleaning: NarrativeCleaning): void {
  if (Array.isArray(marks) ? marks.length > 0 : marks !== undefined && marks !== null) {
    cleaning.remove(`marks:${type}`);
  }
}

function cleanHardBreak(raw: PlainRecord, cleaning: NarrativeCleaning): CleanNode[] {
  cleanAttrs('hardBreak', own(raw, 'attrs'), NODE_ATTR_RULES.hardBreak, cleaning);
  if (own(raw, 'content') !== undefined) {
    cleaning.remove('content:hardBreak');
  }
  return [{ type: 'hardBreak', marks: cleanMarks(own(raw, 'marks'), cleaning) }];
}

/** One input node as zero or more clean nodes; depth-bounded, so the recursion is too. */
function cleanNode(raw: unknown, depth: number, cleaning: NarrativeCleaning): CleanNode[] {
  cleaning.count();
  if (depth > MAX_NARRATIVE_NODE_DEPTH) {
    throw new NarrativeRefused('TOO_DEEP');
  }
  if (!isRecord(raw)) {
    cleaning.remove('node:?');
    return [];
  }
  const type = own(raw, 'type');
  if (type === 'text') {
    return cleanText(raw, cleaning);
  }
  if (type === 'hardBreak') {
    return cleanHardBreak(raw, cleaning);
  }
  if (typeof type !== 'string' || !CONTAINERS.has(type)) {
    return salvage(raw, type, depth, cleaning);
  }
  const container = type as ContainerType;
  const attrs = cleanAttrs(container, own(raw, 'attrs'), NODE_ATTR_RULES[container], cleaning);
  dropBlockMarks(container, own(raw, 'marks'), cleaning);
  return fitNode(container, attrs, cleanChildren(own(raw, 'content'), depth + 1, cleaning));
}

function cleanRoot(raw: unknown, cleaning: NarrativeCleaning): CleanNode {
  if (!isRecord(raw)) {
    throw new NarrativeRefused('NOT_NARRATIVE');
  }
  let children: CleanNode[];
  if (own(raw, 'type') === 'doc') {
    cleaning.count();
    cleanAttrs('doc', own(raw, 'attrs'), NODE_ATTR_RULES.doc, cleaning);
    dropBlockMarks('doc', own(raw, 'marks'), cleaning);
    children = cleanChildren(own(raw, 'content'), 1, cleaning);
  } else {
    children = cleanNode(raw, 1, cleaning);
  }
  const [doc] = fitNode('doc', {}, children);
  return doc as CleanNode;
}

/**
 * A narrative from anywhere, as a document of the narrative schema and a list of what was removed
 * on the way. A string is read as JSON text, after a linear scan refuses anything over 2,000,000
 * characters or nested deeper than 64. The walk rebuilds only known nodes, marks and attributes
 * with valid values, bounded in depth (30 nodes), in items (200,000) and in text (1,000,000
 * characters); then ProseMirror builds the node and checks it against the schema.
 *
 * Throws only NarrativeRefused ('TOO_LARGE', 'TOO_DEEP', 'NOT_JSON', 'NOT_NARRATIVE').
 */
export function parseNarrative(input: unknown): ParsedNarrative {
  try {
    const raw = typeof input === 'string' ? parseNarrativeJson(input) : input;
    const cleaning = new NarrativeCleaning();
    const node = narrativeSchema.nodeFromJSON(cleanRoot(raw, cleaning));
    node.check();
    return { doc: node.toJSON() as NarrativeDoc, removed: cleaning.removed };
  } catch (error) {
    // A throwing getter, a proxy, a shape this walk failed to fit: refused, never passed on.
    throw error instanceof NarrativeRefused ? error : new NarrativeRefused('NOT_NARRATIVE');
  }
}
