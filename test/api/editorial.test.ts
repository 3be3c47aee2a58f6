// An editor's corrections: statements fixed or removed, entities merged, agreements moved on,
// stories re-added or deleted; and the read side that finds them again (search, node, nodes).
import { describe, expect, it } from 'vitest';
import {
  AddStoryDocument, AgreementsDocument, ArticleByUrlDocument, ArticlesDocument, DeleteArticleDocument, DeleteStatementDocument,
  EntityStatementsDocument, MergeEntitiesDocument, NodeDocument, NodesDocument, SearchDocument, SetAgreementStatusDocument,
  StatementsDocument, UpdateStatementDocument, type AddStoryInput,
} from '../../src/generated/operations/graphql.js';
import { encodeGlobalId } from '../../src/global-id.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

const harbour: AddStoryInput = {
  url: 'https://newsgraph.example/editorial/harbour',
  title: 'Belmar pier to open in May',
  body:
    'Harbour Minister Maria Lopez said on Monday that the new pier would open in May. ' +
    '"We will not wait for another storm," Lopez told reporters. The Belmar Port Authority said ' +
    'traffic rose by 12 percent last year. The town of Belmar and the Belmar Port Authority proposed a pier maintenance pact.',
  entities: [
    { name: 'Maria Lopez', kind: 'PERSON', title: 'Harbour Minister', aliases: ['Lopez'] },
    { name: 'Belmar', kind: 'PLACE' },
    { name: 'Belmar Port Authority', kind: 'ORGANIZATION' },
  ],
  statements: [
    { text: 'would open', speaker: 'Harbour office', kind: 'DIRECT' }, // mis-annotated on purpose
    { text: 'We will not wait for another storm', speaker: 'Lopez', kind: 'DIRECT' },
    { text: 'traffic rose by 12 percent last year', speaker: 'Belmar Port Authority', kind: 'INDIRECT' },
  ],
  statistics: [{ text: '12 percent', value: 12, unit: 'percent', label: 'port traffic growth', direction: 'INCREASE' }],
  agreements: [{
    title: 'Pier maintenance pact', parties: ['Belmar', 'Belmar Port Authority'], status: 'PROPOSED',
    text: 'The town of Belmar and the Belmar Port Authority proposed a pier maintenance pact',
  }],
};

const ferry: AddStoryInput = {
  url: 'https://newsgraph.example/editorial/ferry',
  title: 'Ferry fares frozen',
  body: 'Ferry fares will stay frozen until autumn, M. Lopez announced at the quay.',
  entities: [{ name: 'M. Lopez', kind: 'PERSON' }],
  statements: [{ text: 'Ferry fares will stay frozen until autumn', speaker: 'M. Lopez', kind: 'INDIRECT' }],
};

const libraryV1: AddStoryInput = {
  url: 'https://newsgraph.example/editorial/library',
  title: 'Riverside library to close',
  body:
    'The Riverside council voted to close the old library. "The building is no longer safe," said councillor Tom Reyes. ' +
    'Reyes added that repairs would cost 2 million dollars. Residents plan a protest on Sunday.',
  entities: [{ name: 'Tom Reyes', kind: 'PERSON', title: 'councillor', aliases: ['Reyes'] }],
  statements: [
    { text: 'The building is no longer safe', speaker: 'Tom Reyes', kind: 'DIRECT' },
    { text: 'repairs would cost 2 million dollars', speaker: 'Reyes', kind: 'INDIRECT' },
  ],
  statistics: [{ text: '2 million dollars', value: 2_000_000, unit: 'USD', label: 'repair cost' }],
};

const libraryV2: AddStoryInput = {
  ...libraryV1,
  body: libraryV1.body.replace('voted to', 'voted on Tuesday to').replace('Residents', 'About 300 residents'),
  statistics: [{ text: 'About 300 residents', value: 300, unit: 'residents', label: 'protesters' }],
};

async function addStory(input: AddStoryInput) {
  const { addStory } = await api.ok(AddStoryDocument, { input });
  if (addStory.__typename !== 'AddStoryPayload') throw new Error(`addStory failed: ${JSON.stringify(addStory)}`);
  return addStory;
}

