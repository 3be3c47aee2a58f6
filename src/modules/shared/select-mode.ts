// How node types load their columns. Every Prisma-backed node type runs in Pothos' select mode
// and names, in its type-level select, the small columns nearly every view of it reads: those are
// loaded with every row, and their fields are plain reads (`t.string({ resolve: (row) => row.text })`).
// Large or rarely read columns (an article's body, provenance) stay `t.expose…` fields, loaded only
// when a query asks for them.
//
// Why not `expose` everything: in select mode Pothos wraps an exposed field, like a relation, in a
// check that looks up how its parent row was loaded, per row and per field. Seven such checks per
// statement, in a page of statements with their speakers and article titles, were about a fifth
// of its execution time (README, "Read performance"). Relations keep the check: it is what lets a nested selection load in the parent's
// query, and fall back to loading on its own when the parent came from elsewhere.

/** A type-level select: the row's ID plus `columns`, loaded with every row of the type. */
export function alwaysLoaded<const Column extends string>(...columns: Column[]) {
  const select = { id: true } as { id: true } & Record<Column, true>;
  for (const column of columns) (select as Record<string, boolean>)[column] = true;
  return { select };
}
