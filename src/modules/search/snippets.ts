// A search hit's snippet: the words around what matched, with the matches marked (PostgreSQL's
// ts_headline), as parts rather than HTML, so that a frontend never hands a story's text to innerHTML.
// PostgreSQL's parser reads anything shaped like a tag (`<b>`) as markup and leaves it out.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { Prisma } from '../../generated/prisma/client.js';
import { searchConfigs, tsQuery, type Searchable } from './full-text.js';

export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export const SnippetPartRef = builder.objectRef<SnippetPart>('SnippetPart').implement({
  description: 'A piece of a snippet: either a word the search matched, or the text between matches.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The text of this piece, as stored (not HTML).' }),
    highlighted: t.exposeBoolean('highlighted', { description: 'The search matched these words: show them marked.' }),
  }),
});

/** The text each kind is shown by: what its search covers (an article's title and body, a statistic's label and text). */
const SHOWN: Record<Searchable, string> = {
  Article: `"title" || ' — ' || "body"`,
  Statement: '"text"',
  Entity: '"name"',
  Agreement: '"title"',
  Statistic: `coalesce("label", '') || ' — ' || "text"`,
};

// Control characters no story contains mark the matches; they are split away below.
const START = '\u0001';
const STOP = '\u0002';
const OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of headline.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    // Pieces alternate: outside a match, inside one, outside...
    if (piece) parts.push({ text: piece, highlighted: index % 2 === 1 });
  }
  return parts;
}

/** Snippets of the rows `ids` of `kind` for `text`, by id: one query per kind on the page. */
export async function loadSnippets(kind: Searchable, ids: number[], text: string): Promise<Map<number, SnippetPart[]>> {
  const rows = await prisma.$queryRaw<{ id: number; headline: string }[]>(
    Prisma.sql`SELECT id, ts_headline(${Prisma.raw(`'${searchConfigs[kind]}'`)}, ${Prisma.raw(SHOWN[kind])}, ${tsQuery(kind, text)}, ${OPTIONS}) AS headline
      FROM ${Prisma.raw(`"${kind}"`)} WHERE id = ANY(${ids}::int[])`,
  );
  return new Map(rows.map((row) => [row.id, snippetParts(row.headline)]));
}
