module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'cli',
  rootDir: __dirname,
  // Each test runs the built CLI as real processes (several seconds apiece on a loaded 2-core machine).
  testTimeout: 180000,
  globalSetup: require('node:path').join(__dirname, '../../tools/jest/postgres-global-setup.mjs'),
  globalTeardown: require('node:path').join(__dirname, '../../tools/jest/postgres-global-teardown.mjs'),
};
