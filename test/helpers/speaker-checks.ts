// What a stored speaker and a stored person may look like, for tests over many stories
// (test/api/corpus-ingest.test.ts). Written independently of the extractor's own word lists, so
// that a bug in those lists cannot hide here.

/** Words that are never a speaker by themselves: articles, pronouns, prepositions, conjunctions, auxiliaries. */
const FUNCTION_WORDS = new Set(
  `a an the this that these those it its he she they we i you him her them us me his their our my your who whom
  which what whose there here to of in on at by for from with without about into onto over under after before
  during since until than as and or but nor so yet if while when where because although though whether also
  not no is are was were be been being has have had do does did will would shall should can could may might
  must one some any all each every both either neither such other another same said says told several many most
  few more less last despite`.split(/\s+/),
);

/** Words a described speaker may open with: determiners, possessives, numbers ("a senior official", "his aides"). */
const DETERMINERS = new Set(
  `a an the this these that those one two three four five six seven eight nine ten some several many most few both
  each every all any his her its their our my your other another more nearly almost half about`.split(/\s+/),
);

/** Auxiliaries and modals: outside a relative clause they make the phrase a clause ("many Democrats would be"). */
const FINITE = /^(is|are|was|were|be|been|has|have|had|do|does|did|didn['’]t|doesn['’]t|don['’]t|wasn['’]t|isn['’]t|will|would|shall|should|can|could|may|might|must|won['’]t)$/;

/**
 * Heads of a described speaker: people by role or number, organisations, and documents that speak
 * for someone ("a reporter", "officials", "the ministry", "a memo released Friday").
 */
const DESCRIPTION_HEADS = new Set(
  `official analyst expert source critic aide adviser advisor spokesman spokeswoman spokesperson spokespeople
  spokesmen spokeswomen economist observer insider diplomat lawmaker legislator senator member leader resident
  voter supporter opponent protester activist investor trader executive strategist researcher scientist doctor
  lawyer attorney prosecutor investigator police authority authorities government administration campaign company
  firm group people person man woman men women child children family families friend colleague ally allies rival
  candidate nominee president minister secretary chairman chairwoman chair director head chief manager boss
  founder owner reporter correspondent journalist editor columnist host anchor commentator pundit pollster
  organizer organiser staff staffer employee worker user customer consumer parent student teacher witness neighbor
  neighbour victim businessman businesswoman mogul billionaire actor actress singer star celebrity writer author
  historian professor scholar broker banker advocate donor delegate confidant heavyweight republican democrat
  conservative liberal progressive independent veteran officer soldier general commander governor mayor judge
  justice ambassador envoy negotiator regulator watchdog agency ministry department office bureau committee council
  court board union association party newspaper paper magazine network broadcaster channel editorial outlet site
  website report statement memo letter review poll survey study data figure document filing readout transcript
  summary return result analysis estimate forecast record seller maker retailer bank lender insurer airline
  carmaker producer supplier operator provider competitor salesperson club spectator ad disclosure`.split(/\s+/),
);

function isHead(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s?$/, '').replace(/[^\p{L}-]/gu, '');
  const last = w.split('-').at(-1)!;
  // Plurals: "analysts", "witnesses", "companies".
  const singulars = (form: string) => [form, form.replace(/s$/, ''), form.replace(/es$/, ''), form.replace(/ies$/, 'y')];
  return [w, last].some((form) => singulars(form).some((singular) => DESCRIPTION_HEADS.has(singular)));
}

