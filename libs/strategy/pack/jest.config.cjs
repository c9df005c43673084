module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'strategy-pack',
  rootDir: __dirname,
};
