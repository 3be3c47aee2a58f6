// The door of the write path: a story larger than STORY_MAX_CHARS is refused before any work, and
// past INGEST_QUEUE_SIZE stories admitted at once a story gets SERVER_BUSY with a retry-after hint
// (never "Unexpected error."), and nothing of it is written.
import { print } from 'graphql';
import { expect, it } from 'vitest';
import { AddStoryDocument, ArticleByUrlDocument, type AddStoryInput } from '../../src/generated/operations/graphql.js';
import { TOKEN, useTestApp } from '../helpers/app.js';

const api = useTestApp({ ingestQueueSize: 3, storyMaxChars: 2_000 });

const story = (i: number, body = `The lighthouse keeper said that lamp ${i} was lit at dusk.`): AddStoryInput => ({
  url: `https://newsgraph.example/queue/${i}`,
  title: `Lamp ${i}`,
  body,
});

it('refuses a body over STORY_MAX_CHARS with a ValidationError, writing nothing', async () => {
  const { addStory } = await api.ok(AddStoryDocument, { input: story(1, 'Word '.repeat(401)) });
  expect(addStory).toMatchObject({
    __typename: 'ValidationError',
    issues: [{ path: ['input', 'body'], message: 'must be at most 2000 characters' }],
  });
  expect((await api.ok(ArticleByUrlDocument, { url: story(1).url })).article).toBeNull();
});

it('answers SERVER_BUSY with a retry-after hint past the queue size, and stores the others', async () => {
  const inputs = Array.from({ length: 12 }, (_, i) => story(100 + i));
  const responses = await Promise.all(
    inputs.map((input) => api.request({ query: print(AddStoryDocument), variables: { input } }, { token: TOKEN })),
  );
  const bodies = (await Promise.all(responses.map((response) => response.json()))) as { data?: { addStory: { __typename: string } | null }; errors?: { message: string; extensions: Record<string, unknown> }[] }[];
  const busy = bodies.flatMap((body, i) => (body.errors ? [{ i, status: responses[i]!.status, retryAfter: responses[i]!.headers.get('retry-after'), error: body.errors[0]! }] : []));
  const stored = bodies.flatMap((body, i) => (body.data?.addStory?.__typename === 'AddStoryPayload' ? [i] : []));
  expect(busy.length).toBeGreaterThan(0);
  expect(stored.length).toBeGreaterThanOrEqual(3);
  expect(busy.length + stored.length).toBe(12);
  for (const { status, retryAfter, error } of busy) {
    expect(error.extensions).toMatchObject({ code: 'SERVER_BUSY', retryAfterSeconds: expect.any(Number) });
    expect(error.message).toMatch(/busy/);
    expect(status).toBe(503);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  }
  // Refused stories left nothing behind; admitted ones are whole.
  for (const { i } of busy) expect((await api.ok(ArticleByUrlDocument, { url: inputs[i]!.url })).article).toBeNull();
  for (const i of stored) expect((await api.ok(ArticleByUrlDocument, { url: inputs[i]!.url })).article?.title).toBe(inputs[i]!.title);
  // The queue empties: the refused ones go in when sent again.
  for (const { i } of busy) expect((await api.ok(AddStoryDocument, { input: inputs[i]! })).addStory.__typename).toBe('AddStoryPayload');
});
