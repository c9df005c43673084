// The Node projects share jest.preset.cjs; Angular needs jest-preset-angular's transformer
// (templates, styles, partial-Ivy packages) and a DOM, so this app has its own preset.
const fs = require('node:fs');
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');
const { pathsToModuleNameMapper } = require('ts-jest');
const { swcOptions } = require('../../tools/jest/swc-options.cjs');
const { compilerOptions } = require('../../tsconfig.base.json');

// `--outputFile` fails when its folder is missing, as on a fresh checkout.
fs.mkdirSync(path.join(__dirname, '../../tmp/test-results'), { recursive: true });

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

module.exports = {
  ...preset,
  // ECharts and zrender (a thousand ES modules) only need turning into CommonJS: SWC does that in a
  // fraction of the time jest-preset-angular's TypeScript pass took on a fresh checkout (Jest tries
  // transforms in order, so this one comes before the preset's).
  transform: {
    'node_modules/(echarts|zrender|tslib)/.+\\.m?js$': ['@swc/jest', swcOptions('ecmascript')],
    ...preset.transform,
  },
  // The shared tables (permissions, risk score bands) come from libs/shared/domain through the tsconfig paths.
  moduleNameMapper: {
    ...preset.moduleNameMapper,
    ...pathsToModuleNameMapper(compilerOptions.paths, { prefix: `${path.join(__dirname, '..', '..')}/` }),
  },
  // ECharts and its renderer ship ES modules only: transform them like the app's own code.
  transformIgnorePatterns: ['node_modules/(?!(echarts|zrender|tslib)/|.*\\.mjs$|@angular/common/locales/.*\\.js$)'],
  displayName: 'admin',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testTimeout: 30000,
};
