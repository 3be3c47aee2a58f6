import { builder } from '../../builder.js';
import { encodeGlobalId } from '../../global-id.js';
import { DeletedRef } from '../shared/deleted.js';
import { mutationResult } from '../shared/error-types.js';
import { idOf } from '../shared/filters.js';
import { deleteStatement, updateStatement } from './service.js';
import { StatementKind, StatementRef } from './types.js';

const UpdateStatementInput = builder.inputType('UpdateStatementInput', {
  description: 'The fields to correct; the others stay as they are.',
  fields: (t) => ({
    text: t.string({ required: false, description: 'Must be an exact span of the article body; offsets follow.' }),
    kind: t.field({ type: StatementKind, required: false, description: 'DIRECT (quoted) or INDIRECT (reported).' }),
    speaker: t.string({ required: false, description: 'The speaker\'s name, resolved to an entity like names in a story.' }),
  }),
});

builder.mutationField('updateStatement', (t) =>
  t.field({
    type: StatementRef,
    description: 'Corrects a statement. Corrected statements are kept when their story is added again.',
    authScopes: { editor: true },
    errors: mutationResult('updateStatement', 'statement'),
    args: {
      id: t.arg.id({ required: true, description: 'The statement.' }),
      input: t.arg({ type: UpdateStatementInput, required: true, description: 'What to correct.' }),
    },
    resolve: (_root, args) => updateStatement(idOf(String(args.id), 'Statement'), args.input),
  }),
);

builder.mutationField('deleteStatement', (t) =>
  t.field({
    type: DeletedRef,
    description: 'Deletes a statement; its story, speaker and topics stay.',
    authScopes: { editor: true },
    errors: mutationResult('deleteStatement', 'result'),
    args: { id: t.arg.id({ required: true, description: 'The statement.' }) },
    resolve: async (_root, args) => {
      const id = idOf(String(args.id), 'Statement');
      await deleteStatement(id);
      return { deletedId: encodeGlobalId('Statement', id) };
    },
  }),
);
