// What may be a speaker. A resolved speaker is a name (of a person, an organisation, a country), a
// described group ("analysts", "a senior official") or an organisation's description; never a
// function word, a verb phrase, a time, a dateline, a place or a fragment of a clause. Each rule
// below names one way a phrase fails; `speakerProblem` returns the first that applies, so the
// pipeline can drop the phrase and look for better evidence instead of storing junk.
import { AGENT_NOUN, GROUP_NOUNS, MONTHS, ORGANIZATION_NOUNS, PERSON_NOUN_ENDING, PERSON_ROLE_NOUNS, WEEKDAYS } from '../lexicon.js';
import type { EntityKind } from '../types.js';

export interface SpeakerCandidate {
  /** The resolved speaker as it would be stored. */
  name: string;
  /** The kind the story's entities give it, when it is one of them. */
  kind: EntityKind | null;
  /** The story's text, for evidence such as datelines. */
  text: string;
}

interface SpeakerRule {
  id: string;
  /** True when the candidate cannot be a speaker. */
  rejects(candidate: SpeakerCandidate, words: string[]): boolean;
}

/** Words that open a clause or a phrase, never a speaker's name or description. */
const FUNCTION_WORDS = new Set(
  `despite among amid against through across via per like unlike including except between within beyond toward
  towards around behind below above near off out up down of to in on at by for from with without into onto upon about after before during since until while when whenever
  where whereas if unless because although though as than that which who whom whose what why how whether and or
  but nor so yet then also just only even still already not no never there here this these those it its
  is are was were be been being am has have had do does did will would shall should can could may might must`.split(/\s+/),
);

/** Documents that speak for whoever issued them ("the memo said", "a campaign ad claimed"). */
const DOCUMENT_NOUNS = new Set(
  `memo letter email e-mail cable document filing ad advert advertisement release tweet post blog website site
  transcript readout poll survey study report statement editorial review analysis paper data figures record
  records minutes notice guidance ruling verdict judgment order complaint lawsuit petition indictment`.split(/\s+/),
);

/** Words that comment on a whole sentence ("Sure, ...", "Indeed, ..."). */
const SENTENCE_ADVERBS = new Set('sure yes no well okay ok oh indeed certainly perhaps maybe surely absolutely granted admittedly now anyway however meanwhile instead'.split(' '));

/** Subject pronouns: "he", "she" resolve to someone; a pronoun followed by more words is a clause. */
const SUBJECT_PRONOUNS = /^(i|you|he|she|it|we|they)$/i;

/** Whether a noun can head a speaker's description: a person, a group or an organisation. */
function speakingHead(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/, '');
  return [word, singular].some((form) => PERSON_ROLE_NOUNS.has(form) || GROUP_NOUNS.has(form) || ORGANIZATION_NOUNS.has(form) || DOCUMENT_NOUNS.has(form));
}


