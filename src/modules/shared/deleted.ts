import { builder } from '../../builder.js';

export const DeletedRef = builder.objectRef<{ deletedId: string }>('Deleted').implement({
  description: 'What a delete removed.',
  fields: (t) => ({ deletedId: t.exposeID('deletedId', { description: 'The global ID the node had.' }) }),
});