const article = async (url: string) => (await api.ok(ArticleByUrlDocument, { url })).article!;
const statementsOf = async (url: string) => (await article(url)).statements.edges.map((edge) => edge.node);
const statementOf = async (url: string, text: string) => (await statementsOf(url)).find((s) => s.text === text)!;

async function entityNamed(name: string) {
  const { entities } = await api.ok(EntityStatementsDocument, { name, first: 100 });
  return entities.edges.find((edge) => edge.node.name === name)!.node;
}

describe('updateStatement', () => {
  it('corrects text (offsets follow), kind and speaker (resolved by alias) and marks it edited', async () => {
    await addStory(harbour);
    const before = await statementOf(harbour.url, 'would open');
    const lopez = await entityNamed('Maria Lopez');
    const text = 'the new pier would open in May';
    const input = { text, kind: 'INDIRECT' as const, speaker: 'Lopez' };
    const { updateStatement } = await api.ok(UpdateStatementDocument, { id: before.id, input });
    expect(updateStatement.__typename).toBe('UpdateStatementPayload');
    if (updateStatement.__typename !== 'UpdateStatementPayload') return;
    const updated = updateStatement.statement;
    expect(updated).toMatchObject({ id: before.id, text, kind: 'INDIRECT', speaker: { name: 'Maria Lopez' } });
    expect(harbour.body.slice(updated.start, updated.end)).toBe(text);
    expect(updated.start).toBeLessThan(before.start);
    expect(updated.editedAt).toBeTruthy();
    const after = await statementOf(harbour.url, text);
    expect(after.speaker?.id).toBe(lopez.id);
    expect((await entityNamed('Maria Lopez')).statements.totalCount).toBe(lopez.statements.totalCount + 1);
  });

  it('refuses a text that is not in the body, and changes nothing', async () => {
    const before = await statementOf(harbour.url, 'We will not wait for another storm');
    const input = { text: 'We will wait for the storm', kind: 'INDIRECT' as const };
    const { updateStatement } = await api.ok(UpdateStatementDocument, { id: before.id, input });
    expect(updateStatement).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'text'] }] });
    expect(await statementOf(harbour.url, before.text)).toEqual(before);
  });

  it('answers NotFoundError for an unknown statement', async () => {
    const id = encodeGlobalId('Statement', 999_999);
    const { updateStatement } = await api.ok(UpdateStatementDocument, { id, input: { kind: 'DIRECT' } });
    expect(updateStatement.__typename).toBe('NotFoundError');
  });

  it('is refused without a token, and changes nothing', async () => {
    const before = await statementOf(harbour.url, 'We will not wait for another storm');
    const result = await api.run(UpdateStatementDocument, { id: before.id, input: { kind: 'INDIRECT' } }, { token: null });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await statementOf(harbour.url, before.text)).toEqual(before);
  });
});

describe('deleteStatement', () => {
  it('removes the statement; deleting it again is NotFoundError', async () => {
    const { id } = await statementOf(harbour.url, 'traffic rose by 12 percent last year');
    const filter = { article: [(await article(harbour.url)).id] };
    const before = (await api.ok(StatementsDocument, { filter })).statements.totalCount;
    const { deleteStatement } = await api.ok(DeleteStatementDocument, { id });
    expect(deleteStatement).toMatchObject({ __typename: 'DeleteStatementPayload', result: { deletedId: id } });
    expect((await api.ok(StatementsDocument, { filter })).statements.totalCount).toBe(before - 1);
    expect((await api.ok(NodeDocument, { id })).node).toBeNull();
    expect((await api.ok(DeleteStatementDocument, { id })).deleteStatement.__typename).toBe('NotFoundError');
  });
});

