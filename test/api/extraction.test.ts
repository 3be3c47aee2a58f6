// A story added as raw text, with no annotation: the extractor finds its statements, statistics,
// agreements and entities inside addStory, stored with their provenance. Adding it again keeps the
// statements it already had; only truly new statements count as new.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, readAnnotatedStory } from '../../scripts/gold.js';
import { EXTRACTOR_VERSION, type Extraction } from '../../src/extraction/index.js';
import {
  AddRawStoryDocument,
  EntitiesDocument,
  ExtractedArticleDocument,
  SourcesDocument,
  UpdateStatementDocument,
  type AddStoryInput,
} from '../../src/generated/operations/graphql.js';
import { decodeGlobalId } from '../../src/global-id.js';
import { extractFindings, withExtraction } from '../../src/modules/ingestion/extraction.js';
import { planStory } from '../../src/modules/ingestion/plan.js';
import { storeStory } from '../../src/modules/ingestion/service.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

// The founding story, read in place from ../shared/corpus (never copied into this repository).
const body = await readFile(path.join(corpusDir, 'china-us-cybercrime.txt'), 'utf8');
const raw: AddStoryInput = {
  url: 'https://newsgraph.example/extraction/china-us-cybercrime',
  title: body.split('\n')[0],
  body,
  source: 'Newsgraph corpus',
  publishedAt: '2015-09-23T00:00:00.000Z',
};
// Its hand annotation, for the exact spans the tests need (so no sentence of it is written here).
const gold = await readAnnotatedStory('china-us-cybercrime');

async function addStory(input: AddStoryInput) {
  const { addStory } = await api.ok(AddRawStoryDocument, { input });
  if (addStory.__typename !== 'AddStoryPayload') throw new Error(`addStory failed: ${JSON.stringify(addStory)}`);
  return addStory;
}

const article = async (url: string) => (await api.ok(ExtractedArticleDocument, { url })).article!;
const statementsOf = async (url: string) => (await article(url)).statements.edges.map((edge) => edge.node);
type StoredStatement = Awaited<ReturnType<typeof statementsOf>>[number];
const identity = (s: StoredStatement) => `${s.text}\u0000${s.kind}\u0000${s.speaker?.id ?? ''}`;

/** Counts of what exists outside the article: entities and sources. */
async function graphCounts() {
  const [{ entities }, { sources }] = await Promise.all([api.ok(EntitiesDocument, {}), api.ok(SourcesDocument)]);
  return { entities: entities.totalCount, sources: sources.totalCount };
}

