import { hrefKind, safeHttpsUrl } from './narrativeHref';
import { entryName, isRecord, own, type NarrativeCleaning } from './narrativeCleaning';
import { isHeadingLevel, isListStart, isOrderedListType, isPersonId, type NarrativeAttrValue, type NarrativeMark, type NarrativeMarkType, type NarrativeNodeType } from './narrativeSchema';

/** Returns the value to keep (possibly in canonical form), or undefined to drop it. */
type AttrRule = (value: unknown) => NarrativeAttrValue | undefined;
type AttrRules = Readonly<Record<string, AttrRule>>;
export type NarrativeAttrs = Record<string, NarrativeAttrValue>;

const keepIf =
  (test: (value: unknown) => boolean): AttrRule =>
  (value) =>
    test(value) ? (value as NarrativeAttrValue) : undefined;

export const NODE_ATTR_RULES: Readonly<Record<Exclude<NarrativeNodeType, 'text'>, AttrRules>> = {
  doc: {},
  paragraph: {},
  heading: { level: keepIf(isHeadingLevel) },
  bulletList: {},
  orderedList: { start: keepIf(isListStart), type: keepIf(isOrderedListType) },
  listItem: {},
  blockquote: {},
  hardBreak: {},
};

type MarkRule = {
  readonly attrs: AttrRules;
  /** The attribute without which the mark means nothing, and how to name a refused value. */
  readonly required?: { readonly name: string; readonly kind: (value: unknown) => string };
};

const MARK_RULES: Readonly<Record<NarrativeMarkType, MarkRule>> = {
  bold: { attrs: {} },
  italic: { attrs: {} },
  redaction: { attrs: {} },
  link: { attrs: { href: (value) => safeHttpsUrl(value) ?? undefined }, required: { name: 'href', kind: hrefKind } },
  mention: { attrs: { personId: keepIf(isPersonId) }, required: { name: 'personId', kind: () => 'personId' } },
};

function ruleOf<T>(rules: Readonly<Record<string, T>>, name: unknown): T | undefined {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(rules, name) ? rules[name] : undefined;
}

/** The known attributes of a node or mark, with valid values; the others are listed as removed. */
export function cleanAttrs(owner: string, raw: unknown, rules: AttrRules, cleaning: NarrativeCleaning): NarrativeAttrs {
  const attrs: NarrativeAttrs = {};
  if (raw === undefined || raw === null) {
    return attrs;
  }
  if (!isRecord(raw)) {
    cleaning.remove(`attrs:${owner}`);
    return attrs;
  }
  for (const key in raw) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) {
      continue;
    }
    cleaning.count();
    const value = ruleOf(rules, key)?.(raw[key]);
    if (value === undefined) {
      cleaning.remove(`attr:${owner}.${entryName(key)}`);
    } else {
      attrs[key] = value;
    }
  }
  return attrs;
}

function cleanMark(raw: unknown, cleaning: NarrativeCleaning): NarrativeMark | null {
  if (!isRecord(raw)) {
    cleaning.remove('mark:?');
    return null;
  }
  const type = own(raw, 'type');
  const rule = ruleOf(MARK_RULES, type);
  if (rule === undefined || typeof type !== 'string') {
    cleaning.remove(`mark:${entryName(type)}`);
    return null;
  }
  const rawAttrs = own(raw, 'attrs');
  if (rule.required !== undefined) {
    const value = isRecord(rawAttrs) ? own(rawAttrs, rule.required.name) : undefined;
    if (rule.attrs[rule.required.name]?.(value) === undefined) {
      cleaning.remove(`mark:${type}(${rule.required.kind(value)})`);
      return null;
    }
  }
  const attrs = cleanAttrs(type, rawAttrs, rule.attrs, cleaning);
  return Object.keys(attrs).length === 0 ? { type } : { type, attrs };
}

/** The known marks of a text (or hard break), each type once; the others are listed as removed. */
export function cleanMarks(raw: unknown, cleaning: NarrativeCleaning): NarrativeMark[] {
  if (raw === undefined || raw === null) {
    return [];
  }
  if (!Array.isArray(raw)) {
    cleaning.remove('marks:?');
    return [];
  }
  cleaning.countAhead(raw.length);
  const kept: NarrativeMark[] = [];
  for (const item of raw as readonly unknown[]) {
    cleaning.count();
    const mark = cleanMark(item, cleaning);
    if (mark !== null && kept.some((other) => other.type === mark.type)) {
      cleaning.remove(`mark:${mark.type}(duplicate)`);
    } else if (mark !== null) {
      kept.push(mark);
    }
  }
  return kept;
}
