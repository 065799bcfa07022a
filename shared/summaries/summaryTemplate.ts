import { z } from 'zod';
import type { RecordType } from '../definitions/registry';
import { Locale } from '../settings/settings';

// What a coordinator can adjust in a summary, per record type: which parts appear and in what
// order, which form sections are left out, and the one-paragraph summary's sentence in each
// language. The sentence has placeholders filled from fixed fields of the record (below), each
// value filtered by the level like every other: a template can reorder and reword, never reveal.

export const SUMMARY_PARTS = ['header', 'urgency', 'summary', 'people', 'sections', 'evidence', 'gaps'] as const;
export const PARAGRAPH_PLACEHOLDERS = ['type', 'reference', 'subject', 'when', 'where', 'authority', 'methods', 'status'] as const;
export type ParagraphPlaceholder = (typeof PARAGRAPH_PLACEHOLDERS)[number];

const knownPlaceholders = (sentence: string) => [...sentence.matchAll(/\{\{(\w+)\}\}/g)].every((match) => (PARAGRAPH_PLACEHOLDERS as readonly string[]).includes(match[1] ?? ''));

export const SummaryTemplate = z.strictObject({
  parts: z.array(z.enum(SUMMARY_PARTS)).min(1).max(SUMMARY_PARTS.length),
  /** Keys of form sections not printed (e.g. "followUp" in a text for a UN body). */
  omitSections: z.array(z.string().max(100)).max(50),
  paragraph: z.record(Locale, z.string().max(2000).refine(knownPlaceholders, 'unknown placeholder')),
});
export type SummaryTemplate = z.infer<typeof SummaryTemplate>;

/** Where each placeholder's value comes from: field keys, or `group.field` for a value in every row. */
export const PARAGRAPH_FIELDS: Record<RecordType, Record<Exclude<ParagraphPlaceholder, 'type' | 'reference'>, readonly string[]>> = {
  TORTURE_ALLEGATION: { subject: ['victim'], when: ['initialDate', 'finalDate'], where: ['placeTypes', 'region', 'settlement'], authority: ['detainingAuthority', 'perpetrators.agency'], methods: ['methods.methodCode'], status: ['violationStatus'] },
  DETENTION_VISIT: { subject: ['facilityName', 'facilityType'], when: ['initialDate', 'finalDate'], where: ['region', 'settlement'], authority: ['governingAuthority'], methods: [], status: ['violationStatus'] },
  PROTEST_DETENTION: { subject: ['detainedPersons.detainee'], when: ['initialDate', 'finalDate'], where: ['region', 'settlement'], authority: ['detainedPersons.apprehendingAgency', 'perpetrators.agency'], methods: [], status: ['violationStatus'] },
};

const ALLEGATION = {
  en: '{{type}} ({{reference}}). Concerning {{subject}}. When: {{when}}. Where: {{where}}. Authority: {{authority}}. Methods alleged: {{methods}}. Violation status: {{status}}.',
  ru: '{{type}} ({{reference}}). Касается: {{subject}}. Когда: {{when}}. Где: {{where}}. Орган: {{authority}}. Заявленные методы: {{methods}}. Статус нарушения: {{status}}.',
  kk: '{{type}} ({{reference}}). Кімге қатысты: {{subject}}. Қашан: {{when}}. Қайда: {{where}}. Орган: {{authority}}. Айтылған әдістер: {{methods}}. Бұзушылық мәртебесі: {{status}}.',
};
const VISIT = {
  en: '{{type}} ({{reference}}): {{subject}}. When: {{when}}. Where: {{where}}. Governing authority: {{authority}}. Violation status: {{status}}.',
  ru: '{{type}} ({{reference}}): {{subject}}. Когда: {{when}}. Где: {{where}}. Ведомственная принадлежность: {{authority}}. Статус нарушения: {{status}}.',
  kk: '{{type}} ({{reference}}): {{subject}}. Қашан: {{when}}. Қайда: {{where}}. Ведомстволық тиесілігі: {{authority}}. Бұзушылық мәртебесі: {{status}}.',
};
const DETENTION = {
  en: '{{type}} ({{reference}}). Concerning {{subject}}. When: {{when}}. Where: {{where}}. Authority: {{authority}}. Violation status: {{status}}.',
  ru: '{{type}} ({{reference}}). Касается: {{subject}}. Когда: {{when}}. Где: {{where}}. Орган: {{authority}}. Статус нарушения: {{status}}.',
  kk: '{{type}} ({{reference}}). Кімге қатысты: {{subject}}. Қашан: {{when}}. Қайда: {{where}}. Орган: {{authority}}. Бұзушылық мәртебесі: {{status}}.',
};

export const DEFAULT_TEMPLATES: Record<RecordType, SummaryTemplate> = {
  TORTURE_ALLEGATION: { parts: [...SUMMARY_PARTS], omitSections: [], paragraph: ALLEGATION },
  DETENTION_VISIT: { parts: [...SUMMARY_PARTS], omitSections: [], paragraph: VISIT },
  PROTEST_DETENTION: { parts: [...SUMMARY_PARTS], omitSections: [], paragraph: DETENTION },
};