describe('mergeEntities', () => {
  it('moves statements and mentions to `into`, keeps the old name as an alias, deletes `from`', async () => {
    await addStory(ferry);
    const [from, into] = [await entityNamed('M. Lopez'), await entityNamed('Maria Lopez')];
    expect(from.id).not.toBe(into.id);
    const { mergeEntities } = await api.ok(MergeEntitiesDocument, { from: from.id, into: into.id });
    expect(mergeEntities.__typename).toBe('MergeEntitiesPayload');
    if (mergeEntities.__typename !== 'MergeEntitiesPayload') return;
    expect(mergeEntities.entity).toMatchObject({
      id: into.id,
      name: 'Maria Lopez',
      statements: { totalCount: into.statements.totalCount + from.statements.totalCount },
      mentions: { totalCount: into.mentions.totalCount + from.mentions.totalCount },
    });
    expect(mergeEntities.entity.aliases).toEqual(expect.arrayContaining(['Lopez', 'M. Lopez']));
    expect((await api.ok(NodeDocument, { id: from.id })).node).toBeNull();
    expect((await statementOf(ferry.url, ferry.statements![0].text)).speaker?.id).toBe(into.id);
  });

  it('refuses to merge an entity into itself', async () => {
    const { id } = await entityNamed('Maria Lopez');
    const { mergeEntities } = await api.ok(MergeEntitiesDocument, { from: id, into: id });
    expect(mergeEntities.__typename).toBe('ValidationError');
    expect((await api.ok(NodeDocument, { id })).node).toMatchObject({ name: 'Maria Lopez' });
  });
});

describe('setAgreementStatus', () => {
  it('PROPOSED -> SIGNED sets signedAt, and the status filter follows', async () => {
    const proposed = (await api.ok(AgreementsDocument, { filter: { status: ['PROPOSED'] } })).agreements;
    const pact = proposed.edges.find((edge) => edge.node.title === 'Pier maintenance pact')!.node;
    expect(pact.signedAt).toBeNull();
    const at = '2025-03-14T10:00:00.000Z';
    const { setAgreementStatus } = await api.ok(SetAgreementStatusDocument, { id: pact.id, status: 'SIGNED', at });
    expect(setAgreementStatus).toMatchObject({ agreement: { id: pact.id, status: 'SIGNED', signedAt: at } });
    const signed = (await api.ok(AgreementsDocument, { filter: { status: ['SIGNED'] } })).agreements;
    expect(signed.edges.map((edge) => edge.node)).toContainEqual(expect.objectContaining({ id: pact.id, signedAt: at }));
    const stillProposed = (await api.ok(AgreementsDocument, { filter: { status: ['PROPOSED'] } })).agreements;
    expect(stillProposed.totalCount).toBe(proposed.totalCount - 1);
    expect(stillProposed.edges.map((edge) => edge.node.id)).not.toContain(pact.id);
  });
});

describe('adding a story again', () => {
  it('updates the article in place, replaces derived data and keeps an edited statement', async () => {
    await addStory(libraryV1);
    const articles = (await api.ok(ArticlesDocument, {})).articles.totalCount;
    const edited = await statementOf(libraryV1.url, 'repairs would cost 2 million dollars');
    const unedited = await statementOf(libraryV1.url, 'The building is no longer safe');
    await api.ok(UpdateStatementDocument, { id: edited.id, input: { kind: 'DIRECT', speaker: 'Riverside Council' } });

    const again = await addStory(libraryV2);
    expect(again).toMatchObject({ created: false, changed: true, article: { id: (await article(libraryV1.url)).id } });
    expect((await api.ok(ArticlesDocument, {})).articles.totalCount).toBe(articles);

    const stored = await article(libraryV1.url);
    expect(stored.statistics.edges.map((edge) => edge.node.text)).toEqual(['About 300 residents']);
    const statements = await statementsOf(libraryV1.url);
    expect(statements.map((s) => s.text)).toEqual(['The building is no longer safe', 'repairs would cost 2 million dollars']);
    for (const s of statements) expect(libraryV2.body.slice(s.start, s.end)).toBe(s.text);
    expect(statements[1]).toMatchObject({ id: edited.id, kind: 'DIRECT', speaker: { name: 'Riverside Council' } });
    expect(statements[1].start).toBeGreaterThan(edited.start);
    // Found again with the same text, kind and speaker: the same statement (same ID), not a new one.
    expect(statements[0].id).toBe(unedited.id);
  });

  it('keeps a corrected text in place of the annotation it corrects, not beside it', async () => {
    const school: AddStoryInput = {
      url: 'https://newsgraph.example/editorial/school',
      title: 'School reopens',
      body: 'Principal Ines Karr said the school would reopen next week after the flood.',
      statements: [{ text: 'would reopen', speaker: 'Ines Karr', kind: 'INDIRECT' }],
    };
    await addStory(school);
    const { id } = await statementOf(school.url, 'would reopen');
    await api.ok(UpdateStatementDocument, { id, input: { text: 'the school would reopen next week' } });
    await addStory({ ...school, body: `${school.body} Classes will run half days.` });
    expect(await statementsOf(school.url)).toEqual([expect.objectContaining({ id, text: 'the school would reopen next week' })]);
  });

  it('changes nothing when the identical story is added again', async () => {
    const before = await article(libraryV2.url);
    expect(await addStory(libraryV2)).toMatchObject({ created: false, changed: false });
    expect(await article(libraryV2.url)).toEqual(before);
  });
});

