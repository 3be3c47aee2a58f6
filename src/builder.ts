// The one Pothos builder: plugins, scalars, root types. No domain types here (see src/modules).
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from './context.js';
import { prisma } from './db.js';
import { unauthenticated } from './errors.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { decodeGlobalId, encodeGlobalId } from './global-id.js';
import { checkListLength } from './modules/shared/pagination.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { editor: boolean };
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, RelayPlugin],
  // Fields are non-null unless they say otherwise: clients get honest types.
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({ editor: context.viewer.canWrite }),
    unauthorizedError: (_parent, context) =>
      unauthenticated(
        context.viewer.presentedToken
          ? 'The bearer token is not valid for writes.'
          : 'Writes need an Authorization: Bearer <token> header.',
      ),
  },
  prisma: {
    // A function, so the client is read when a request runs (src/db.ts sets it at start-up).
    client: () => prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    exposeDescriptions: true,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesQueryOptions: {
      description: 'The nodes with these IDs, in their order (null where an ID names nothing); at most 100 IDs, like a page.',
      resolve: (_root, args, _context, _info, resolveNodes) => {
        checkListLength(args.ids, 'ids');
        return resolveNodes(args.ids);
      },
    },
  },
  errors: { defaultTypes: [] },
});

// graphql-scalars' DateTime, serialised straight to its ISO string: left a Date, every value costs
// JSON.stringify a Date#toJSON call, half the time of stringifying a page of statements.
builder.addScalarType(
  'DateTime',
  new GraphQLScalarType({
    ...DateTimeResolver.toConfig(),
    serialize: (value) => (DateTimeResolver.serialize(value) as Date).toISOString(),
  }),
);
builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
