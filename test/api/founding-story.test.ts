// The story Newsgraph was conceived from, added with its hand annotation: the graph must then
// answer the questions the product exists for.
import { describe, expect, it } from 'vitest';
import {
  AddStoryDocument,
  AgreementsDocument,
  ArticleByUrlDocument,
  EntityStatementsDocument,
  StatisticsDocument,
} from '../../src/generated/operations/graphql.js';
import { readAnnotatedStory } from '../../scripts/gold.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

describe('the founding story', async () => {
  const story = await readAnnotatedStory('china-us-cybercrime');

  it('is stored with every annotated part, offsets pointing at the exact text', async () => {
    const { addStory } = await api.ok(AddStoryDocument, { input: story });
    expect(addStory.__typename).toBe('AddStoryPayload');
    if (addStory.__typename !== 'AddStoryPayload') return;
    expect(addStory.created).toBe(true);
    expect(addStory.article.statements.totalCount).toBe(story.statements.length);
    expect(addStory.article.statistics.totalCount).toBe(3);
    expect(addStory.article.agreements.totalCount).toBe(3);

    const { article } = await api.ok(ArticleByUrlDocument, { url: story.url });
    for (const statement of article!.statements.edges.map((edge) => edge.node)) {
      expect(story.body.slice(statement.start, statement.end)).toBe(statement.text);
    }
    const telegraph = article!.statements.edges.find((edge) => edge.node.viaSource?.name === 'The Telegraph');
    expect(telegraph?.node.text).toBe(story.statements.find((statement) => statement.via === 'The Telegraph')!.text);
  });

  it('answers: all statements of Xi Jinping', async () => {
    const { entities } = await api.ok(EntityStatementsDocument, { name: 'Xi Jinping', first: 50 });
    expect(entities.totalCount).toBe(1);
    const xi = entities.edges[0].node;
    expect(xi).toMatchObject({ name: 'Xi Jinping', kind: 'PERSON', titles: ['President of China'], aliases: ['Xi'] });
    const expected = story.statements.filter((statement) => statement.speaker === 'Xi Jinping');
    expect(xi.statements.totalCount).toBe(expected.length);
    expect(xi.statements.edges.map((edge) => edge.node.text).sort()).toEqual(expected.map((s) => s.text).sort());
    expect(xi.statements.edges.filter((edge) => edge.node.kind === 'DIRECT')).toHaveLength(1);
    // A short name finds the same person.
    const { entities: byAlias } = await api.ok(EntityStatementsDocument, { name: 'Xi', first: 1 });
    expect(byAlias.edges.map((edge) => edge.node.id)).toContain(xi.id);
  });

  it('answers: the agreements between China and the United States', async () => {
    const { entities } = await api.ok(EntityStatementsDocument, { name: 'China', first: 0 });
    const china = entities.edges.find((edge) => edge.node.name === 'China')!.node;
    const { entities: us } = await api.ok(EntityStatementsDocument, { name: 'United States', first: 0 });
    const unitedStates = us.edges.find((edge) => edge.node.name === 'United States')!.node;
    const { agreements } = await api.ok(AgreementsDocument, { filter: { party: [china.id, unitedStates.id] } });
    expect(agreements.totalCount).toBe(3);
    const signed = agreements.edges.map((edge) => edge.node).find((a) => a.topic?.name === 'climate change');
    expect(signed).toMatchObject({ status: 'SIGNED' });
    expect(signed!.parties.map((party) => party.name).sort()).toEqual(['China', 'United States']);
    expect(signed!.mentions.edges[0].node.text).toBe(story.agreements.find((agreement) => agreement.topic === 'climate change')!.text);
    const { agreements: failed } = await api.ok(AgreementsDocument, { filter: { status: ['NOT_REACHED'] } });
    expect(failed.edges.map((edge) => edge.node.topic?.name)).toEqual(['cyber crime']);
  });

  it('answers: the statistics of that story', async () => {
    const { statistics } = await api.ok(StatisticsDocument, {});
    expect(statistics.totalCount).toBe(3);
    const byValue = Object.fromEntries(statistics.edges.map(({ node }) => [node.value, node]));
    expect(byValue[24]).toMatchObject({ unit: 'percent', text: story.statistics.find((statistic) => statistic.value === 24)!.text });
    expect(byValue[34]).toMatchObject({ unit: 'percent', direction: 'DECREASE', baselineYear: 2010 });
    expect(byValue[30]).toMatchObject({ unit: 'executives' });
  });

  it('is not duplicated when added again', async () => {
    const { addStory } = await api.ok(AddStoryDocument, { input: story });
    expect(addStory).toMatchObject({ __typename: 'AddStoryPayload', created: false, changed: false });
    const { article } = await api.ok(ArticleByUrlDocument, { url: story.url });
    expect(article!.statements.totalCount).toBe(story.statements.length);
  });
});
