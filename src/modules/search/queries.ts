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
import { nameKey } from '../entities/names.js';
import { checkSearchText, searchConfigs, tsQuery, type Searchable } from './full-text.js';
import { loadSnippets, SnippetPartRef, type SnippetPart } from './snippets.js';

const searchables = Object.keys(searchConfigs) as Searchable[];

const SearchKind = builder.enumType('SearchKind', {
  description: 'A kind of node `search` looks in.',
  values: Object.fromEntries(searchables.map((name) => [name.toUpperCase(), { description: `${name} nodes.` }])),
});

/** The kind, score and snippet of each loaded hit: rows from different tables look alike to `resolveType`. */
const hitOfRow = new WeakMap<object, { kind: Searchable; score: number; snippet: SnippetPart[] }>();

const SearchResult = builder.unionType('SearchResult', {
  description: 'Anything `search` finds.',
  types: [ArticleRef, StatementRef, EntityRef, AgreementRef, StatisticRef],
  resolveType: (row) => hitOfRow.get(row)!.kind,
});

interface Hit {
  type: Searchable;
  id: number;
  rank: number;
}

/**
 * Every hit with its rank, and `first`: 2 for an entity whose whole name is the query, 1 for another
 * entity (its name is all an entity's search covers), 0 for the rest. Hits are ordered by `first`, then
 * rank, then kind and id, so equal ranks always come in the same order and pages never overlap.
 */
function hitsQuery(kinds: Searchable[], text: string) {
  const key = nameKey(text);
  return Prisma.join(
    kinds.map((kind) => {
      const first = kind === 'Entity' ? Prisma.sql`CASE WHEN key = ${key} THEN 2 ELSE 1 END` : Prisma.sql`0`;
      return Prisma.sql`SELECT ${kind}::text AS type, id, ${first} AS first, ts_rank(search, ${tsQuery(kind, text)})::float8 AS rank
        FROM ${Prisma.raw(`"${kind}"`)} WHERE search @@ ${tsQuery(kind, text)}`;
    }),
    ' UNION ALL ',
  );
}

builder.queryField('search', (t) =>
  t.connection(
    {
      type: SearchResult,
      description:
        'Full-text search across articles, statements, entities, agreements and statistics. Entities whose name ' +
        'matches come first (the one whose whole name is the query before the others), then every hit by its ' +
        '`score`; ties always come in the same order, so paging through with `after` never repeats or skips a hit ' +
        'while nothing is added. Each edge carries a `snippet` with the matched words marked.',
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
            Prisma.sql`SELECT * FROM (${union}) hits ORDER BY first DESC, rank DESC, type, id LIMIT ${limit} OFFSET ${offset}`,
          );
          return loadHits(hits, args.query, context, info);
        });
      },
    },
    {
      name: 'SearchConnection',
      description: 'A page of search hits, best first.',
      fields: (c) => ({ totalCount: c.int({ description: 'Hits in all, across every page.', resolve: (connection) => connection.totalCount }) }),
    },
    {
      name: 'SearchEdge',
      description: 'One search hit: the node that matched, how well, and where.',
      fields: (e) => ({
        score: e.float({
          description:
            "PostgreSQL's ts_rank of the hit for the query: higher matches better (more of the words, more often, " +
            "in a story's title rather than its body). Comparable between hits of one kind.",
          resolve: (edge) => hitOfRow.get(edge.node)!.score,
        }),
        snippet: e.field({
          type: [SnippetPartRef],
          description:
            "The words around the matches in the hit's text (an article's body, a statement's text, an entity's name, " +
            "an agreement's title, a statistic's text), in pieces: those the search matched are `highlighted`.",
          resolve: (edge) => hitOfRow.get(edge.node)!.snippet,
        }),
      }),
    },
  ),
);

/** One query per kind present, with the selection the client asked for on that kind. */
async function loadHits(hits: Hit[], text: string, context: object, info: Parameters<typeof queryFromInfo>[0]['info']) {
  const loaded = new Map<string, object>();
  await Promise.all(
    searchables.map(async (kind) => {
      const ids = hits.filter((hit) => hit.type === kind).map((hit) => hit.id);
      if (!ids.length) return;
      const query = queryFromInfo({ context, info, typeName: kind, path: ['edges', 'node'] });
      const delegate = prisma[(kind[0].toLowerCase() + kind.slice(1)) as 'article'] as unknown as {
        findMany(args: object): Promise<{ id: number }[]>;
      };
      const [rows, snippets] = await Promise.all([delegate.findMany({ ...query, where: { id: { in: ids } } }), loadSnippets(kind, ids, text)]);
      const rank = new Map(hits.filter((hit) => hit.type === kind).map((hit) => [hit.id, hit.rank]));
      for (const row of rows) {
        hitOfRow.set(row, { kind, score: rank.get(row.id)!, snippet: snippets.get(row.id) ?? [] });
        loaded.set(`${kind}:${row.id}`, row);
      }
    }),
  );
  // A row deleted between the two queries is simply left out of the page.
  return hits.flatMap((hit) => loaded.get(`${hit.type}:${hit.id}`) ?? []) as (typeof SearchResult.$inferType)[];
}