describe('a raw story, no annotation', () => {
  it('is stored with what the extractor finds; every statement is new', async () => {
    const added = await addStory(raw);
    expect(added).toMatchObject({ created: true, changed: true });
    const stored = await article(raw.url);
    expect(stored.body).toBe(body);
    expect(stored.statements.totalCount).toBeGreaterThan(0);
    expect(added.newStatements).toBe(stored.statements.totalCount);
  });

  it('has statements of Xi Jinping, one of them DIRECT about commercial theft, each with provenance and exact offsets', async () => {
    const statements = await statementsOf(raw.url);
    for (const statement of statements) {
      expect(body.slice(statement.start, statement.end)).toBe(statement.text);
      expect(statement.cue).toEqual(expect.any(String));
      // The rule that found it: a family ("speech", "according-to", "quote", ...) and a form.
      expect(statement.rule).toMatch(/^[a-z-]+\.[a-z-]+(\.[a-z-]+)?$/);
      expect(statement.confidence).toBeGreaterThan(0);
      expect(statement.confidence).toBeLessThanOrEqual(1);
      expect(statement.extractorVersion).toBe(EXTRACTOR_VERSION);
      expect(statement.editedAt).toBeNull();
    }
    const xi = statements.filter((statement) => statement.speaker?.name === 'Xi Jinping');
    expect(xi.length).toBeGreaterThan(0);
    expect(xi.filter((statement) => statement.kind === 'DIRECT' && statement.text.includes('commercial theft'))).toHaveLength(1);
    // Relayed through a publication: "According to <paper>, <speaker> said ..."
    const relayed = xi.find((statement) => statement.text.includes('under attack too'));
    expect(relayed?.viaSource?.name).toBe('The Telegraph');
  });

  it('stores the extracted entities with their kinds, titles and aliases', async () => {
    const entities = (await article(raw.url)).entities.edges.map((edge) => edge.node);
    const byName = Object.fromEntries(entities.map((entity) => [entity.name, entity]));
    expect(byName['Xi Jinping']).toMatchObject({ kind: 'PERSON', titles: expect.arrayContaining(['President of China']) });
    expect(byName['Xi Jinping'].aliases).toContain('Xi');
    expect(byName['China']).toMatchObject({ kind: 'COUNTRY' });
    expect(byName['United States']).toMatchObject({ kind: 'COUNTRY' });
  });

  it('has the statistics 24 percent, 34 percent down on 2010 and 30 executives, each with provenance and exact offsets', async () => {
    const statistics = (await article(raw.url)).statistics.edges.map((edge) => edge.node);
    for (const statistic of statistics) {
      expect(body.slice(statistic.start, statistic.end)).toBe(statistic.text);
      expect(statistic.confidence).toBeGreaterThan(0);
      expect(statistic.extractorVersion).toBe(EXTRACTOR_VERSION);
    }
    const byValue = Object.fromEntries(statistics.map((statistic) => [statistic.value, statistic]));
    expect(byValue[24]).toMatchObject({ unit: 'percent' });
    expect(byValue[34]).toMatchObject({ unit: 'percent', direction: 'DECREASE', baselineYear: 2010 });
    expect(byValue[30]).toBeDefined();
  });

  it('has the signed climate agreement between China and the United States', async () => {
    const agreements = (await article(raw.url)).agreements.edges.map((edge) => edge.node);
    const signed = agreements.filter(
      (agreement) =>
        agreement.status === 'SIGNED' && /climate/i.test(`${agreement.title} ${agreement.topic?.name ?? ''}`),
    );
    expect(signed).toHaveLength(1);
    expect(signed[0].parties.map((party) => party.name).sort()).toEqual(['China', 'United States']);
  });

  it('changes nothing when the same raw story is added again', async () => {
    const before = { statements: await statementsOf(raw.url), counts: await graphCounts() };
    const again = await addStory(raw);
    expect(again).toMatchObject({ created: false, changed: false, newStatements: 0 });
    expect(await statementsOf(raw.url)).toEqual(before.statements);
    expect(await graphCounts()).toEqual(before.counts);
  });

  it('counts as new only the statements that were not there before; the others keep their ids', async () => {
    const before = await statementsOf(raw.url);
    const createdAt = new Map(
      (await api.db.database.prisma.statement.findMany({ select: { id: true, createdAt: true } })).map((row) => [row.id, row.createdAt]),
    );
    const added = 'Henry Paulson said that the talks were a useful first step.';
    const again = await addStory({ ...raw, body: `${body}\n${added}` });
    const after = await statementsOf(raw.url);
    expect(again).toMatchObject({ created: false, changed: true });

    // Match by identity (text, kind, speaker), as many times as each occurs.
    const previous = new Map<string, string[]>();
    for (const statement of before) previous.set(identity(statement), [...(previous.get(identity(statement)) ?? []), statement.id]);
    const fresh = after.filter((statement) => !previous.get(identity(statement))?.shift());
    expect(fresh.map((statement) => statement.text)).toContainEqual(expect.stringContaining('useful first step'));
    expect(again.newStatements).toBe(fresh.length);

    const beforeIds = new Map(before.map((statement) => [identity(statement), statement.id]));
    const kept = after.filter((statement) => !fresh.includes(statement));
    expect(kept.length).toBeGreaterThan(0);
    for (const statement of kept) expect(statement.id).toBe(beforeIds.get(identity(statement)));
    const rows = await api.db.database.prisma.statement.findMany({
      where: { id: { in: kept.map((statement) => Number(decodeGlobalId(statement.id).id)) } },
      select: { id: true, createdAt: true },
    });
    expect(rows).toHaveLength(kept.length);
    for (const row of rows) expect(row.createdAt).toEqual(createdAt.get(row.id));
  });
});

describe('a raw story with part of an annotation', () => {
  it('`statements: []` stores no statements, but still the extracted statistics and entities', async () => {
    const url = 'https://newsgraph.example/extraction/no-statements';
    const added = await addStory({ ...raw, url, statements: [] });
    expect(added).toMatchObject({ created: true, newStatements: 0 });
    const stored = await article(url);
    expect(stored.statements.totalCount).toBe(0);
    expect(stored.entities.edges.map((edge) => edge.node.name)).toContain('Xi Jinping');
    expect(stored.statistics.edges.map((edge) => edge.node.value)).toEqual(expect.arrayContaining([24, 34, 30]));
  });

  it('annotated statements keep null provenance; entities merge, the annotation\'s kind and title winning', async () => {
    const url = 'https://newsgraph.example/extraction/annotated';
    const text = gold.statements.find((statement) => statement.speaker === 'Xi Jinping' && statement.kind === 'INDIRECT' && !statement.via)!.text;
    await addStory({
      ...raw,
      url,
      entities: [{ name: 'Xi', kind: 'PERSON', title: 'Chinese leader' }],
      statements: [{ text, speaker: 'Xi', kind: 'INDIRECT' }],
    });
    const stored = await article(url);
    expect(stored.statements.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ text, cue: null, rule: null, confidence: null, extractorVersion: null, speaker: expect.objectContaining({ name: 'Xi Jinping' }) }),
    ]);
    const xi = stored.entities.edges.map((edge) => edge.node).filter((entity) => /^Xi/.test(entity.name));
    expect(xi).toHaveLength(1);
    expect(xi[0].titles).toContain('Chinese leader');
  });

  it('refuses bad input with a ValidationError and writes nothing', async () => {
    const url = 'https://newsgraph.example/extraction/refused';
    const counts = await graphCounts();
    const { addStory } = await api.ok(AddRawStoryDocument, {
      input: { ...raw, url, statements: [{ text: 'words that are not in the story', speaker: 'Xi Jinping', kind: 'DIRECT' }] },
    });
    expect(addStory).toMatchObject({ __typename: 'ValidationError', issues: [{ path: ['input', 'statements', '0', 'text'] }] });
    expect((await api.ok(ExtractedArticleDocument, { url })).article).toBeNull();
    expect(await graphCounts()).toEqual(counts);
  });
});

