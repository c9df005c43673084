module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'strategy-api',
  rootDir: __dirname,
  globalSetup: '../../../tools/jest/postgres-global-setup.mjs',
  globalTeardown: '../../../tools/jest/postgres-global-teardown.mjs',
};
