// Every story of ../shared/corpus (the founding story and every folder), added as raw text through
// addStory on one server, as `npm run ingest` would add them; then the graph is checked as a whole:
//
//   (a) every statement's speaker is a name or a described group, never a function word, a verb, a
//       dateline or a fragment of a sentence (see test/helpers/speaker-checks.ts);
//   (b) one entity per person: no PERSON's name is a strict part of another PERSON's name with the
//       same surname ("Trump" / "Donald Trump", "Lena Varga" / "Lena K. Varga"), except the pairs
//       in SAME_SURNAME_PEOPLE below, which the stories show to be two people.
//
// The corpus is third-party text: it is read in place, never copied into this repository, and
// nothing of it is written here but the few names of the allow-list.
//
// About two minutes on PGlite (every story is a transaction of its own); it runs on PGlite only
// (vitest.config.ts). CORPUS_REPORT=<file> writes what it found as JSON, for a closer look.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../scripts/gold.js';
import { parseStoryFile, urlForPath } from '../../scripts/ingest/story-file.js';
import { AddRawStoryDocument } from '../../src/generated/operations/graphql.js';
import { useTestApp } from '../helpers/app.js';
import { testEngine } from '../helpers/database.js';
import { datelineOf, samePersonParts, speakerProblem } from '../helpers/speaker-checks.js';

/**
 * Same-surname names kept apart on purpose, with the reason: each shorter name is said in stories
 * that give no evidence (honorific, title, only one of them named fully) for one of the people it
 * could be, and the corpus names several such people. Keep it short.
 */
const SAME_SURNAME_PEOPLE: { part: string; wholes: string[]; reason: string }[] = [
  {
    part: 'Bush',
    wholes: ['George Bush', 'George H.W. Bush', 'George W. Bush', 'Jeb Bush', 'Laura Bush'],
    reason: 'five people called Bush are named; stories that say only "Bush" or "Mr. Bush" (three of them are men) give nothing that fits one',
  },
  {
    part: 'George Bush',
    wholes: ['George H.W. Bush', 'George W. Bush'],
    reason: 'father and son are both named; a story says "President George Bush", which fits both',
  },
  {
    part: 'Reagan',
    wholes: ['Ronald Reagan', 'Nancy Davis Reagan'],
    reason: 'husband and wife are both named; a story says only "Reagan", with no honorific or title',
  },
];

/**
 * Distinct speakers that fail the rules of test/helpers/speaker-checks.ts. A bound that only goes
 * down: 16 when this test was written, 4 once the statement stage's speaker checks
 * (src/extraction/statements/speaker-check.ts) refused function words, verb phrases, headlines and
 * descriptions headed by no one, 0 once participle phrases headed by no one ("mounting repair
 * bills"), a role with "of" before a name ("head of security X") and a participle naming a noun
 * ("a shift pattern called ...") were read right.
 */
const KNOWN_BAD_SPEAKERS = 0;

async function storyFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await storyFiles(dir, relative)));
    else if (entry.name.endsWith('.txt') && !entry.name.startsWith('.')) files.push(relative);
  }
  return files;
}

const api = useTestApp();
const files = await storyFiles(corpusDir);

describe(`the whole corpus through addStory (${testEngine})`, () => {
  const bodies = new Map<string, string>();

  it('adds every story as raw text', { timeout: 600_000 }, async () => {
    expect(files.length).toBeGreaterThan(200);
    for (const relativePath of files) {
      const story = parseStoryFile(await readFile(path.join(corpusDir, relativePath), 'utf8'), { relativePath, defaultSource: 'Newsgraph corpus' });
      story.url = urlForPath(relativePath);
      bodies.set(story.url, story.body);
      const { addStory } = await api.ok(AddRawStoryDocument, { input: story });
      expect(addStory.__typename, relativePath).toBe('AddStoryPayload');
    }
  });

  it('names no speaker by a function word, a verb, a dateline or a fragment', async () => {
    const statements = await api.db.database.prisma.statement.findMany({
      where: { speakerId: { not: null } },
      select: { speaker: { select: { name: true } }, article: { select: { url: true } } },
    });
    const problems = new Map<string, string>();
    for (const { speaker, article } of statements) {
      const problem = speakerProblem(speaker!.name, datelineOf(bodies.get(article.url) ?? ''));
      if (problem) problems.set(speaker!.name, problem);
    }
    if (process.env.CORPUS_REPORT) await report({ statements: statements.length, badSpeakers: Object.fromEntries(problems) });
    if (problems.size) console.warn(`speakers that are no name nor described group (${problems.size}):\n${[...problems].map(([name, why]) => `  ${JSON.stringify(name)}: ${why}`).join('\n')}`);
    expect(problems.size, 'distinct bad speakers (see the list above)').toBeLessThanOrEqual(KNOWN_BAD_SPEAKERS);
  });

  it('keeps one entity per person: no PERSON name is a strict part of another with the same surname', async () => {
    const people = await api.db.database.prisma.entity.findMany({ where: { kind: 'PERSON' }, select: { name: true }, orderBy: { name: 'asc' } });
    const allowed = new Set(SAME_SURNAME_PEOPLE.flatMap(({ part, wholes }) => wholes.map((whole) => `${part}\u0000${whole}`)));
    const pairs: string[] = [];
    for (const part of people) {
      for (const whole of people) {
        if (samePersonParts(part.name, whole.name) && !allowed.has(`${part.name}\u0000${whole.name}`)) pairs.push(`${part.name} < ${whole.name}`);
      }
    }
    if (process.env.CORPUS_REPORT) {
      const kinds = await api.db.database.prisma.entity.groupBy({ by: ['kind'], _count: true });
      const parts = [...new Set(pairs.map((pair) => pair.split(' < ')[0]!))];
      const where = await api.db.database.prisma.entity.findMany({
        where: { kind: 'PERSON', name: { in: parts } },
        select: { name: true, titles: true, aliases: { select: { alias: true } }, mentions: { select: { title: true, article: { select: { url: true } } } }, _count: { select: { statements: true } } },
      });
      await report({ people: people.length, kinds: Object.fromEntries(kinds.map((k) => [k.kind, k._count])), pairs, where, names: people.map((p) => p.name) });
    }
    expect(pairs).toEqual([]);
  });
});

const reported: Record<string, unknown> = {};
async function report(part: Record<string, unknown>) {
  Object.assign(reported, part);
  await writeFile(process.env.CORPUS_REPORT!, JSON.stringify(reported, null, 1));
}
