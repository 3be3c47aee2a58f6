// The entity a statistic is about: the organisation, country or person its clause names. Named
// entities come from the entities stage; this only picks among the mentions of the figure's sentence.
import type { EntityRegistry, Mention } from '../entities.js';
import type { Figure } from './figure.js';

interface SubjectRule {
  id: string;
  /** The mention it picks, among those of the figure's sentence (in text order). */
  pick(mentions: readonly Mention[], figure: Figure): Mention | undefined;
}

const notPerson = (m: Mention) => m.kind !== 'PERSON';
const beforeInClause = (f: Figure) => (m: Mention) => m.start >= f.clause.start && m.end <= f.start;

/** In order: what the clause is about before who speaks about it, a company before its country. */
export const SUBJECT_RULES: SubjectRule[] = [
  // "Acme's profit rose 5%", "Acme, the Swiss drugmaker, paid $3bn": the first organisation of the clause
  { id: 'subject.clause-organisation', pick: (mentions, f) => mentions.find((m) => beforeInClause(f)(m) && m.kind === 'ORGANIZATION') },
  // "Unemployment in Germany fell to 9%"
  { id: 'subject.clause-place', pick: (mentions, f) => mentions.find((m) => beforeInClause(f)(m) && notPerson(m)) },
  // "8.3% in Italy": a place right after the figure
  { id: 'subject.place-after', pick: (mentions, f) => mentions.find((m) => m.start >= f.end && m.start - f.end <= 5 && notPerson(m)) },
  // "Smith earned £2m"
  { id: 'subject.clause-person', pick: (mentions, f) => mentions.find(beforeInClause(f)) },
  // "The company, Acme, said it would pay $3bn": the last organisation of the sentence before the figure
  { id: 'subject.sentence-organisation', pick: (mentions, f) => mentions.filter((m) => m.end <= f.start && notPerson(m)).at(-1) },
];

export class SubjectFinder {
  private readonly bySentence = new Map<number, Mention[]>();

  constructor(private readonly entities: { mentions: readonly Mention[]; registry: EntityRegistry }) {
    for (const mention of entities.mentions) {
      const list = this.bySentence.get(mention.sentence) ?? [];
      list.push(mention);
      this.bySentence.set(mention.sentence, list);
    }
    for (const list of this.bySentence.values()) list.sort((a, b) => a.start - b.start);
  }

  /** The entity name the figure is about, or null when its sentence names none. */
  subjectOf(figure: Figure): string | null {
    const mentions = this.bySentence.get(figure.sentence);
    if (!mentions?.length) return null;
    for (const rule of SUBJECT_RULES) {
      const mention = rule.pick(mentions, figure);
      if (mention) return this.entities.registry.lookup(mention.name)?.name ?? mention.name;
    }
    return null;
  }
}
