import { builder } from '../../builder.js';
import { NotFoundError, StoryNotStoredError, ValidationError } from '../../errors.js';
import { AddStoryInput } from './inputs.js';
import type { StoredStory } from './service.js';

const AddStoryPayload = builder.objectRef<StoredStory>('AddStoryPayload').implement({
  description: 'The story as stored, and what this call changed.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The stored story, with everything found in it.',
      resolve: (query, stored, _args, { ingestion }) => ingestion.prisma.article.findUniqueOrThrow({ ...query, where: { id: stored.articleId } }),
    }),
    created: t.exposeBoolean('created', { description: 'The URL was new.' }),
    changed: t.exposeBoolean('changed', { description: 'Anything was written; false when the same story was added again.' }),
    newStatements: t.exposeInt('newStatements', {
      description:
        'How many statements this call stored for the first time. Adding a story again keeps the statements it ' +
        'already had (same text, kind and speaker: same ID) and counts only the others; 0 when nothing changed.',
    }),
  }),
});

builder.mutationField('addStory', (t) =>
  t.field({
    type: AddStoryPayload,
    description:
      'Adds a story with what is found in it, in one transaction: all of it or nothing. The extractor finds statements, ' +
      'statistics, agreements, topics and entities in the text; each part the input annotates (even as an empty list) ' +
      'replaces what the extractor found, and annotated entities are merged with the extracted ones. The same URL again ' +
      'updates the story instead of duplicating it; the same story again (with the same extractor) changes nothing. ' +
      'A body longer than STORY_MAX_CHARS is a ValidationError. When the server already has INGEST_QUEUE_SIZE stories ' +
      'waiting, nothing is done and the error has `extensions.code` SERVER_BUSY and `extensions.retryAfterSeconds`.',
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'AddStoryResult', description: 'The stored story, or the expected error that stopped it.' },
    },
    args: { input: t.arg({ type: AddStoryInput, required: true, description: 'The story.' }) },
    resolve: (_root, { input }, { ingestion }) => ingestion.addStory(input),
  }),
);

builder.mutationField('addStories', (t) =>
  t.field({
    type: [AddStoryPayload],
    description:
      'Adds up to 100 stories, as `addStory` does each, with one result per story in the order given: the stored story, ' +
      'a ValidationError, or a StoryNotStoredError; one story\'s failure does not sink the others. When the server has no ' +
      'room for the valid ones (INGEST_QUEUE_SIZE), none is added and the error has `extensions.code` SERVER_BUSY and ' +
      '`extensions.retryAfterSeconds`.',
    authScopes: { editor: true },
    itemErrors: {
      types: [ValidationError, StoryNotStoredError],
      directResult: true,
      union: { name: 'AddStoriesItemResult', description: 'One story\'s result: the stored story, or the expected error that stopped it.' },
    },
    args: { inputs: t.arg({ type: [AddStoryInput], required: true, description: 'The stories, at most 100.' }) },
    resolve: (_root, { inputs }, { ingestion }) => ingestion.addStories(inputs) as Promise<StoredStory[]>,
  }),
);
