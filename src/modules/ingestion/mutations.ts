import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { AddStoryInput } from './inputs.js';
import { planStory } from './plan.js';
import { storeStory, type StoredStory } from './service.js';

const AddStoryPayload = builder.objectRef<StoredStory>('AddStoryPayload').implement({
  fields: (t) => ({
    article: t.prismaField({
      type: 'Article',
      resolve: (query, stored) => prisma.article.findUniqueOrThrow({ ...query, where: { id: stored.articleId } }),
    }),
    created: t.exposeBoolean('created', { description: 'The URL was new.' }),
    changed: t.exposeBoolean('changed', { description: 'Anything was written; false when the same story was added again.' }),
  }),
});

builder.mutationField('addStory', (t) =>
  t.field({
    type: AddStoryPayload,
    description:
      'Adds a story with what is found in it, in one transaction: all of it or nothing. The same URL again updates the story instead of duplicating it; the same story again changes nothing.',
    authScopes: { editor: true },
    errors: { types: [ValidationError, NotFoundError], directResult: true, union: { name: 'AddStoryResult' } },
    args: { input: t.arg({ type: AddStoryInput, required: true }) },
    resolve: async (_root, { input }) => {
      const { plan, issues } = planStory(input);
      if (!plan) throw new ValidationError('The story was not added: see `issues`.', issues);
      return storeStory(plan);
    },
  }),
);
