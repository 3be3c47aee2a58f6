// Live updates through real clients against a listening server: graphql-ws over `ws`, and SSE.
// Waiting is never by the clock: a test adds a story it knows and waits for its statements, so a
// statement that should not have been emitted shows up as the wrong "next" event.
import { afterAll, describe, expect, it } from 'vitest';
import {
  AddStoryDocument,
  AgreementChangedDocument,
  AgreementsDocument,
  ArticleAddedDocument,
  ArticleByUrlDocument,
  EntitiesDocument,
  SetAgreementStatusDocument,
  StatementAddedDocument,
  StatisticAddedDocument,
  TopicsDocument,
  type StatementAddedSubscription,
} from '../../src/generated/operations/graphql.js';
import { decodeCursor, recordChanges } from '../../src/live/change-log.js';
import { annotatedStory, post, subscribeSse, subscribeWs, useLiveServer, wsClient, type Line } from '../helpers/live.js';

const server = useLiveServer();
const clients: ReturnType<typeof wsClient>[] = [];
const client = () => {
  const created = wsClient(server.wsUrl);
  clients.push(created);
  return created;
};
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
});

let stories = 0;
async function addStory(lines: Line[], extra: Record<string, unknown> = {}, id = `s${++stories}`) {
  const input = annotatedStory(id, lines, extra);
  const result = await post(server.url, AddStoryDocument, { input });
  expect(result.errors).toBeUndefined();
  expect(result.data?.addStory.__typename).toBe('AddStoryPayload');
  return input;
}

const texts = (events: StatementAddedSubscription[]) => events.map((event) => event.statementAdded.node.text);
const seqOf = (cursor: string) => decodeCursor(cursor)!;

