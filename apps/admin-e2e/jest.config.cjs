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
};
