import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Noto Sans (SIL Open Font License; npm @fontsource/noto-sans, docs/dependencies.md), regular and
// bold, as @font-face rules with the font bytes inline: a saved HTML summary and the page printed
// to PDF show every Kazakh and Russian letter (ә ғ қ ң ө ұ ү һ і) on any machine, with no font
// fetched from anywhere. The ranges are the ones the package itself declares for each subset.

const SUBSETS = [
  { name: 'cyrillic-ext', range: 'U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F' },
  { name: 'cyrillic', range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { name: 'latin-ext', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { name: 'latin', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
] as const;
const WEIGHTS = [400, 700] as const;

export const FONT_FILES = SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => `noto-sans-${subset.name}-${weight}-normal.woff2`));

/** Where the font files are when running from source (tests, `npm start` before packaging). */
export function packageFontsDir(): string {
  return join(require.resolve('@fontsource/noto-sans/package.json'), '..', 'files');
}

export async function fontFaceCss(fontsDir: string): Promise<string> {
  const rules = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => {
        const bytes = await readFile(join(fontsDir, `noto-sans-${subset.name}-${weight}-normal.woff2`));
        return `@font-face{font-family:"Noto Sans";font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${bytes.toString('base64')}) format("woff2");unicode-range:${subset.range}}`;
      }),
    ),
  );
  return rules.join('');
}
