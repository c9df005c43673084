import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The admin's GraphQL types come from the API's schema, never by hand: every `graphql(`…`)`
 * document in apps/admin/src is typed here (`npx nx run admin:codegen`), and
 * `admin:codegen-check` fails when the committed output is stale.
 *
 * String documents (`documentMode: 'string'`) keep graphql-js out of the bundle: a document is
 * the query text the API receives, carrying its result and variable types for the compiler.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/admin/src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/app/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumType: 'string-literal',
        useTypeImports: true,
        // A list variable is sent as a list: no single-value shorthand in the types.
        arrayInputCoercion: false,
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
