// Assembles the schema: imports every module (each registers its types, queries and mutations
// with the builder) and builds it. Only the server, the SDL printer and tests import this file.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
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

export const schema = resolveNodeIdsSynchronously(lexicographicSortSchema(builder.toSchema()));
