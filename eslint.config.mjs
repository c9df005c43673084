import nx from '@nx/eslint-plugin';

// Module boundaries on two axes (see docs/adr/0004-module-boundaries.md):
// type: what a library is allowed to build on; scope: which context it belongs to.
const typeRules = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:composition', 'type:adapter', 'type:es-core', 'type:shared', 'type:domain', 'type:runtime', 'type:demo'] },
  { sourceTag: 'type:demo', onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:es-core', 'type:shared'] },
  // A composition reads several contexts' api libs (their queries) to build one product: the strategy update pack (ADR 0015).
  { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:es-core', 'type:shared'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:es-core', 'type:shared'] },
  { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:es-core', 'type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:es-core'] },
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:adapter', 'type:es-core'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:es-core'] },
  { sourceTag: 'type:es-core', onlyDependOnLibsWithTags: ['type:es-core'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
];
// Tests exercise the real stores: a spec may also reach the adapters and the runtime wiring.
const testTypeRules = typeRules.map((rule) =>
  rule.sourceTag === 'type:e2e' ? rule : { ...rule, onlyDependOnLibsWithTags: [...new Set([...rule.onlyDependOnLibsWithTags, 'type:adapter', 'type:runtime', 'type:es-core'])] },
);
const scopeRules = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: ['scope:identity', 'scope:shared'] },
  { sourceTag: 'scope:workforce', onlyDependOnLibsWithTags: ['scope:workforce', 'scope:shared'] },
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared', 'scope:workforce-events'] },
  { sourceTag: 'scope:lessons', onlyDependOnLibsWithTags: ['scope:lessons', 'scope:shared', 'scope:gateway-events', 'scope:workforce-events'] },
  { sourceTag: 'scope:risk', onlyDependOnLibsWithTags: ['scope:risk', 'scope:shared'] },
  { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:shared'] },
  { sourceTag: 'scope:strategy', onlyDependOnLibsWithTags: ['scope:strategy', 'scope:shared'] },
  { sourceTag: 'scope:strategy-pack', onlyDependOnLibsWithTags: ['scope:strategy-pack', 'scope:strategy', 'scope:shared', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk'] },
  { sourceTag: 'scope:demo', onlyDependOnLibsWithTags: ['scope:demo', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:audit', 'scope:strategy'] },
  { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:admin', 'scope:shared'] },
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:audit', 'scope:strategy', 'scope:strategy-pack', 'scope:demo'] },
  { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:cli', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:audit', 'scope:strategy', 'scope:strategy-pack', 'scope:demo'] },
  { sourceTag: 'scope:bench', onlyDependOnLibsWithTags: ['scope:bench', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:audit'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  { ignores: ['**/dist', '**/node_modules', '**/tmp', '**/.angular', '**/*.cjs', '**/*.mjs', '**/webpack.config.js'] },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [...typeRules, ...scopeRules],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      // A leading underscore marks a parameter that a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints: [...testTypeRules, ...scopeRules] },
      ],
    },
  },
];
