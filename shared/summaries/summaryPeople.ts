import type { FieldValues } from '../definitions/fieldValues';
import type { Locale } from '../settings/settings';
import { vocabularyById } from '../vocab/vocabularyRegistry';
import type { SummaryLevel } from './summaryLevel';
import { summaryText } from './summaryText';

// People in a summary: by pseudonym (and alias, internally); by name only in an external draft,
// and only when the person's consent names that use and was not withdrawn (V-40). Consent is read
// from the person record itself, so the rule follows the person into every record.

export type SummaryPerson = { readonly pseudonym: string; readonly values: FieldValues };
export type SummaryIdentity = { readonly values: FieldValues };

export const NAME_SCOPE = 'NAME_IN_UN_SUBMISSION';
export const REPORT_SCOPES = ['USE_ANONYMISED_IN_REPORTS', 'NAME_IN_UN_SUBMISSION', 'NAME_IN_PUBLIC_REPORT'] as const;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The scopes a person granted and did not withdraw. */
export function grantedScopes(person: SummaryPerson): string[] {
  const withdrawn = new Set(strings(person.values['withdrawnScopes']));
  return strings(person.values['consentScopes']).filter((scope) => !withdrawn.has(scope));
}

export type PeopleContext = {
  readonly locale: Locale;
  readonly level: SummaryLevel;
  readonly persons: ReadonlyMap<string, SummaryPerson>;
  readonly identities: ReadonlyMap<string, SummaryIdentity>;
};

/** The name this summary may print for a person, if any. */
function allowedName(context: PeopleContext, id: string, person: SummaryPerson): string | null {
  if (context.level !== 'external' || !grantedScopes(person).includes(NAME_SCOPE)) {
    return null;
  }
  const name = context.identities.get(id)?.values['legalName'];
  return typeof name === 'string' && name.trim() !== '' ? name : null;
}

/** A person as this summary may name them. */
export function personLabel(context: PeopleContext, id: string): string {
  const person = context.persons.get(id);
  if (person === undefined) {
    return summaryText(context.locale, 'unknownPerson');
  }
  const name = allowedName(context, id, person);
  if (name !== null) {
    return summaryText(context.locale, 'personNamed', { name, pseudonym: person.pseudonym });
  }
  const alias = person.values['alias'];
  return context.level === 'internal' && typeof alias === 'string' && alias !== '' ? summaryText(context.locale, 'personWithAlias', { pseudonym: person.pseudonym, alias }) : summaryText(context.locale, 'personLine', { pseudonym: person.pseudonym });
}

/** Whether a narrative may keep the words that mention this person (only a name this summary may print). */
export function nameMayShow(context: PeopleContext, id: string): boolean {
  const person = context.persons.get(id);
  return person !== undefined && allowedName(context, id, person) !== null;
}

/** "Use in reports without identifying the person; …", or that no consent is recorded. */
export function consentText(context: PeopleContext, id: string): string {
  const person = context.persons.get(id);
  const scopes = person === undefined ? [] : grantedScopes(person);
  const vocabulary = vocabularyById('aigaq.consentScope');
  return scopes.length === 0 ? summaryText(context.locale, 'noConsent') : scopes.map((scope) => vocabulary?.label(scope, context.locale) ?? scope).join('; ');
}

/** True when a person's consent allows no use of their case in reports at all. */
export function lacksReportConsent(context: PeopleContext, id: string): boolean {
  const person = context.persons.get(id);
  return person !== undefined && !grantedScopes(person).some((scope) => (REPORT_SCOPES as readonly string[]).includes(scope));
}
