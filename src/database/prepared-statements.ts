// Names for the SQL Prisma sends, so node-postgres prepares each distinct statement once per
// connection and PostgreSQL can skip parsing and, once its plan cache has settled on a generic plan,
// planning too. Prisma's adapter sends every query unnamed by default: PostgreSQL then parses and
// plans the same text again on every request, and for the reads of `npm run bench:read` that was
// most of the database's CPU time (Q2: about 720 µs of PostgreSQL CPU per request unnamed, 270 µs
// prepared; see the README's "Read performance").
//
// Bounded: the first `limit` distinct texts get a name, later ones run unnamed as before. A
// statement stays prepared in every connection that ran it until the connection closes, so the
// bound also bounds the memory each PostgreSQL backend spends on them; a schema keeps a few dozen
// query shapes, while filters with lists of varying length can make new texts without end.
import type { PrismaPg } from '@prisma/adapter-pg';

type StatementNameGenerator = NonNullable<NonNullable<ConstructorParameters<typeof PrismaPg>[1]>['statementNameGenerator']>;

export const defaultPreparedStatements = 100;

/** A `statementNameGenerator` for `PrismaPg`; `limit` 0: every statement unnamed. */
export function preparedStatementNames(limit: number): StatementNameGenerator {
  const names = new Map<string, string>();
  return ({ sql }) => {
    let name = names.get(sql);
    if (name === undefined && names.size < limit) {
      name = `newsgraph_${names.size + 1}`;
      names.set(sql, name);
    }
    // An empty name is node-postgres' unnamed statement: parsed and planned at every execution.
    return name ?? '';
  };
}