/** The all-caps place a story opens with ("LONDON —", "WASHINGTON (Reuters) -", "FORT PIERCE, Fla. —"), or null. */
export function datelineOf(body: string): string | null {
  const match = /^\s*([A-Z][A-Z.'’ ]{2,}?)(?:,\s*[A-Z][A-Za-z. ]*)?\s*(?:\([^)]{1,40}\)\s*)?[—–-]/m.exec(body.split('\n').slice(0, 6).join('\n'));
  return match ? match[1]!.trim() : null;
}

/**
 * Why `name` cannot be a speaker, or null when it can. A speaker is a name (it starts with a
 * capital or a digit, or is written like "eBay"), an account's "@handle", or a described person, group, organisation or
 * document ("a reporter", "officials", "a memo released Friday"); never a function word, a verb
 * form, a clause, the story's dateline, a headline or a fragment cut at punctuation.
 */
export function speakerProblem(name: string, dateline: string | null = null): string | null {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return 'empty';
  const words = trimmed.split(' ');
  const lower = words.map((word) => word.toLowerCase());
  const acronym = trimmed.length > 1 && trimmed === trimmed.toUpperCase() && /\p{L}/u.test(trimmed);
  if (dateline && acronym && trimmed === dateline) return 'dateline';
  if (acronym && words.length >= 4) return 'fragment (a headline)';
  if (/[—–]|\s-|-\s|^-|-$/.test(trimmed) || /^[,;:'"“”‘’(]|[,;:"“”(]$/.test(trimmed)) return 'fragment (punctuation)';
  if (!acronym && FUNCTION_WORDS.has(lower.join(' '))) return 'function word';
  if (words.length === 1 && /['’]s?$/.test(trimmed) && !/^\p{Lu}/u.test(trimmed)) return 'fragment (a possessive)';
  const firstAcronym = words[0]!.length > 1 && words[0] === words[0]!.toUpperCase();
  // A capitalised modal may be a given name ("Will Doyle").
  const givenModal = /^\p{Lu}/u.test(words[0]!) && FINITE.test(lower[0]!) && words.length > 1;
  if (FUNCTION_WORDS.has(lower[0]!) && !DETERMINERS.has(lower[0]!) && !firstAcronym && !givenModal) return 'fragment (opens with a function word)';
  const firstLowercase = !/^[\p{Lu}\p{N}]/u.test(words[0]!);
  if (firstLowercase && (/^\p{Ll}{3,}(ing|ed)$/u.test(words[0]!) || (/ly$/.test(words[0]!) && /^\p{Ll}+ing$/u.test(words[1] ?? '')))) return 'verb';
  if (words.length > 1 && FUNCTION_WORDS.has(words.at(-1)!)) return 'fragment (ends in a function word)';
  const relative = lower.findIndex((word) => word === 'who' || word === 'that' || word === 'which');
  if (words.some((word, i) => FINITE.test(word) && (relative < 0 || i < relative))) return 'fragment (a clause)';
  if (words.length > 14) return 'fragment (too long)';
  if (!firstLowercase || /^\p{Ll}+\p{Lu}/u.test(words[0]!)) return null;
  // An account's handle ("@AnnVale", the author of a post the story embeds) names its owner.
  if (words.length === 1 && /^@\w{1,30}$/.test(trimmed)) return null;
  if (words.some(isHead)) return null;
  return 'not a name nor a described group';
}

const HONORIFICS = /^(mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof|president|senator|sen|gov|governor|rep|secretary|judge|justice|gen|general)$/;

/** A name's words, lowercase, without dots, honorifics and suffixes ("Mr. Donald J. Trump Jr." -> donald j trump). */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.test(words[0]!)) words.shift();
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)$/.test(words.at(-1)!)) words.pop();
  return words;
}

/**
 * `part` is a strict part of `whole` with the same surname: its words appear in `whole` in order,
 * it has fewer of them (or the same words), and both end in the same word ("Trump" / "Donald J.
 * Trump", "Lena Varga" / "Lena K. Varga").
 */
export function samePersonParts(part: string, whole: string): boolean {
  if (part === whole) return false;
  const a = nameWords(part);
  const b = nameWords(whole);
  if (a.length > b.length || a.at(-1) !== b.at(-1)) return false;
  if (a.length === b.length) return a.join(' ') === b.join(' ') && part.length < whole.length;
  let k = 0;
  for (const word of b) if (word === a[k]) k++;
  return k === a.length;
}
