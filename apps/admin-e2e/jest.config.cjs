const fs = require('node:fs');
const path = require('node:path');

// `--outputFile` fails when its folder is missing, as on a fresh checkout.
fs.mkdirSync(path.join(__dirname, '../../tmp/test-results'), { recursive: true });

module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'admin-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.spec.ts'],
  // Starting the API and Chromium takes seconds, not milliseconds.
  testTimeout: 120000,
  // The demo data is loaded once per run (by the built product) and each journey that wants it
  // starts from a copy (src/support/product.ts), kept in a folder for the run.
  globalSetup: path.join(__dirname, 'src/support/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'src/support/global-teardown.ts'),
};
