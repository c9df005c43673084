module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'gateway-domain',
  rootDir: __dirname,
};
