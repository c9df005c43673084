// The Node projects share jest.preset.cjs; Angular needs jest-preset-angular's transformer
// (templates, styles, partial-Ivy packages) and a DOM, so this app has its own preset.
const { createCjsPreset } = require('jest-preset-angular/presets');

module.exports = {
  ...createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' }),
  displayName: 'admin',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 30000,
};
