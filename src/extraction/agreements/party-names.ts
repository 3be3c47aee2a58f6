// How the story writes a party's name when the entity step cut it: "Farrant's" (a firm always written with its "'s"),
// "Docks and Logistics Union" (cut at its "and"), "Kesh People's Front" (cut at "People's").
import { countryOf, type Mention } from '../entities.js';
import type { Layout } from '../text.js';

/** The possessives that open the names of movements and bodies: "Kesh People's Front", "Women's Institute". */
const NAME_POSSESSIVES = /^(People|Women|Men|Children|Workers)['’]s?$/;

/**
 * Rule party.peoples-name: "the Kesh People's Front": a name the entity step cut at "People's" is one party, the
 * mention before the possessive and the one just after it joined.
 */
export function joinPeoples(layout: Layout, mentions: Mention[], tails: Map<string, string>): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const owner = previous ? layout.sentences[previous.sentence]?.tokens[previous.to - 1]?.text ?? '' : '';
    if (previous && previous.sentence === mention.sentence && previous.to === mention.from && NAME_POSSESSIVES.test(owner) && mention.kind !== 'PERSON') {
      const name = `${previous.name.replace(/['’]s?$/, '')}'s ${mention.name}`;
      // (The registry knows the cut name, "Front", and its acronym: both stand for the whole.)
      tails.set(mention.name, name);
      joined[joined.length - 1] = { ...previous, name, end: mention.end, to: mention.to, kind: 'ORGANIZATION', acronym: mention.acronym ?? previous.acronym };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/**
 * Rule party.possessive-name: a firm the story never writes without its "'s" ("Farrant's has reported ...", "Shares in
 * Farrant's fell") is named with it, like "Sainsbury's". Rule party.and-in-name: "the Docks and Logistics Union (DLU)":
 * a name cut at its "and" is the whole one its bracketed initials spell.
 */
export function nameAsStoryWritesIt(text: string, name: string): string {
  if (!/^\p{Lu}[\p{L} ]*\p{L}$/u.test(name) || countryOf(name)) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const uses = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}-])(['’]s(?![\\p{L}]))?`, 'gu'))];
  // (Three uses at least, every one with "'s", and one of them before a verb: not only an owner's "'s".)
  const always = uses.length >= 3 && uses.every((use) => !!use[1]);
  const acts = always && uses.some((use) => /^\s+(has|had|is|was|said|says|will|would|fell|rose|confirmed|reported|agreed|signed)\b/.test(text.slice(use.index! + use[0].length, use.index! + use[0].length + 12)));
  if (acts) return `${name}${uses[0]![1]}`;
  const whole = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’]*\\s+)+(?:and|&)\\s+)${escaped}\\s+\\((\\p{Lu}{3,6})\\)`, 'u').exec(text);
  if (!whole) return name;
  const full = `${whole[1]}${name}`;
  const initials = full.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials === whole[2] ? full.replace(/\s+/g, ' ') : name;
}
