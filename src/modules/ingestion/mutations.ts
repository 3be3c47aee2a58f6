import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { extractFindings, withExtraction } from './extraction.js';
import { AddStoryInput } from './inputs.js';
import { planStory } from './plan.js';
import { storeStory, type StoredStory } from './service.js';

const AddStoryPayload = builder.objectRef<StoredStory>('AddStoryPayload').implement({
  description: 'The story as stored, and what this call changed.',
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      description: 'The stored story, with everything found in it.',
      resolve: (query, stored) => prisma.article.findUniqueOrThrow({ ...query, where: { id: stored.articleId } }),
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
      'updates the story instead of duplicating it; the same story again (with the same extractor) changes nothing.',
    authScopes: { editor: true },
    errors: {
      types: [ValidationError, NotFoundError],
      directResult: true,
      union: { name: 'AddStoryResult', description: 'The stored story, or the expected error that stopped it.' },
    },
    args: { input: t.arg({ type: AddStoryInput, required: true, description: 'The story.' }) },
    resolve: async (_root, { input }) => {
      const { plan, issues } = planStory(input);
      if (!plan) throw new ValidationError('The story was not added: see `issues`.', issues);
      // Pure and fast: before the transaction, so no lock is held while it runs.
      return storeStory(withExtraction(plan, extractFindings(plan)));
    },
  }),
);
