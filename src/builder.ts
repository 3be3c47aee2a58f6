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
    // Connections and edges get their descriptions in connection-descriptions.ts; their arguments here.
    firstArgOptions: { description: 'How many items from the start (or from `after`): 1 to 100, 20 when neither `first` nor `last` is given.' },
    afterArgOptions: { description: 'A cursor: the items after this one.' },
    lastArgOptions: { description: 'How many items from the end (or before `before`): 1 to 100.' },
    beforeArgOptions: { description: 'A cursor: the items before this one.' },
    pageInfoTypeOptions: { description: "Where a page is in its list (Relay's PageInfo)." },
    hasNextPageFieldOptions: { description: 'More items follow this page: ask for them with `after: endCursor`.' },
    hasPreviousPageFieldOptions: { description: 'Items come before this page: ask for them with `before: startCursor`.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page; null when the page is empty.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; null when the page is empty.' },
    nodeTypeOptions: { description: 'Anything with a global ID: fetch it again with `node(id:)`.' },
    idFieldOptions: { description: 'Opaque global ID, stable across restarts; the same object always has the same ID.' },
    nodeQueryOptions: {
      description: 'The object with this global ID, of any type; null when it names nothing (any more).',
      args: { id: { description: 'A global ID, as any `id` field gives it.' } },
    },
    nodesQueryOptions: {
      args: { ids: { description: 'Global IDs, as `id` fields give them.' } },
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
builder.queryType({ description: 'Reads: public, no token needed.' });
builder.mutationType({
  description: 'Writes: each needs `Authorization: Bearer <token>` (one of API_TOKENS) and runs in one transaction.',
});
builder.subscriptionType({
  description:
    'Live changes over graphql-ws or Server-Sent Events. Each event has a `cursor`; subscribing again with ' +
    '`after: <cursor>` replays what was missed, in order, then goes on live.',
});
