// GraphQL shapes of the expected failures of mutations (Pothos errors plugin): clients select
// them as union members; unexpected errors stay thrown and masked.
import { builder } from '../../builder.js';
import { NotFoundError, StoryNotStoredError, ValidationError, type Issue } from '../../errors.js';

export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  description: 'An expected failure: the operation wrote nothing.',
  fields: (t) => ({ message: t.exposeString('message', { description: 'What went wrong, for a person to read.' }) }),
});

const IssueRef = builder.objectRef<Issue>('Issue').implement({
  description: 'One problem with the input.',
  fields: (t) => ({
    path: t.stringList({
      description: 'Where in the input, e.g. ["input", "statements", "2", "text"].',
      resolve: (issue) => issue.path.map(String),
    }),
    message: t.exposeString('message', { description: 'What is wrong there, for a person to read.' }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: 'The input was refused: `issues` says where and why. Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [IssueRef], description: 'Every problem found, not just the first.', resolve: (error) => error.issues }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'An ID named nothing (any more). Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: () => ({}),
});

builder.objectType(StoryNotStoredError, {
  name: 'StoryNotStoredError',
  description: 'A story of `addStories` that the database failed to store (after retries); nothing of it was written: send it again.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof StoryNotStoredError,
  fields: () => ({}),
});

/**
 * Errors-plugin options for a mutation: it answers `<Name>Result`, the union of `<Name>Payload`
 * (whose `dataField` holds the result) and the expected errors.
 */
export function mutationResult(mutation: string, dataField: string) {
  const name = mutation[0].toUpperCase() + mutation.slice(1);
  return {
    types: [ValidationError, NotFoundError],
    result: { name: `${name}Payload`, description: `What \`${mutation}\` did, when it succeeded.` },
    union: { name: `${name}Result`, description: `The outcome of \`${mutation}\`: its payload, or the expected error that stopped it.` },
    dataField: { name: dataField, description: 'The result.' },
  };
}
