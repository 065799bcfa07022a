// The layering rules of the tree (docs/architecture.md), in one place: eslint.config.mjs applies
// them and test/lint/boundaries.test.ts proves that each one fails a wrong import. Built on ESLint's
// own no-restricted-imports (gitignore-style patterns over the import path), so no plugin with a
// native resolver is needed.

const ELECTRON = { name: 'electron', message: 'Only main/app/ and main/preload/ may import electron: services stay plain Node so they run and are tested without it.' };
const NO_CRYPTO = [
  { name: 'libsodium-wrappers-sumo', message: 'The renderer does no crypto and holds no key.' },
  { name: 'libsodium-wrappers', message: 'The renderer does no crypto and holds no key.' },
];
const DEXIE = [
  { name: 'dexie', message: 'Only renderer/store/ touches Dexie (ciphertext rows only).' },
  { name: 'dexie-react-hooks', message: 'Only renderer/store/ touches Dexie.' },
];
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'buffer', 'worker_threads'];

const pattern = (group, message) => ({ group, message });
const SHARED_ONLY_SHARED = pattern(['**/main', '**/main/**', '**/renderer', '**/renderer/**', '**/test/**'], 'shared/ runs in both processes: it may import only shared/.');
const RENDERER_NOT_MAIN = pattern(['**/main', '**/main/**'], 'The renderer never imports main/: it reaches main only through window.bridge and the IPC contract.');
const MAIN_NOT_RENDERER = pattern(['**/renderer', '**/renderer/**'], 'main/ does not import the renderer.');
const PRELOAD_ONLY_CHANNELS = { regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/channels$)', message: 'The preload may import only electron and shared/ipc/channels.' };
const NO_NODE = (where) => pattern(NODE_BUILTINS, `${where}: no Node modules.`);

const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

const boundaryConfigs = [
  { files: ['shared/**/*.ts'], rules: restrict([ELECTRON, { name: 'react', message: 'shared/ has no UI.' }, ...DEXIE], [SHARED_ONLY_SHARED, NO_NODE('shared/ runs in the renderer too')]) },
  { files: ['main/**/*.ts'], ignores: ['main/app/**', 'main/preload/**'], rules: restrict([ELECTRON], [MAIN_NOT_RENDERER]) },
  { files: ['main/app/**/*.ts'], rules: restrict([], [MAIN_NOT_RENDERER]) },
  { files: ['main/preload/**/*.ts'], rules: restrict([], [PRELOAD_ONLY_CHANNELS, NO_NODE('The sandboxed preload')]) },
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/store/**'], rules: restrict([ELECTRON, ...NO_CRYPTO, ...DEXIE], [RENDERER_NOT_MAIN, NO_NODE('The renderer is a sandboxed web page')]) },
  { files: ['renderer/store/**/*.{ts,tsx}'], rules: restrict([ELECTRON, ...NO_CRYPTO], [RENDERER_NOT_MAIN, NO_NODE('The renderer is a sandboxed web page')]) },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'localStorage', message: 'localStorage is plaintext on disk.' },
        { name: 'sessionStorage', message: 'sessionStorage can reach disk in plaintext.' },
        { name: 'require', message: 'The renderer has no require.' },
        { name: 'process', message: 'The renderer has no process.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the renderer: it is how rich text becomes code execution.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'No innerHTML: render through React.' },
      ],
    },
  },
];

module.exports = { boundaryConfigs };
