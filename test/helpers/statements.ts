// Finding one extracted statement in a story written for a unit test.
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedStatement } from '../../src/extraction/types.js';

export function statementsOf(body: string, title?: string): ExtractedStatement[] {
  return extractStory({ body, title }).statements;
}

/** The statement whose span covers `part`; fails loudly, listing what was found, when there is none. */
export function statement(body: string, part: string, title?: string): ExtractedStatement {
  const all = statementsOf(body, title);
  const at = body.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the story`);
  const found = all.find((s) => s.start <= at && s.end >= at + part.length);
  if (!found) throw new Error(`no statement covers "${part}"; found: ${JSON.stringify(all.map((s) => [s.text, s.speaker]))}`);
  return found;
}