describe('deleteArticle', () => {
  it('removes the story and its statements; its entities remain', async () => {
    const { id } = await article(libraryV1.url);
    const articles = (await api.ok(ArticlesDocument, {})).articles.totalCount;
    const { deleteArticle } = await api.ok(DeleteArticleDocument, { id });
    expect(deleteArticle).toMatchObject({ __typename: 'DeleteArticlePayload', result: { deletedId: id } });
    expect((await api.ok(ArticlesDocument, {})).articles.totalCount).toBe(articles - 1);
    expect((await api.ok(StatementsDocument, { filter: { article: [id] } })).statements.totalCount).toBe(0);
    expect((await api.ok(NodeDocument, { id })).node).toBeNull();
    expect(await entityNamed('Tom Reyes')).toMatchObject({ statements: { totalCount: 0 }, mentions: { totalCount: 0 } });
    expect((await api.ok(DeleteArticleDocument, { id })).deleteArticle.__typename).toBe('NotFoundError');
  });
});

describe('search', () => {
  const hits = async (query: string, kinds?: ('ARTICLE' | 'STATEMENT' | 'ENTITY')[]) =>
    (await api.ok(SearchDocument, { query, kinds, first: 20 })).search.edges.map((edge) => edge.node);

  it('finds an article by a body word, a statement by its text, an entity by its name', async () => {
    const { id: articleId } = await article(harbour.url);
    expect(await hits('pier', ['ARTICLE'])).toEqual([{ __typename: 'Article', id: articleId, title: harbour.title }]);
    const statement = { __typename: 'Statement', text: 'We will not wait for another storm', speaker: { name: 'Maria Lopez' } };
    expect(await hits('storm', ['STATEMENT'])).toEqual([expect.objectContaining(statement)]);
    const lopez = { __typename: 'Entity', name: 'Maria Lopez' };
    expect(await hits('Maria Lopez', ['ENTITY'])).toEqual([expect.objectContaining(lopez)]);
  });

  it('`kinds` restricts the kinds of hits', async () => {
    const all = await hits('storm');
    expect(new Set(all.map((hit) => hit.__typename))).toEqual(new Set(['Article', 'Statement']));
    expect((await hits('storm', ['ARTICLE'])).map((hit) => hit.__typename)).toEqual(['Article']);
  });

  it('takes a hostile query string without error', async () => {
    const result = await api.run(SearchDocument, { query: `"unbalanced OR -- ' ; DROP`, first: 5 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.search.totalCount).toBeGreaterThanOrEqual(0);
    expect((await api.ok(ArticlesDocument, {})).articles.totalCount).toBeGreaterThan(0);
  });

  it('answers a NUL byte in the query as a client error, never an internal one', async () => {
    const result = await api.run(SearchDocument, { query: 'pier\u0000storm', first: 5 });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('nodes', () => {
  it('returns nodes in the order asked, null for unknown ids', async () => {
    const harbourArticle = await article(harbour.url);
    const lopez = await entityNamed('Maria Lopez');
    const statement = harbourArticle.statements.edges[0].node;
    const unknown = encodeGlobalId('Article', 999_999);
    const { nodes } = await api.ok(NodesDocument, { ids: [lopez.id, unknown, harbourArticle.id, statement.id] });
    const expected = [{ __typename: 'Entity', id: lopez.id }, null, { __typename: 'Article', id: harbourArticle.id }];
    expect(nodes).toEqual([...expected, { __typename: 'Statement', id: statement.id }]);
  });
});
