import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError } from '../../errors.js';
import { announceChanges } from '../../live/change-feed.js';
import { recordChanges } from '../../live/change-log.js';
import { mutationResult } from '../shared/error-types.js';
import { idOf } from '../shared/filters.js';
import { AgreementRef, AgreementStatus } from './types.js';

builder.mutationField('setAgreementStatus', (t) =>
  t.field({
    type: AgreementRef,
    description: 'Sets the status of an agreement; `at` (default: now) becomes its signing or proposal date when that is unknown.',
    authScopes: { editor: true },
    errors: mutationResult('setAgreementStatus', 'agreement'),
    args: {
      id: t.arg.id({ required: true, description: 'The agreement.' }),
      status: t.arg({ type: AgreementStatus, required: true, description: 'Its new status.' }),
      at: t.arg({ type: 'DateTime', description: 'When the status took effect.' }),
    },
    resolve: async (_root, args) => {
      const id = idOf(String(args.id), 'Agreement');
      const at = args.at ?? new Date();
      const { updated, changed } = await prisma.$transaction(async (tx) => {
        const agreement = await tx.agreement.findUnique({ where: { id } });
        if (!agreement) throw new NotFoundError('No agreement has this ID.');
        const dates = {
          ...(args.status === 'SIGNED' && !agreement.signedAt ? { signedAt: at } : {}),
          ...(args.status === 'PROPOSED' && !agreement.proposedAt ? { proposedAt: at } : {}),
        };
        const changed = agreement.status !== args.status || Object.keys(dates).length > 0;
        const updated = await tx.agreement.update({ where: { id }, data: { status: args.status, ...dates } });
        if (changed) await recordChanges(tx, [{ kind: 'AGREEMENT_CHANGED', nodeId: id }]);
        return { updated, changed };
      });
      if (changed) await announceChanges();
      return updated;
    },
  }),
);
