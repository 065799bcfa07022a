import type { Labels } from '../vocab/vocabulary';

/** Labels in the order the definitions are written: English, Russian, Kazakh. */
export function l(en: string, ru: string, kk: string): Labels {
  return { en, ru, kk };
}
