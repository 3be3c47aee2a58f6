// Pure name handling: how two spellings of one name are recognised as the same key, and a
// first guess at the kind of a speaker nobody described.

/** "The Telegraph" -> "telegraph"; "U.S." and "US" -> "us"; "Xi  Jinping" -> "xi jinping". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'his', 'its', 'their']);

/** Pronouns are how a story refers back to someone, never a name of its own. */
export function isPronoun(name: string): boolean {
  return PRONOUNS.has(nameKey(name));
}

const ORGANIZATION_WORDS =
  /\b(government|administration|officials?|ministry|department|agency|police|company|corporation|corp|inc|ltd|group|party|committee|council|court|congress|senate|parliament|bank|university|post|times|telegraph|news|journal|press|reuters|institute|association|union|campaign|office|commission|board|team|spokesm[ae]n|spokespeople)\b/i;

/** A speaker named only in a statement: an organisation if its name says so, else a person. */
export function guessKind(name: string): 'PERSON' | 'ORGANIZATION' {
  return ORGANIZATION_WORDS.test(name) ? 'ORGANIZATION' : 'PERSON';
}
