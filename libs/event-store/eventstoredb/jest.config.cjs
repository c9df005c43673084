module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'event-store-eventstoredb',
  rootDir: __dirname,
};
