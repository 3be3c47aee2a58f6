// PostGraphile's answers to bench/postgraphile.graphql in our API's shape (schema/operations/
// bench.graphql), so that bench/read.ts can check them against the floor's like ours: row IDs
// become our global IDs (base64url of "Type:id"), PostGraphile's field names ours, and its
// timestamps, ISO without a zone for `timestamp without time zone` columns (which hold UTC, as
// Prisma writes them), become ours (ISO with Z). Nothing else changes: a missing or extra row, a
// different order or value still fails the check.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../src/config.js';

/** The three operations (PgQ1LatestStatements, PgQ2Article, PgQ3SpeakerStatements) in one document. */
export const postgraphileDocument = readFileSync(path.join(repoRoot, 'bench/postgraphile.graphql'), 'utf8');

type Row = Record<string, unknown>;
type Edges = { edges: { node: Row }[] };

const gid = (type: string, id: unknown) => Buffer.from(`${type}:${id}`).toString('base64url');
const utc = (value: unknown) => (value == null ? value : new Date(/[Zz]|[+-]\d\d:?\d\d$/.test(String(value)) ? String(value) : `${value}Z`).toISOString());
const ref = (type: string, row: unknown, field: string) => (row == null ? null : { id: gid(type, (row as Row).rowId), [field]: (row as Row)[field] });

function statement(node: Row, withSpeaker: boolean): Row {
  return {
    id: gid('Statement', node.rowId),
    kind: node.kind,
    text: node.text,
    saidAt: utc(node.saidAt),
    ...(withSpeaker ? { speaker: ref('Entity', node.entityBySpeakerId, 'name') } : {}),
    article: ref('Article', node.articleByArticleId, 'title'),
  };
}

export function toOurShape(op: 'Q1' | 'Q2' | 'Q3', data: unknown): unknown {
  if (op === 'Q1' || op === 'Q3') {
    const { allStatements } = data as { allStatements: Edges };
    return { statements: { edges: allStatements.edges.map(({ node }) => ({ node: statement(node, op === 'Q1') })) } };
  }
  const article = (data as { articleByRowId: Row | null }).articleByRowId;
  if (!article) return { article: null };
  return {
    article: {
      id: gid('Article', article.rowId),
      title: article.title,
      url: article.url,
      publishedAt: utc(article.publishedAt),
      statements: {
        edges: (article.statementsByArticleId as Edges).edges.map(({ node }) => ({
          node: { id: gid('Statement', node.rowId), kind: node.kind, text: node.text, start: node.start, end: node.end, speaker: ref('Entity', node.entityBySpeakerId, 'name') },
        })),
      },
      statistics: {
        edges: (article.statisticsByArticleId as Edges).edges.map(({ node }) => ({
          node: { id: gid('Statistic', node.rowId), value: node.value, unit: node.unit, label: node.label, direction: node.direction, text: node.text, start: node.start, end: node.end },
        })),
      },
    },
  };
}
