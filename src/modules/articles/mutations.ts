import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError } from '../../errors.js';
import { encodeGlobalId } from '../../global-id.js';
import { DeletedRef } from '../shared/deleted.js';
import { mutationResult } from '../shared/error-types.js';
import { idOf } from '../shared/filters.js';

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeletedRef,
    description: 'Deletes a story with its statements, statistics and mentions. Entities and agreements stay.',
    authScopes: { editor: true },
    errors: mutationResult('deleteArticle', 'result'),
    args: { id: t.arg.id({ required: true, description: 'The article.' }) },
    resolve: async (_root, args) => {
      const id = idOf(String(args.id), 'Article');
      const { count } = await prisma.article.deleteMany({ where: { id } });
      if (!count) throw new NotFoundError('No article has this ID.');
      return { deletedId: encodeGlobalId('Article', id) };
    },
  }),
);
