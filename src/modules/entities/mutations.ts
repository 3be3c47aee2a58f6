import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { idOf } from '../shared/filters.js';
import { mutationResult } from '../shared/error-types.js';
import { EntityRef } from './types.js';
import { mergeEntities } from './service.js';

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityRef,
    description:
      'Folds `from` into `into` (two names found for one entity): its statements, mentions, agreements, statistics, names and titles move to `into`, and `from` is deleted.',
    authScopes: { editor: true },
    errors: mutationResult('mergeEntities', 'entity'),
    args: {
      from: t.arg.id({ required: true, description: 'The entity that goes away.' }),
      into: t.arg.id({ required: true, description: 'The entity that stays.' }),
    },
    resolve: async (_root, args) => {
      const id = await mergeEntities(idOf(String(args.from), 'Entity'), idOf(String(args.into), 'Entity'));
      return prisma.entity.findUniqueOrThrow({ where: { id } });
    },
  }),
);
