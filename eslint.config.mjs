import nx from '@nx/eslint-plugin';

// Module boundaries on two axes (see docs/adr/0004-module-boundaries.md):
// type: what a library is allowed to build on; scope: which context it belongs to.
const typeRules = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:api', 'type:composition', 'type:adapter', 'type:es-core', 'type:kernel', 'type:shared', 'type:domain', 'type:runtime', 'type:demo'] },
  { sourceTag: 'type:demo', onlyDependOnLibsWithTags: ['type:api', 'type:domain', 'type:es-core', 'type:kernel', 'type:shared'] },
  // A composition reads several contexts' api libs (their queries) to build one product: the strategy update pack (ADR 0015).
  // Reminders by email read the work queue, itself a composition (ADR 0031).
  { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:api', 'type:composition', 'type:domain', 'type:es-core', 'type:kernel', 'type:shared'] },
  { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:domain', 'type:es-core', 'type:kernel', 'type:shared'] },
  { sourceTag: 'type:shared', onlyDependOnLibsWithTags: ['type:es-core', 'type:kernel', 'type:domain'] },
  // A domain library builds on the domain kernel and other domain libraries only: no store runtime, no I/O.
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:kernel'] },
  { sourceTag: 'type:runtime', onlyDependOnLibsWithTags: ['type:adapter', 'type:es-core', 'type:kernel'] },
  { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:es-core', 'type:kernel'] },
  { sourceTag: 'type:es-core', onlyDependOnLibsWithTags: ['type:es-core', 'type:kernel'] },
  // The domain kernel (deciders, domain events, domain errors) depends on nothing, not even npm packages;
  // its tsconfig.lib.json has no Node types, so node:* imports fail to compile there.
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [], bannedExternalImports: ['*'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
];
// Tests exercise the real stores: a spec may also reach the adapters and the runtime wiring.
// The kernel's own tests stay as pure as the kernel.
const testTypeRules = typeRules.map((rule) =>
  rule.sourceTag === 'type:e2e' || rule.sourceTag === 'type:kernel' ? rule : { ...rule, onlyDependOnLibsWithTags: [...new Set([...rule.onlyDependOnLibsWithTags, 'type:adapter', 'type:runtime', 'type:es-core'])] },
);
// Each bounded context sees its own libs, the shared kernel, and the published events of the contexts
// it names here. `npx nx g @ledger/tools:context NAME` appends `NAME: [],` to this list.
const contexts = {
  identity: [],
  workforce: [],
  gateway: ['workforce'],
  lessons: ['gateway', 'workforce'],
  risk: [],
  audit: [],
  strategy: [],
  contracts: ['gateway'],
};
const contextScopes = Object.keys(contexts).map((context) => `scope:${context}`);
const scopeRules = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...Object.entries(contexts).map(([context, readsEventsOf]) => ({
    sourceTag: `scope:${context}`,
    onlyDependOnLibsWithTags: [`scope:${context}`, 'scope:shared', ...readsEventsOf.map((other) => `scope:${other}-events`)],
  })),
  { sourceTag: 'scope:strategy-pack', onlyDependOnLibsWithTags: ['scope:strategy-pack', 'scope:strategy', 'scope:shared', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:contracts'] },
  // The work queue reads what each context says is due, to tell each person what to do (issue 12's myWork).
  { sourceTag: 'scope:work-queue', onlyDependOnLibsWithTags: ['scope:work-queue', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:contracts'] },
  // Reminders by email read each person's work queue, their account and the gateway's review requests (ADR 0031).
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared', 'scope:work-queue', 'scope:identity', 'scope:gateway', 'scope:workforce', 'scope:lessons', 'scope:risk', 'scope:contracts'] },
  { sourceTag: 'scope:demo', onlyDependOnLibsWithTags: ['scope:demo', 'scope:shared', 'scope:identity', 'scope:workforce', 'scope:gateway', 'scope:lessons', 'scope:risk', 'scope:audit', 'scope:strategy', 'scope:contracts'] },
  { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: ['scope:admin', 'scope:shared'] },
  // The hosts wire every context.
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', ...contextScopes, 'scope:strategy-pack', 'scope:work-queue', 'scope:notifications', 'scope:demo'] },
  { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:cli', 'scope:shared', ...contextScopes, 'scope:strategy-pack', 'scope:work-queue', 'scope:notifications', 'scope:demo'] },
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
  // The CLI loads each command's libraries inside its action (`await import`) so that start-up and
  // --help stay light; its module and its tests import the same libraries statically, as intended.
  {
    files: ['apps/cli/src/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints: [...typeRules, ...scopeRules], checkDynamicDependenciesExceptions: ['@ledger/**'] },
      ],
    },
  },
  {
    files: ['apps/cli/src/**/*.spec.ts', 'apps/cli/src/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: [], depConstraints: [...testTypeRules, ...scopeRules], checkDynamicDependenciesExceptions: ['@ledger/**'] },
      ],
    },
  },
];
