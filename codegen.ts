// Typed documents for the client operations kept in schema/operations (used by the tests and
// handy for frontends). Reads the committed SDL, so no server is needed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'schema/operations/**/*.graphql',
  generates: {
    'src/generated/operations/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, emitLegacyCommonJSImports: false },
    },
  },
  silent: true,
};

export default config;
