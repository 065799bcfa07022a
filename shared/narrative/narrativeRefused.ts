// A narrative that cannot be read at all is refused with one of these reasons; anything smaller
// (an unknown node, a javascript: link) is removed and listed instead (sanitizeNarrative).

export const NARRATIVE_REFUSALS = [
  /** Over the size, node-count or text limits (narrativeLimits.ts). */
  'TOO_LARGE',
  /** Nested deeper than any narrative the editor makes. */
  'TOO_DEEP',
  /** A string that is not JSON. */
  'NOT_JSON',
  /** JSON, but not a narrative: not an object at its root, or unreadable. */
  'NOT_NARRATIVE',
] as const;
export type NarrativeRefusal = (typeof NARRATIVE_REFUSALS)[number];

export class NarrativeRefused extends Error {
  readonly reason: NarrativeRefusal;

  constructor(reason: NarrativeRefusal) {
    super(`narrative refused: ${reason}`);
    this.name = 'NarrativeRefused';
    this.reason = reason;
  }
}

export function isNarrativeRefused(value: unknown): value is NarrativeRefused {
  return value instanceof NarrativeRefused;
}
