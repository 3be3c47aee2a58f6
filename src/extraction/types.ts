// The contract between the pure extraction pipeline and the rest of the product. Offsets are
// character offsets (UTF-16 code units, as JavaScript strings count) into the text given to
// `extractStory`, end exclusive: `body.slice(start, end) === text` always holds.

export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'PLACE' | 'OTHER';
export type StatementKind = 'DIRECT' | 'INDIRECT';
export type ChangeDirection = 'INCREASE' | 'DECREASE';
/** How the text bounds or approximates a figure: "about" -> ABOUT, "more than"/"over" -> MORE_THAN, "up to" -> UP_TO... */
export type StatisticQualifier = 'ABOUT' | 'MORE_THAN' | 'AT_LEAST' | 'LESS_THAN' | 'AT_MOST' | 'UP_TO' | 'ALMOST';
export type AgreementStatus = 'PROPOSED' | 'SIGNED' | 'NOT_REACHED' | 'WITHDRAWN';

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** The fullest form of the name the story gives, titles dropped ("Xi Jinping"). */
  name: string;
  kind: EntityKind;
  /** Title or role as written ("President of China", "former U.S Labor Secretary"). */
  title: string | null;
  /** Other names the story uses for it ("Xi", "President Xi"); never pronouns. */
  aliases: string[];
}

export interface ExtractedStatement extends Span {
  text: string;
  kind: StatementKind;
  /** Name of the speaker (an `entities` name when it is a named entity), or as written ("officials"). */
  speaker: string | null;
  /** The publication it was relayed through ("According to The Telegraph, Xi said ..."). */
  via: string | null;
  /** The word or phrase that marks it as speech: "said", "added", "according to", or "quote". */
  cue: string | null;
  /** The rule that found it, e.g. "speech.that-clause", "according-to.trailing", "quote.uncued". */
  rule: string;
  /** 0..1: how sure the rules that found it are. */
  confidence: number;
  /** Topic names of the statement itself. */
  topics?: string[];
}

export interface ExtractedStatistic extends Span {
  text: string;
  /** The full magnitude: 3200000000 for "£3.2bn", 24 for "24%". Changes are positive. A range's lower end. */
  value: number;
  /** A range's upper end ("between £4m and £5m": 5000000), else null: never a statistic of its own. */
  valueMax: number | null;
  /** The bound or approximation the text puts on it ("about", "more than", "up to"), not folded into `value`. */
  qualifier: StatisticQualifier | null;
  /**
   * "percent", "percent of GDP", "percentage points", a currency code (GBP, USD, EUR...), "pence", "US cents",
   * a duration ("months"), "times", "rank", the counted noun ("jobs"), or a rate "<unit> per <denominator>"
   * ("GBP per week", "pence per share", "hours per week").
   */
  unit: string | null;
  /** What it measures, as a noun phrase a reader understands out of context. */
  label: string;
  /** The name of the entity it is about (an `entities` name), when the text names one. */
  subject: string | null;
  /** The sentence it stands in. */
  context: string;
  direction: ChangeDirection | null;
  baselineYear: number | null;
  /** The earlier value it is compared with, when the text gives it ("up from 4.1%": 4.1). */
  baselineValue: number | null;
  /** The rules that found it: number form, unit form and any later rule ("number.digits+percent.sign"). */
  rule: string;
  /** The word that gave its direction or kind ("drop", "rose", "%"). */
  cue: string | null;
  confidence: number;
}

export interface ExtractedAgreement extends Span {
  text: string;
  title: string;
  parties: string[];
  status: AgreementStatus;
  topic: string | null;
  confidence: number;
  /** The rule that found it, e.g. "noun.sign-verb", "purchase.verb", "talks.failed". */
  rule: string;
}

export interface Extraction {
  version: string;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  statistics: ExtractedStatistic[];
  agreements: ExtractedAgreement[];
  /** Topic names of the whole story. */
  topics: string[];
}

export interface StoryText {
  /** The headline, if it is not part of `body`. */
  title?: string | null;
  body: string;
}
