// Bad input gets a clear GraphQL error and changes nothing; writes need a valid token.
import { describe, expect, it } from 'vitest';
import { AddStoryDocument, ArticlesDocument, EntitiesDocument, NodeDocument, StatementsDocument } from '../../src/generated/operations/graphql.js';
import { encodeGlobalId } from '../../src/global-id.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

const story = {
  url: 'https://newsgraph.example/safety/1',
  title: 'Council approves the budget',
  body: 'The council approved the budget on Monday. "This is a good day," the mayor said.',
  statements: [{ text: 'This is a good day', speaker: 'the mayor', kind: 'DIRECT' as const }],
};

async function articleCount() {
  return (await api.ok(ArticlesDocument, {})).articles.totalCount;
}

function expectNoLeak(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/prisma|SELECT |stack|at .*\.ts:\d+/i);
}

describe('writes', () => {
  it('are refused without a token, with UNAUTHENTICATED, and write nothing', async () => {
    const result = await api.run(AddStoryDocument, { input: story }, { token: null });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors?.[0].message).toMatch(/Authorization: Bearer/);
    expect(await articleCount()).toBe(0);
  });

  it('are refused with a token that is not in API_TOKENS', async () => {
    const result = await api.run(AddStoryDocument, { input: story }, { token: 'guess' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await articleCount()).toBe(0);
  });

  it('refuse a span that is not in the body, listing the issue, and write nothing', async () => {
    const input = {
      ...story,
      statements: [...story.statements, { text: 'words nobody wrote', speaker: 'the mayor', kind: 'INDIRECT' as const }],
    };
    const { addStory } = await api.ok(AddStoryDocument, { input });
    expect(addStory).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: ['input', 'statements', '1', 'text'], message: 'is not an exact span of the body' }],
    });
    expect(await articleCount()).toBe(0);
    expect((await api.ok(StatementsDocument, {})).statements.totalCount).toBe(0);
  });

  it('refuse a NUL character anywhere as the client\'s mistake, and write nothing', async () => {
    const result = await api.run(AddStoryDocument, { input: { ...story, body: `${story.body}\u0000` } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await articleCount()).toBe(0);
  });

  it('succeed with a valid token', async () => {
    const { addStory } = await api.ok(AddStoryDocument, { input: story });
    expect(addStory).toMatchObject({ __typename: 'AddStoryPayload', created: true, changed: true });
  });
});

