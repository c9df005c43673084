module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'ledger-tools',
  rootDir: __dirname,
  // The generator's templates are not tests, even the *.decider.spec.ts.template ones.
  testPathIgnorePatterns: ['/node_modules/', '/files/'],
};
