// Turns a speaker phrase into a name: pronouns find their antecedent, short names their full
// form, "a spokesman for X" becomes X, "the mayor" the person the story introduced as mayor, and
// unnamed sources stay as written ("officials", "analysts").
import type { Entity, EntityRegistry, Gender, Mention } from '../entities.js';
import { BROADCASTER_WORDS, GENERIC_ORGANISATION_NOUNS, GROUP_NOUNS, isIssuedDocument, PARTY_MEMBER, NOT_NAMES, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PREPOSITIONS, PUBLICATION_HEADS, SPEECH_VERB_LEMMA, SPOKESPERSON, SUBJECT_PRONOUN, TITLES, VERBISH } from '../lexicon.js';
import { posOf } from './clause.js';
import { lowerBound, type Layout, type Sentence, type Token } from '../text.js';
import { speakerBefore } from './speaker-phrase.js';
import { fitsDescription, isUnattachedSpokesperson, personDescription, type PersonDescription } from './described-speaker.js';
import { datelineLength, isPlainTimeToken, isTimeWord, wordBeforeParticiple } from './tokens.js';

interface Antecedent {
  entity: Entity;
  position: number;
  sentence: number;
}

export class SpeakerResolver {
  private readonly mentions: Mention[];
  private lastSpeaker: { entity: Entity | null; name: string; sentence: number } | null = null;
  /** The last person named as a speaker, for "he" and "she" (the corpus convention as well). */
  private lastPersonSpeaker: { entity: Entity; sentence: number } | null = null;
  private currentSentence = 0;
  /** Entities named at least once away from a sentence's start, where a capital says it is a name. */
  private readonly seenInsideSentence = new Set<Entity>();
  /** The last speaker phrase that described one unnamed person ("a spokeswoman"), resolved to `name`. */
  private describedPerson: { name: string; gender: Gender; sentence: number; position: number } | null = null;
  private readonly sentenceIndex = new Map<Sentence, number>();

  constructor(
    private readonly layout: Layout,
    mentions: Mention[],
    private readonly registry: EntityRegistry,
  ) {
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    for (const mention of this.mentions) {
      const entity = this.entityOf(mention);
      if (entity && !mention.initial) this.seenInsideSentence.add(entity);
    }
    layout.sentences.forEach((sentence, index) => this.sentenceIndex.set(sentence, index));
    this.descriptions = this.appositiveDescriptions();
  }

  /** Head nouns of the descriptions the story gives its entities in apposition, with where each was given. */
  private readonly descriptions: Map<string, { entity: Entity; position: number }[]>;