describe('statementAdded', () => {
  it('delivers each new statement once, in order, with the selection the subscriber asked for', async () => {
    const received = await subscribeWs(client(), StatementAddedDocument, {}, server);
    const story = await addStory([
      { speaker: 'Mara Quill', text: 'the harbour would reopen by spring', topics: ['harbours'] },
      { speaker: 'Oren Blake', text: 'the budget was already spent' },
      { speaker: 'Mara Quill', text: 'the ferries would run every hour' },
    ], {}, 'harbour');
    await received.count(3);
    expect(texts(received.events)).toEqual(story.statements.map((statement) => statement.text));
    const [first] = received.events;
    expect(first.statementAdded.node).toMatchObject({
      kind: 'INDIRECT',
      speaker: { name: 'Mara Quill' },
      article: { title: story.title, url: story.url },
      topics: [{ name: 'harbours' }],
    });
    const seqs = received.events.map((event) => seqOf(event.statementAdded.cursor));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect(new Set(seqs).size).toBe(3);

    // The same story again emits nothing; a changed version emits only its new statement.
    await addStory(story.statements.map((s) => ({ speaker: s.speaker, text: s.text, topics: s.topics })), {}, 'harbour');
    await addStory(
      [...story.statements.map((s) => ({ speaker: s.speaker, text: s.text, topics: s.topics })), { speaker: 'Oren Blake', text: 'the piers needed new lights' }],
      {},
      'harbour',
    );
    await received.count(4);
    expect(texts(received.events).slice(3)).toEqual(['the piers needed new lights']);
    const marker = await addStory([{ speaker: 'Oren Blake', text: 'nothing else had changed' }]);
    await received.count(5);
    expect(texts(received.events).slice(3)).toEqual(['the piers needed new lights', marker.statements[0].text]);
    received.unsubscribe();
  });

  it('emits nothing for a story that is refused or a transaction that rolls back', async () => {
    const received = await subscribeWs(client(), StatementAddedDocument, {}, server);
    const refused = annotatedStory('refused', [{ speaker: 'Ivo Stern', text: 'this was never stored' }]);
    const unauthenticated = await post(server.url, AddStoryDocument, { input: refused }, null);
    expect(unauthenticated.errors?.[0].message).toMatch(/Authorization/);
    const invalid = await post(server.url, AddStoryDocument, {
      input: { ...refused, statements: [{ text: 'not in the body', speaker: 'Ivo Stern', kind: 'INDIRECT' }] },
    });
    expect(invalid.data?.addStory.__typename).toBe('ValidationError');

    // A writer whose transaction logs a change and then fails: the change never reaches anyone.
    const { prisma } = server.app.database;
    const someStatement = await prisma.statement.findFirstOrThrow({ select: { id: true } });
    await expect(
      prisma.$transaction(async (tx) => {
        await recordChanges(tx, [{ kind: 'STATEMENT_ADDED', nodeId: someStatement.id }]);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    await server.app.feed.catchUp();

    const marker = await addStory([{ speaker: 'Ivo Stern', text: 'only this was stored' }]);
    await received.count(1);
    expect(texts(received.events)).toEqual([marker.statements[0].text]);
    received.unsubscribe();
  });

  it('filters by speaker, kind, topic, article and text, in the live stream and in a replay alike', async () => {
    const base = await addStory([
      { speaker: 'Lena Hart', text: 'the tunnel was safe' },
      { speaker: 'Piet Vos', text: 'the tunnel leaked', topics: ['tunnels'] },
    ]);
    const { entities } = (await post(server.url, EntitiesDocument, { filter: { name: 'Lena Hart' } })).data!;
    const lena = entities.edges.find((edge) => edge.node.name === 'Lena Hart')!.node.id;
    const topic = (await post(server.url, TopicsDocument, {})).data!.topics.edges.find((edge) => edge.node.name === 'tunnels')!.node.id;
    const article = (await post(server.url, ArticleByUrlDocument, { url: base.url })).data!.article!.id;
    const last = await subscribeWs(client(), StatementAddedDocument, {}, server);
    await addStory([{ speaker: 'Lena Hart', text: 'a marker before the filtered part' }]);
    await last.count(1);
    const from = last.events[0].statementAdded.cursor;

    const filters = {
      speaker: { speaker: [lena] },
      kind: { kind: 'DIRECT' as const },
      topic: { topic: [topic] },
      article: { article: [article] },
      search: { search: 'lanterns' },
    };
    const expected = {
      speaker: ['the lanterns were lit', 'the ferry is late'],
      kind: ['"The ferry is late," she said'],
      topic: ['the drains were cleared'],
      article: ['the tunnel would close for a week'],
      search: ['the lanterns were lit'],
    };
    // One at a time: each waits until the server listens for it (see subscribeWs).
    const live: Record<string, Awaited<ReturnType<typeof subscribeWs<StatementAddedSubscription, unknown>>>> = {};
    for (const [name, filter] of Object.entries(filters)) live[name] = await subscribeWs(client(), StatementAddedDocument, { filter }, server);

    await addStory([
      { speaker: 'Lena Hart', text: 'the lanterns were lit' },
      { speaker: 'Piet Vos', text: 'the drains were cleared', topics: ['tunnels'] },
      { speaker: 'Lena Hart', text: 'the ferry is late' },
      { speaker: 'Piet Vos', text: '"The ferry is late," she said', kind: 'DIRECT' },
    ]);
    await addStory([...base.statements.map((s) => ({ speaker: s.speaker, text: s.text, topics: s.topics })), { speaker: 'Piet Vos', text: 'the tunnel would close for a week' }], {}, base.url.split('/').pop());
    const marker = await addStory([{ speaker: 'Noor Amin', text: 'the end of the filtered part', topics: ['tunnels'] }]);
    expected.topic.push(marker.statements[0].text);

    for (const [name, received] of Object.entries(live)) {
      const wanted = expected[name as keyof typeof expected];
      await received.count(wanted.length);
      expect(texts(received.events), name).toEqual(wanted);
      received.unsubscribe();
      // The same filter replayed from the database after the cursor gives the same statements.
      const replayed = await subscribeWs(client(), StatementAddedDocument, { filter: filters[name as keyof typeof filters], after: from }, server);
      await replayed.count(wanted.length);
      expect(texts(replayed.events), `${name} (replay)`).toEqual(wanted);
      replayed.unsubscribe();
    }
    last.unsubscribe();
  });

  it('works over Server-Sent Events too', async () => {
    const received = await subscribeSse(server, StatementAddedDocument, {});
    const story = await addStory([
      { speaker: 'Ada Finch', text: 'the bridge would be painted' },
      { speaker: 'Ada Finch', text: 'the paint was donated' },
    ]);
    await received.count(2);
    expect(texts(received.events)).toEqual(story.statements.map((statement) => statement.text));
    expect(received.events[0].statementAdded.node.speaker?.name).toBe('Ada Finch');
    received.dispose();
  });

  it('resumes after a cursor: replays what it missed, then goes on live, with no gap and no duplicate', async () => {
    const everything = await subscribeWs(client(), StatementAddedDocument, {}, server);
    const speakers = ['Rui Costa', 'Tess Moy', 'Uma Lind'];
    const story = (n: number): Line[] => speakers.map((speaker, i) => ({ speaker, text: `point ${i + 1} of story ${n} held` }));
    for (let n = 1; n <= 20; n++) await addStory(story(n), {}, `resume-${n}`);
    await everything.count(60);
    const resumeAt = 10;
    const cursor = everything.events[resumeAt - 1].statementAdded.cursor;

    // Stories keep arriving, concurrently, while the resumed subscription replays.
    const adding = Promise.all(Array.from({ length: 8 }, (_, i) => addStory(story(100 + i), {}, `resume-live-${i}`)));
    const resumed = await subscribeWs(client(), StatementAddedDocument, { after: cursor }, server);
    await adding;
    const marker = await addStory([{ speaker: 'Rui Costa', text: 'the last point held' }], {}, 'resume-end');
    await everything.count(60 + 8 * 3 + 1);
    const expected = everything.events.slice(resumeAt).map((event) => event.statementAdded.node.id);
    await resumed.until((r) => r.events.at(-1)?.statementAdded.node.text === marker.statements[0].text);
    expect(resumed.events.map((event) => event.statementAdded.node.id)).toEqual(expected);

    // Commit order: the live stream's cursors only increase, and so does the replay's.
    const seqs = everything.events.map((event) => seqOf(event.statementAdded.cursor));
    expect(seqs.every((seq, i) => i === 0 || seq > seqs[i - 1])).toBe(true);
    everything.unsubscribe();
    resumed.unsubscribe();
  });

  it('replays more than one page of the log, in order', async () => {
    const marker = await subscribeWs(client(), StatementAddedDocument, {}, server);
    await addStory([{ speaker: 'Vera Lunt', text: 'the long replay starts after this' }], {}, 'long-replay-marker');
    await marker.count(1);
    const lines = Array.from({ length: 520 }, (_, i) => ({ speaker: 'Vera Lunt', text: `item ${i + 1} of the long list was read` }));
    await addStory(lines, {}, 'long-replay');
    await marker.count(521);
    const replayed = await subscribeWs(client(), StatementAddedDocument, { after: marker.events[0].statementAdded.cursor }, server);
    await replayed.count(520, 20_000);
    expect(texts(replayed.events)).toEqual(lines.map((line) => line.text));
    marker.unsubscribe();
    replayed.unsubscribe();
  });

  it('refuses a cursor it did not make, with a clear error', async () => {
    const received = await subscribeWs(client(), StatementAddedDocument, { after: 'not-a-cursor' });
    await received.until((r) => r.errors.length > 0);
    expect(JSON.stringify(received.errors)).toMatch(/`after` is not a cursor of this API/);
  });
});

describe('articleAdded, statisticAdded, agreementChanged', () => {
  it('deliver new stories, their statistics, and agreements when reported or when their status changes', async () => {
    const articles = await subscribeWs(client(), ArticleAddedDocument, {}, server);
    const statistics = await subscribeWs(client(), StatisticAddedDocument, {}, server);
    const agreements = await subscribeWs(client(), AgreementChangedDocument, { filter: { status: ['PROPOSED', 'SIGNED'] } }, server);
    const story = await addStory([{ speaker: 'Kai Dunn', text: 'the pact with Norland would hold' }], {
      body: 'Kai Dunn said that the pact with Norland would hold. Exports rose 12 percent. Velland and Norland proposed a fishing pact.',
      entities: [
        { name: 'Kai Dunn', kind: 'PERSON' },
        { name: 'Velland', kind: 'COUNTRY' },
        { name: 'Norland', kind: 'COUNTRY' },
      ],
      statistics: [{ text: '12 percent', value: 12, unit: 'percent', label: 'export growth', direction: 'INCREASE' }],
      agreements: [{ title: 'Fishing pact', parties: ['Velland', 'Norland'], status: 'PROPOSED', text: 'Velland and Norland proposed a fishing pact' }],
    });
    await articles.count(1);
    expect(articles.events[0].articleAdded.node).toMatchObject({ url: story.url, title: story.title });
    await statistics.count(1);
    expect(statistics.events[0].statisticAdded.node).toMatchObject({ value: 12, unit: 'percent', label: 'export growth', article: { url: story.url } });
    await agreements.count(1);
    expect(agreements.events[0].agreementChanged.node).toMatchObject({ title: 'Fishing pact', status: 'PROPOSED' });

    const { agreements: found } = (await post(server.url, AgreementsDocument, { filter: { search: 'fishing' } })).data!;
    const id = found.edges[0].node.id;
    // Each event's node is the agreement as it is when delivered: wait for one before the next change.
    await post(server.url, SetAgreementStatusDocument, { id, status: 'SIGNED' });
    await agreements.count(2);
    await post(server.url, SetAgreementStatusDocument, { id, status: 'SIGNED' }); // no change: no event
    await post(server.url, SetAgreementStatusDocument, { id, status: 'WITHDRAWN' }); // filtered out
    await post(server.url, SetAgreementStatusDocument, { id, status: 'PROPOSED' });
    await agreements.count(3);
    expect(agreements.events.map((event) => event.agreementChanged.node.status)).toEqual(['PROPOSED', 'SIGNED', 'PROPOSED']);
    for (const received of [articles, statistics, agreements]) received.unsubscribe();
  });
});
