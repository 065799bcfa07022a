// Two projects: `unit` (shared/, main/, renderer store; plain Node, no Electron, no browser) and
// `e2e` (the built renderer in Debian's Chromium, wired to the real main services). `npm test` runs both.
const base = {
  rootDir: __dirname,
  transform: { '^.+\\.(t|j)sx?$': 'babel-jest', '^.+\\.mjs$': 'babel-jest' },
  // ESM-only packages that must be transformed for Jest's CommonJS runtime.
  transformIgnorePatterns: ['/node_modules/(?!(@noble|@scure|canonicalize|d3-[a-z-]+|internmap)/)'],
  moduleNameMapper: { '^electron$': '<rootDir>/test/fakes/electronForbidden.ts' },
  testEnvironment: 'node',
};
module.exports = {
  maxWorkers: 2,
  // One temporary root per run, removed at the end (test/helpers/runTempRoot.ts).
  globalSetup: '<rootDir>/test/jest/globalSetup.ts',
  globalTeardown: '<rootDir>/test/jest/globalTeardown.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'], testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'] },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.test.ts'], setupFilesAfterEnv: ['<rootDir>/test/e2e/setupTimeout.ts'] },
  ],
};
