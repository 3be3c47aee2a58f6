// Editorial corrections of statements.
import { prisma } from '../../db.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { StatementKind } from '../../generated/prisma/client.js';
import { guessKind } from '../entities/names.js';
import { resolveEntity } from '../entities/service.js';
import { nearestSpan } from '../shared/spans.js';

export interface StatementPatch {
  text?: string | null;
  kind?: StatementKind | null;
  /** The speaker's name; resolved like a name in a story. */
  speaker?: string | null;
}

/** Applies an editor's correction; the statement is marked edited so re-extraction keeps it. */
export async function updateStatement(id: number, patch: StatementPatch) {
  return prisma.$transaction(async (tx) => {
    const statement = await tx.statement.findUnique({
      where: { id },
      select: { start: true, article: { select: { body: true } } },
    });
    if (!statement) throw new NotFoundError('No statement has this ID.');
    let span: { start: number; end: number } | undefined;
    if (patch.text != null) {
      // The occurrence nearest the old one: a corrected quote stays where the editor saw it.
      span = nearestSpan(statement.article.body, patch.text, statement.start) ?? undefined;
      if (!span) {
        throw new ValidationError('The new text is not in the article.', [
          { path: ['input', 'text'], message: 'must be an exact span of the article body' },
        ]);
      }
    }
    const speakerName = patch.speaker?.trim();
    if (patch.speaker != null && !speakerName) {
      throw new ValidationError('A speaker needs a name.', [{ path: ['input', 'speaker'], message: 'must not be empty' }]);
    }
    const speakerId = speakerName
      ? await resolveEntity(tx, { name: speakerName, kind: guessKind(speakerName), kindIsGuess: true })
      : undefined;
    return tx.statement.update({
      where: { id },
      data: {
        ...(span ? { text: patch.text!, ...span } : {}),
        ...(patch.kind ? { kind: patch.kind } : {}),
        ...(speakerId ? { speakerId } : {}),
        editedAt: new Date(),
      },
    });
  });
}

export async function deleteStatement(id: number) {
  const { count } = await prisma.statement.deleteMany({ where: { id } });
  if (!count) throw new NotFoundError('No statement has this ID.');
}