describe('an editor\'s correction of an extracted statement', () => {
  it('survives adding the story again with a changed body, and is not stored twice', async () => {
    const url = 'https://newsgraph.example/extraction/corrected';
    await addStory({ ...raw, url });
    const quote = (await statementsOf(url)).find((statement) => statement.text.includes('commercial theft'))!;
    // the quote's first clause, up to its semicolon
    const corrected = quote.text.split(';')[0]!.trim();
    expect(corrected).not.toBe(quote.text);
    const { updateStatement } = await api.ok(UpdateStatementDocument, { id: quote.id, input: { text: corrected } });
    expect(updateStatement.__typename).toBe('UpdateStatementPayload');

    const changed = body.replace('The assurance gives', 'Officials met again on Friday. The assurance gives');
    expect(changed).not.toBe(body);
    const again = await addStory({ ...raw, url, body: changed });
    expect(again).toMatchObject({ created: false, changed: true });

    const statements = await statementsOf(url);
    const kept = statements.find((statement) => statement.id === quote.id);
    expect(kept).toMatchObject({ text: corrected, editedAt: expect.any(String) });
    expect(changed.slice(kept!.start, kept!.end)).toBe(corrected);
    const overlapping = statements.filter((s) => s.id !== quote.id && s.start < kept!.end && kept!.start < s.end);
    expect(overlapping).toEqual([]);
  });
});

// The same merge and store path addStory takes, given an extraction written by hand: statistics and
// agreements as the extraction contract describes them, stored whatever the rules find today; and
// an extractor that throws (a stand-in function: no real input is known to make the rules throw).
describe('storing extracted findings', () => {
  const planned = (url: string) => planStory({ url, title: raw.title, body, source: raw.source, publishedAt: new Date(raw.publishedAt!) }).plan!;
  const span = (text: string) => {
    const start = body.indexOf(text);
    return { text, start, end: start + text.length };
  };

  it('stores extracted statistics with provenance and agreements with their parties and span', async () => {
    const url = 'https://newsgraph.example/extraction/hand-made';
    const extraction: Extraction = {
      version: 'hand-made-1',
      entities: [{ name: 'China', kind: 'COUNTRY', title: null, aliases: [] }, { name: 'United States', kind: 'COUNTRY', title: null, aliases: ['US'] }],
      statements: [],
      statistics: [
        { ...span(gold.statistics.find((statistic) => statistic.value === 34)!.text), value: 34, valueMax: null, qualifier: null, unit: 'percent', label: 'optimism', subject: null, context: '', direction: 'DECREASE', baselineYear: 2010, baselineValue: null, rule: 'hand-made', cue: 'drop', confidence: 0.8 },
      ],
      agreements: [
        {
          ...span(gold.agreements.find((agreement) => agreement.topic === 'climate change')!.text!),
          title: 'Climate change agreement', parties: ['China', 'US'], status: 'SIGNED', topic: 'climate change', confidence: 0.7, rule: 'noun.sign-verb',
        },
      ],
      topics: ['cyber crime'],
    };
    const stored = await storeStory(api.app.database.prisma, withExtraction(planned(url), extraction));
    expect(stored).toMatchObject({ created: true, changed: true, newStatements: 0 });
    const found = await article(url);
    expect(found.statistics.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ value: 34, direction: 'DECREASE', baselineYear: 2010, cue: 'drop', confidence: 0.8, extractorVersion: 'hand-made-1' }),
    ]);
    const [agreement] = found.agreements.edges.map((edge) => edge.node);
    expect(agreement).toMatchObject({ title: 'Climate change agreement', status: 'SIGNED', rule: 'noun.sign-verb', topic: { name: 'climate change' } });
    expect(agreement.parties.map((party) => party.name).sort()).toEqual(['China', 'United States']);
    expect(found.topics.map((topic) => topic.name)).toEqual(expect.arrayContaining(['climate change', 'cyber crime']));
  });

  it('stores the story without extracted findings when the extractor throws', async () => {
    const url = 'https://newsgraph.example/extraction/extractor-failed';
    const plan = planned(url);
    const failing = () => {
      throw new Error('rules exploded');
    };
    const stored = await storeStory(api.app.database.prisma, withExtraction(plan, extractFindings(plan, failing, { error: () => {}, warn: () => {} })));
    expect(stored).toMatchObject({ created: true, changed: true, newStatements: 0 });
    const found = await article(url);
    expect(found.body).toBe(body);
    expect([found.statements.totalCount, found.statistics.totalCount, found.agreements.totalCount, found.entities.totalCount]).toEqual([0, 0, 0, 0]);
    // The working extractor, next time, is a change: the story is extracted then.
    expect(await addStory({ ...raw, url })).toMatchObject({ changed: true });
    expect((await article(url)).statements.totalCount).toBeGreaterThan(0);
  });
});

