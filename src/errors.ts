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

export function badUserInput(message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function unauthenticated(message: string) {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** PostgreSQL's SQLSTATE for a statement cancelled by `statement_timeout`. */
const QUERY_CANCELED = '57014';

/** The SQLSTATE behind a Prisma error raised by the driver adapter, if any. */
export function sqlStateOf(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | undefined)?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Pothos reports bad connection arguments, cursors and global IDs as PothosValidationError: those
 * are the client's mistakes and their messages are safe. Anything else unexpected (Prisma, SQL,
 * bugs) is logged in full and reaches the client as "Unexpected error." only.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof PothosValidationError) {
    return badUserInput(original.message.replace(/^Invalid global ID: .*/, 'Invalid global ID'));
  }
  if (sqlStateOf(original) === QUERY_CANCELED) {
    logger.warn({ err: original }, 'a statement ran past DATABASE_STATEMENT_TIMEOUT_MS and was cancelled');
    return new GraphQLError('The query took too long and was cancelled: ask for less (a smaller page, a narrower filter).', {
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  }
  if (original && !(original instanceof GraphQLError)) {
    logger.error({ err: original }, 'unexpected error in a GraphQL operation');
  }
  return yogaMaskError(error, message, isDev);
}
