module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'cli',
  rootDir: __dirname,
  globalSetup: require('node:path').join(__dirname, '../../tools/jest/postgres-global-setup.mjs'),
  globalTeardown: require('node:path').join(__dirname, '../../tools/jest/postgres-global-teardown.mjs'),
};
