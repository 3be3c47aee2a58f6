// The story as the speaker resolver sees it: its name mentions in order, the registry they resolve
// in, and what the resolver has settled so far (the last speaker, the sentence it is in).
import type { Entity, EntityRegistry, Gender, Mention } from '../../entities.js';
import { lowerBound, type Layout } from '../../text.js';

export interface Antecedent {
  entity: Entity;
  position: number;
  sentence: number;
}

/**
 * Shared by the resolver and its helper modules (pronouns, organisations, documents, subjects), which
 * read the mentions and the resolver's memory of the last speakers through it: one object, one state.
 */
export class SpeakerContext {
  readonly mentions: Mention[];
  lastSpeaker: { entity: Entity | null; name: string; sentence: number } | null = null;
  /** The last person named as a speaker, for "he" and "she" (the corpus convention as well). */
  lastPersonSpeaker: { entity: Entity; sentence: number } | null = null;
  currentSentence = 0;
  /** Entities named at least once away from a sentence's start, where a capital says it is a name. */
  readonly seenInsideSentence = new Set<Entity>();
  /** The last speaker phrase that described one unnamed person ("a spokeswoman"), resolved to `name`. */
  describedPerson: { name: string; gender: Gender; sentence: number; position: number } | null = null;
  /** Owners of the documents speaker phrases named so far, by document noun ("report" -> "Greenhope"). */
  readonly documentOwners = new Map<string, string>();
  /** Who spoke in each sentence so far, by sentence index (the last speaker resolved there). */
  readonly speakerBySentence = new Map<number, string>();

  constructor(
    readonly layout: Layout,
    mentions: Mention[],
    readonly registry: EntityRegistry,
  ) {
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    for (const mention of this.mentions) {
      const entity = this.entityOf(mention);
      if (entity && !mention.initial) this.seenInsideSentence.add(entity);
    }
  }

  entityOf(mention: Mention): Entity | null {
    return this.registry.lookup(mention.name);
  }

  nameOf(mention: Mention): string {
    return this.entityOf(mention)?.name ?? mention.name;
  }

  /** Entities mentioned after a position, within the next `sentences` sentences, nearest first. */
  ahead(position: number, sentences: number): Antecedent[] {
    const found: Antecedent[] = [];
    const last = this.currentSentence + sentences;
    for (let i = lowerBound(this.mentions, position, (m) => m.start); i < this.mentions.length; i++) {
      const mention = this.mentions[i]!;
      if (mention.sentence > last) break;
      const entity = this.entityOf(mention);
      if (entity && mention.start > position) found.push({ entity, position: mention.start, sentence: mention.sentence });
    }
    return found;
  }

  /** Entities mentioned before a position, most recent first. */
  before(position: number, limit = 40): Antecedent[] {
    const found: Antecedent[] = [];
    for (let i = lowerBound(this.mentions, position - 1, (m) => m.start) - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.start >= position) continue;
      const entity = this.entityOf(mention);
      if (entity) found.push({ entity, position: mention.start, sentence: mention.sentence });
      if (found.length > limit) break;
    }
    return found;
  }
}

/** "lenders", "tobacco companies": a lowercase phrase whose head is a plural noun. */
export function isPluralDescription(phrase: string): boolean {
  const head = phrase.split(' ').at(-1)!;
  return /^[a-z-]+$/.test(head) && /[^s]s$/.test(head) && head.length > 3;
}

export function stripArticle(phrase: string): string {
  return phrase.replace(/^(the|The)\s+/, '').trim();
}
