// The counted noun of a count written without one ("rose 14,000 to 2.3 million" counts what the story counts).
import type { Span } from '../types.js';
import { lastMatch } from './direction.js';
import type { Figure } from './figure.js';
import { isPluralNoun, nounPhraseAt } from './units.js';
import { TIME_UNITS } from './words.js';

export const NOT_COUNTED = /^(?:profits|revenues|earnings|sales|shares|prices|rates|figures|results|costs|taxes|levels|numbers|totals|values|volumes|assets|losses|returns|margins|bills|fees|wages|salaries|savings|payments|exports|imports|stocks|markets|points|ratings|scores|readings|yields)$/i;

const AGE_LIMIT = /\b(?:pension|retirement|voting|school-leaving|leaving|drinking|legal|minimum|maximum)\s+age\b[^.;\d]{0,40}(?:\d+\s+to\s+)?$/i;

/** An infinitive or present of a verb whose "at N" is an age limit; not "retired at 60" (a person's age, filters.ts). */
const AGE_LIMIT_VERB = /\b(?:retire|vote|leave school|leave full-time education|drink|marry|drive)\s+at\s+(?:the\s+age\s+of\s+)?$/i;

const SALES_OF = /\b[Ss]ales\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:[A-Z][\w-]*|new|latest)\s+)*([a-z]{3,})\b/g;
const LEVEL_SUBJECT =
  /\b([A-Za-z]+)\s+(?:(?:to|of|in|at|from|for|on)\s+(?:the\s+)?[\w'’-]+\s+)?(?:(?:have|has|had|now|already)\s+)*(?:reached|reach|reaches|stood\s+at|stand\s+at|stands\s+at|totalled|totaled|total|totals|numbered|number|numbers|topped|passed|exceeded|surpassed)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|just\s+)?$/;

/** A singular noun before "numbers" or "base": what a count of numbers counts. */
const NOUN_NUMBERS = /\b([A-Za-z][a-z]{2,})\s+(?:numbers|base)\b(?!\s+(?:of|on|in|about|around|some|nearly|almost|more|over|just|roughly|\d))/g;
/** Words before "numbers" that say how many, not what: "record numbers", "large numbers", "phone numbers". */
const NOT_NOUN_OF_NUMBERS =
  /^(?:record|high|low|large|small|big|growing|rising|falling|huge|vast|sheer|the|these|those|their|its|his|her|our|official|total|overall|final|latest|new|same|similar|lower|higher|greater|strong|weak|phone|telephone|serial|account|cost|tax|asset|capital|power|home|fan|customer-service|[a-z]+(?:s|ly|ed|ing|al|ic|ous|ive|ful))$/;

/** The regular plural of a singular noun: phone → phones, copy → copies, box → boxes. */
function plural(noun: string): string {
  const lower = noun.toLowerCase();
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${lower}es`;
  return `${lower}s`;
}

export const PEOPLE_WORDS =
  /\b(unemploy\w*|jobless|out of work|in work|employment|claimants?|waiting|turnout|population|voters|residents|inhabitants|workforce|employees|membership|(?:net\s+)?(?:im|e)?migration)\b/gi;

/** The side a bare count voted on: "611 in favour", "748 opposed", "12 against", "3 abstentions". */
const VOTE_SIDE_AFTER = /^\s+(?:in\s+favou?r\b|against\b|opposed\b|abstained\b|abstentions\b|voting\s+(?:for|against)\b)(?!\s+(?:the|a|an|his|her|its|their|this|that)\b)/i;

/** Before a bare count of people: "employs 3,000", "employing about 400", "a town of 20,000". */
const EMPLOYS_BEFORE = /\b(?:(?:employs|employ|employing|employed)\s+|(?:town|city|village|country|nation|island|state|population)\s+of\s+)$/i;

/** Verbs only people do, right after a bare count: "400,000 attended", "3,000 were evacuated", "40 have died". */
const HUMAN_VERB_AFTER =
  /^\s+(?:(?:were|was|are|have|had|has|have\s+been|had\s+been|are\s+being|were\s+being)\s+)?(?:killed|injured|hurt|wounded|died|arrested|detained|evacuated|rescued|displaced|hospitali[sz]ed|attended|marched|protested|demonstrated|rallied|gathered|fled|turned\s+out|took\s+part)\b/i;

export function inferCountUnit(text: string, f: Figure, figures: Figure[], sentences: Span[]): string | null {
  const sentence = sentences[f.sentence];
  // "raise the pension age from 60 to 65": an age limit, in years of age
  if (AGE_LIMIT.test(text.slice(Math.max(f.clause.start, f.start - 90), f.start))) return 'years of age';
  // "must retire at 67", "can vote at 16", "leave school at 18": the age a rule sets
  if (AGE_LIMIT_VERB.test(text.slice(Math.max(f.clause.start, f.start - 40), f.start))) return 'years of age';
  const after = text.slice(f.end, f.end + 60);
  const of = /^\s+of\s+(?:(?:the\s+[a-z]+['’]s|the|its|their|his|her|our|these|those|[A-Z][\w.-]*['’]s)\s+|them\b)?(?:(?:last|first|next|other|remaining)\s+)?(?:[\d,]+)?/.exec(after);
  if (of && !/them\b/.test(of[0])) {
    // the noun phrase reader starts on the space before its first word ("300 of the| workers")
    const np = nounPhraseAt(text, f.end + of[0].trimEnd().length);
    if (np) return np.head.toLowerCase();
  }
  // the first end of a range counts what the second counts: "between 2 and 3 million viewers"
  const next = figures[f.index + 1];
  if (next && next.unit && next.kind === 'count' && /^\s*(?:-|–|to|and|or)\s*$/.test(text.slice(f.end, next.start))) return next.unit;
  const before = text.slice(sentence.start, f.start);
  const numberOf = /\b(?:number|numbers|total)\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s|people|staff|police|children|men|women)\b/gi;
  let m = lastMatch(numberOf, before);
  if (m) return m[1].toLowerCase();
  const clauseBefore = text.slice(f.clause.start, f.start);
  if (/\bmajority\b/i.test(clauseBefore)) return f.value > 700 ? 'votes' : 'seats';
  if (/\bvot(?:ed|es|ing)\b/i.test(clauseBefore)) return 'votes';
  // count.sales-of: "sales of the Zephyr phone reached 2 million" count phones
  const salesOf = lastMatch(SALES_OF, clauseBefore);
  if (salesOf && !TIME_UNITS[salesOf[1]!] && !NOT_COUNTED.test(salesOf[1]!)) return isPluralNoun(salesOf[1]!) ? salesOf[1]!.toLowerCase() : plural(salesOf[1]!);
  const sales = lastMatch(/\b([a-z]+)\s+sales\b/gi, clauseBefore);
  if (sales && !/^(?:retail|total|annual|global|worldwide|its|their|the|of|and|net|gross|online|home|sales|like-for-like|said|says|say|that|whose|as|while|but|when|if|with|by|on|in|from|for|to|at)$/i.test(sales[1])) {
    return sales[1].toLowerCase().replace(/y$/, 'ie') + 's';
  }
  // count.noun-numbers: "passenger numbers rose to 2.3 million", "its customer base grew to 4 million" count
  // passengers and customers
  const numbers = lastMatch(NOUN_NUMBERS, clauseBefore);
  // (a capital only as the first word of the clause: "The Harlow numbers" are a name's)
  // ("its workforce numbers 5,000": "numbers" is the verb there)
  if (numbers && !/^\s*$/.test(clauseBefore.slice(numbers.index + numbers[0].length)) && !NOT_NOUN_OF_NUMBERS.test(numbers[1]!.toLowerCase()) && (/^[a-z]/.test(numbers[1]!) || !/\S/.test(clauseBefore.slice(0, numbers.index)))) return plural(numbers[1]!);
  // count.subject-of-level: the plural subject of a level verb: "Orlen subscribers reached 4 million",
  // "visitors to Harlow numbered 300,000"
  const subjectOfLevel = LEVEL_SUBJECT.exec(clauseBefore);
  if (subjectOfLevel && isPluralNoun(subjectOfLevel[1]!) && !TIME_UNITS[subjectOfLevel[1]!.toLowerCase()] && !NOT_COUNTED.test(subjectOfLevel[1]!)) {
    return /^[A-Z][a-z]/.test(subjectOfLevel[1]!) ? subjectOfLevel[1]!.toLowerCase() : subjectOfLevel[1]!;
  }
  // count.human-verb: a count that is the subject of what only people do ("400,000 attended", "3,000 were
  // evacuated") counts people
  if (HUMAN_VERB_AFTER.test(after)) return 'people';
  // count.employs: "a firm which employs 3,000", "a town of 20,000" count people
  if (EMPLOYS_BEFORE.test(text.slice(Math.max(f.clause.start, f.start - 40), f.start))) return 'people';
  // count.vote-side: "611 in favour, 748 opposed", "12 against"
  if (VOTE_SIDE_AFTER.test(after)) return 'votes';
  if (lastMatch(PEOPLE_WORDS, clauseBefore)) return 'people';
  // the plural subject of the change: "Members rose to 1.7m"
  if (f.dirCue && f.dirCueAt > f.clause.start && f.dirCueAt < f.start) {
    const subject = /([A-Za-z]+)\s+(?:(?:have|has|had|were|was)\s+)?(?:[a-z]+ly\s+)?$/.exec(text.slice(Math.max(f.clause.start, f.dirCueAt - 40), f.dirCueAt));
    if (subject && isPluralNoun(subject[1]) && !TIME_UNITS[subject[1].toLowerCase()] && !NOT_COUNTED.test(subject[1])) return subject[1].toLowerCase();
  }
  for (let i = f.index - 1; i >= 0 && figures[i].sentence === f.sentence; i--) {
    const g = figures[i];
    if (g.kind === 'count' && g.unit) return g.unit;
  }
  if (lastMatch(PEOPLE_WORDS, before)) return 'people';
  const previous = sentences[f.sentence - 1];
  if (previous) {
    m = lastMatch(numberOf, text.slice(previous.start, previous.end));
    if (m) return m[1].toLowerCase();
  }
  // count.previous-sentence: the last noun the sentence before counted ("Orlen Air ordered 40 planes. It will
  // lease 10 more.") - a noun phrase counted, not a measure ("18 miles"), and not when a name follows the count
  // ("13,000 Special Operations forces" count their own noun)
  if (!/^\s+[A-Z]/.test(after)) {
    for (let i = f.index - 1; i >= 0 && figures[i]!.sentence >= f.sentence - 1; i--) {
      const g = figures[i]!;
      if (g.sentence === f.sentence - 1 && g.kind === 'count' && g.unit && /count\.noun/.test(g.rule)) return g.unit;
    }
  }
  return null;
}

