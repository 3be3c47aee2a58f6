// PostGraphile is the read benchmark's peer (bench/postgraphile-server.ts), never part of our server:
// a dev dependency, imported by no module under src/. Its answers count only once in our shape
// (bench/postgraphile-answers.ts), which must keep every difference but naming, IDs and time zones.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toOurShape } from '../../bench/postgraphile-answers.js';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
// PostGraphile and the packages it is made of.
const peer = /^(postgraphile|grafast|grafserv|ruru|tamedevil|pg-sql2|pg-introspection|@dataplan\/|@graphile\/|graphile-)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
  });
}

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('PostGraphile, the benchmark peer', () => {
  it('is a dev dependency only', () => {
    expect(manifest.devDependencies.postgraphile).toMatch(/^5\./);
    expect(Object.keys(manifest.dependencies).filter((name) => peer.test(name))).toEqual([]);
  });

  it('is imported by no module of src/', () => {
    const files = sourceFiles(path.join(root, 'src'));
    expect(files.length).toBeGreaterThan(20);
    const importers = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);
      return specifiers.some((specifier) => peer.test(specifier));
    });
    expect(importers.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('answers count in our shape: global IDs, UTC timestamps, our field names, nothing dropped', () => {
    const q1 = toOurShape('Q1', {
      allStatements: {
        edges: [
          { node: { rowId: 7, kind: 'DIRECT', text: 'We will.', saidAt: '2024-05-01T10:00:00.5', entityBySpeakerId: { rowId: 3, name: 'A. Speaker' }, articleByArticleId: { rowId: 2, title: 'T' } } },
          { node: { rowId: 6, kind: 'INDIRECT', text: 'they would', saidAt: null, entityBySpeakerId: null, articleByArticleId: { rowId: 2, title: 'T' } } },
        ],
      },
    });
    expect(q1).toEqual({
      statements: {
        edges: [
          { node: { id: gid('Statement', 7), kind: 'DIRECT', text: 'We will.', saidAt: '2024-05-01T10:00:00.500Z', speaker: { id: gid('Entity', 3), name: 'A. Speaker' }, article: { id: gid('Article', 2), title: 'T' } } },
          { node: { id: gid('Statement', 6), kind: 'INDIRECT', text: 'they would', saidAt: null, speaker: null, article: { id: gid('Article', 2), title: 'T' } } },
        ],
      },
    });
    // Q3 selects no speaker: none is added.
    const q3 = toOurShape('Q3', { allStatements: { edges: [{ node: { rowId: 1, kind: 'DIRECT', text: 'x', saidAt: '2024-05-01T10:00:00', articleByArticleId: { rowId: 1, title: 't' } } }] } });
    expect(Object.keys((q3 as { statements: { edges: { node: object }[] } }).statements.edges[0].node)).toEqual(['id', 'kind', 'text', 'saidAt', 'article']);
    expect(toOurShape('Q2', { articleByRowId: null })).toEqual({ article: null });
    const q2 = toOurShape('Q2', {
      articleByRowId: {
        rowId: 4,
        title: 'T',
        url: 'https://example.test/4',
        publishedAt: '2023-01-01T13:19:24.873',
        statementsByArticleId: { edges: [] },
        statisticsByArticleId: { edges: [{ node: { rowId: 9, value: 2.5, unit: 'percent', label: 'rate', direction: 'UP', text: '2.5%', start: 10, end: 14 } }] },
      },
    });
    expect(q2).toEqual({
      article: {
        id: gid('Article', 4),
        title: 'T',
        url: 'https://example.test/4',
        publishedAt: '2023-01-01T13:19:24.873Z',
        statements: { edges: [] },
        statistics: { edges: [{ node: { id: gid('Statistic', 9), value: 2.5, unit: 'percent', label: 'rate', direction: 'UP', text: '2.5%', start: 10, end: 14 } }] },
      },
    });
  });
});
