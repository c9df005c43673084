module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'cli',
  rootDir: __dirname,
  // Each test runs the built CLI as real processes (several seconds apiece on a loaded 2-core machine).
  testTimeout: 180000,
  // The test PostgreSQL, and a folder for the run where the demo store is prepared once (jest.global-setup.mjs).
  globalSetup: require('node:path').join(__dirname, 'jest.global-setup.mjs'),
  globalTeardown: require('node:path').join(__dirname, 'jest.global-teardown.mjs'),
};
