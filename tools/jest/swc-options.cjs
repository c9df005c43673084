// SWC's options for running this repository's TypeScript untyped-checked in tests: Jest's transform
// (jest.preset.cjs) and the worker threads the API starts under Jest (apps/api/src/workers/ts-worker.cjs).
// Types are checked by each project's `typecheck` target instead.

/**
 * What tsconfig.base.json asks of TypeScript, said to SWC: ES2022 with define semantics for class
 * fields, legacy decorators with their design-time metadata (Nest's injection and GraphQL types read
 * it), CommonJS for Jest's runtime and Node's require, inline source maps for stack traces.
 */
function swcOptions(syntax = 'typescript') {
  return {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  };
}

module.exports = { swcOptions };
