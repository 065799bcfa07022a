import type { Gap } from '../../../shared/definitions/requirements';

// Every input of a definition form has an id derived from its place in the form, so that a gap
// (shared/definitions/requirements.ts) can be turned into the element to focus, here and in the
// parent. Keys are lowerCamelCase, so the ids are plain and stable across renders and languages.

export type FieldPlace = Pick<Gap, 'sectionKey' | 'fieldKey' | 'group'>;

/** `field-<section>-<field>`, or `field-<section>-<group>-<row>-<field>` inside a group's row. */
export function fieldDomId(place: FieldPlace): string {
  const { sectionKey, fieldKey, group } = place;
  return group === undefined ? `field-${sectionKey}-${fieldKey}` : `field-${sectionKey}-${group.key}-${group.row}-${fieldKey}`;
}
