// The limits every narrative is held to, wherever it comes from (the editor, a record, a bundle).
// A narrative the editor can make stays far inside them: 1,000,000 characters is some 500 pages
// of testimony, and lists nested 14 deep are still under the depth limit.

/** Characters of JSON text; anything longer is refused before it is parsed. */
export const MAX_NARRATIVE_JSON_CHARS = 2_000_000;
/** Nesting of JSON arrays and objects, counted by a linear scan before parsing. */
export const MAX_NARRATIVE_JSON_DEPTH = 64;
/**
 * Nesting of nodes (the doc is depth 0). A node at depth d sits at JSON depth 2d + 1 and its marks'
 * attributes at 2d + 4, so a narrative within this limit always fits in MAX_NARRATIVE_JSON_DEPTH.
 */
export const MAX_NARRATIVE_NODE_DEPTH = (MAX_NARRATIVE_JSON_DEPTH - 4) / 2;
/** Nodes, marks and attributes looked at, together. */
export const MAX_NARRATIVE_ITEMS = 200_000;
/** Characters of text in all text nodes together. */
export const MAX_NARRATIVE_TEXT_CHARS = 1_000_000;
/** Distinct entries kept in the list of removed things. */
export const MAX_REMOVED_ENTRIES = 100;
