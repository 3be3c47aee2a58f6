// Limits every operation passes before it runs, identical on every transport (they are Envelop
// plugins, so they also guard WebSocket operations run through yoga.getEnveloped).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { Lexer, NoSchemaIntrospectionCustomRule, Source, TokenKind, type GraphQLError, type ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export const queryLimits = {
  depth: 12,
  cost: 20_000,
  aliases: 15,
  tokens: 5_000,
  directives: 20,
} as const;

/**
 * What Armor does with a refusal. Left to itself it throws a GraphQLError whose message starts with
 * "Syntax Error:" and has no code. Instead the refusal becomes an error of its own: the message names
 * the limit and its value ("Query depth limit of 12 exceeded, found 17."), `extensions` carry
 * `code: GRAPHQL_VALIDATION_FAILED`, `limit` (its name) and `max`. A validation rule reports it to
 * graphql-js (the operation fails validation like any other, and the other rules still run; over a
 * WebSocket, only that operation is refused); the token limit, counted while parsing, has no
 * validation context, so it throws it and parsing stops there.
 */
function refusal(limit: keyof typeof queryLimits) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        const refused = createGraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max: queryLimits[limit] },
        });
        if (!context) throw refused;
        context.reportError(refused);
      },
    ],
  };
}

export function useQueryLimits() {
  return EnvelopArmorPlugin({
    maxDepth: { n: queryLimits.depth, ignoreIntrospection: true, flattenFragments: true, ...refusal('depth') },
    // Armor multiplies a selection's cost by a literal `first`/`last` (not by a variable's value:
    // page sizes are capped at 100 anyway), so 100 statements x 100 statements each is refused
    // while one full page of statements with their relations passes. Depth is limited on its own.
    costLimit: { maxCost: queryLimits.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1, ignoreIntrospection: true, ...refusal('cost') },
    maxAliases: { n: queryLimits.aliases, ...refusal('aliases') },
    maxTokens: { n: queryLimits.tokens, ...refusal('tokens') },
    maxDirectives: { n: queryLimits.directives, ...refusal('directives') },
    blockFieldSuggestion: { enabled: true },
  });
}

/**
 * INTROSPECTION=off: `__schema` and `__type` fail validation (graphql-js' own rule), so the schema
 * cannot be read through the API; `__typename` still works. On by default: the API is public and
 * GraphiQL needs it.
 */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/**
 * Refuses request bodies over `maxBytes` before anything reads them. Bodies must declare their
 * length: a chunked upload of unknown size could only be refused after reading it.
 */
export function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const header = request.headers.get('content-length');
      const length = header === null ? NaN : Number(header);
      const refuse = (status: number, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }), {
            status,
            headers: { 'content-type': 'application/json' },
          }),
        );
      if (!Number.isFinite(length)) refuse(411, 'A request body needs a Content-Length header.');
      else if (length > maxBytes) refuse(413, `The request body is over the limit of ${maxBytes} bytes.`);
    },
  };
}

/**
 * PostgreSQL text cannot hold NUL characters, so a NUL anywhere in a request's variables or
 * document would only fail deep inside a query: refuse it up front as the client's mistake. Only a
 * real NUL: the six characters `\u0000` are text like any other (a story about JSON may quote them).
 */

/**
 * A NUL in JSON text: JSON.stringify writes it as the escape `\u0000`, and a backslash as `\\`, so
 * an escape is a backslash preceded by an even number of backslashes (`\\u0000` is a backslash, then
 * "u0000").
 */
const JSON_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/**
 * A NUL in a GraphQL document: a raw one, or one that a string's escape (`\u0000`, `\u{0}`) makes.
 * Only documents with a `\u` are lexed (the lexer decodes escapes exactly, skips comments and leaves
 * block strings raw); a lexing error is left for the parser to report.
 */
function documentHasNul(query: string) {
  if (query.includes('\0')) return true;
  if (!query.includes('\\u')) return false;
  try {
    const lexer = new Lexer(new Source(query));
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (token.kind === TokenKind.STRING && token.value.includes('\0')) return true;
    }
  } catch {
    return false;
  }
  return false;
}

/** The error for a request with a NUL character anywhere in its query or variables, or null. */
export function nulError(params: { query?: string; variables?: unknown }) {
  const query = typeof params.query === 'string' ? params.query : '';
  if (!documentHasNul(query) && !JSON_NUL.test(JSON.stringify(params.variables ?? null))) return null;
  return createGraphQLError('Strings must not contain NUL (\\u0000) characters.', { extensions: { code: 'BAD_USER_INPUT' } });
}

export function useRejectNul(): Plugin {
  return {
    onParams({ params, setResult }) {
      const error = nulError(params);
      if (error) setResult({ errors: [error] });
    },
  };
}
