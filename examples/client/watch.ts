// A small typed client of Newsgraph: looks a person up by name, then follows their new statements
// live over graphql-ws, and when the connection drops, subscribes again with `after: <the last
// cursor it saw>`, so it misses nothing and sees nothing twice. Its operations are typed by codegen
// from operations.graphql (examples/client/generated/).
//
//   npm run example:watch -- --name "Helena Voss"
//   npm run example:watch -- --url http://127.0.0.1:4000/graphql --name "Tomas Reyes" --after <cursor> --events 3
import { parseArgs } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { ExampleNewStatementsDocument, ExamplePersonDocument, type ExampleNewStatementsSubscription } from './generated/graphql.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: process.env.NEWSGRAPH_URL ?? 'http://127.0.0.1:4000/graphql' },
    name: { type: 'string', default: 'Helena Voss' },
    after: { type: 'string' },
    // Stop after this many live events (0: never), so a script or a test can wait for it.
    events: { type: 'string', default: '0' },
  },
});

/** One typed request over HTTP: the result's type comes from the document. */
async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const response = await fetch(args.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const result = (await response.json()) as ExecutionResult<Result>;
  if (result.errors?.length) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data!;
}

const { entity } = await request(ExamplePersonDocument, { name: args.name });
if (!entity) {
  console.log(`Nobody called "${args.name}" yet; waiting for their statements anyway.`);
} else {
  console.log(`${entity.name} (${entity.titles.join(', ') || 'no title'}): ${entity.statements.totalCount} statements`);
  for (const { node } of entity.statements.edges) console.log(`  ${node.kind.padEnd(8)} ${node.text}  (${node.article.title})`);
}

const client = createClient({ url: args.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
let after = args.after;
let received = 0;
const wanted = Number(args.events);

// Each pass subscribes from the last cursor seen; a dropped connection ends the pass, and the next
// one picks up exactly where it stopped.
while (wanted === 0 || received < wanted) {
  try {
    const events = client.iterate<ExampleNewStatementsSubscription>({
      query: print(ExampleNewStatementsDocument),
      variables: { speakerName: [args.name], after },
    });
    for await (const result of events) {
      const event = result.data?.statementAdded;
      if (!event) throw new Error(JSON.stringify(result.errors));
      after = event.cursor;
      received++;
      console.log(`new ${event.node.kind} from ${event.node.speaker?.name ?? 'someone'}: ${event.node.text}  [cursor ${event.cursor}]`);
      if (wanted && received >= wanted) break;
    }
  } catch (error) {
    console.error(`connection lost (${(error as Error).message ?? error}); resuming after ${after ?? 'the start'} in 1 s`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
await client.dispose();
