// The titles and roles written before or beside a name ("Gov.", "former Labor Secretary", ", the
// previous Chilean president"), and whether words beside a name can be its title at all.
import { NOT_NAMES, TITLES } from '../lexicon.js';
import type { Token } from '../text.js';
import { CONNECTORS, countryOf, DEPARTMENT_WORDS, isGivenName } from './names.js';

const bare = (token: Token) => token.bare;

export function isTitleToken(token: Token): boolean {
  const word = bare(token);
  // ("Secretary-Treasurer", "Vice-Chairman": a title of hyphenated titles.)
  return TITLES.has(word) || word.includes('-') && word.split('-').every((part) => TITLES.has(part) || part === 'vice');
}

/** A lowercase role or title noun ("rival", "presidential", "nominee") that a capitalised word before it modifies. */
export function isRoleNoun(token: Token | undefined): boolean {
  if (!token || !token.word || token.capitalised) return false;
  return isTitleToken(token) || /^(rival|rivals|frontrunner|front-runner|presidential|primary|primaries|party|establishment|voters|lawmakers|politics|nomination|ticket|race|senators|leaders|delegates|supporters)$/.test(token.lower);
}

/** "former U.S Labor Secretary, Ellen Marsh" / "historian J.R. Tom Vance": the role before a name. */
export function lowercaseTitleBefore(tokens: Token[], from: number): string | null {
  let k = from - 1;
  if (tokens[k]?.text === ',') k--;
  const end = k;
  while (k >= 0 && tokens[k]!.word && (isTitleToken(tokens[k]!) || tokens[k]!.capitalised && !NOT_NAMES.has(bare(tokens[k]!)))) k--;
  if (k === end) return null;
  const words = tokens.slice(k + 1, end + 1);
  if (!words.some(isTitleToken) || !looksLikeTitle(words)) return null;
  return words.map((token) => token.text).join(' ');
}

/** "China's President" becomes "President of China"; "Nordwind's founder" becomes "founder of Nordwind". */
export function possessiveTitle(tokens: Token[], titleFrom: number, title: string): string {
  const owner = tokens[titleFrom - 1];
  if (owner && /['’]s$/.test(owner.text) && owner.capitalised) return `${title} of ${owner.text.replace(/['’]s$/, '')}`;
  return title;
}

/** "Ellen Marsh, former Labor Secretary," / "Omar Reyes, the previous Chilean president". */
export function appositiveTitle(tokens: Token[], after: number): string | null {
  if (tokens[after]?.text !== ',') return null;
  const words: Token[] = [];
  for (let k = after + 1; k < tokens.length && words.length < 8; k++) {
    const token = tokens[k]!;
    if (!token.word) break;
    words.push(token);
  }
  const stop = tokens[after + 1 + words.length];
  if (!words.length || (stop && ![',', '.', ';'].includes(stop.text))) return null;
  const first = words[0]!.lower;
  const body = first === 'a' || first === 'an' || first === 'the' ? words.slice(1) : words;
  if (!body.length || !body.some(isTitleToken) || !looksLikeTitle(body)) return null;
  return body.map((token) => token.text).join(' ');
}

/**
 * Words beside a name that can be its title: not a clause ("I think ..."), a list ("including
 * Ambassador Stevens", "Secretary of State and") or another person's name ("President Barack Obama").
 */
function looksLikeTitle(words: Token[]): boolean {
  if (/^(i|he|she|we|they|it|you|including|and|or|but|who|which|that|said|says|told|added)$/.test(words[0]!.lower) || CONNECTORS.has(words.at(-1)!.lower)) return false;
  const nameWord = (token: Token) => token.capitalised && !isTitleToken(token) && !DEPARTMENT_WORDS.has(token.bare);
  if (words.some((token, i) => i > 0 && nameWord(token) && nameWord(words[i - 1]!) && !countryOf(words[i - 1]!.text))) return false;
  return !words.some((token, i) => i > 0 && nameWord(token) && isTitleToken(words[i - 1]!) && !CONNECTORS.has(words[i - 1]!.lower) && isGivenName(token.bare));
}