describe('entities across stories', () => {
  // Stories of our own writing: the same person under three forms of the name, and two different
  // people who share a surname.
  const stories = {
    full: 'Premier Lin Haoran visits the port\n\nPremier Lin Haoran said that the new harbour would open next spring.',
    title: 'Port opening delayed\n\nPremier Lin said on Monday that the harbour would open in the summer instead.',
    short: 'Harbour costs rise\n\n"We will find the money," Mr. Lin told reporters after the cabinet met.',
    pronoun: 'Budget vote\n\nLin said that the budget was fair. He added that taxes would not rise.',
    anna: 'Clinic expands\n\nDr. Anna Weber said that the clinic would hire ten nurses.',
    jonas: 'Bakery wins prize\n\nBaker Jonas Weber said that the prize belonged to his whole team.',
  };
  const add = (key: keyof typeof stories) =>
    addStory({ url: `https://newsgraph.example/extraction/entities/${key}`, title: stories[key].split('\n')[0]!, body: stories[key] });
  const speakersOf = async (key: string) =>
    (await statementsOf(`https://newsgraph.example/extraction/entities/${key}`)).map((statement) => statement.speaker);

  it('"Lin Haoran", "Premier Lin", "Mr. Lin" and a "Lin" whom "he" refers back to, in four stories, are one entity', async () => {
    for (const key of ['full', 'title', 'short', 'pronoun'] as const) await add(key);
    const speakers = [...(await speakersOf('full')), ...(await speakersOf('title')), ...(await speakersOf('short')), ...(await speakersOf('pronoun'))];
    expect(speakers).toHaveLength(5);
    expect(new Set(speakers.map((speaker) => speaker?.id)).size).toBe(1);
    expect(speakers[0]).toMatchObject({ name: 'Lin Haoran', kind: 'PERSON' });
  });

  it('a bare one-word name with nothing to say it is a person does not join a person', async () => {
    await addStory({ url: 'https://newsgraph.example/extraction/entities/company', title: 'Port deal', body: 'Port deal\n\nHaoran said that it would buy the port.' });
    const [speaker] = await speakersOf('company');
    const [lin] = await speakersOf('full');
    expect(speaker).toBeDefined();
    expect(speaker!.id).not.toBe(lin!.id);
  });

  it('two people who share a surname stay two entities', async () => {
    await add('anna');
    await add('jonas');
    const [anna] = await speakersOf('anna');
    const [jonas] = await speakersOf('jonas');
    expect(anna).toMatchObject({ name: 'Anna Weber' });
    expect(jonas).toMatchObject({ name: 'Jonas Weber' });
    expect(anna!.id).not.toBe(jonas!.id);
  });
});

describe('stories added at the same time', () => {
  it('all succeed when they introduce the same new people and organisations, which are stored once', async () => {
    // Our own writing: six stories naming the same new people, organisation and publication.
    const bodies = Array.from({ length: 6 }, (_, i) =>
      `Harbour vote ${i}\n\nCouncillor Edith Marrow said that the Tarrow Harbour Trust would publish its accounts by May ${i + 1}. ` +
      `According to The Tarrow Ledger, Marrow said that the vote would be close. Trust chairman Ivo Brandt said that the board agreed.`,
    );
    const results = await Promise.all(
      bodies.map((body, i) => addStory({ url: `https://newsgraph.example/extraction/concurrent/${i}`, title: body.split('\n')[0]!, body })),
    );
    expect(results.every((result) => result.created)).toBe(true);
    for (const name of ['Edith Marrow', 'Ivo Brandt']) {
      const { entities } = await api.ok(EntitiesDocument, { filter: { name } });
      expect(entities.edges.filter((edge) => edge.node.name === name)).toHaveLength(1);
    }
  });
});
