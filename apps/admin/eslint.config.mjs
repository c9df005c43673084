import angular from 'angular-eslint';

import root from '../../eslint.config.mjs';

// The workspace's rules, plus angular-eslint's recommended component and template rules for the
// admin (its inline templates are linted as templates through the processor).
export default [
  ...root,
  { ignores: ['src/app/generated/**'] },
  ...angular.configs.tsRecommended.map((config) => ({ ...config, files: ['**/*.ts'] })),
  {
    files: ['**/*.ts'],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'gl', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'gl', style: 'camelCase' }],
    },
  },
  ...angular.configs.templateRecommended.map((config) => ({ ...config, files: ['**/*.html'] })),
  ...angular.configs.templateAccessibility.map((config) => ({ ...config, files: ['**/*.html'] })),
];
