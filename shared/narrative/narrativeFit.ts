import type { NarrativeAttrs } from './narrativeAttrs';
import type { NarrativeMark, NarrativeNodeType } from './narrativeSchema';

// Puts cleaned nodes where the schema allows them, keeping every piece of text: loose text in a
// container becomes a paragraph, blocks inside a paragraph become lines of it, a stray list item
// gives up its blocks, a list item that does not start with a paragraph gets an empty one. So a
// hostile or foreign document never fails the schema check for its shape alone, and no words of
// a testimony are lost to a structural mistake.

export type CleanNode = {
  readonly type: NarrativeNodeType;
  readonly attrs?: NarrativeAttrs;
  readonly content?: readonly CleanNode[];
  readonly marks?: readonly NarrativeMark[];
  readonly text?: string;
};

export type ContainerType = Exclude<NarrativeNodeType, 'text' | 'hardBreak'>;

const isInline = (node: CleanNode): boolean => node.type === 'text' || node.type === 'hardBreak';
const isTextblock = (node: CleanNode): boolean => node.type === 'paragraph' || node.type === 'heading';
const paragraph = (content: readonly CleanNode[]): CleanNode => ({ type: 'paragraph', content });

/** Block content: runs of inline nodes wrapped in paragraphs, list items outside a list unwrapped. */
function toBlocks(children: readonly CleanNode[]): CleanNode[] {
  const blocks: CleanNode[] = [];
  let pending: CleanNode[] = [];
  const flush = () => {
    if (pending.length > 0) {
      blocks.push(paragraph(pending));
      pending = [];
    }
  };
  for (const child of children) {
    if (isInline(child)) {
      pending.push(child);
      continue;
    }
    flush();
    for (const block of child.type === 'listItem' ? (child.content ?? []) : [child]) {
      blocks.push(block);
    }
  }
  flush();
  return blocks;
}

/** The inline content of every textblock inside a block, in order, one line each (no recursion). */
function linesOf(block: CleanNode): (readonly CleanNode[])[] {
  const lines: (readonly CleanNode[])[] = [];
  const stack: CleanNode[] = [block];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isTextblock(node)) {
      lines.push(node.content ?? []);
    } else {
      const children = node.content ?? [];
      for (let index = children.length - 1; index >= 0; index -= 1) {
        stack.push(children[index] as CleanNode);
      }
    }
  }
  return lines;
}

/** Inline content: blocks found inside a paragraph or heading become lines separated by hard breaks. */
function toInline(children: readonly CleanNode[]): CleanNode[] {
  const inline: CleanNode[] = [];
  for (const child of children) {
    if (isInline(child)) {
      inline.push(child);
      continue;
    }
    for (const line of linesOf(child)) {
      if (inline.length > 0) {
        inline.push({ type: 'hardBreak' });
      }
      for (const node of line) {
        inline.push(node);
      }
    }
  }
  return inline;
}

/** A list item's content: a paragraph first, then blocks. */
function itemBlocks(children: readonly CleanNode[]): CleanNode[] {
  const blocks = toBlocks(children);
  return blocks[0]?.type === 'paragraph' ? blocks : [paragraph([]), ...blocks];
}

/** A list's content: list items; anything else between them is wrapped in an item of its own. */
function toItems(children: readonly CleanNode[]): CleanNode[] {
  const items: CleanNode[] = [];
  let pending: CleanNode[] = [];
  const flush = () => {
    if (pending.length > 0) {
      items.push({ type: 'listItem', content: itemBlocks(pending) });
      pending = [];
    }
  };
  for (const child of children) {
    if (child.type === 'listItem') {
      flush();
      items.push(child);
    } else {
      pending.push(child);
    }
  }
  flush();
  return items;
}

/** A container rebuilt with content its type allows; none at all for a list or quote left empty. */
export function fitNode(type: ContainerType, attrs: NarrativeAttrs, children: readonly CleanNode[]): CleanNode[] {
  switch (type) {
    case 'paragraph':
    case 'heading':
      return [{ type, attrs, content: toInline(children) }];
    case 'listItem':
      return [{ type, attrs, content: itemBlocks(children) }];
    case 'bulletList':
    case 'orderedList': {
      const items = toItems(children);
      return items.length === 0 ? [] : [{ type, attrs, content: items }];
    }
    case 'blockquote': {
      const blocks = toBlocks(children);
      return blocks.length === 0 ? [] : [{ type, attrs, content: blocks }];
    }
    case 'doc': {
      const blocks = toBlocks(children);
      return [{ type, attrs, content: blocks.length === 0 ? [paragraph([])] : blocks }];
    }
  }
}
