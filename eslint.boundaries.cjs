// The layering rules of the tree (docs/architecture.md), in one place: eslint.config.mjs applies
// them and test/lint/boundaries.test.ts proves that each one fails a wrong import.
const importX = require('eslint-plugin-import-x');

const RENDERER_NO_CRYPTO = [
  { name: 'libsodium-wrappers-sumo', message: 'The renderer does no crypto and holds no key.' },
  { name: 'libsodium-wrappers', message: 'The renderer does no crypto and holds no key.' },
];

const ELECTRON_ONLY_IN_APP = {
  name: 'electron',
  message: 'Only main/app/ and main/preload/ may import electron: services stay plain Node so they run and are tested without it.',
};
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'stream', 'buffer', 'worker_threads'];

const boundaryConfigs = [
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './shared', from: ['./main', './renderer', './test'], message: 'shared/ runs in both processes: it may import only shared/.' },
          { target: './renderer', from: './main', message: 'The renderer never imports main/: it reaches main only through window.bridge and the IPC contract.' },
          { target: './main', from: './renderer', message: 'main/ does not import the renderer.' },
          { target: './main/preload', from: './main', except: ['./preload'], message: 'The preload may import only electron and shared/ipc/channels.' },
          { target: './main/preload', from: './shared', except: ['./ipc/channels.ts'], message: 'The preload may import only electron and shared/ipc/channels.' },
        ],
      }],
    },
  },
  {
    files: ['main/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['main/app/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [ELECTRON_ONLY_IN_APP] }] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [ELECTRON_ONLY_IN_APP, { name: 'react', message: 'shared/ has no UI.' }, { name: 'dexie', message: 'shared/ has no storage.' }],
        patterns: [{ group: NODE_BUILTINS, message: 'shared/ runs in the renderer too: no Node modules.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [ELECTRON_ONLY_IN_APP, ...RENDERER_NO_CRYPTO],
        patterns: [{ group: NODE_BUILTINS, message: 'The renderer is a sandboxed web page: no Node modules.' }],
      }],
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
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [ELECTRON_ONLY_IN_APP, ...RENDERER_NO_CRYPTO, { name: 'dexie', message: 'Only renderer/store/ touches Dexie (ciphertext rows only).' }, { name: 'dexie-react-hooks', message: 'Only renderer/store/ touches Dexie.' }],
        patterns: [{ group: NODE_BUILTINS, message: 'The renderer is a sandboxed web page: no Node modules.' }],
      }],
    },
  },
];
module.exports = { boundaryConfigs };
