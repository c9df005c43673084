// Shared Jest settings for the Node projects. SWC transpiles only: types are checked once per project
// by its `typecheck` target. SWC rather than ts-jest's transpileModule: on a fresh checkout (as in CI,
// where Jest's transform cache is empty) TypeScript spent 7.5 s of CPU per Jest worker transpiling the
// API's module graph before its first test ran; SWC does the same in well under a second.
const path = require('node:path');
const { mkdirSync } = require('node:fs');
const { pathsToModuleNameMapper } = require('ts-jest');
const { swcOptions } = require('./tools/jest/swc-options.cjs');
const { compilerOptions } = require('./tsconfig.base.json');

// Every test target writes its Jest JSON report here for tools/test-summary.mjs.
mkdirSync(path.join(__dirname, 'tmp', 'test-results'), { recursive: true });

const ESM_ONLY_PACKAGES = '(openid-client|oauth4webapi|jose)';

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['@swc/jest', swcOptions('typescript')],
    // openid-client and its two dependencies ship only as ES modules; Jest's CommonJS runtime needs
    // them transpiled (Node itself loads them with require(esm), so the built API does not).
    [`node_modules/${ESM_ONLY_PACKAGES}/.+\\.js$`]: ['@swc/jest', swcOptions('ecmascript')],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY_PACKAGES}/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${__dirname}/` }),
  testMatch: ['**/*.spec.ts'],
  // No spec file straddles UK midnight: one started just before it waits for the new day.
  setupFiles: [path.join(__dirname, 'tools/jest/clear-of-uk-midnight.ts')],
  // A fail-safe against hangs, not a speed check (benchmarks measure speed): suites start a real
  // ledger and sign in with argon2id, which on a loaded 2-core CI runner took over 30 s in one hook.
  testTimeout: 120000,
};
