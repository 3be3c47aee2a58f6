// The one line a start prints for a database that is not there: which case, and what to do.
import { expect, it } from 'vitest';
import { explainStartupError } from '../../src/database/startup-errors.js';

const url = 'postgresql://reader:secret@db.example:6543/newsroom';

it('names the missing database and how to create it, without the password', () => {
  const error = Object.assign(new Error('Raw query failed. Code: `3D000`. Message: `database "newsroom" does not exist`'), { code: 'P2010' });
  const line = explainStartupError(error, url)!;
  expect(line).toBe('The database "newsroom" does not exist on db.example:6543: create it (createdb newsroom, or CREATE DATABASE "newsroom"; in psql), then start again.');
  expect(line).not.toContain('secret');
});

it('tells a refused user from an unreachable server, through the cause chain', () => {
  const refused = new Error('query failed', { cause: Object.assign(new Error('password authentication failed for user "reader"'), { code: '28P01' }) });
  expect(explainStartupError(refused, url)).toMatch(/^PostgreSQL at db\.example:6543 refused the user or password of DATABASE_URL/);
  const unreachable = Object.assign(new Error('x'), { meta: { driverAdapterError: new Error('DatabaseNotReachable') } });
  expect(explainStartupError(unreachable, url)).toMatch(/^Cannot reach PostgreSQL at db\.example:6543 \(DATABASE_URL\)/);
});

it('leaves every other error, and the embedded database, to their stack traces', () => {
  expect(explainStartupError(new Error('relation "Article" does not exist'), url)).toBeUndefined();
  expect(explainStartupError(new Error('connect ECONNREFUSED'), undefined)).toBeUndefined();
});
