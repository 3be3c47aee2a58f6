// What one story writes to the change log, and in which order: ARTICLE_ADDED (a new URL), then its
// new statements, then its statistics, each in id order, then its agreements. A story without
// agreements logs them in the statement that stores its findings (bulk-sql.ts, insertFindings), one
// with agreements in a statement of its own after them: both must log the same thing.
import { expect, it } from 'vitest';
import { AddStoryDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

const BODY =
  'Mayor Ada Quill said the bridge will reopen in May. Engineer Bo Tarn said repairs cost 4 million dollars. ' +
  'Velland and Norland proposed a fishing pact on Tuesday.';

function story(url: string, withAgreement: boolean, body = BODY) {
  return {
    url,
    title: 'Bridge repairs',
    body,
    statements: [
      { text: 'the bridge will reopen in May', speaker: 'Ada Quill', kind: 'INDIRECT' as const },
      { text: 'repairs cost 4 million dollars', speaker: 'Bo Tarn', kind: 'INDIRECT' as const },
    ],
    statistics: [{ text: '4 million dollars', value: 4_000_000, unit: 'USD', label: 'repair cost' }],
    agreements: withAgreement
      ? [{ title: 'Fishing pact', parties: ['Velland', 'Norland'], status: 'PROPOSED' as const, text: 'Velland and Norland proposed a fishing pact' }]
      : [],
    topics: [],
  };
}

/** The changes logged since `after`, in seq order, as "KIND id". */
async function loggedSince(after: bigint) {
  const rows = await api.app.database.prisma.changeEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: 'asc' } });
  return rows.map((row) => ({ kind: row.kind, nodeId: row.nodeId, seq: row.seq }));
}

async function latestSeq() {
  return (await api.app.database.prisma.changeEvent.findFirst({ orderBy: { seq: 'desc' } }))?.seq ?? 0n;
}

async function expectStoryLog(url: string, withAgreement: boolean) {
  const before = await latestSeq();
  const { addStory } = await api.ok(AddStoryDocument, { input: story(url, withAgreement) });
  if (addStory.__typename !== 'AddStoryPayload') throw new Error(addStory.__typename);
  const prisma = api.app.database.prisma;
  const articleId = (await prisma.article.findUniqueOrThrow({ where: { url }, select: { id: true } })).id;
  const statements = await prisma.statement.findMany({ where: { articleId }, orderBy: { id: 'asc' }, select: { id: true } });
  const statistics = await prisma.statistic.findMany({ where: { articleId }, orderBy: { id: 'asc' }, select: { id: true } });
  const agreements = await prisma.agreementMention.findMany({ where: { articleId }, select: { agreementId: true } });
  expect(statements).toHaveLength(2);
  expect(statistics).toHaveLength(1);
  expect(agreements).toHaveLength(withAgreement ? 1 : 0);
  const logged = await loggedSince(before);
  expect(logged.map(({ kind, nodeId }) => `${kind} ${nodeId}`)).toEqual([
    `ARTICLE_ADDED ${articleId}`,
    ...statements.map(({ id }) => `STATEMENT_ADDED ${id}`),
    ...statistics.map(({ id }) => `STATISTIC_ADDED ${id}`),
    ...agreements.map(({ agreementId }) => `AGREEMENT_CHANGED ${agreementId}`),
  ]);
  // One story's changes take consecutive seqs.
  expect(logged.map(({ seq }) => Number(seq - logged[0]!.seq))).toEqual(logged.map((_, i) => i));
  return articleId;
}

it('logs a new story without agreements as ARTICLE_ADDED, its statements, then its statistics, in id order', async () => {
  await expectStoryLog('https://newsgraph.example/story-log/plain', false);
});

it('logs a new story with an agreement the same way, the agreement last', async () => {
  await expectStoryLog('https://newsgraph.example/story-log/agreement', true);
});

it('logs only what is new when a story changes, and nothing when it is added again unchanged', async () => {
  const url = 'https://newsgraph.example/story-log/changed';
  await expectStoryLog(url, false);
  let before = await latestSeq();
  await api.ok(AddStoryDocument, { input: story(url, false) });
  expect(await loggedSince(before)).toEqual([]);

  // The same statements again (kept, not new) and one more: only that one, and the statistic
  // (statistics are stored afresh), are logged; no ARTICLE_ADDED.
  before = await latestSeq();
  const body = `${BODY} Ada Quill said traffic will ease.`;
  const input = story(url, false, body);
  input.statements.push({ text: 'traffic will ease', speaker: 'Ada Quill', kind: 'INDIRECT' });
  await api.ok(AddStoryDocument, { input });
  const logged = await loggedSince(before);
  expect(logged.map(({ kind }) => kind)).toEqual(['STATEMENT_ADDED', 'STATISTIC_ADDED']);
  const added = await api.app.database.prisma.statement.findFirst({ where: { text: 'traffic will ease' } });
  expect(logged[0]!.nodeId).toBe(added!.id);
});
