// Every Prisma-backed node type runs in Pothos' select mode: a query loads only the columns and
// relations its GraphQL selection asks for (plus the ID), never whole rows. Listing statements
// then reads 4 columns instead of 15, and Prisma maps that much less: it made the standard reads
// of `npm run bench:read` markedly faster (README, "Read performance"). A field that needs a
// column it does not expose declares it with its own `select`.
export const selectMode = { select: { id: true } } as const;
