// `npm run seed`: adds the founding story of ../shared/corpus, with its hand annotation, to a
// running Newsgraph through the public addStory mutation (so it also exercises auth and limits).
// `npm run seed -- --raw` sends its text alone, under its own URL, for the extractor to read.
//   NEWSGRAPH_URL (default http://127.0.0.1:4000/graphql), API_TOKEN (one of the server's API_TOKENS)
import { print } from 'graphql';
import { AddStoryDocument } from '../src/generated/operations/graphql.js';
import { readAnnotatedStory } from './gold.js';

const url = process.env.NEWSGRAPH_URL ?? 'http://127.0.0.1:4000/graphql';
const token = process.env.API_TOKEN ?? process.env.API_TOKENS?.split(',')[0];
if (!token) {
  console.error('seed: set API_TOKEN to one of the tokens the server was started with (API_TOKENS).');
  process.exit(1);
}

const raw = process.argv.includes('--raw');
const annotated = await readAnnotatedStory('china-us-cybercrime', 'https://newsgraph.example/founding/china-us-cybercrime');
const input = raw ? { url: `${annotated.url}-raw`, title: annotated.title, body: annotated.body } : annotated;
const body = JSON.stringify({ query: print(AddStoryDocument), variables: { input } });
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body,
}).catch((error: Error) => {
  console.error(`seed: cannot reach ${url} (${error.message}). Is the server running (npm start)?`);
  process.exit(1);
});
const result = (await response.json()) as { data?: { addStory: Record<string, unknown> }; errors?: unknown[] };
if (result.errors || result.data?.addStory.__typename !== 'AddStoryPayload') {
  console.error('seed: the story was refused:', JSON.stringify(result.errors ?? result.data, null, 2));
  process.exit(1);
}
console.log(JSON.stringify(result.data.addStory, null, 2));
