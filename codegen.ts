// Typed documents for the client operations kept in schema/operations (used by the tests and
// handy for frontends). Reads the committed SDL, so no server is needed.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  generates: {
    'src/generated/operations/': {
      documents: 'schema/operations/**/*.graphql',
      preset: 'client',
      // persisted-documents.json: every operation by its SHA-256, the manifest PERSISTED_DOCUMENTS_ONLY accepts.
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, emitLegacyCommonJSImports: false },
    },
    // The example client's own typed documents (examples/client): a frontend's setup in miniature.
    'examples/client/generated/': {
      documents: 'examples/client/**/*.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { scalars: { DateTime: 'string' }, enumsAsTypes: true, useTypeImports: true, emitLegacyCommonJSImports: false },
    },
  },
  silent: true,
};

export default config;
