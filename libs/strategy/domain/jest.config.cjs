module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'strategy-domain',
  rootDir: __dirname,
};
