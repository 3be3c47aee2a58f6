// The change stream driven directly, as graphql-ws drives it, over the app's real feed and
// database: a consumer that stops reading falls behind and is ended with a resumable error.
import { expect, it } from 'vitest';
import { AddStoryDocument } from '../../src/generated/operations/graphql.js';
import { changeStream, matcherFor } from '../../src/live/subscription.js';
import { useTestApp } from '../helpers/app.js';
import { annotatedStory } from '../helpers/live.js';

const api = useTestApp();
const lines = (id: string, count: number) => Array.from({ length: count }, (_, i) => ({ speaker: 'Pia Holm', text: `note ${i + 1} of ${id} was filed` }));

it('ends a subscriber that falls too far behind, with SUBSCRIPTION_FELL_BEHIND, and lets go of it', async () => {
  const { feed } = api.app;
  const listeners = feed.listenerCount;
  const stream = changeStream(feed, { kind: 'STATEMENT_ADDED', matching: matcherFor(null, async (ids) => ids), maxPending: 3 });
  const first = stream.next(); // starts listening
  await api.ok(AddStoryDocument, { input: annotatedStory('behind-1', lines('behind-1', 1)) });
  expect((await first).done).toBe(false);
  expect(feed.listenerCount).toBe(listeners + 1);

  // The consumer stops reading while a story of 5 statements arrives: more than 3 wait.
  await api.ok(AddStoryDocument, { input: annotatedStory('behind-2', lines('behind-2', 5)) });
  await expect(stream.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_FELL_BEHIND' } });
  expect(feed.listenerCount).toBe(listeners);
  expect(await stream.next()).toEqual({ value: undefined, done: true });
});

it('keeps a subscriber that reads, however many changes a story brings', async () => {
  const stream = changeStream(api.app.feed, { kind: 'STATEMENT_ADDED', matching: matcherFor(null, async (ids) => ids), maxPending: 3 });
  const first = stream.next();
  await api.ok(AddStoryDocument, { input: annotatedStory('reader-1', lines('reader-1', 1)) });
  await first;
  // 3 waiting is the limit, not over it.
  await api.ok(AddStoryDocument, { input: annotatedStory('reader-2', lines('reader-2', 3)) });
  for (let i = 0; i < 3; i++) expect((await stream.next()).done).toBe(false);
  await stream.return!();
});
