// Builds what `electron .` runs: the renderer with Vite, main and preload with esbuild, into out/.
// No Electron binary is needed to build.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../out', import.meta.url), { recursive: true, force: true });

await viteBuild({ configFile: `${root}/renderer/vite.config.mts`, logLevel: 'warn' });

// The fonts' package is only looked up when running from source; the app reads out/fonts.
const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning', external: ['electron', '@fontsource/noto-sans/package.json'] };
await esbuild({
  ...common,
  entryPoints: { main: `${root}/main/app/main.ts` },
  outdir: `${root}/out/main`,
  format: 'cjs',
  // Electron's own Node is newer than the Node 20 the tests run on; target what both understand.
  target: 'node20',
});
// A sandboxed preload can only require electron's renderer modules: one CommonJS file.
await esbuild({
  ...common,
  platform: 'browser',
  entryPoints: { preload: `${root}/main/preload/preload.ts` },
  outdir: `${root}/out/preload`,
  format: 'cjs',
  target: 'chrome130',
});

// The summary fonts (main/summaries/summaryFonts.ts) ship beside main: out/fonts.
const fontsFrom = `${dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json'))}/files`;
mkdirSync(`${root}/out/fonts`, { recursive: true });
for (const subset of ['cyrillic-ext', 'cyrillic', 'latin-ext', 'latin']) {
  for (const weight of [400, 700]) {
    cpSync(`${fontsFrom}/noto-sans-${subset}-${weight}-normal.woff2`, `${root}/out/fonts/noto-sans-${subset}-${weight}-normal.woff2`);
  }
}
