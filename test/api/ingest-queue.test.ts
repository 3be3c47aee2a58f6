// The door of the write path: a story larger than STORY_MAX_CHARS is refused before any work, and
// past INGEST_QUEUE_SIZE stories admitted at once a story gets SERVER_BUSY with a retry-after hint
// (never "Unexpected error."), and nothing of it is written.
import { print } from 'graphql';
import { expect, it } from 'vitest';
import { AddStoryDocument, ArticleByUrlDocument, IngestStoriesDocument, type AddStoryInput } from '../../src/generated/operations/graphql.js';
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

it('adds a batch with addStories, one result per story: a bad one does not sink the others', async () => {
  const inputs = [story(200), { ...story(201), title: '  ' }, story(202)];
  const { addStories } = await api.ok(IngestStoriesDocument, { inputs });
  expect(addStories.map((result) => result.__typename)).toEqual(['AddStoryPayload', 'ValidationError', 'AddStoryPayload']);
  expect(addStories[1]).toMatchObject({ issues: [{ path: ['input', 'title'], message: 'must not be empty' }] });
  expect((await api.ok(ArticleByUrlDocument, { url: inputs[0]!.url })).article?.title).toBe('Lamp 200');
  expect((await api.ok(ArticleByUrlDocument, { url: inputs[1]!.url })).article).toBeNull();
  expect((await api.ok(ArticleByUrlDocument, { url: inputs[2]!.url })).article?.title).toBe('Lamp 202');
});

it('refuses a batch larger than the queue has room for with SERVER_BUSY, adding none of it', async () => {
  const inputs = Array.from({ length: 4 }, (_, i) => story(300 + i));
  const result = await api.run(IngestStoriesDocument, { inputs });
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'SERVER_BUSY', retryAfterSeconds: expect.any(Number) });
  for (const input of inputs) expect((await api.ok(ArticleByUrlDocument, { url: input.url })).article).toBeNull();
});

it('refuses more than 100 stories in one addStories call', async () => {
  const result = await api.run(IngestStoriesDocument, { inputs: Array.from({ length: 101 }, (_, i) => story(400 + i)) });
  expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/at most 100/) });
});
