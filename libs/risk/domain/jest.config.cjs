module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'risk-domain',
  rootDir: __dirname,
};
