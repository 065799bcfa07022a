// Builds what `electron .` runs: the renderer with Vite, main and preload with esbuild, into out/.
// No Electron binary is needed to build.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../out', import.meta.url), { recursive: true, force: true });

await viteBuild({ configFile: `${root}/renderer/vite.config.mts`, logLevel: 'warn' });

const common = { bundle: true, platform: 'node', sourcemap: true, logLevel: 'warning', external: ['electron'] };
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