describe('malformed requests', () => {
  it('invalid global IDs give a clear BAD_USER_INPUT error', async () => {
    for (const id of ['nope', encodeGlobalId('Statement', 'x'), '']) {
      const result = await api.run(NodeDocument, { id });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.errors?.[0].message).toMatch(/Invalid (global )?ID/);
    }
    const wrongType = await api.run(StatementsDocument, { filter: { speaker: [encodeGlobalId('Article', 1)] } });
    expect(wrongType.errors?.[0].message).toMatch(/is a Article, not a Entity/);
  });

  it('an unknown ID of a real type is null, not an error', async () => {
    const result = await api.run(NodeDocument, { id: encodeGlobalId('Statement', 999_999) });
    expect(result).toEqual({ data: { node: null } });
  });

  it('pages above 100 are refused, not silently cut', async () => {
    const result = await api.run(StatementsDocument, { first: 1000 });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(/at most 100/);
  });

  it('a garbage cursor is a client error', async () => {
    const result = await api.run(StatementsDocument, { after: 'garbage' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('syntax errors, unknown fields, bad JSON, non-string queries: 400 with a message, no leak', async () => {
    for (const body of ['{"query": "{ statements { ', '{"query":"{ nope }"}', 'not json', '{"query": 42}']) {
      const response = await api.request(body);
      expect([200, 400]).toContain(response.status);
      const json = await response.json();
      expect(json.errors[0].message).toBeTruthy();
      expectNoLeak(json);
    }
  });

  it('too deep, too many aliases, too many tokens: refused before running', async () => {
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `speaker { statements(first: 1) { edges { node { ${deep} } } } }`;
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: topics(first: 1) { totalCount }`).join(' ');
    const tokens = `{ ${'__typename '.repeat(6000)} }`;
    const wide = `{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { text article { title } } } } } } } } }`;
    for (const query of [`{ statements(first: 1) { edges { node { ${deep} } } } }`, `{ ${aliases} }`, tokens, wide]) {
      const response = await api.request({ query });
      const json = await response.json();
      expect(json.data).toBeUndefined();
      expect(json.errors[0].message).toMatch(/depth|alias|token|cost/i);
    }
  });

  it('oversize bodies are refused with 413 and bodies must declare a length', async () => {
    const huge = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } });
    const response = await api.request(huge);
    expect(response.status).toBe(413);
    const chunked = await api.app.yoga.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob(['{"query":"{ __typename }"}']).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });
});

describe('the six characters \\u0000 are text, only a real NUL is refused', () => {
  const literal = 'C:\\u0000 is how JSON writes NUL';
  const input = {
    url: 'https://newsgraph.example/safety/backslash-u',
    title: `Escapes: ${literal}`,
    body: `A reader wrote that ${literal}. "Escapes are text," the editor said.`,
    statements: [{ text: 'Escapes are text', speaker: 'the editor', kind: 'DIRECT' as const }],
  };

  it('a story whose title and body hold them is stored as sent', async () => {
    expect(literal).toHaveLength(31);
    const { addStory } = await api.ok(AddStoryDocument, { input });
    expect(addStory).toMatchObject({ __typename: 'AddStoryPayload', created: true });
    const response = await api.request({ query: 'query($url: String!) { article(url: $url) { title body } }', variables: { url: input.url } });
    expect(await response.json()).toEqual({ data: { article: { title: input.title, body: input.body } } });
  });

  it('in a GraphQL string literal, `\\\\u0000` is accepted and `\\u0000` (a NUL) refused; a block string keeps them as text', async () => {
    const query = (value: string) => `{ entities(filter: { name: ${value} }) { totalCount } }`;
    for (const value of ['"a\\\\u0000"', '"""a\\u0000"""']) {
      const response = await api.request({ query: query(value) });
      expect(await response.json()).toEqual({ data: { entities: { totalCount: 0 } } });
    }
    for (const value of ['"a\\u0000"', '"a\\\\\\u0000"', '"a\\u{0}"']) {
      const json = await (await api.request({ query: query(value) })).json();
      expect(json.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('a real NUL in a variable is still refused, in any field', async () => {
    const result = await api.run(AddStoryDocument, { input: { ...input, url: 'https://newsgraph.example/safety/nul', title: 'T\u0000' } });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0].message).toMatch(/NUL/);
  });
});

describe('the entity name filter matches `%`, `_` and `\\` literally', () => {
  const names = ['Harbour Authority', 'Jane_Doe Trust', '100% Renewables Group', 'Back\\Slash Partners'];

  it('stores four entities', async () => {
    const { addStory } = await api.ok(AddStoryDocument, {
      input: {
        url: 'https://newsgraph.example/safety/wildcards',
        title: 'Four organisations',
        body: `${names.join(', ')} met on Tuesday.`,
        entities: names.map((name) => ({ name, kind: 'ORGANIZATION' as const })),
        statements: [],
        statistics: [],
        agreements: [],
      },
    });
    expect(addStory).toMatchObject({ __typename: 'AddStoryPayload', created: true });
  });

  for (const [pattern, expected] of [
    ['_', ['Jane_Doe Trust']],
    ['%', ['100% Renewables Group']],
    ['\\', ['Back\\Slash Partners']],
    ['e_D', ['Jane_Doe Trust']],
    ['0%', ['100% Renewables Group']],
    ['k\\s', ['Back\\Slash Partners']],
    ['jane_doe', ['Jane_Doe Trust']],
    ['e%R', []],
  ] as const) {
    it(`name: ${JSON.stringify(pattern)} matches ${JSON.stringify(expected)}`, async () => {
      const { entities } = await api.ok(EntitiesDocument, { filter: { name: pattern } });
      expect(entities.edges.map((edge) => edge.node.name).filter((name) => names.includes(name))).toEqual(expected);
      expect(entities.totalCount).toBe(expected.length);
    });
  }
});
