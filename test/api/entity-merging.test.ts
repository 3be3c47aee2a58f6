// One entity per person across stories, through addStory as raw text (the extractor finds the
// names), on stories written for this test: middle initials and honorifics never make a new person;
// two people who share a surname stay two, and a bare surname joins one of them only when its
// story gives evidence (an honorific that fits one). Runs on both engines.
import { describe, expect, it } from 'vitest';
import { AddRawStoryDocument, EntitiesDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';

const api = useTestApp();

// "Ms. Varga" rather than "Mr. Varga": "Lena" is a woman's name, and "Mr." would be evidence
// against her (the same evidence that keeps "Mrs. Reyes" away from Tom Reyes below).
const STORIES = {
  ferry:
    'Lena K. Varga, the harbour master of Kestrelton, said on Monday that the ferry to Osmund Island would run again from April. ' +
    'Tom Reyes, who owns the Harbour Bakery on Mill Street, said trade had doubled since the repairs began. "We were ready for this," Ms. Varga said.',
  crossing:
    'The Kestrelton ferry made its first crossing in two years on Tuesday. "The engines sounded perfect," Ms. Varga told reporters at the quay. ' +
    'Ana Reyes, a teacher at the island school, said her pupils had waited on the slipway since dawn.',
  order: 'Lena Varga announced on Friday that a second ferry would be ordered next spring. Reyes said the island needed a bigger boat.',
  // One given name in two transliterations, in two stories; a one-word company of unknown kind in one
  // story and described as a firm in the other.
  pension: 'Viktor Salenko, 61, says the ministry broke its promise of a pension. The shipping firm Quellin has said it will pay him.',
  appeal: 'Victor Salenko lost his appeal on Thursday. A lawyer for Quellin said the case was closed.',
  timetable: 'The island school will close early on crossing days. Mrs. Reyes said the timetable had been agreed with parents.',
};

async function add(slug: keyof typeof STORIES) {
  const { addStory } = await api.ok(AddRawStoryDocument, {
    input: { url: `https://newsgraph.example/merging/${slug}`, title: slug, body: STORIES[slug], publishedAt: '2024-04-02T00:00:00.000Z' },
  });
  expect(addStory.__typename).toBe('AddStoryPayload');
}

/** Who said what: speaker name (as stored) for each statement containing `part`. */
async function speakerOf(part: string): Promise<string | null> {
  const statement = await api.db.database.prisma.statement.findFirst({ where: { text: { contains: part } }, select: { speaker: { select: { name: true } } } });
  if (!statement) throw new Error(`no statement contains "${part}"`);
  return statement.speaker?.name ?? null;
}

describe('one entity per person across stories', () => {
  it('"Lena K. Varga", "Ms. Varga" and "Lena Varga" are one person, whatever story names her', async () => {
    for (const slug of Object.keys(STORIES) as (keyof typeof STORIES)[]) await add(slug);
    const vargas = await api.db.database.prisma.entity.findMany({ where: { key: { contains: 'varga' } }, select: { name: true, kind: true, aliases: { select: { alias: true } } } });
    expect(vargas).toHaveLength(1);
    expect(vargas[0]).toMatchObject({ name: 'Lena K. Varga', kind: 'PERSON' });
    expect(vargas[0]!.aliases.map((alias) => alias.alias)).toEqual(expect.arrayContaining(['Lena Varga', 'Varga']));
    expect(await speakerOf('The engines sounded perfect')).toBe('Lena K. Varga');
    expect(await speakerOf('a second ferry would be ordered')).toBe('Lena K. Varga');
    // Through the API as a client sees it: one entity by that name, with her statements from three stories.
    const { entities } = await api.ok(EntitiesDocument, { filter: { name: 'Lena Varga' } });
    expect(entities.totalCount).toBe(1);
  });

  it('"Tom Reyes" and "Ana Reyes" are two; a bare "Reyes" joins neither; "Mrs. Reyes" joins Ana', async () => {
    const people = await api.db.database.prisma.entity.findMany({ where: { kind: 'PERSON', key: { endsWith: 'reyes' } }, select: { name: true }, orderBy: { name: 'asc' } });
    expect(people.map((person) => person.name)).toEqual(['Ana Reyes', 'Tom Reyes']);
    expect(await speakerOf('trade had doubled')).toBe('Tom Reyes');
    expect(await speakerOf('her pupils had waited')).toBe('Ana Reyes');
    expect(await speakerOf('the timetable had been agreed')).toBe('Ana Reyes');
    // No evidence in its story: not credited to either of them.
    expect(await speakerOf('the island needed a bigger boat')).toBe('Reyes');
  });

  it('"Viktor Salenko" and "Victor Salenko" are one person; "Quellin" is one organisation', async () => {
    const salenkos = await api.db.database.prisma.entity.findMany({ where: { key: { contains: 'salenko' } }, select: { name: true, kind: true } });
    expect(salenkos).toEqual([{ name: 'Viktor Salenko', kind: 'PERSON' }]);
    const quellins = await api.db.database.prisma.entity.findMany({ where: { key: 'quellin' }, select: { kind: true } });
    expect(quellins).toEqual([{ kind: 'ORGANIZATION' }]);
  });
});
