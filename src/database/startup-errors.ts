// The database errors a start can meet, as one line that says what to do, instead of a stack trace
// of Prisma's internals. Anything else is not explained here and keeps its stack.

/** Host, port and database name of a postgres:// URL, for messages (never its password). */
function describe(databaseUrl: string): { where: string; name: string } {
  try {
    const url = new URL(databaseUrl);
    return { where: `${url.hostname}:${url.port || 5432}`, name: decodeURIComponent(url.pathname.slice(1)) || url.username };
  } catch {
    return { where: 'the server in DATABASE_URL', name: '?' };
  }
}

/** Every message and code along the error's cause chain (Prisma wraps the driver's error). */
function trail(error: unknown): string {
  const parts: string[] = [];
  for (let current = error as { message?: unknown; code?: unknown; cause?: unknown; meta?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    parts.push(String(current.message ?? ''), String(current.code ?? ''));
    const meta = current.meta as { driverAdapterError?: unknown } | undefined;
    current = (current.cause ?? meta?.driverAdapterError) as typeof current;
  }
  return parts.join(' ');
}

export function explainStartupError(error: unknown, databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl) return undefined;
  const { where, name } = describe(databaseUrl);
  const text = trail(error);
  if (/\b3D000\b|database "[^"]*" does not exist|DatabaseDoesNotExist/.test(text)) {
    return `The database "${name}" does not exist on ${where}: create it (createdb ${name}, or CREATE DATABASE "${name}"; in psql), then start again.`;
  }
  if (/\b28P01\b|\b28000\b|password authentication failed|AuthenticationFailed|role "[^"]*" does not exist/.test(text)) {
    return `PostgreSQL at ${where} refused the user or password of DATABASE_URL: check them (postgresql://user:password@host:port/${name}).`;
  }
  if (/Can't reach database server|DatabaseNotReachable|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH/.test(text)) {
    return `Cannot reach PostgreSQL at ${where} (DATABASE_URL): start it or fix the host and port; unset DATABASE_URL to use the embedded database instead.`;
  }
  return undefined;
}
