// Assembles the schema: imports every module (each registers its types, queries and mutations
// with the builder) and builds it. Only the server, the SDL printer and tests import this file.
import { GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import { describeConnections } from './connection-descriptions.js';
import { resolveNodeIdsSynchronously } from './global-id.js';
import './modules/shared/error-types.js';
import './modules/articles/types.js';
import './modules/articles/queries.js';
import './modules/articles/subscriptions.js';
import './modules/articles/mutations.js';
import './modules/statements/types.js';
import './modules/statements/queries.js';
import './modules/statements/subscriptions.js';
import './modules/statements/mutations.js';
import './modules/entities/types.js';
import './modules/entities/queries.js';
import './modules/entities/mutations.js';
import './modules/agreements/types.js';
import './modules/agreements/queries.js';
import './modules/agreements/subscriptions.js';
import './modules/agreements/mutations.js';
import './modules/statistics/types.js';
import './modules/statistics/queries.js';
import './modules/statistics/subscriptions.js';
import './modules/topics/types.js';
import './modules/topics/queries.js';
import './modules/sources/types.js';
import './modules/sources/queries.js';
import './modules/search/queries.js';
import './modules/ingestion/mutations.js';

const description =
  'Newsgraph: news stories turned into a graph of who said what (statements, direct or reported), who agreed to what ' +
  '(agreements and their parties), which numbers were reported (statistics), and the people, organisations, places, ' +
  'topics and sources behind them. Read with the queries (public), follow new findings with the subscriptions, add ' +
  'stories and correct them with the mutations (a bearer token). Every list is a Relay connection; every object with ' +
  'an `id` is a `Node`.';

const built = describeConnections(builder.toSchema());
export const schema = resolveNodeIdsSynchronously(lexicographicSortSchema(new GraphQLSchema({ ...built.toConfig(), description })));
