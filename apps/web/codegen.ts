import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the API's code-first schema. Run `nx run web:codegen` after the schema
// changes and commit src/generated/ so builds never need the API running.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
