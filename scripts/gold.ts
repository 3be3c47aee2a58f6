// Reads a story of ../shared/corpus with its hand annotation (*.gold.json) as an addStory input.
// The corpus is third-party text: it is read from ../shared, never copied into this repository.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../src/config.js';

export const corpusDir = process.env.CORPUS_DIR ?? path.resolve(repoRoot, '..', 'shared', 'corpus');

type Gold = {
  title: string;
  statements?: { text: string; speaker: string; kind: 'DIRECT' | 'INDIRECT'; via?: string }[];
  statistics?: { text: string; value: number; unit?: string; label: string; direction?: 'INCREASE' | 'DECREASE'; baselineYear?: number }[];
  agreements?: { title: string; parties: string[]; status: 'PROPOSED' | 'SIGNED' | 'NOT_REACHED' | 'WITHDRAWN'; topic?: string; text?: string }[];
  entities?: { name: string; kind: 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE'; title?: string; aliases?: string[] }[];
};

/** The story file's first line is its title; the body is the whole file, as annotated. */
export async function readAnnotatedStory(id: string, url = `https://newsgraph.example/corpus/${id}`) {
  const body = await readFile(path.join(corpusDir, `${id}.txt`), 'utf8');
  const gold = JSON.parse(await readFile(path.join(corpusDir, `${id}.gold.json`), 'utf8')) as Gold;
  // "optional" marks borderline items for extraction scoring; for storage they are annotations like the rest.
  const strip = <T extends object>(items: T[] = []) => items.map(({ optional: _, ...item }: T & { optional?: boolean }) => item);
  return {
    url,
    title: gold.title,
    body,
    source: 'Newsgraph corpus',
    statements: strip(gold.statements),
    statistics: strip(gold.statistics),
    agreements: strip(gold.agreements),
    entities: strip(gold.entities),
  };
}