  /**
   * "Reuters, the news agency, said ..." or "... the ministry, the country's oldest, ...": a name, a comma,
   * then "the" or "a" and a few words up to a comma or the sentence end. Its head noun ("agency") is how
   * the story may call that entity later ("the agency said").
   */
  private appositiveDescriptions(): Map<string, { entity: Entity; position: number }[]> {
    const found = new Map<string, { entity: Entity; position: number }[]>();
    for (const mention of this.mentions) {
      const sentence = this.layout.sentences[mention.sentence];
      if (!sentence) continue;
      const tokens = sentence.tokens;
      const after = tokens.findIndex((token) => token.start >= mention.end);
      if (after < 0 || tokens[after]!.text !== ',' || !/^(the|a|an)$/.test(tokens[after + 1]?.lower ?? '')) continue;
      let end = after + 2;
      while (end < tokens.length && tokens[end]!.word && end - after <= 7) end++;
      const stop = tokens[end];
      if (stop && stop.text !== ',' && !/^[.;]$/.test(stop.text)) continue;
      // "a hydrologist at the university": the head comes before the first preposition.
      const preposition = tokens.slice(after + 2, end).findIndex((token) => PREPOSITIONS.has(token.lower) || token.lower === 'who');
      if (preposition >= 0) end = after + 2 + preposition;
      const head = tokens[end - 1];
      const entity = this.entityOf(mention);
      if (!head || head.capitalised || end - 1 <= after + 1 || !entity) continue;
      const key = head.lower.replace(/['’]s$/, '');
      found.set(key, [...(found.get(key) ?? []), { entity, position: mention.start }]);
      // The description is evidence of kind: "Kestrel Air, a low-cost airline" is an organisation,
      // "Tavi Oru, a nurse" a person (unless the story's own rules already knew better).
      if ((ORGANIZATION_NOUNS.has(key) || GENERIC_ORGANISATION_NOUNS.has(key)) && (entity.kind === 'PERSON' || entity.kind === 'OTHER')) entity.kind = 'ORGANIZATION';
      else if (PERSON_ROLE_NOUNS.has(key) && entity.kind === 'OTHER') entity.kind = 'PERSON';
    }
    return found;
  }

  /** The entity last described as "the <head>" before `position`. */
  private describedAs(head: string, position: number): Entity | null {
    const candidates = this.descriptions.get(head)?.filter((candidate) => candidate.position < position);
    return candidates?.at(-1)?.entity ?? null;
  }

  resolve(tokens: Token[], sentence: Sentence, position: number): string | null {
    this.currentSentence = this.sentenceIndex.get(sentence) ?? this.currentSentence;
    const words = tokens.filter((token) => token.word);
    if (!words.length) return null;
    const description = personDescription(words);
    const name = this.resolvePhrase(tokens, words, description);
    if (name && description) this.describedPerson = { name, gender: description.gender, sentence: this.currentSentence, position: tokens[0]!.start };
    return name;
  }

  private resolvePhrase(tokens: Token[], words: Token[], description: PersonDescription | null): string | null {
    // "the ministry's (announcement)", "Vale's (claim)": the owner, without the possessive.
    const phrase = this.layout.text.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/['’]s$/, '');
    const first = words[0]!.lower;

    // "her assertion that ...", "its announcement that ...": the owner of a speech-act noun.
    if (words.length === 1 && /^(his|her)$/.test(first)) return this.person(first === 'her' ? 'female' : 'male', tokens[0]!.start)?.name ?? null;
    if (words.length === 1 && first === 'its') return this.organisation(tokens[0]!.start)?.name ?? null;
    if (words.length === 1 && first === 'their') return this.plural(phrase);
    if (words.length === 1 && /^(he|she)$/.test(first)) {
      const gender = first === 'she' ? 'female' : 'male';
      return this.describedPersonGoesOn(gender, tokens[0]!.start) ?? this.person(gender, tokens[0]!.start)?.name ?? null;
    }
    if (words.length === 1 && first === 'it') return this.organisation(tokens[0]!.start)?.name ?? this.describedOrganisationGoesOn();
    if (words.length === 1 && /^(they|we)$/.test(first)) return this.plural(phrase);
    if (words.length === 1 && first === 'i') return this.lastSpeaker?.name ?? null;

    const named: Mention[] = [];
    for (let i = lowerBound(this.mentions, tokens[0]!.start - 1, (m) => m.start); i < this.mentions.length && this.mentions[i]!.start < tokens.at(-1)!.end; i++) {
      if (this.mentions[i]!.end <= tokens.at(-1)!.end) named.push(this.mentions[i]!);
    }
    const head = words.at(-1)!.lower.replace(/['’]s$/, '');

    // "Greenhope's Hungry Harvest report", "his year-long review": a document speaks for its owner.
    const owner = this.documentOwner(words, named);
    if (owner) return owner;

    // "a spokesman for Disney", "a Clinton campaign spokesman": the organisation speaks.
    const spokesIndex = words.findIndex((word) => SPOKESPERSON.test(word.lower));
    if (spokesIndex >= 0 && named.length) {
      const after = named.filter((mention) => mention.start > words[spokesIndex]!.start);
      const before = named.filter((mention) => mention.end <= words[spokesIndex]!.start);
      // "spokesman Tom Vale" names the person.
      const person = after.find((mention) => this.entityOf(mention)?.kind === 'PERSON' && mention.start === words[spokesIndex + 1]?.start);
      if (person) return this.nameOf(person);
      if (after.length && /^(for|of|at|with)$/.test(words[spokesIndex + 1]?.lower ?? '')) return this.organisationName(after, words);
      if (before.length && spokesIndex === words.length - 1 && !/^(officials|sources)$/.test(words[spokesIndex]!.lower)) {
        const owner = before.at(-1)!;
        const ownerEntity = this.entityOf(owner);
        const party = this.pluralNamed(this.nameOf(owner));
        if (party !== this.nameOf(owner)) return party;
        if (ownerEntity?.kind === 'ORGANIZATION' || /campaign|committee|party/i.test(phrase)) return this.organisationName(before, words);
      }
    }

    // "Harbour Bank closed ten branches. A spokesman said ...": the organisation just named speaks.
    if (!named.length && isUnattachedSpokesperson(words, description)) {
      const organisation = this.organisationJustNamed(tokens[0]!.start);
      if (organisation && fitsDescription(organisation.name, words)) return organisation.name;
    }

    if (named.length) {
      const people = named.filter((mention) => this.entityOf(mention)?.kind === 'PERSON');
      // "Hillary Clinton's campaign chairman John Podesta": the last person named is the speaker,
      // unless the head of the phrase is a group noun ("Clinton's aides" stay as written).
      if (GROUP_NOUNS.has(head) && !named.some((mention) => mention.end >= words.at(-1)!.end)) return stripArticle(phrase);
      // "Senator Ana Ruiz of Delaware", "Priya Mehta of Sandgate Securities": the person, not what she is of.
      const personOf = people.find((mention) => /^\s+of\s+(the\s+)?$/i.test(this.layout.text.slice(mention.end, named.find((other) => other.start > mention.end)?.start ?? mention.end)));
      const nameAtHead = personOf ?? named.find((mention) => mention.end >= words.at(-1)!.end - 2);
      const pick = nameAtHead ?? people.at(-1);
      if (pick) {
        const entity = this.entityOf(pick);
        if ((entity?.kind === 'COUNTRY' || entity?.kind === 'PLACE') && (!nameAtHead || head !== words.at(-1)!.lower || ORGANIZATION_NOUNS.has(head) || GROUP_NOUNS.has(head))) {
          if (ORGANIZATION_NOUNS.has(head) || GROUP_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head)) return stripArticle(phrase);
        }
        if (ORGANIZATION_NOUNS.has(head) && head !== pick.name.toLowerCase() && !nameAtHead) return this.organisationName(named, words);
        return this.nameOf(pick);
      }
      if (ORGANIZATION_NOUNS.has(head) || /campaign/.test(head)) return this.organisationName(named, words);
      return stripArticle(phrase);
    }

    // A capitalised word the mention finder skipped ("Trump" at a sentence start is found; a
    // lone surname might still be known to the registry).
    const capitalised = words.filter((word) => word.capitalised);
    if (capitalised.length && capitalised.length === words.length) {
      const name = capitalised.map((word) => word.text).join(' ').replace(/['’]s$/, '');
      const entity = this.registry.lookup(name);
      if (entity) return entity.name;
      // A name that speaks is an entity even if it only ever opens sentences ("Xi said ...").
      if (words.length <= 3 && !NOT_NAMES.has(words[0]!.bare)) return this.registry.addSpeaker(name, tokens[0]!.start).name;
    }

    // "the report said", "a new study says": a document speaks for whoever the story says issued it.
    if (/^(the|a|an|its|their|this|that|new|latest)$/.test(first) && words.length <= 4 && PUBLISHED_DOCUMENTS.has(head)) {
      if (first !== 'a' && first !== 'an' && this.documentOwners.has(head)) return this.documentOwners.get(head)!;
      const publisher = this.publisherOf(head, tokens[0]!.start);
      if (publisher) return publisher.name;
    }

    // "the agency" after "Reuters, the news agency, ...": the entity the story described so.
    if (/^(the|this|that)$/.test(first) && words.length <= 6) {
      const described = this.describedAs(head, tokens[0]!.start);
      if (described) return described.name;
    }
    // "the mayor", "the company", "the newspaper".
    if (/^(the|this|that)$/.test(first) && words.length <= 3) {
      if (PERSON_ROLE_NOUNS.has(head)) {
        const byRole = this.registry.byRole(head);
        if (byRole) return byRole.name;
      }
      // "the union said", "the university said": an organisation whose name has that word.
      const named = this.organisationNamed(head, tokens[0]!.start);
      if (named) return named.name;
      // "the newspaper said", "the broadcaster reported": the publication named last.
      const outlet = MEDIA_SPEAKERS.get(head);
      const publication = outlet && this.outletNamed(outlet, tokens[0]!.start);
      if (publication) return publication.name;
      if (GENERIC_ORGANISATION_NOUNS.has(head)) {
        const organisation = this.organisation(tokens[0]!.start);
        if (organisation) return organisation.name;
      }
    }
    // "the shipping and logistics group", "the world's biggest insurer": a description of the
    // organisation the story is about.
    if (/^(the|this)$/.test(first) && words.length <= 6 && !PERSON_ROLE_NOUNS.has(head) && !GROUP_NOUNS.has(head) && !/s$/.test(head) && !ORGANIZATION_NOUNS.has(head) || /^(the|this)$/.test(first) && GENERIC_ORGANISATION_NOUNS.has(head)) {
      const organisation = this.organisation(tokens[0]!.start);
      if (organisation) return organisation.name;
    }
    return stripArticle(phrase);
  }

  /**
   * The owner of a document named by the speaker phrase: a possessive name or pronoun before a
   * document noun ("Greenhope's annual report", "the final part of her review"). Null when the phrase
   * names no document or no owner.
   */
  private documentOwner(words: Token[], named: Mention[]): string | null {
    const document = words.findIndex((word) => PUBLISHED_DOCUMENTS.has(word.lower));
    if (document <= 0) return null;
    const owner = this.ownerIn(words.slice(0, document), named);
    // "The report said ..." later in the story is the same owner's.
    if (owner) this.documentOwners.set(words[document]!.lower, owner);
    return owner;
  }

  /** Owners of the documents speaker phrases named so far, by document noun ("report" -> "Greenhope"). */
  private readonly documentOwners = new Map<string, string>();

  private ownerIn(before: Token[], named: Mention[]): string | null {
    const words = before;
    const pronoun = before.findLast((word) => /^(his|her|its)$/.test(word.lower));
    const possessive = before.findLast((word) => /['’]s$/.test(word.text) && word.capitalised);
    if (possessive && (!pronoun || possessive.start > pronoun.start)) {
      const mention = named.find((candidate) => candidate.start <= possessive.start && candidate.end >= possessive.end - 2);
      if (mention) return this.nameOf(mention);
      // A one-word name the mention finder skipped at a sentence start is still the owner.
      const name = possessive.text.replace(/['’]s$/, '');
      if (words[0] !== possessive || NOT_NAMES.has(name.toLowerCase())) return null;
      return (this.registry.lookup(name) ?? this.registry.addSpeaker(name, possessive.start)).name;
    }
    if (pronoun?.lower === 'its') return this.organisation(pronoun.start)?.name ?? null;
    if (pronoun) return this.person(pronoun.lower === 'her' ? 'female' : 'male', pronoun.start)?.name ?? null;
    return null;
  }

  /**
   * Who issued "the report": an organisation the story names as its author earlier, by one of "a
   * report by Brightwater", "Brightwater's report", "the Brightwater report", "Brightwater published
   * a report".
   */
  private publisherOf(noun: string, position: number): Entity | null {
    // "research from Gartner ... said the report": any document noun may name it the first time.
    const isNoun = (token: Token | undefined) => !!token && (token.lower === noun || PUBLISHED_DOCUMENTS.has(token.lower.replace(/(?<=[^s])s$/, '')));
    for (const candidate of this.before(position, 60)) {
      const entity = candidate.entity;
      const oneWordName = entity.kind === 'OTHER' && !entity.name.includes(' ');
      if (entity.kind !== 'ORGANIZATION' && !oneWordName) continue;
      const tokens = this.layout.sentences[candidate.sentence]?.tokens;
      if (!tokens) continue;
      const first = tokens.findIndex((token) => token.start >= candidate.position);
      let last = first;
      while (tokens[last + 1] && tokens[last + 1]!.start < candidate.position + entity.name.length && tokens[last + 1]!.capitalised) last++;
      const after = tokens.slice(last + 1, last + 4);
      // "Greenhope's report", "Greenhope's new report", "Greenhope's Hungry Harvest report": a title may stand between.
      let title = last + 1;
      while (title < last + 5 && tokens[title]?.capitalised) title++;
      const possessiveOrModifier = isNoun(tokens[last + 1]) || /['’]s$/.test(tokens[last]!.text) && (after.slice(0, 2).some(isNoun) || isNoun(tokens[title])) || isNoun(tokens[last + 2]) && !tokens[last + 1]!.capitalised && tokens[last + 1]!.word;
      // "a report by (the charity) Brightwater": "by" or "from", a short description, the name.
      let by = first - 1;
      while (by > first - 4 && by >= 0 && tokens[by]!.word && !tokens[by]!.capitalised && !/^(by|from)$/.test(tokens[by]!.lower)) by--;
      const byline = /^(by|from)$/.test(tokens[by]?.lower ?? '') && tokens.slice(Math.max(0, by - 3), by).some(isNoun);
      const issued = /^(published|released|issued|produced|compiled|presented)$/.test(after[0]?.lower ?? '') && tokens.slice(last + 2, last + 6).some(isNoun);
      if (possessiveOrModifier || byline || issued) return entity;
    }
    return null;
  }

  /** The subject of the clause a participle hangs from ("the ministry issued a statement saying"). */
  participleSubject(sentence: Sentence, cue: number): string | null {
    const tokens = sentence.tokens;
    let k = cue - 1;
    // ", adding that" / "and said that" / "by warning that": the subject of the sentence.
    if (/^(,|and|but|or|then|by|while|when|before|after)$/.test(wordBeforeParticiple(tokens, cue) ?? '')) {
      return this.sentenceSubject(sentence);
    }
    // "<subject> <verb> a statement saying": step back over the document noun and the verb.
    // ("an email Wednesday saying", "a statement on Monday saying": over the time too.)
    const skippable = (token: Token) =>
      /^(a|an|the|his|her|its|their|joint|written|new|brief|short|press)$/.test(token.lower) || isIssuedDocument(token.lower) ||
      isTimeWord(token) || /^(on|late|early)$/.test(token.lower) && !!tokens[k + 1] && isPlainTimeToken(tokens[k + 1]!);
    let overDocument = false;
    for (; k >= 0 && tokens[k]!.word; k--) {
      // "a fundraising email": a modifier between the article and the document.
      const modifier = overDocument && /^(a|an|the|his|her|its|their)$/.test(tokens[k - 1]?.lower ?? '') && !tokens[k]!.capitalised;
      if (!skippable(tokens[k]!) && !modifier) break;
      if (isIssuedDocument(tokens[k]!.lower)) overDocument = true;
    }
    if (k < 0) return null;
    // "Residents received letters saying ...": who receives or reads a document did not write it.
    if (/^(receiv|got|get|obtain|read|saw|see|seen|found|find|heard|hear)/.test(tokens[k]!.lower)) return null;
    // "The company faces a lawsuit claiming ...": who is the target of a document does not speak through it.
    if (overDocument && TARGET_OF_DOCUMENT.test(tokens[k]!.lower)) return null;
    // "put out a statement saying": the particle belongs to the verb, not to the speaker phrase.
    if (/^(out|up)$/.test(tokens[k]!.lower) && k > 0 && tokens[k - 1]!.word) k--;
    const phrase = speakerBefore(tokens, k);
    return phrase ? this.resolve(tokens.slice(phrase[0], phrase[1]), sentence, tokens[phrase[0]]!.start) : this.sentenceSubject(sentence);
  }

  /** The first name or pronoun a sentence starts with, after an opening adverbial phrase. */
  sentenceSubject(sentence: Sentence): string | null {
    // "Washington (AFP) – Democrat Hillary Clinton has ...": the dateline is no part of the sentence.
    const body = sentence.start + datelineLength(this.layout.text, sentence.start);
    const all = sentence.tokens.filter((token) => token.quote === -1 && !token.mark && token.start >= body);
    // "But he has rejected ...": a conjunction that links the sentence to the last one is no part of it.
    const lead = all.findIndex((token) => !/^(and|but|yet|so|or|still)$/.test(token.lower));
    const tokens = lead > 0 ? all.slice(lead) : all;
    if (!tokens.length) return this.lastSpeaker?.name ?? null;
    const from = this.afterOpeningAdverbial(sentence, tokens);
    const first = tokens[from];
    if (!first) return null;
    if (/^(he|she)$/.test(first.lower)) return this.person(first.lower === 'she' ? 'female' : 'male', first.start)?.name ?? null;
    const index = lowerBound(this.mentions, first.start - 1, (m) => m.start);
    const opening = this.mentions[index];
    if (!opening || opening.start > (tokens[from + 4]?.start ?? first.start)) {
      const described = describedSubject(tokens, from, posOf(this.layout.text, sentence));
      if (described) return this.resolve(tokens.slice(described[0], described[1]), sentence, tokens[described[0]]!.start);
    }
    if (opening && opening.start > (tokens[from + 4]?.start ?? first.start)) return this.lastSpeaker?.name ?? null;
    const mention = opening && opening.start < sentence.end ? this.personModified(index, sentence) ?? opening : opening;
    // Only someone who can speak is a quote's subject: a person, an organisation, a country, or a
    // one-word name not yet known; "the Common Agricultural Policy had ..." or "Wales has ..." is not.
    if (mention && mention.start < sentence.end && !this.canSpeak(this.entityOf(mention))) return this.lastSpeaker?.name ?? null;
    if (mention && mention.start < sentence.end) return this.nameOf(mention);
    return this.lastSpeaker?.name ?? null;
  }

  /**
   * Where the main clause starts in `tokens` (the sentence's words outside quotations): after an
   * opening adverbial that ends at a comma ("Despite his background, President Lula has ..."), a comma
   * that closes a quoted title included ('In an interview with "Morning Desk," Vale ...'), and after
   * the short verbless places and times that may follow it ("At a fair in Dover, Del., on Friday, ...").
   */
  private afterOpeningAdverbial(sentence: Sentence, tokens: Token[]): number {
    // "Ms Hale backed ...": a title before a capitalised word opens a name, though alone it is no name.
    const titled = TITLES.has(tokens[0]!.bare) && !!tokens[1]?.capitalised;
    const opensWithName = tokens[0]!.capitalised && (!NOT_NAMES.has(tokens[0]!.bare) || titled) || /^(he|she|they|it|the|a|an)$/.test(tokens[0]!.lower);
    if (opensWithName) return 0;
    const commas = sentence.tokens.filter((token, i) => token.text === ',' && (token.quote === -1 || sentence.tokens[i + 1]?.mark === 'close'));
    const indexAfter = (comma: Token) => tokens.findIndex((token) => token.start > comma.start);
    const firstComma = commas[0] ? indexAfter(commas[0]) : -1;
    if (firstComma <= 0 || firstComma > 12) return 0;
    let from = firstComma;
    const pos = posOf(this.layout.text, sentence);
    for (const comma of commas.slice(1)) {
      const next = indexAfter(comma);
      const segment = tokens.slice(from, next);
      const short = next > from && segment.length <= 4 && !segment.some((token) => /^(VERB|AUX)$/.test(pos(token.start) ?? ''));
      // "on Friday", "Del." (a state's abbreviation, its full stop a token of its own), "Ohio".
      const words = segment.filter((token) => token.word);
      const placeOrTime = PREPOSITIONS.has(segment[0]?.lower ?? '') || words.length > 0 && words.every((token) => token.capitalised && (segment.some((t) => t.text === '.' && t.start === token.end) || this.isPlace(token)));
      if (!short || !placeOrTime) break;
      from = next;
    }
    return from;
  }

  private isPlace(token: Token): boolean {
    const mention = this.mentions[lowerBound(this.mentions, token.start - 1, (m) => m.start)];
    const kind = mention && mention.start <= token.start ? this.entityOf(mention)?.kind : null;
    return kind === 'PLACE' || kind === 'COUNTRY';
  }

  /**
   * "US envoy Carla Mendes", "Acme chief executive Ruth Vale": a country, place or
   * organisation that modifies a person's role is not the subject; the person it leads to is.
   */
  private personModified(index: number, sentence: Sentence): Mention | null {
    const mention = this.mentions[index];
    const next = this.mentions[index + 1];
    if (!mention || !next || next.start >= sentence.end) return null;
    const kind = this.entityOf(mention)?.kind;
    if (kind !== 'COUNTRY' && kind !== 'PLACE' && kind !== 'ORGANIZATION') return null;
    if (this.entityOf(next)?.kind !== 'PERSON') return null;
    const between = sentence.tokens.filter((token) => token.start >= mention.end && token.end <= next.start);
    const pos = posOf(this.layout.text, sentence);
    return between.length <= 6 && between.every((token) => token.word && token.quote === -1 && !/^(VERB|AUX)$/.test(pos(token.start) ?? '')) ? next : null;
  }

  /** The person the sentence before `sentenceIndex`, in the same paragraph, opens with. */
  personSubjectBefore(sentenceIndex: number): string | null {
    const sentence = this.layout.sentences[sentenceIndex];
    const previous = this.layout.sentences[sentenceIndex - 1];
    if (!sentence || !previous || previous.paragraph !== sentence.paragraph) return null;
    return this.subjectOf(sentenceIndex - 1)?.name ?? null;
  }

  /** The person a sentence opens with (its subject, in the plainest reading), if any. */
  private subjectOf(sentenceIndex: number): Entity | null {
    const sentence = this.layout.sentences[sentenceIndex];
    if (!sentence) return null;
    const opening = sentence.tokens.filter((token) => token.word && token.quote === -1).slice(0, 5);
    if (!opening.length) return null;
    const first = this.mentions[lowerBound(this.mentions, opening[0]!.start - 1, (m) => m.start)];
    if (!first || first.start > opening.at(-1)!.start || first.sentence !== sentenceIndex) return null;
    // "He said Vale would ...": a name after a pronoun or a verb is no subject.
    // (Word lists, not the tagger: this runs for many sentences that are never tagged otherwise.)
    if (opening.some((token) => token.start < first.start && (SUBJECT_PRONOUN.test(token.lower) || VERBISH.test(token.lower) || SPEECH_VERB_LEMMA.has(token.lower)))) return null;
    const entity = this.entityOf(first);
    return entity?.kind === 'PERSON' ? entity : null;
  }

  /**
   * "The report was welcomed by pensions secretary David Wills": the agent of a passive is its
   * sentence's logical subject, as able to carry on as "he" as a subject is.
   */
  private isAgent(candidate: Antecedent): boolean {
    const sentence = this.layout.sentences[candidate.sentence];
    if (!sentence) return false;
    const tokens = sentence.tokens;
    let i = tokens.findIndex((token) => token.start >= candidate.position);
    for (let back = 0; back < 5 && i > 0 && tokens[i - 1]!.word && tokens[i - 1]!.lower !== 'by'; back++) i--;
    if (tokens[i - 1]?.lower !== 'by') return false;
    return tokens.slice(Math.max(0, i - 5), i - 1).some((token) => /^(was|were|been|is|are|being|be)$/.test(token.lower));
  }

  /** Whether an entity can be a speaker: not a place, and not a thing (a law, an event, a product). */
  private canSpeak(entity: Entity | null): boolean {
    if (!entity) return true;
    if (entity.kind === 'PLACE') return false;
    return entity.kind !== 'OTHER' || !entity.name.includes(' ');
  }

  /** The kind the story's entities give a resolved speaker, if it is one of them. */
  kindOf(name: string): Entity['kind'] | null {
    return this.registry.lookup(name)?.kind ?? null;
  }

  noteSpeaker(name: string) {
    const entity = this.registry.lookup(name);
    this.lastSpeaker = { entity, name, sentence: this.currentSentence };
    if (entity?.kind === 'PERSON') this.lastPersonSpeaker = { entity, sentence: this.currentSentence };
  }

  private entityOf(mention: Mention): Entity | null {
    return this.registry.lookup(mention.name);
  }

  private nameOf(mention: Mention): string {
    return this.entityOf(mention)?.name ?? mention.name;
  }

  private organisationName(named: Mention[], words: Token[]): string {
    const organisation = [...named].reverse().find((mention) => this.entityOf(mention)?.kind === 'ORGANIZATION');
    if (organisation) return this.nameOf(organisation);
    // "the Clinton campaign", "Trump's campaign": the name plus the group noun.
    const last = named.at(-1)!;
    const lastKind = this.entityOf(last)?.kind;
    if (lastKind === 'COUNTRY' || lastKind === 'PLACE') return stripArticle(this.layout.text.slice(words[0]!.start, words.at(-1)!.end));
    // "The Ofwat report said", "a Cruz campaign email": the publisher speaks.
    if (words.some((word) => word.start > last.end && /^(report|statement|study|survey|editorial|email|e-mail|letter|release|memo|filing|paper|review|analysis)$/.test(word.lower))) return this.nameOf(last);
    const after = words.find((word) => word.start > last.end && (ORGANIZATION_NOUNS.has(word.lower) || /^campaign$/.test(word.lower)));
    return after ? `${this.nameOf(last)} ${after.lower}` : this.pluralNamed(this.nameOf(last));
  }

  /**
   * "a Coastal Green spokesman", "a Labour spokeswoman": a member's word for the party the story
   * names in the plural ("Coastal Greens") speaks as that party.
   */
  private pluralNamed(name: string): string {
    const plural = this.registry.lookup(`${name}s`);
    if (plural && plural.name.toLowerCase() === `${name}s`.toLowerCase()) return plural.name;
    // "a Liberal Democrat spokesman": a party named by its member's word is its members, in the plural.
    if (!PARTY_MEMBER.test(name.split(' ').at(-1)!)) return name;
    const entity = this.registry.lookup(name);
    if (entity) this.registry.renameAsParty(entity, `${name}s`);
    return `${name}s`;
  }

  /**
   * "A spokeswoman said ... "We regret it," she said.": the unnamed person who spoke last goes on as
   * "he" or "she" while nobody else was named as a speaker since, the gender allows it, and no person
   * has been named in between.
   */
  private describedPersonGoesOn(gender: Exclude<Gender, null>, position: number): string | null {
    const described = this.describedPerson;
    if (!described || this.lastSpeaker?.name !== described.name || this.lastSpeaker.sentence !== described.sentence) return null;
    if (this.currentSentence - described.sentence > 2 || described.gender && described.gender !== gender) return null;
    const personInBetween = this.before(position).some((candidate) => candidate.position > described.position && candidate.entity.kind === 'PERSON');
    return personInBetween ? null : described.name;
  }

  /** "The bank said ... it said": with no organisation named, a recent speaker described as one goes on as "it". */
  private describedOrganisationGoesOn(): string | null {
    const last = this.lastSpeaker;
    if (!last || last.entity || this.currentSentence - last.sentence > 2) return null;
    const head = last.name.toLowerCase().split(' ').at(-1)!;
    return ORGANIZATION_NOUNS.has(head) || GENERIC_ORGANISATION_NOUNS.has(head) ? last.name : null;
  }

  /**
   * The one organisation the last sentences are about: named in this sentence or the two before it,
   * not as the source of a report or the agent of something done ("according to Reuters", "fined by
   * the agency", "told the Gazette", "a warning from the bank", "the attack at the bank"). Null when
   * two organisations are in view: then nobody can say whose spokesperson it is.
   */
  private organisationJustNamed(position: number): Entity | null {
    const inView = new Set<Entity>();
    for (const candidate of this.before(position)) {
      if (this.currentSentence - candidate.sentence > 2) break;
      if (candidate.entity.kind !== 'ORGANIZATION' || this.namedAsSource(candidate.position) || isOutlet(candidate.entity.name)) continue;
      inView.add(candidate.entity);
    }
    return inView.size === 1 ? [...inView][0]! : null;
  }

  /** Whether a name at `position` follows a word that makes it a source or an agent ("by", "to", "from", "at", "told"). */
  private namedAsSource(position: number): boolean {
    const before = this.layout.text.slice(Math.max(0, position - 12), position).toLowerCase();
    return /\b(by|to|from|at|told|tells|with)\s+(the\s+)?$/.test(before);
  }

  /** The person a "he" or "she" refers back to: the last speaker when recent, else the last person named. */
  private person(gender: Exclude<Gender, null>, position: number): Entity | null {
    const compatible = (entity: Entity | null) => !!entity && entity.kind === 'PERSON' && entity.gender === gender;
    const lenient = (entity: Entity | null) => !!entity && entity.kind === 'PERSON' && (entity.gender === gender || entity.gender === null);
    const last = this.lastPersonSpeaker;
    const candidates = this.before(position);
    // Someone just introduced: the only fitting person named in this sentence before the pronoun
    // or in the two before it, unless the last speaker is also there.
    // Only a person introduced as a sentence's subject takes over from the last speaker: one named
    // inside a clause or an object ("asked what she would do if Vale won, she said") does not.
    const nearCandidates = candidates.filter((c) => this.currentSentence - c.sentence <= 2 && lenient(c.entity) && (!last || c.entity === last.entity || this.subjectOf(c.sentence) === c.entity || this.isAgent(c)));
    const near = new Set(nearCandidates.map((c) => c.entity));
    if (last && near.has(last.entity)) {
      // ... unless someone else became the subject after the last speaker was last named.
      const lastNamed = Math.max(...nearCandidates.filter((c) => c.entity === last.entity).map((c) => c.sentence));
      const newer = new Set(nearCandidates.filter((c) => c.entity !== last.entity && c.sentence > lastNamed).map((c) => c.entity));
      return newer.size === 1 ? [...newer][0]! : last.entity;
    }
    if (near.size === 1) return [...near][0]!;
    // Several people in sight: the subject of the previous sentence carries on as "he" or "she"
    // ("Lee met Park on Monday. "It went well," he said." is Lee's).
    if (near.size > 1) {
      const subject = this.subjectOf(this.currentSentence - 1);
      if (subject && near.has(subject)) return subject;
    }
    if (last && this.currentSentence - last.sentence <= 6 && lenient(last.entity)) return last.entity;
    const person = candidates.find((candidate) => compatible(candidate.entity))?.entity ?? candidates.find((candidate) => lenient(candidate.entity))?.entity;
    if (person) return person;
    // "Xi said ... He added ...": with no person in sight, the last speaker the story named by one
    // word alone is the antecedent, and "he" or "she" tells us it is a person.
    const speaker = this.lastSpeaker;
    if (speaker?.entity?.kind === 'OTHER' && !speaker.entity.name.includes(' ') && this.currentSentence - speaker.sentence <= 3) {
      speaker.entity.kind = 'PERSON';
      speaker.entity.gender ??= gender;
      this.lastPersonSpeaker = { entity: speaker.entity, sentence: speaker.sentence };
      return speaker.entity;
    }
    return null;
  }

  /** The latest organisation named before `position` whose name contains `noun` ("Dockworkers Union"). */
  /** The latest organisation the story named whose name is a newspaper's or a broadcaster's, by one of its words. */
  private outletNamed(outlet: RegExp, position: number): Entity | null {
    for (const candidate of this.before(position, 200)) {
      if (candidate.entity.kind !== 'ORGANIZATION' && candidate.entity.kind !== 'OTHER') continue;
      if (candidate.entity.name.split(/\s+/).some((word) => outlet.test(word))) return candidate.entity;
    }
    return null;
  }

  private organisationNamed(noun: string, position: number): Entity | null {
    const wanted = noun.toLowerCase();
    for (const candidate of this.before(position, 200)) {
      if (candidate.entity.kind !== 'ORGANIZATION' && candidate.entity.kind !== 'OTHER') continue;
      if (candidate.entity.name.toLowerCase().split(/\s+/).some((word) => word === wanted || word === `${wanted}s`)) return candidate.entity;
    }
    return null;
  }

  /**
   * The organisation "it" or "the company" refers to: of the organisations named in the last few
   * sentences, the one the story has named most so far (the story's subject), the latest on a tie.
   */
  private organisation(position: number): Entity | null {
    const last = this.lastSpeaker;
    const counts = new Map<Entity, number>();
    let latest: Entity | null = null;
    const recent = new Set<Entity>();
    for (const candidate of this.before(position, 200)) {
      // A one-word name the story never described ("Barclays", "Reuters") is most often a company.
      // ("Rail fares rise" names nothing: a word only ever capitalised at a sentence's start is no company.)
      const unknownOneWord = candidate.entity.kind === 'OTHER' && !candidate.entity.name.includes(' ') && this.seenInsideSentence.has(candidate.entity);
      if (candidate.entity.kind !== 'ORGANIZATION' && !unknownOneWord) continue;
      // The story's first lines name its subject: those mentions weigh more.
      counts.set(candidate.entity, (counts.get(candidate.entity) ?? 0) + (candidate.sentence <= 1 ? 4 : 1));
      if (this.currentSentence - candidate.sentence <= 12 || candidate.sentence <= 1) recent.add(candidate.entity);
      latest ??= candidate.entity;
    }
    if (last?.entity?.kind === 'ORGANIZATION' && this.currentSentence - last.sentence <= 3) {
      recent.add(last.entity);
      counts.set(last.entity, (counts.get(last.entity) ?? 0) + 2);
    }
    let best: Entity | null = null;
    for (const entity of recent) if (!best || counts.get(entity)! > counts.get(best)!) best = entity;
    return best ?? latest;
  }

  private plural(phrase: string): string {
    const last = this.lastSpeaker;
    if (last && this.currentSentence - last.sentence <= 2 && (GROUP_NOUNS.has(last.name.split(' ').at(-1)!.toLowerCase()) || last.entity?.kind === 'ORGANIZATION' || !last.entity && isPluralDescription(last.name))) return last.name;
    return phrase;
  }

  /** Entities mentioned before a position, most recent first. */
  private before(position: number, limit = 40): Antecedent[] {
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

/** Nouns for a publication or broadcaster, and the words their names have ("the newspaper" -> "The Harbour Gazette"). */
const MEDIA_SPEAKERS = new Map<string, RegExp>([
  ...['newspaper', 'paper', 'daily', 'tabloid', 'weekly', 'magazine', 'publication'].map((noun): [string, RegExp] => [noun, PUBLICATION_HEADS]),
  ...['broadcaster', 'channel', 'network', 'station', 'agency'].map((noun): [string, RegExp] => [noun, BROADCASTER_WORDS]),
]);


/** Documents that speak for the organisation that issued them. */
const PUBLISHED_DOCUMENTS = new Set(['report', 'study', 'survey', 'review', 'paper', 'analysis', 'audit', 'assessment', 'inquiry', 'research', 'briefing']);


/**
 * "The tobacco companies denied ...", "Several lenders said ...": a sentence opening with a described
 * group or organisation (a determiner, lowercase words, a verb) has it as subject. Returns its tokens
 * [from, to), or null when the head is no word for someone who can speak.
 */
function describedSubject(tokens: Token[], from: number, pos: (offset: number) => string | null): [number, number] | null {
  if (!/^(the|a|an|these|those|some|many|several|most|both|two|three|four|five)$/.test(tokens[from]?.lower ?? '')) return null;
  let end = from + 1;
  while (end < tokens.length && end - from <= 5 && tokens[end]!.word && !tokens[end]!.capitalised && !/^(VERB|AUX)$/.test(pos(tokens[end]!.start) ?? '')) end++;
  const head = tokens[end - 1]!;
  const verb = tokens[end];
  if (end - 1 <= from || !verb || !/^(VERB|AUX)$/.test(pos(verb.start) ?? '')) return null;
  const noun = head.lower;
  const speakerNoun = GROUP_NOUNS.has(noun) || ORGANIZATION_NOUNS.has(noun) || GENERIC_ORGANISATION_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(noun) || isPluralDescription(noun) && pos(head.start) === 'NOUN';
  return speakerNoun ? [from, end] : null;
}

/** "lenders", "tobacco companies": a lowercase phrase whose head is a plural noun. */
function isPluralDescription(phrase: string): boolean {
  const head = phrase.split(' ').at(-1)!;
  return /^[a-z-]+$/.test(head) && /[^s]s$/.test(head) && head.length > 3;
}

function stripArticle(phrase: string): string {
  return phrase.replace(/^(the|The)\s+/, '').trim();
}

/** Verbs whose subject is what a document is about, not who wrote it ("faces a lawsuit", "lost a ruling"). */
const TARGET_OF_DOCUMENT = /^(fac(e|es|ed|ing)|los(e|es|t|ing)|w(o|i)n|wins|winning|appeal(s|ed|ing)?|wor?e|wears|wearing|f(ou|i)ght(s|ing)?|challeng(e|es|ed|ing)|dismiss(es|ed|ing)?|reject(s|ed|ing)?|den(y|ies|ied|ying)|contest(s|ed|ing)?|settl(e|es|ed|ing)|receiv(e|es|ed|ing)|got|get|gets|obtain(s|ed)?|saw|see|seen|found|find|heard|hear|read)$/;

/** A newspaper's or a broadcaster's name ("Greyfield Gazette", "Radio Kestrel"), by one of its words. */
function isOutlet(name: string): boolean {
  return name.split(/\s+/).some((word) => PUBLICATION_HEADS.test(word) || BROADCASTER_WORDS.test(word));
}
