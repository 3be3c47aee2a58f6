// One search box across the graph: ranked full-text hits of every searchable kind.
import { queryFromInfo } from '@pothos/plugin-prisma';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { badUserInput } from '../../errors.js';
import { Prisma } from '../../generated/prisma/client.js';
import { AgreementRef } from '../agreements/types.js';
import { ArticleRef } from '../articles/types.js';
import { EntityRef } from '../entities/types.js';
import { checkListLength, checkOffsetCursors, checkPageSize, page } from '../shared/pagination.js';
import { StatementRef } from '../statements/types.js';
import { StatisticRef } from '../statistics/types.js';
import { checkSearchText, searchConfigs, tsQuery, type Searchable } from './full-text.js';

const searchables = Object.keys(searchConfigs) as Searchable[];

const SearchKind = builder.enumType('SearchKind', { values: searchables.map((name) => name.toUpperCase()) as [string, ...string[]] });

/** The kind of each loaded hit: rows from different tables look alike to `resolveType`. */
const kindOfHit = new WeakMap<object, Searchable>();

const SearchResult = builder.unionType('SearchResult', {
  types: [ArticleRef, StatementRef, EntityRef, AgreementRef, StatisticRef],
  resolveType: (row) => kindOfHit.get(row)!,
});

interface Hit {
  type: Searchable;
  id: number;
  rank: number;
}

function hitsQuery(kinds: Searchable[], text: string) {
  return Prisma.join(
    kinds.map(
      (kind) => Prisma.sql`SELECT ${kind}::text AS type, id, ts_rank(search, ${tsQuery(kind, text)})::float8 AS rank
        FROM ${Prisma.raw(`"${kind}"`)} WHERE search @@ ${tsQuery(kind, text)}`,
    ),
    ' UNION ALL ',
  );
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description: 'Full-text search across articles, statements, entities, agreements and statistics, best match first.',
      args: {
        query: t.arg.string({ required: true, description: 'Web-search syntax: words, "exact phrases", or, -excluded; at most 1,000 characters and 64 words.' }),
        kinds: t.arg({ type: [SearchKind], description: 'Only these kinds (default: all).' }),
      },
      resolve: async (_root, args, context, info) => {
        checkPageSize(args);
        checkOffsetCursors(args);
        if (!args.query.trim()) throw badUserInput('`query` must not be empty.');
        checkSearchText(args.query, 'query');
        checkListLength(args.kinds, 'kinds');
        const kinds = args.kinds?.length
          ? searchables.filter((kind) => args.kinds!.includes(kind.toUpperCase()))
          : searchables;
        const union = hitsQuery(kinds, args.query);
        const [{ count }] = await prisma.$queryRaw<{ count: number }[]>(
          Prisma.sql`SELECT count(*)::int AS count FROM (${union}) hits`,
        );
        return resolveOffsetConnection({ args, defaultSize: page.defaultSize, totalCount: count }, async ({ limit, offset }) => {
          const hits = await prisma.$queryRaw<Hit[]>(
            Prisma.sql`SELECT * FROM (${union}) hits ORDER BY rank DESC, type, id LIMIT ${limit} OFFSET ${offset}`,
          );
          return loadHits(hits, context, info);
        });
      },
    },
    { name: 'SearchConnection', fields: (c) => ({ totalCount: c.int({ resolve: (connection) => connection.totalCount }) }) },
  ),
);

/** One query per kind present, with the selection the client asked for on that kind. */
async function loadHits(hits: Hit[], context: object, info: Parameters<typeof queryFromInfo>[0]['info']) {
  const loaded = new Map<string, object>();
  await Promise.all(
    searchables.map(async (kind) => {
      const ids = hits.filter((hit) => hit.type === kind).map((hit) => hit.id);
      if (!ids.length) return;
      const query = queryFromInfo({ context, info, typeName: kind, path: ['edges', 'node'] });
      const delegate = prisma[(kind[0].toLowerCase() + kind.slice(1)) as 'article'] as unknown as {
        findMany(args: object): Promise<{ id: number }[]>;
      };
      for (const row of await delegate.findMany({ ...query, where: { id: { in: ids } } })) {
        kindOfHit.set(row, kind);
        loaded.set(`${kind}:${row.id}`, row);
      }
    }),
  );
  // A row deleted between the two queries is simply left out of the page.
  return hits.flatMap((hit) => loaded.get(`${hit.type}:${hit.id}`) ?? []) as (typeof SearchResult.$inferType)[];
}
