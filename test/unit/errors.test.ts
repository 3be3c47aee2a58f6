// The one place errors are masked: client mistakes keep their message, everything else does not.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { expect, it } from 'vitest';
import { maskError } from '../../src/errors.js';
import { planStory } from '../../src/modules/ingestion/plan.js';

const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original });

it('masks an unexpected error: no SQL, no stack, no message', () => {
  const leak = new Error('Invalid `prisma.article.findMany()` invocation: SELECT "secret" FROM "Article"');
  const masked = maskError(wrapped(leak), 'Unexpected error.', false) as GraphQLError;
  expect(masked.message).toBe('Unexpected error.');
  expect(JSON.stringify(masked.toJSON())).not.toMatch(/prisma|SELECT|stack/i);
});

it('keeps a Pothos validation error as the client\'s mistake', () => {
  const masked = maskError(wrapped(new PothosValidationError('Invalid cursor: x')), 'Unexpected error.', false) as GraphQLError;
  expect(masked.message).toBe('Invalid cursor: x');
  expect(masked.extensions.code).toBe('BAD_USER_INPUT');
});

it('planStory refuses NUL characters for callers that bypass GraphQL', () => {
  const { plan, issues } = planStory({ url: 'https://example.com/n', title: 'T', body: 'a\u0000b' });
  expect(plan).toBeNull();
  expect(issues[0].message).toMatch(/NUL/);
});

it('planStory accepts the six characters \\u0000 as text (JSON writes them \\\\u0000)', () => {
  const { plan, issues } = planStory({ url: 'https://example.com/n', title: 'T \\u0000', body: 'C:\\u0000 and \\\\u0000' });
  expect(issues).toEqual([]);
  expect(plan?.body).toBe('C:\\u0000 and \\\\u0000');
});
