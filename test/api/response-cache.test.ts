// The optional response cache (RESPONSE_CACHE_TTL_MS): a repeated read is answered without SQL, and
// no cached answer outlives a write, whichever write it is.
import { expect, it } from 'vitest';
import { AddStoryDocument, DeleteStatementDocument, StatementsDocument, UpdateStatementDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';
import { annotatedStory } from '../helpers/live.js';

const api = useTestApp({ responseCacheTtlMs: 60_000 });

/** The latest statements' texts, and how many SQL statements answering them took. */
async function latest() {
  api.resetQueries();
  const { statements } = await api.ok(StatementsDocument, { first: 10 }, { token: null });
  return { texts: statements.edges.map((edge) => edge.node.text), sql: api.queries.length };
}

it('answers a repeated read from the cache, and never serves it after a write', async () => {
  await api.ok(AddStoryDocument, { input: annotatedStory('cache-1', [{ speaker: 'Otto Crane', text: 'the square would be repaved' }]) });
  const first = await latest();
  expect(first.texts).toEqual(['the square would be repaved']);
  expect(first.sql).toBeGreaterThan(0);
  const again = await latest();
  expect(again).toEqual({ texts: first.texts, sql: 0 }); // from the cache

  // A new story: a new list member no entity-based invalidation would know about.
  await api.ok(AddStoryDocument, { input: annotatedStory('cache-2', [{ speaker: 'Otto Crane', text: 'the fountain would stay' }]) });
  const afterAdd = await latest();
  expect(afterAdd.texts.sort()).toEqual(['the fountain would stay', 'the square would be repaved']);
  expect(afterAdd.sql).toBeGreaterThan(0);

  // An editor's correction and a deletion, which log no change for subscribers.
  const { statements } = await api.ok(StatementsDocument, { first: 10, filter: { search: 'fountain' } });
  const id = statements.edges[0].node.id;
  const direct = () => api.ok(StatementsDocument, { first: 10, filter: { kind: 'DIRECT' } }, { token: null });
  expect((await direct()).statements.edges).toEqual([]);
  expect((await direct()).statements.edges).toEqual([]); // now cached
  await latest();
  await api.ok(UpdateStatementDocument, { id, input: { kind: 'DIRECT' } });
  expect((await direct()).statements.edges.map((edge) => edge.node.id)).toEqual([id]);
  await api.ok(DeleteStatementDocument, { id });
  expect((await latest()).texts).toEqual(['the square would be repaved']);
});
