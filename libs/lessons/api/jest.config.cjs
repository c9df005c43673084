module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'lessons-api',
  rootDir: __dirname,
  globalSetup: '../../../tools/jest/postgres-global-setup.mjs',
  globalTeardown: '../../../tools/jest/postgres-global-teardown.mjs',
};
