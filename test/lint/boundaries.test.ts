import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';

// The layering rule is itself tested: each forbidden import fails lint with its explanation, and
// the allowed ones pass.
const root = resolve(__dirname, '../..');

async function lint(filePath: string, code: string): Promise<string[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the shared CommonJS config file
  const { boundaryConfigs } = require(resolve(root, 'eslint.boundaries.cjs')) as { boundaryConfigs: unknown[] };
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser as never } }, ...(boundaryConfigs as never[])],
  });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';", 'Only main/app/'],
    ['shared/x.ts', "import { readFile } from 'node:fs';", 'no Node modules'],
    ['shared/x.ts', "import { createVaultService } from '../main/vault/vaultService';", 'shared/ runs in both processes'],
    ['renderer/x.ts', "import { loadSodium } from '../main/vault/sodium';", 'never imports main/'],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';", 'Only main/app/'],
    ['renderer/x.ts', "import sodium from 'libsodium-wrappers-sumo';", 'does no crypto'],
    ['renderer/features/x.ts', "import Dexie from 'dexie';", 'Only renderer/store/'],
    ['renderer/x.tsx', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: "x" }} />;', 'No raw HTML'],
    ['renderer/x.ts', 'localStorage.setItem("k", "v");', 'plaintext on disk'],
    ['main/vault/x.ts', "import { app } from 'electron';", 'Only main/app/'],
    ['main/preload/x.ts', "import { createVaultService } from '../vault/vaultService';", 'The preload may import only'],
    ['main/preload/x.ts', "import { commands } from '../../shared/ipc/contract';", 'The preload may import only'],
    ['main/vault/x.ts', "import { openDb } from '../../renderer/store/db';", 'main/ does not import the renderer'],
    ['shared/ipc/x.ts', "import { launchApp } from '../../test/e2e/launchApp';", 'shared/ runs in both processes'],
  ])('%s: refuses %s', async (file, code, why) => {
    const messages = await lint(file, code);
    expect(messages.join('\n')).toContain(why);
  });

  it.each([
    ['main/app/x.ts', "import { app } from 'electron';"],
    ['main/preload/x.ts', "import { COMMANDS } from '../../shared/ipc/channels';"],
    ['renderer/store/x.ts', "import Dexie from 'dexie';"],
    ['renderer/x.ts', "import { commands } from '../shared/ipc/contract';"],
    ['renderer/features/notebook/x.tsx', "import { NotebookEntry } from '../../../shared/records/notebookEntry';"],
    ['shared/ipc/x.ts', "import { RecordId } from '../records/recordTables';"],
    ['main/vault/x.ts', "import { readFile } from 'node:fs';"],
  ])('%s: allows %s', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
