// Where a run of capitalised words is a name: possessives inside an organisation's name, words that
// are capitalised only because they open a sentence, and datelines.
import { AGENT_NOUN, ORGANIZATION_HEADS } from '../lexicon.js';
import type { Token } from '../text.js';
import { CONNECTORS, isGivenName } from './names.js';

export function isNameToken(token: Token): boolean {
  return token.capitalised;
}

/** Heads of bodies named after their members ("Pilots' Association", "Citizens' Advice Bureau" aside). */
const MEMBERS_BODY = /^(union|association|federation|confederation|institute|guild|league|society|alliance|trust|fund|party|club|forum|council|congress|network|coalition)$/;

/**
 * Whether the possessive at `at` ("Farmers'" + "'", "Women's") is part of an organisation's name: the
 * possessor is people in the plural and the capitalised words after it end in an organisation's head
 * ("Transport Workers' Union", "Women's Institute", "People's Party"). "China's Communist Party" is
 * not: its possessor is a country, which stays a name of its own.
 */
export function possessiveInsideName(tokens: Token[], at: number): boolean {
  const apostrophe = tokens[at]!.text === "'" || tokens[at]!.text === '’';
  const possessor = apostrophe ? tokens[at - 1] : tokens[at]!;
  // A bare apostrophe belongs to the word it is written against: "Farmers'", not a quotation mark.
  if (!possessor?.word || apostrophe && possessor.end !== tokens[at]!.start) return false;
  const owner = possessor.lower.replace(/['’]s$/, '');
  // People named by what they do ("Farmers'", "Teachers'") or plainly ("Women's"); not "Democrats'".
  const plural = possessor === tokens[at - 1] && owner.endsWith('s');
  // "St Brennan's Hospice", "King's College": a saint's or a sovereign's possessive names an institution.
  // ("Carole King's Company": after a given name, King is a surname.)
  const before = tokens[(apostrophe ? at - 1 : at) - 1];
  const patron = /^(st|saint)$/.test(before?.bare ?? '') || /^(king|queen)$/.test(owner) && !before?.capitalised;
  if (!/^(women|men|children|people)$/.test(owner) && !plural && !patron) return false;
  let k = at + 1;
  while (k < tokens.length && (isNameToken(tokens[k]!) || CONNECTORS.has(tokens[k]!.lower) && tokens[k + 1] && isNameToken(tokens[k + 1]!))) k++;
  const head = tokens[k - 1]!.bare;
  // Any plural before the head of a members' body ("Pilots' Association"); an agent noun before any head.
  if (patron) return k > at + 1 && (ORGANIZATION_HEADS.test(head) || /^(hospital|hospice|church|cathedral|abbey|chapel|infirmary)$/.test(head));
  return k > at + 1 && (MEMBERS_BODY.test(head) || ORGANIZATION_HEADS.test(head) && (AGENT_NOUN.test(owner) || /^(women|men|children|people)$/.test(owner)));
}

/**
 * Words that open a sentence before a name without being part of it ("Despite Trump", "Certainly
 * Ronald Reagan", "Is Obama", "See Hillary Clinton"): prepositions, conjunctions, auxiliaries,
 * imperatives and a few adverbs. Adverbs in -ly and -ing forms are caught by their ending.
 */
const SENTENCE_OPENERS = new Set(
  `despite besides beside neither either nor wherever whenever whatever whoever however absent regarding concerning
  amid amidst among amongst unlike like via per versus vs against toward towards beyond beneath behind except
  is are was were am be being been did does do done has had have having can could would should will shall may might
  must see look ask meet let listen tell thank thanks dear vote elect blame call imagine remember forget welcome
  earlier later top even once ever sure plus minus more less much very too almost nearly outside inside within
  throughout upon onto off out up down near next last first second third finally why how what who whom which
  where when whose yes no not never always often already soon perhaps maybe still yet thus hence meanwhile
  otherwise instead rather anyway sorry please hey oh ah okay ok enter introducing presenting featuring`.split(/\s+/),
);

/** A capitalised first word that is only there because it opens the sentence (see SENTENCE_OPENERS). */
export function isOpener(token: Token): boolean {
  const word = token.bare;
  if (isGivenName(word)) return false;
  return SENTENCE_OPENERS.has(word) || (/^[a-z]{3,}ly$/.test(word) && !/(ply|bly)$/.test(word) && word !== 'italy') || /^[a-z]{3,}ing$/.test(word);
}

/**
 * A dateline opens a story: a place in capitals, then a dash or the agency in brackets, perhaps
 * with a state or country after a comma ("WASHINGTON —", "LONDON (Reuters) -", "FORT PIERCE,
 * Fla. —"). It names where the story was filed, not anyone in it.
 */
export function isDateline(run: Token[], after: Token[]): boolean {
  const letters = run.map((token) => token.text).join('').replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return false;
  let k = 0;
  if (after[k]?.text === ',') {
    k++;
    while (k < 4 && after[k] && (after[k]!.capitalised || after[k]!.text === '.')) k++;
  }
  if (after[k]?.text === '(') {
    if (k === 0) return true;
    while (k < 8 && after[k] && after[k]!.text !== ')') k++;
    k++;
  }
  return /^[—–\-]+$/.test(after[k]?.text ?? '');
}
