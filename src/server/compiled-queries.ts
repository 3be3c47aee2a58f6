// Queries run compiled (graphql-jit): each distinct document and operation is turned once into a function that resolves and completes exactly its fields, instead of graphql-js'
// executor walking the document, collecting fields and coercing arguments again for every object
// of every request. Mutations and subscriptions keep Yoga's executor. GRAPHQL_JIT=on turns it on
// (off by default: see docs/performance.md, "Compiled queries").
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type Source,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { makeExecute, type Plugin } from 'graphql-yoga';

interface ResponsePath {
  readonly prev: ResponsePath | undefined;
  readonly key: string | number;
  readonly typename: string | undefined;
}

const prepared = new WeakSet<GraphQLSchema>();

export function useCompiledQueries(schema: GraphQLSchema): Plugin {
  if (!prepared.has(schema)) {
    stableResponsePaths(schema);
    prepared.add(schema);
  }
  // By document, then operation name: Yoga's parser cache hands the same DocumentNode to every
  // request with the same text, and drops it (so its compiled queries go too) when the text falls
  // out of that cache.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compile = (args: ExecutionArgs) => {
    let byName = compiled.get(args.document);
    if (!byName) compiled.set(args.document, (byName = new Map()));
    let query = byName.get(args.operationName ?? '');
    if (query === undefined) {
      const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      byName.set(args.operationName ?? '', (query = isCompiledQuery(result) ? result : null));
    }
    return query;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (operationOf(args.document, args.operationName) !== 'query') return;
      const query = compile(args);
      if (!query) return;
      setExecuteFn(
        makeExecute(async (args: ExecutionArgs) => {
          const result = await query.query(args.rootValue, args.contextValue, args.variableValues);
          // No data: the variables were refused before anything ran. Yoga's executor words that
          // refusal (and its HTTP status) as it always has; it runs nothing either.
          if (!('data' in result) || result.data === undefined) return executeFn(args);
          return locateErrors(result, args.document.loc?.source);
        }),
      );
    },
  };
}

function operationOf(document: DocumentNode, operationName: string | null | undefined) {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((definition) => definition.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return operation?.operation;
}

/**
 * graphql-jit's errors carry `locations` but not the AST nodes or source positions they came
 * from, and Yoga rebuilds every error from those when it serialises it: the locations would be
 * lost. This gives each the source and positions graphql-js' own errors have, and puts `errors`
 * before `data` as graphql-js does, so a client sees the same bytes either way.
 */
function locateErrors(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const lineStarts = source ? [0, ...[...source.body.matchAll(/\r\n|[\n\r]/g)].map((match) => match.index + match[0].length)] : [];
  const errors = result.errors.map((error) => {
    if (!source || error.nodes || error.positions || !error.locations?.length) return error;
    return new GraphQLError(error.message, {
      source,
      positions: error.locations.map(({ line, column }) => lineStarts[line - 1] + column - 1),
      path: error.path,
      originalError: error.originalError,
      extensions: error.extensions,
    });
  });
  return 'data' in result ? { errors, data: result.data } : { errors };
}

/**
 * Pothos' Prisma plugin records how each row was loaded under its field's response path object,
 * and a resolver beneath finds it by walking its own path's `prev` links to that very object
 * (@pothos/selection-mapper's loader map). graphql-js shares a field's path object with everything
 * below it; graphql-jit builds a new path literal for every resolver call, so without this every
 * nested relation missed its plan and loaded its rows again (13 queries for Q2 instead of 1).
 *
 * This gives the resolvers that can record or look up such a mapping (fields with a Prisma
 * selection, and fields returning objects) one canonical path object per response path and
 * request. graphql-js' own paths carry a `typename` and are passed through untouched.
 */
function stableResponsePaths(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve) continue;
      if (!field.extensions?.pothosPrismaSelect && !isCompositeType(getNamedType(field.type))) continue;
      field.resolve = withCanonicalPath(field.resolve);
    }
  }
}

function withCanonicalPath(resolve: GraphQLFieldResolver<unknown, object>): GraphQLFieldResolver<unknown, object> {
  return (parent, args, context, info) => {
    // graphql-jit builds a new info object for every call, so its path can be swapped in place.
    if (!('typename' in info.path)) (info as { path: unknown }).path = canonicalPath(pathsOf(context), info.path);
    return resolve(parent, args, context, info);
  };
}

/** Per request (its context object): the canonical paths, by their parent's canonical path and key. */
const requestPaths = new WeakMap<object, Map<ResponsePath | undefined, Map<string | number, ResponsePath>>>();

function pathsOf(context: object) {
  let paths = requestPaths.get(context);
  if (!paths) requestPaths.set(context, (paths = new Map()));
  return paths;
}

function canonicalPath(paths: Map<ResponsePath | undefined, Map<string | number, ResponsePath>>, path: { prev: unknown; key: string | number }): ResponsePath {
  const prev = path.prev ? canonicalPath(paths, path.prev as { prev: unknown; key: string | number }) : undefined;
  let children = paths.get(prev);
  if (!children) paths.set(prev, (children = new Map()));
  let canonical = children.get(path.key);
  if (!canonical) children.set(path.key, (canonical = { prev, key: path.key, typename: undefined }));
  return canonical;
}
