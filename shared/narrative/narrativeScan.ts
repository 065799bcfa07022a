import { MAX_NARRATIVE_JSON_CHARS, MAX_NARRATIVE_JSON_DEPTH } from './narrativeLimits';
import { NarrativeRefused } from './narrativeRefused';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Refuses JSON text that is too long or nested too deep, before JSON.parse sees it: one pass over
 * the characters, counting brackets outside strings, no recursion. Then parses it.
 */
export function parseNarrativeJson(text: string): unknown {
  if (text.length > MAX_NARRATIVE_JSON_CHARS) {
    throw new NarrativeRefused('TOO_LARGE');
  }
  if (jsonDepth(text) > MAX_NARRATIVE_JSON_DEPTH) {
    throw new NarrativeRefused('TOO_DEEP');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NarrativeRefused('NOT_JSON');
  }
}

/** The deepest nesting of arrays and objects in JSON text, or MAX + 1 as soon as it is exceeded. */
function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      index += code === BACKSLASH ? 1 : 0;
      inString = code !== QUOTE;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      deepest = Math.max(deepest, depth);
      if (deepest > MAX_NARRATIVE_JSON_DEPTH) {
        return deepest;
      }
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}
