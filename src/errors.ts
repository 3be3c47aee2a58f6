// Errors a client may see, and the one place where everything else is masked.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { logger } from './logger.js';

export interface Issue {
  /** Where in the input: ["input", "statements", 2, "text"]. */
  path: (string | number)[];
  message: string;
}

/** Input that cannot be accepted as it is; nothing was written. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}

/** The thing the operation is about does not exist. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotFoundError';
  }
}

/** One story of a batch could not be stored (the database failed it after retries); nothing of it was written. */
export class StoryNotStoredError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryNotStoredError';
  }
}

export function badUserInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function unauthenticated(message: string) {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The server has as many stories waiting as it accepts (INGEST_QUEUE_SIZE): nothing was done. The
 * client should send them again after `retryAfterSeconds` (also the `Retry-After` header).
 */
export function serverBusy(retryAfterSeconds: number) {
  return new GraphQLError(`The server is busy storing other stories; nothing was done. Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'SERVER_BUSY',
      retryAfterSeconds,
      http: { status: 503, headers: { 'retry-after': String(retryAfterSeconds) } },
    },
  });
}

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = '57014';

/** The SQLSTATE behind a Prisma error raised by the driver adapter, if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | undefined)?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/** Prisma's codes for a database it cannot reach, cannot connect to, or that closed the connection. */
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);
/** The driver adapters' kinds of error for the same (`@prisma/adapter-pg`'s `convertDriverError`). */
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
]);
/** SQLSTATEs of a server that is going away or not taking connections (class 08: connection exceptions). */
const UNAVAILABLE_SQL_STATES = /^(08...|57P0[123]|53300|3D000)$/;
/** What node-postgres and PGlite throw, unmapped, when the connection or the database is gone. */
const UNAVAILABLE_MESSAGES = /PGlite is closed|Connection terminated|timeout exceeded when trying to connect|Can't reach database server/;

/** Whether `error` says the database cannot be used at all (not that one query was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  if (typeof code === 'string' && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  const kind = meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
  const state = sqlStateOf(error);
  return (state !== undefined && UNAVAILABLE_SQL_STATES.test(state)) || UNAVAILABLE_MESSAGES.test(error.message);
}

/** Seconds a client is asked to wait (`Retry-After`) before trying again during an outage. */
const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * Errors `maskError` has dealt with, logging them itself (or deciding they are the client's and
 * worth an info line only). Yoga logs every error its masking replaces a second time, at error
 * level with its stack: `yogaLogger` skips those.
 */
const handled = new WeakSet<object>();

/**
 * Pothos reports bad connection arguments, cursors and global IDs as PothosValidationError: those
 * are the client's mistakes and their messages are safe. A database that cannot be reached is a
 * 503 with SERVICE_UNAVAILABLE. Anything else unexpected (Prisma, SQL, bugs) is logged in full,
 * once, and reaches the client as "Unexpected error." only. Client mistakes are logged at info,
 * without a stack.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  if (error && typeof error === 'object') handled.add(error);
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof PothosValidationError) {
    return clientMistake(badUserInput(original.message.replace(/^Invalid global ID: .*/, 'Invalid global ID')));
  }
  if (sqlStateOf(original) === QUERY_CANCELED) {
    logger.warn({ err: original }, 'a statement ran past DATABASE_STATEMENT_TIMEOUT_MS and was cancelled');
    return new GraphQLError('The query took too long and was cancelled: ask for less (a smaller page, a narrower filter).', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  if (isDatabaseUnavailable(original)) {
    logger.error({ err: original }, 'the database is unavailable');
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        http: { status: 503, headers: { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) } },
      },
    });
  }
  if (original && !(original instanceof GraphQLError)) {
    logger.error({ err: original }, 'unexpected error in a GraphQL operation');
    return yogaMaskError(error, message, isDev);
  }
  // A GraphQLError made for the client (ours, graphql-js' validation, Armor's limits): its message is safe.
  return error instanceof GraphQLError ? clientMistake(error) : yogaMaskError(error, message, isDev);
}

function clientMistake(error: GraphQLError): GraphQLError {
  logger.info({ code: error.extensions?.code, error: error.message, path: error.path }, 'client error');
  return error;
}

/** Yoga's logger: ours, but without Yoga's second report of an error `maskError` has dealt with. */
export const yogaLogger = {
  debug: (...args: unknown[]) => logger.debug(args[0] as object, ...(args.slice(1) as [])),
  info: (...args: unknown[]) => logger.info(args[0] as object, ...(args.slice(1) as [])),
  warn: (...args: unknown[]) => logger.warn(args[0] as object, ...(args.slice(1) as [])),
  error: (...args: unknown[]) => {
    if (args.length === 1 && args[0] && typeof args[0] === 'object' && handled.has(args[0])) return;
    logger.error(args[0] as object, ...(args.slice(1) as []));
  },
};
