module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'workforce-domain',
  rootDir: __dirname,
};
