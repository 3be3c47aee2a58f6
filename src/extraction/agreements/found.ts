import { type AgreementStatus } from '../types.js';

export interface Party {
  name: string;
  /** Token index in the sentence, for ordering. */
  at: number;
  kind: string;
  speaker: boolean;
  /** One of a hyphenated pair that modifies the agreement noun ("a Labour-Green pact"): the two sides themselves. */
  pair?: boolean;
}

export interface Found {
  start: number;
  end: number;
  title: string;
  status: AgreementStatus;
  topic: string | null;
  confidence: number;
  /** The rule that found it ("noun.sign-verb", "talks.failed"): recorded on the extracted agreement. */
  rule: string;
  /** Token range of the agreement's own noun phrase (parties inside it are only kept if countries). */
  npFrom: number;
  npTo: number;
  /** Token range of the clause that holds the parties when the pattern names them ("X and Y agreed to"). */
  subjectFrom?: number;
  subjectTo?: number;
  /** Token index of the agreement noun (or of the verb when there is none). */
  noun: number;
  /** Token index of the trigger (verb or noun). */
  anchor: number;
  /** What stands before the verb: a pronoun ("he signed"), a common noun ("the union failed to"), or nothing. */
  subject: SubjectKind;
  /** Parties only from the agreement's own clause (a passive "a deal was reached", an unnamed subject). */
  clauseOnly: boolean;
  /**
   * Names the syntax gives as the parties, whatever their entity kind: "Velmora and Kestria signed",
   * "signed by A and B", "a deal between A and B", "X signed a deal with Y". Token ranges in the sentence.
   */
  named: NameSpan[];
  /** Only named parties or a subject that points at two sides count (proposals without an agreement noun). */
  strict?: boolean;
  /** "Under the deal, ...", "according to the agreement": a reference to an agreement told before. */
  reference?: boolean;
  /** A bare definite noun phrase ("the agreement", "this deal"): may repeat an agreement found before. */
  definite?: boolean;
  /** Token index of a pronoun that stands for the first party ("it bought ..."), for the party step to resolve. */
  pronoun?: number;
  /** "offered to buy the remaining shares": the other party is the firm of the purchase told just before. */
  sameFirm?: boolean;
  /** "to buy one of the country's banks": the other party is the firm the story names next as bought by the same buyer. */
  laterFirm?: boolean;
  /** One party that is a body of many members ("the G8 agreed to ..."): an agreement of its own with one party. */
  collective?: boolean;
  /** "Leaders agreed to ...", "the 25 member states backed ...": members of the one body the story names, its one party. */
  bodyFromStory?: boolean;
  /** "A merged its arm with B's, in a deal worth $2bn": a deal that only describes another report of its sentence. */
  inDeal?: boolean;
  /** "A signed deals with B and C": one agreement between the first party and each of the others. */
  separate?: boolean;
}

/** A name read from the tokens: [from, to) without a leading "the"; `start` takes the determiner in. */
export interface NameSpan {
  start: number;
  from: number;
  to: number;
  /** "Velmora's foreign minister": the owner's name ends here (the role words after it are in `to`). */
  ownerTo?: number;
  /** "46 states", "the tobacco companies": a side named by what its members are (names.ts, readGroup). */
  group?: boolean;
}

export type SubjectKind = 'pronoun' | 'event' | 'noun' | 'name' | 'none';

/** Rules that find an agreement of one body of many members ("agreed.collective", "noun.sign-verb+collective"): one party is enough. */
export const isOneBodyRule = (rule: string | null | undefined): boolean => /(^agreed\.collective(-backed)?|\+collective)$/.test(rule ?? '');
