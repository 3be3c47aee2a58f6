// A start against a PostgreSQL that is not there ends with one line saying what to do, not a stack.
import { expect, it } from 'vitest';
import { adminUrl } from '../helpers/database.js';
import { startServerProcess } from '../helpers/server-process.js';

async function failedStart(databaseUrl: string): Promise<string[]> {
  const error = await startServerProcess({ DATABASE_URL: databaseUrl }).then(
    () => {
      throw new Error('the server started');
    },
    (failure: Error) => failure,
  );
  expect(error.message).toMatch(/^server exited with 1:\n/);
  return error.message.split('\n').slice(1).filter(Boolean);
}

function withDatabase(name: string, port?: number) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (port) url.port = String(port);
  return url.toString();
}

it('says how to create a database that does not exist, in one line', async () => {
  const lines = await failedStart(withDatabase('newsgraph_never_created'));
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toMatchObject({
    level: 60,
    msg: expect.stringMatching(/^The database "newsgraph_never_created" does not exist on .*: create it \(createdb newsgraph_never_created/),
  });
});

it('says that a server it cannot reach must be started or the URL fixed, in one line', async () => {
  // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
  const lines = await failedStart(withDatabase('newsgraph', 1));
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!).msg).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1 \(DATABASE_URL\): start it or fix the host and port/);
});
