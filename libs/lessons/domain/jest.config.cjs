module.exports = {
  ...require('../../../jest.preset.cjs'),
  displayName: 'lessons-domain',
  rootDir: __dirname,
};