const rules: SpeakerRule[] = [
  {
    id: 'fragment-punctuation',
    // "minimized -", "said: ": a phrase cut at a dash or ending on punctuation.
    rejects: ({ name }) => /[-–—:;,(]\s*$/.test(name) || /^[-–—:;,)]/.test(name) || !/\p{L}/u.test(name),
  },
  {
    id: 'function-word',
    // "to", "on", "in a later interview", "while discussing a bill": a phrase that opens with a
    // preposition, conjunction or auxiliary is a piece of a clause.
    rejects: (_candidate, words) => FUNCTION_WORDS.has(words[0]!.toLowerCase()),
  },
  {
    id: 'verb-first',
    // "recalling a false claim", "lamenting what ...", "minimized": a participle with its object, not
    // a name ("the shipping firm" is a description: its participle modifies a noun).
    rejects: (_candidate, words) =>
      /^[a-z]+(ing|ed)$/.test(words[0]!) && words[0]!.length > 4 &&
      (words.length === 1 || /^(a|an|the|his|her|their|its|what|how|that|this|to|on|about|over|him|her|them|us|me|himself|herself|themselves|itself)$/i.test(words[1]!) || /ly$/.test(words[1]!) ||
        // "mounting repair bills", "sweeping coastal storms": all lowercase, and the head is no
        // one who speaks ("leading economists", "striking workers" are described groups).
        words.every((word) => /^[a-z-]+$/.test(word)) && !speakingHead(words.at(-1)!)),
  },
  {
    id: 'pronoun-clause',
    // "He was given a passport", "you must win ...", "He's": a clause, not a speaker.
    rejects: ({ name }, words) => SUBJECT_PRONOUNS.test(words[0]!.replace(/['’](s|m|re|ll|d|ve)$/i, '')) && (words.length > 1 || /['’]/.test(name)),
  },
  {
    id: 'bare-pronoun',
    // "they", "it" left unresolved: a pronoun names nobody; the statement is better without a speaker.
    rejects: (_candidate, words) => words.length === 1 && /^(i|you|he|she|it|we|they|him|her|them|us)$/i.test(words[0]!),
  },
  {
    id: 'sentence-adverb',
    // "Sure, ...", "Indeed", "Perhaps": a word that comments on the sentence is nobody.
    rejects: (_candidate, words) => words.length === 1 && SENTENCE_ADVERBS.has(words[0]!.toLowerCase()),
  },
  {
    id: 'negation',
    // "didn't want to be named": a verb phrase about the source, not the source.
    rejects: ({ name }) => /n['’]t\b|\bnot\b/i.test(name),
  },
  {
    id: 'open-ending',
    // "Nearly nine out of", "a large", "the party's": the phrase stops where its noun should be.
    // (Lowercase only: "Nia Small" and "Ann Long" end in surnames.)
    rejects: (_candidate, words) =>
      /^(of|in|on|at|to|for|from|with|by|over|under|about|after|before|and|or|the|a|an|large|small|new|former|more|than|out)$/.test(words.at(-1)!) ||
      /['’]s?$/.test(words.at(-1)!),
  },
  {
    id: 'lone-word-not-a-speaker',
    // One lowercase word must be someone: a role ("witness"), a group ("analysts") or an organisation
    // noun ("newspaper"); "run", "several" or "both" are not.
    rejects: (_candidate, words) => {
      // ("@AnnVale": an account's handle names its owner.)
      if (words.length !== 1 || /^\p{Lu}/u.test(words[0]!) || /^@\w+$/.test(words[0]!)) return false;
      const word = words[0]!.toLowerCase();
      if (/^(several|both|all|some|many|most|others?|one|none|each|either|neither)$/.test(word)) return true;
      return !(PERSON_ROLE_NOUNS.has(word) || GROUP_NOUNS.has(word) || ORGANIZATION_NOUNS.has(word) || PERSON_ROLE_NOUNS.has(word.replace(/s$/, '')) || ORGANIZATION_NOUNS.has(word.replace(/s$/, '')) || AGENT_NOUN.test(word));
    },
  },
  {
    id: 'adjective-alone',
    // "Democratic", "Democratic-leaning New Jersey": an adjective is part of a description, never
    // a speaker by itself.
    rejects: (_candidate, words) => (words.length === 1 && /^\p{Lu}\p{Ll}+ic$/u.test(words[0]!)) || /-(leaning|based|born)$/i.test(words[0]!),
  },
  {
    id: 'heading',
    // "ABSTRACT", "UPDATE": a heading in capitals, not an organisation's acronym.
    rejects: ({ kind }, words) => words.length === 1 && /^[A-Z]{7,}$/.test(words[0]!) && kind !== 'ORGANIZATION',
  },
  {
    id: 'headline-in-capitals',
    // "PANEL RULES FOR FOUNDER": several words in capitals are a headline, not a name.
    rejects: (_candidate, words) => words.length >= 3 && words.every((word) => !/\p{Ll}/u.test(word)) && words.filter((word) => /^\p{Lu}{2,}$/u.test(word)).length >= 3,
  },
  {
    id: 'description-without-a-speaker',
    // "his plan", "the first meeting", "an unprompted": a short description must be headed by someone
    // (a role, a group, an organisation, a document that speaks for one).
    rejects: (_candidate, words) => {
      if (words.length < 2 || words.length > 4 || words.some((word) => /^\p{Lu}/u.test(word))) return false;
      if (!/^(a|an|the|his|her|their|its|our|my|this|that|first|last|one)$/i.test(words[0]!)) return false;
      const head = words.at(-1)!.toLowerCase().replace(/['’]s?$/, '');
      const singular = head.replace(/(?<=[^s])s$/, '');
      const known = [head, singular].some((form) => PERSON_ROLE_NOUNS.has(form) || GROUP_NOUNS.has(form) || ORGANIZATION_NOUNS.has(form) || DOCUMENT_NOUNS.has(form));
      return !known && !AGENT_NOUN.test(singular) && !PERSON_NOUN_ENDING.test(singular);
    },
  },
  {
    id: 'description-headed-by-no-one',
    // "a nod to the front-runner", "the end of the talks": in a lowercase description, the noun
    // before its first preposition is its head, and it must be someone ("a spokesman for the
    // mayor", "the head of the agency", "a group of tenants" are).
    rejects: (_candidate, words) => {
      if (!/^(a|an|the|this|that)$/i.test(words[0]!)) return false;
      const preposition = words.findIndex((word, i) => i > 1 && /^(of|to|for|on|in|at|from|with|about)$/.test(word));
      if (preposition < 0 || words.slice(0, preposition).some((word) => /^\p{Lu}/u.test(word))) return false;
      const head = words[preposition - 1]!.toLowerCase();
      return !speakingHead(head) && !AGENT_NOUN.test(head) && !PERSON_NOUN_ENDING.test(head) && !/(head|chief)$/.test(head);
    },
  },
  {
    id: 'bare-figure',
    // "52 percent": a share of a poll says nothing until it is of someone ("52 percent of voters").
    rejects: (_candidate, words) => /^[\d.,]+$/.test(words[0]!) && words.length <= 2,
  },
  {
    id: 'time',
    // "Friday", "March": the cue's time adjunct, read as its subject.
    rejects: (_candidate, words) => words.length === 1 && (WEEKDAYS.test(words[0]!) || MONTHS.test(words[0]!)),
  },
  {
    id: 'dateline',
    // "WASHINGTON —" opens a story: the place it was filed from, not a speaker.
    rejects: ({ name, text }) => /^[A-Z][A-Z .'-]{2,}$/.test(name) && name.length > 4 && new RegExp(`(^|\\n)\\s*${escape(name)}\\s*[(—–-]`).test(text),
  },
  {
    id: 'place',
    // A city or region does not speak; its officials or residents do. (Countries do, by metonymy:
    // "China said" reports its government.)
    rejects: ({ kind }) => kind === 'PLACE',
  },
  {
    id: 'too-long',
    // A dozen words is a clause the phrase walk ran into, not a description of a speaker.
    rejects: (_candidate, words) => words.length > 10,
  },
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The id of the first rule the candidate breaks, or null when it can be a speaker. */
export function speakerProblem(candidate: SpeakerCandidate): string | null {
  const words = candidate.name.split(/\s+/).filter(Boolean);
  if (!words.length) return 'empty';
  for (const rule of rules) if (rule.rejects(candidate, words)) return rule.id;
  return null;
}

export const speakerRuleIds = rules.map((rule) => rule.id);
