import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/definitions/requirements';
import { LOCALES, type Locale } from '../../../shared/settings/settings';
import type { Labels } from '../../../shared/vocab/vocabulary';
import type { PeopleDirectory } from './peopleDirectory';

// What every input of a definition form may need beyond its own value: the people it can point at,
// which inputs are listed as gaps, and at which stage. Provided once by DefinitionForm.

/** The form library's view of the values: any key, any shape (shapes are checked by the definition's schema). */
export type FormShape = Record<string, unknown>;

export type FormEnv = {
  readonly people: PeopleDirectory;
  /** fieldDomId of every field listed in the gaps. */
  readonly gapIds: ReadonlySet<string>;
  readonly stage: Stage;
};

const NOBODY: PeopleDirectory = { options: [], create: () => Promise.resolve(null) };

export const FormEnvContext = createContext<FormEnv>({ people: NOBODY, gapIds: new Set(), stage: 'final' });

export function useFormEnv(): FormEnv {
  return useContext(FormEnvContext);
}

/** The interface language, as a locale the definitions and vocabularies are labelled in. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/** A definition's label in the interface language, English when a translation is missing. */
export function labelIn(labels: Labels, locale: Locale): string {
  return labels[locale] || labels.en;
}
