// Turns a speaker phrase into a name: pronouns find their antecedent, short names their full
// form, "a spokesman for X" becomes X, "the mayor" the person the story introduced as mayor, and
// unnamed sources stay as written ("officials", "analysts").
import { countryOf, type Entity, type EntityRegistry, type Mention } from '../entities.js';
import { isDemonym } from '../entities/kinds.js';
import { GENERIC_ORGANISATION_NOUNS, GROUP_NOUNS, PERSON_NOUNS, isPartyAffiliation, isPersonNoun, NAME_DESCRIPTORS, PARTY_MEMBER_WORDS, isIssuedDocument, NOT_NAMES, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, SPOKESPERSON, TITLES } from '../lexicon.js';
import { posOf, verbBeforeParticiple } from './clause.js';
import { lowerBound, type Layout, type Sentence, type Token } from '../text.js';
import { isPluralAgent, speakerBefore } from './speaker-phrase.js';
import { closeToSomeoneNamed, describedByPlace, fitsDescription, isUnattachedSpokesperson, personDescription, type PersonDescription } from './described-speaker.js';
import { datelineLength, isPlainTimeToken, isTimeWord, wordBeforeParticiple } from './tokens.js';
import { SpeakerContext, stripArticle } from './speakers/context.js';
import { appositiveDescriptions } from './speakers/descriptions.js';
import { documentIssuedIn, documentOwner, issuerOf, PUBLISHED_DOCUMENTS, publisherOf } from './speakers/documents.js';
// (`organisation` is renamed here: resolvePhrase names a local `organisation` where it calls it.)
import { institutionOfAgents, LOOK_AHEAD, MEDIA_SPEAKERS, organisation as organisationReferredTo, organisationJustNamed, organisationName, organisationNamed, organisationNamedAhead, outletNamed, pluralNamed } from './speakers/organisations.js';
import { describedOrganisationGoesOn, describedPersonGoesOn, person, plural } from './speakers/pronouns.js';
import { afterOpeningAdverbial, describedSubject, personModified, subjectOf } from './speakers/subjects.js';

export class SpeakerResolver {
  /** The story's mentions and entities, and what has been resolved so far. */
  private readonly story: SpeakerContext;
  private readonly sentenceIndex = new Map<Sentence, number>();

  constructor(layout: Layout, mentions: Mention[], registry: EntityRegistry) {
    this.story = new SpeakerContext(layout, mentions, registry);
    layout.sentences.forEach((sentence, index) => this.sentenceIndex.set(sentence, index));
    this.descriptions = appositiveDescriptions(this.story);
  }

  /** Head nouns of the descriptions the story gives its entities in apposition, with where each was given. */
  private readonly descriptions: Map<string, { entity: Entity; position: number }[]>;

  /** The entity last described as "the <head>" before `position`. */
  private describedAs(head: string, position: number): Entity | null {
    const candidates = this.descriptions.get(head)?.filter((candidate) => candidate.position < position);
    return candidates?.at(-1)?.entity ?? null;
  }

  /**
   * A post's author: a display name ("Ann Vale"), or a handle ("@AnnVale", "@realAnnVale", "@GovVale"),
   * as one of the story's entities when the handle spells its name, else as written.
   */
  resolveAuthor(author: string): string {
    if (!author.startsWith('@')) return this.story.registry.lookup(author)?.name ?? author;
    const handle = author.slice(1);
    const compact = handle.toLowerCase().replace(/[^a-z]/g, '');
    // "@AnnVale" spells "Ann Vale"; "@annvale2016" and "@realAnnVale" hold it.
    const spelled = this.story.registry.entities
      .filter((entity) => (entity.kind === 'PERSON' || entity.kind === 'ORGANIZATION') && entity.name.includes(' '))
      .filter((entity) => compact.includes(entity.name.toLowerCase().replace(/[^a-z]/g, '')))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (spelled) return spelled.name;
    // "@GovAnnVale", "@realAnnVale", "@AnnValeNY": the name the handle spells, without a title in front
    // or a state's code after it; a title and a surname the story knows ("@SpeakerVale") is that person.
    const words = handle.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_\d]+/).filter(Boolean);
    while (words.length > 1 && (TITLES.has(words[0]!.toLowerCase()) || /^(real|the|official)$/i.test(words[0]!))) words.shift();
    if (words.length > 1 && /^[A-Z]{2}$/.test(words.at(-1)!)) words.pop();
    if (!words.every((word) => /^[A-Z][a-z]/.test(word))) return author;
    const known = this.story.registry.lookup(words.join(' '));
    return known && known.kind !== 'PLACE' ? known.name : words.join(' ');
  }

  resolve(tokens: Token[], sentence: Sentence, position: number): string | null {
    this.story.currentSentence = this.sentenceIndex.get(sentence) ?? this.story.currentSentence;
    const words = tokens.filter((token) => token.word);
    if (!words.length) return null;
    const description = personDescription(words);
    const name = this.resolvePhrase(tokens, words, description);
    if (name && description) this.story.describedPerson = { name, gender: description.gender, sentence: this.story.currentSentence, position: tokens[0]!.start };
    return name;
  }

  private resolvePhrase(tokens: Token[], words: Token[], description: PersonDescription | null): string | null {
    // "the ministry's (announcement)", "Vale's (claim)": the owner, without the possessive.
    const phrase = this.story.layout.text.slice(tokens[0]!.start, tokens.at(-1)!.end).replace(/['’]s$/, '');
    // ("I'd write", "she'll say": a pronoun's contraction is the pronoun.)
    const first = words.length === 1 ? words[0]!.lower.replace(/['’](d|ll|ve|m|re|s)$/, '') : words[0]!.lower;

    // "her assertion that ...", "its announcement that ...": the owner of a speech-act noun.
    if (words.length === 1 && /^(his|her)$/.test(first)) return person(this.story, first === 'her' ? 'female' : 'male', tokens[0]!.start)?.name ?? null;
    if (words.length === 1 && first === 'its') return organisationReferredTo(this.story, tokens[0]!.start)?.name ?? null;
    if (words.length === 1 && first === 'their') return plural(this.story, phrase);
    if (words.length === 1 && /^(he|she)$/.test(first)) {
      const gender = first === 'she' ? 'female' : 'male';
      return describedPersonGoesOn(this.story, gender, tokens[0]!.start) ?? person(this.story, gender, tokens[0]!.start)?.name ?? this.anyGenderSpeaker();
    }
    if (words.length === 1 && first === 'it') return organisationReferredTo(this.story, tokens[0]!.start)?.name ?? describedOrganisationGoesOn(this.story);
    if (words.length === 1 && /^(they|we)$/.test(first)) return plural(this.story, phrase);
    if (words.length === 1 && first === 'i') return this.story.lastSpeaker?.name ?? null;
    // "Both said ...", "The two candidates said ...": the two people the last sentences named.
    if (isPairPhrase(words)) {
      const pair = this.lastTwoSides(tokens[0]!.start);
      if (pair) return pair;
    }

    const named: Mention[] = [];
    for (let i = lowerBound(this.story.mentions, tokens[0]!.start - 1, (m) => m.start); i < this.story.mentions.length && this.story.mentions[i]!.start < tokens.at(-1)!.end; i++) {
      const mention = this.story.mentions[i]!;
      // (Only names on the phrase's own tokens: "the carmaker" read out of "the UK carmaker" names nobody.)
      if (mention.end <= tokens.at(-1)!.end && tokens.some((token) => token.start <= mention.start && mention.start < token.end)) named.push(mention);
    }
    const head = words.at(-1)!.lower.replace(/['’]s$/, '');

    // "Greenhope's Hungry Harvest report", "his year-long review": a document speaks for its owner.
    const owner = documentOwner(this.story, words, named);
    if (owner) return owner;

    // "a Marsh aide", "one Trump confidant": someone close to the person named, not that person.
    if (closeToSomeoneNamed(words)) return phrase;
    // "Voss's office said", "the governor's office said": a person's office speaks for them.
    if (head === 'office' && words.length >= 2 && /['’]s$/.test(words.at(-2)!.text)) {
      const owner = this.officeHolder(words.slice(0, -1), named);
      if (owner) return owner;
    }
    // "the Democratic governor", "the Labour leader": the one person the story gave that role; the party
    // word is no name.
    if (words.length === 3 && /^(the|this)$/.test(first) && PERSON_ROLE_NOUNS.has(head) && isPartyAffiliation(words[1]!.lower.replace(/ic$/, ''))) {
      // ("The Republican leader" after "the top House Republican, Tom Haskell": the one the story gave that
      // party, before the one with that role, whose party the story may not have said.)
      const party = words[1]!.lower.replace(/ic$/, '');
      const ofParty = this.describedAs(party, tokens[0]!.start);
      if (ofParty?.kind === 'PERSON') return ofParty.name;
      const byRole = this.story.registry.byRole(head);
      if (byRole) return byRole.name;
    }

    // "a spokesman for Disney", "a Clinton campaign spokesman": the organisation speaks.
    const spokesIndex = words.findIndex((word) => SPOKESPERSON.test(word.lower));
    // "a spokeswoman for the firm": the organisation the story describes so.
    if (spokesIndex >= 0 && !named.length && /^(for|of|at)$/.test(words[spokesIndex + 1]?.lower ?? '') && words[spokesIndex + 2]?.lower === 'the') {
      const described = words.slice(spokesIndex + 2);
      const organisation = this.resolvePhrase(described, described, null);
      if (organisation && this.story.registry.lookup(organisation)) return organisation;
    }
    if (spokesIndex >= 0 && named.length) {
      const after = named.filter((mention) => mention.start > words[spokesIndex]!.start);
      const before = named.filter((mention) => mention.end <= words[spokesIndex]!.start);
      // "spokesman Tom Vale" names the person.
      const person = after.find((mention) => this.story.entityOf(mention)?.kind === 'PERSON' && mention.start === words[spokesIndex + 1]?.start);
      if (person) return this.story.nameOf(person);
      if (after.length && /^(for|of|at|with|from)$/.test(words[spokesIndex + 1]?.lower ?? '')) return organisationName(this.story, after, words);
      if (before.length && spokesIndex === words.length - 1 && !/^(officials|sources)$/.test(words[spokesIndex]!.lower)) {
        const owner = before.at(-1)!;
        const ownerEntity = this.story.entityOf(owner);
        const party = pluralNamed(this.story, this.story.nameOf(owner));
        if (party !== this.story.nameOf(owner)) return party;
        if (ownerEntity?.kind === 'ORGANIZATION' || /campaign|committee|party/i.test(phrase)) return organisationName(this.story, before, words);
        // "A Dunmore spokesman" after "Dunmore United": a short name of an organisation the story named in full.
        if (ownerEntity?.kind === 'OTHER') {
          const full = this.story.registry.entities.find((entity) => entity.kind === 'ORGANIZATION' && entity.name.startsWith(`${ownerEntity.name} `));
          if (full) return full.name;
        }
      }
    }

    // "A three-judge panel agreed with the companies": the court the story names, before or just after.
    if (head === 'panel' && /^(a|an|the)$/.test(first) && !named.length) {
      const court = organisationNamed(this.story, head, tokens[0]!.start) ?? organisationNamedAhead(this.story, head, tokens[0]!.start);
      if (court) return court.name;
    }
    // "The governor of a coastal district in north Marlo promised ...": the one person the story gives that
    // role, or the role as written; never the place it is held in.
    const role = roleHeldIn(words);
    if (role !== null) {
      // ("The mayor of Bradford" after "Mara Quell, the mayor of Leeds": a named or bare complement is a
      // particular office; only "the governor of a coastal district" describes the one the story names.)
      const describing = /^(a|an)$/.test(words[role + 2]?.lower ?? '');
      const holder = describing ? this.story.registry.byRole(words[role]!.lower) : null;
      if (holder?.kind === 'PERSON') return holder.name;
      if (named.every((mention) => /^(PLACE|COUNTRY|OTHER)$/.test(this.story.entityOf(mention)?.kind ?? 'OTHER'))) return stripArticle(phrase);
    }
    // "a nurse in Dayton", "one driver based in Leeds": a person described by where they are from.
    if (describedByPlace(words)) return stripArticle(phrase);
    // "Paramedics in the East Midlands": a group described by where it is, as written (the place is no speaker).
    const groupHead = words[0]!.lower;
    if (words.length >= 3 && (GROUP_NOUNS.has(groupHead) || isPluralAgent(groupHead) || /^[a-z]{4,}[^s]s$/.test(groupHead)) && /^(in|from|across|near|at)$/.test(words[1]!.lower) && named.length && named.every((mention) => this.isPlaceModifier(mention))) {
      return `${groupHead}${phrase.slice(words[0]!.text.length)}`;
    }
    // "Harbour Bank closed ten branches. A spokesman said ...": the organisation just named speaks.
    if (!named.length && isUnattachedSpokesperson(words, description)) {
      const organisation = organisationJustNamed(this.story, tokens[0]!.start);
      if (organisation && fitsDescription(organisation.name, words)) return organisation.name;
    }

    // "The UK carmaker", "the Midlands-based grocer": a country or a place only modifies the description,
    // which refers back like "the carmaker".
    if (named.length && /^(the|this)$/.test(first) && words.length <= 5 && isOrganisationNoun(head) && named.every((mention) => mention.end < words.at(-1)!.start && this.isPlaceModifier(mention))) {
      // ("Vale Bancorp, based in Ohio, ... The Ohio bank said": the organisation introduced with that place
      // comes first; two so introduced leave the description as written.)
      const placed = this.organisationsIntroducedWith(named.map((mention) => mention.name));
      if (placed.length === 1) return placed[0]!.name;
      if (placed.length > 1) return stripArticle(phrase);
      const bare = [words[0]!, words.at(-1)!];
      const resolved = this.resolvePhrase(bare, bare, null);
      const entity = resolved ? this.story.registry.lookup(resolved) : null;
      // (Never one the story introduced with another country: "the Korean firm Daesan" is no "UK carmaker".)
      if (entity && !this.introducedWithAnotherPlace(entity, named.map((mention) => mention.name))) return resolved;
      return stripArticle(phrase);
    }
    if (named.length) {
      const people = named.filter((mention) => this.story.entityOf(mention)?.kind === 'PERSON');
      // "Hillary Clinton's campaign chairman John Podesta": the last person named is the speaker,
      // unless the head of the phrase is a group noun ("Clinton's aides" stay as written).
      if (GROUP_NOUNS.has(head) && !named.some((mention) => mention.end >= words.at(-1)!.end)) return stripArticle(phrase);
      // "Senator Ana Ruiz of Delaware", "Priya Mehta of Sandgate Securities": the person, not what she is of.
      // ("retail analyst Jo Fenwick of the broker Orrin & Blake": a lowercase description may stand before what she is of.)
      const personOf = people.find((mention) => /^\s+(of|at|from)\s+(the\s+)?([a-z][a-z-]*\s+){0,2}$/.test(this.story.layout.text.slice(mention.end, named.find((other) => other.start > mention.end)?.start ?? mention.end)));
      const nameAtHead = personOf ?? named.find((mention) => mention.end >= words.at(-1)!.end - 2);
      const pick = nameAtHead ?? people.at(-1);
      if (pick) {
        const entity = this.story.entityOf(pick);
        if ((entity?.kind === 'COUNTRY' || entity?.kind === 'PLACE') && (!nameAtHead || head !== words.at(-1)!.lower || ORGANIZATION_NOUNS.has(head) || GROUP_NOUNS.has(head))) {
          if (ORGANIZATION_NOUNS.has(head) || GROUP_NOUNS.has(head) || PERSON_ROLE_NOUNS.has(head)) return stripArticle(phrase);
        }
        if (ORGANIZATION_NOUNS.has(head) && head !== pick.name.toLowerCase() && !nameAtHead) return organisationName(this.story, named, words);
        return this.story.nameOf(pick);
      }
      if (ORGANIZATION_NOUNS.has(head) || /campaign/.test(head)) return organisationName(this.story, named, words);
      return stripArticle(phrase);
    }

    // "Inspectors said ...": the inspectorate the story names before or just after.
    if (words.length <= 2 && (words.length === 1 || /^(the|its)$/.test(first)) && /[^s]s$/.test(head)) {
      const institution = institutionOfAgents(this.story, head, tokens[0]!.start);
      if (institution) return institution.name;
    }

    // "Residents said", "Analysts say": a group noun capitalised only because it opens the sentence stays as
    // written, in lowercase (the house convention for unnamed sources).
    // ("Democrats said", "Republicans say": a party's members are a proper noun and keep their capital.)
    // ("Sanders accused ...": a surname may look like a plural agent noun; only a known noun for people counts.)
    if (words.length === 1 && words[0]!.capitalised && isGroupWord(first) && !PARTY_MEMBER_WORDS.has(first.replace(/s$/, '')) && !this.story.registry.lookup(words[0]!.text)) return first;

    // A capitalised word the mention finder skipped ("Trump" at a sentence start is found; a
    // lone surname might still be known to the registry).
    const capitalised = words.filter((word) => word.capitalised);
    if (capitalised.length && capitalised.length === words.length) {
      const name = capitalised.map((word) => word.text).join(' ').replace(/['’]s$/, '');
      const entity = this.story.registry.lookup(name);
      if (entity) return entity.name;
      // A name that speaks is an entity even if it only ever opens sentences ("Xi said ...").
      if (words.length <= 3 && !NOT_NAMES.has(words[0]!.bare)) return this.story.registry.addSpeaker(name, tokens[0]!.start).name;
    }

    // "the report said", "a new study says": a document speaks for whoever the story says issued it.
    if (/^(the|a|an|its|their|this|that|new|latest)$/.test(first) && words.length <= 4 && PUBLISHED_DOCUMENTS.has(head)) {
      // (A publisher the last sentences name explicitly comes first: "the Audit Office published a report".)
      const publisher = publisherOf(this.story, head, tokens[0]!.start, this.story.before(tokens[0]!.start, 12));
      if (publisher) return publisher.name;
      if (first !== 'a' && first !== 'an' && this.story.documentOwners.has(head)) return this.story.documentOwners.get(head)!;
      // ("Fewer teenagers go to university, a report says. The study, by the Funding Council, ...": named after.)
      const earlier = publisherOf(this.story, head, tokens[0]!.start) ?? publisherOf(this.story, head, tokens[0]!.start, this.story.ahead(tokens[0]!.start, LOOK_AHEAD));
      if (earlier) return earlier.name;
    }

    // "The club said in a statement that ... "We thank him," the statement said.": the document one of
    // the last sentences had someone issue speaks for them.
    if (/^(the|that|this|its)$/.test(first) && words.length === 2 && isIssuedDocument(head)) {
      const issuer = issuerOf(this.story, head, this.story.currentSentence);
      if (issuer) return issuer;
    }
    // "the agency" after "Reuters, the news agency, ...": the entity the story described so.
    if (/^(the|this|that)$/.test(first) && words.length <= 6) {
      const described = this.describedAs(head, tokens[0]!.start);
      if (described) return described.name;
    }
    // "the mayor", "the company", "the newspaper".
    if (/^(the|this|that)$/.test(first) && words.length <= 3) {
      if (PERSON_ROLE_NOUNS.has(head)) {
        const byRole = this.story.registry.byRole(head);
        if (byRole) return byRole.name;
      }
      // "the union said", "the university said": an organisation whose name has that word.
      const named = organisationNamed(this.story, head, tokens[0]!.start);
      if (named) return named.name;
      // "the newspaper said", "the broadcaster reported": the publication named last.
      const outlet = MEDIA_SPEAKERS.get(head);
      const publication = outlet && outletNamed(this.story, outlet, tokens[0]!.start);
      if (publication) return publication.name;
      if (GENERIC_ORGANISATION_NOUNS.has(head)) {
        const organisation = organisationReferredTo(this.story, tokens[0]!.start);
        if (organisation) return organisation.name;
      }
      // "..., the energy regulator has announced. The Energy Pricing Authority said ...": named just after.
      // (A noun for a person, "the lifelong Republican", is never an organisation named later.)
      const ahead = !isPersonNoun(head) && !PARTY_MEMBER_WORDS.has(head) ? organisationNamedAhead(this.story, head, tokens[0]!.start) : null;
      if (ahead) return ahead.name;
    }

    // "the shipping and logistics group", "the world's biggest insurer": a description of the
    // organisation the story is about.
    if (/^(the|this)$/.test(first) && words.length <= 6 && !PERSON_ROLE_NOUNS.has(head) && !GROUP_NOUNS.has(head) && !/s$/.test(head) && !ORGANIZATION_NOUNS.has(head) && !PUBLISHED_DOCUMENTS.has(head) || /^(the|this)$/.test(first) && GENERIC_ORGANISATION_NOUNS.has(head)) {
      const organisation = organisationReferredTo(this.story, tokens[0]!.start);
      if (organisation) return organisation.name;
    }
    return stripArticle(phrase);
  }

  /**
   * "Robin Ashcroft said ... "...," he said": when no one of the pronoun's gender is in the story at all,
   * the given name's guessed gender was wrong (Robin, Sam, Jess go either way): the person who spoke in the
   * last two sentences.
   */
  private anyGenderSpeaker(): string | null {
    const last = this.story.lastPersonSpeaker;
    return last && this.story.currentSentence - last.sentence <= 2 ? last.entity.name : null;
  }

  /**
   * The two people (or, when organisations were named last, the two organisations) named in this sentence and
   * the two before it, "A and B" in the order the story met them; null unless exactly two.
   */
  private lastTwoSides(position: number): string | null {
    const inView = this.story.before(position).filter((candidate) => this.story.currentSentence - candidate.sentence <= 2 && /^(PERSON|ORGANIZATION)$/.test(candidate.entity.kind));
    // ("... Harlow Bank and Vale Bank confirmed the talks. Both said ...": the kind named last is the pair's.)
    const kind = inView[0]?.entity.kind;
    const people = new Set(inView.filter((candidate) => candidate.entity.kind === kind).map((candidate) => candidate.entity));
    if (people.size !== 2) return null;
    return [...people].sort((a, b) => a.firstSeen - b.firstSeen).map((entity) => entity.name).join(' and ');
  }

  /** The organisations whose first sentence names one of these places ("Vale Bancorp, based in Ohio, ..."). */
  private organisationsIntroducedWith(places: string[]): Entity[] {
    const found: Entity[] = [];
    const seen = new Set<Entity>();
    for (const mention of this.story.mentions) {
      const entity = this.story.entityOf(mention);
      if (!entity || seen.has(entity)) continue;
      seen.add(entity);
      if (entity.kind !== 'ORGANIZATION') continue;
      const sentence = this.story.layout.sentences[mention.sentence];
      const text = sentence ? this.story.layout.text.slice(sentence.start, sentence.end) : '';
      // (Near the name: within its clause, not anywhere in a long sentence.)
      const around = text.slice(Math.max(0, mention.start - sentence!.start - 14), mention.end - sentence!.start + 25);
      if (places.some((place) => around.includes(place))) found.push(entity);
    }
    return found;
  }

  /** Whether the words around an organisation's first mention name a country or demonym other than these places. */
  private introducedWithAnotherPlace(entity: Entity, places: string[]): boolean {
    const mention = this.story.mentions.find((candidate) => this.story.entityOf(candidate) === entity);
    const sentence = mention && this.story.layout.sentences[mention.sentence];
    if (!mention || !sentence) return false;
    const near = sentence.tokens.filter((token) => token.word && token.capitalised && token.end >= mention.start - 30 && token.start <= mention.end + 25 && (token.start < mention.start || token.start >= mention.end));
    return near.some((token) => !places.some((place) => place.includes(token.text)) && (isDemonym(token.text) || !!countryOf(token.text)));
  }

  /** A country or a place, or a name made an adjective ("Midlands-based"): it modifies, it does not speak. */
  private isPlaceModifier(mention: Mention): boolean {
    const kind = this.story.entityOf(mention)?.kind;
    return kind === 'COUNTRY' || kind === 'PLACE' || this.story.layout.text[mention.end] === '-';
  }

  /** Whose office "Voss's office" or "the governor's office" is: a person named, or the one with that role. */
  private officeHolder(owner: Token[], named: Mention[]): string | null {
    const person = named.find((mention) => mention.end <= owner.at(-1)!.end && this.story.entityOf(mention)?.kind === 'PERSON');
    if (person) return this.story.nameOf(person);
    const role = owner.at(-1)!.lower.replace(/['’]s$/, '');
    return owner.length <= 3 && /^(the|this)$/.test(owner[0]!.lower) && PERSON_ROLE_NOUNS.has(role) ? this.story.registry.byRole(role)?.name ?? null : null;
  }

  /** The subject of the clause a participle hangs from ("the ministry issued a statement saying"). */
  participleSubject(sentence: Sentence, cue: number): string | null {
    const tokens = sentence.tokens;
    let k = cue - 1;
    // ", adding that" / "and said that" / "by warning that": the subject of the sentence.
    if (/^(,|and|but|or|then|by|while|when|before|after|to)$/.test(wordBeforeParticiple(tokens, cue) ?? '')) {
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
    // "was seen on camera telling": no document, so step back to the verb the participle continues.
    const verb = overDocument ? null : verbBeforeParticiple(this.story.layout.text, sentence, cue);
    if (verb !== null) k = verb;
    if (k < 0) return null;
    // "Residents received letters saying ...": who receives or reads a document did not write it.
    // ("Reed was heard telling ...": the passive's subject is the one heard, and speaks.)
    const passive = /^(is|are|was|were|been|being|be)$/.test(tokens[k - 1]?.lower ?? '');
    if (/^(receiv|got|get|obtain|read|saw|see|seen|found|find|heard|hear)/.test(tokens[k]!.lower) && (overDocument || !passive)) return null;
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
    const body = sentence.start + datelineLength(this.story.layout.text, sentence.start);
    const all = sentence.tokens.filter((token) => token.quote === -1 && !token.mark && token.start >= body);
    // "But he has rejected ...": a conjunction that links the sentence to the last one is no part of it.
    const lead = all.findIndex((token) => !/^(and|but|yet|so|or|still)$/.test(token.lower));
    const tokens = lead > 0 ? all.slice(lead) : all;
    if (!tokens.length) return this.story.lastSpeaker?.name ?? null;
    const from = afterOpeningAdverbial(this.story, sentence, tokens);
    const first = tokens[from];
    if (!first) return null;
    if (/^(he|she)$/.test(first.lower)) {
      const gender = first.lower === 'she' ? 'female' : 'male';
      return describedPersonGoesOn(this.story, gender, first.start) ?? person(this.story, gender, first.start)?.name ?? null;
    }
    const index = lowerBound(this.story.mentions, first.start - 1, (m) => m.start);
    const opening = this.story.mentions[index];
    if (!opening || opening.start > (tokens[from + 4]?.start ?? first.start)) {
      const described = describedSubject(tokens, from, posOf(this.story.layout.text, sentence));
      if (described) return this.resolve(tokens.slice(described[0], described[1]), sentence, tokens[described[0]]!.start);
    }
    // "The trust's chief executive, Amanda Clarke, apologised": a description, then the name in apposition.
    const appositive = opening && opening.start > (tokens[from + 4]?.start ?? first.start) ? nameInApposition(this.story, tokens, from, opening) : null;
    if (appositive) return appositive;
    if (opening && opening.start > (tokens[from + 4]?.start ?? first.start)) return this.story.lastSpeaker?.name ?? null;
    const mention = opening && opening.start < sentence.end ? personModified(this.story, index, sentence) ?? opening : opening;
    // Only someone who can speak is a quote's subject: a person, an organisation, a country, or a
    // one-word name not yet known; "the Common Agricultural Policy had ..." or "Wales has ..." is not.
    if (mention && mention.start < sentence.end && !this.canSpeak(this.story.entityOf(mention))) return this.story.lastSpeaker?.name ?? null;
    if (mention && mention.start < sentence.end) return this.story.nameOf(mention);
    return this.story.lastSpeaker?.name ?? null;
  }

  /** The person the sentence before `sentenceIndex`, in the same paragraph, opens with. */
  personSubjectBefore(sentenceIndex: number): string | null {
    const sentence = this.story.layout.sentences[sentenceIndex];
    const previous = this.story.layout.sentences[sentenceIndex - 1];
    if (!sentence || !previous || previous.paragraph !== sentence.paragraph) return null;
    return subjectOf(this.story, sentenceIndex - 1)?.name ?? null;
  }

  /** Whether an entity can be a speaker: not a place, and not a thing (a law, an event, a product). */
  private canSpeak(entity: Entity | null): boolean {
    if (!entity) return true;
    if (entity.kind === 'PLACE') return false;
    return entity.kind !== 'OTHER' || !entity.name.includes(' ');
  }

  /** The kind the story's entities give a resolved speaker, if it is one of them. */
  kindOf(name: string): Entity['kind'] | null {
    return this.story.registry.lookup(name)?.kind ?? null;
  }

  noteSpeaker(name: string, sentence: number) {
    const entity = this.story.registry.lookup(name);
    this.story.speakerBySentence.set(sentence, name);
    // "The committee said in a report published on Wednesday ...": "the report" is the committee's, later on too.
    const issued = documentIssuedIn(this.story.layout.sentences[sentence]?.tokens ?? []);
    if (issued && !this.story.documentOwners.has(issued)) this.story.documentOwners.set(issued, name);
    this.story.lastSpeaker = { entity, name, sentence: this.story.currentSentence };
    if (entity?.kind === 'PERSON') this.story.lastPersonSpeaker = { entity, sentence: this.story.currentSentence };
  }
}

/**
 * Verbs whose subject is what a document is about, not who wrote it ("faces a lawsuit", "lost a ruling").
 * (Who receives or reads one is refused for any participle, documents or not, just before.)
 */
const TARGET_OF_DOCUMENT = /^(fac(e|es|ed|ing)|los(e|es|t|ing)|w(o|i)n|wins|winning|appeal(s|ed|ing)?|wor?e|wears|wearing|f(ou|i)ght(s|ing)?|challeng(e|es|ed|ing)|dismiss(es|ed|ing)?|reject(s|ed|ing)?|den(y|ies|ied|ying)|contest(s|ed|ing)?|settl(e|es|ed|ing))$/;


/**
 * "The trust's chief executive, Amanda Clarke, apologised ...": a sentence that opens with a
 * description (a determiner or a possessive, up to six words, no name but a possessive one) and a person's name between commas
 * right after it; that person's name, or null.
 */
function nameInApposition(story: SpeakerContext, tokens: Token[], from: number, mention: Mention): string | null {
  const comma = tokens.findIndex((token, i) => i > from && token.text === ',');
  if (comma < 0 || comma - from > 6 || tokens[comma + 1]?.start !== mention.start) return null;
  if (!/^(the|a|an|its|his|her|their)$/.test(tokens[from]!.lower) || tokens.slice(from + 1, comma).some((token) => token.capitalised && !/['’]s$/.test(token.text))) return null;
  const after = tokens.findIndex((token) => token.start >= mention.end);
  return tokens[after]?.text === ',' && story.entityOf(mention)?.kind === 'PERSON' ? story.nameOf(mention) : null;
}

/**
 * "the governor of a coastal district", "the mayor of Leeds", "the chief executive at Harbour Bank": "the",
 * at most two modifiers, a role held by one person, and "of", "for", "in" or "at" what it is held in. The
 * index of the role noun, or null.
 */
function roleHeldIn(words: Token[]): number | null {
  if (words.length < 4 || !/^(the|this)$/.test(words[0]!.lower)) return null;
  const at = words.findIndex((word, i) => i >= 1 && i <= 3 && /^(of|for|in|at)$/.test(word.lower));
  if (at < 2) return null;
  const role = words[at - 1]!;
  if (role.capitalised || !PERSON_ROLE_NOUNS.has(role.lower) || SPOKESPERSON.test(role.lower)) return null;
  return words.slice(1, at - 1).every((word) => !word.capitalised) ? at - 1 : null;
}

/** A noun for an organisation, generic or by trade ("the company", "the carmaker", "the grocer"). */
function isOrganisationNoun(noun: string): boolean {
  return ORGANIZATION_NOUNS.has(noun) || GENERIC_ORGANISATION_NOUNS.has(noun) || NAME_DESCRIPTORS.has(noun);
}

/** "Both", "both men", "the two candidates": a phrase for two people just named. */
function isPairPhrase(words: Token[]): boolean {
  const lower = words.map((word) => word.lower);
  if (lower.length === 1) return lower[0] === 'both';
  const people = /^(men|women|candidates|leaders|senators|ministers|lawmakers|politicians|rivals|contenders|presidents)$/;
  return lower.length === 2 && lower[0] === 'both' && people.test(lower[1]!) || lower.length === 3 && lower[0] === 'the' && lower[1] === 'two' && people.test(lower[2]!);
}

/** A plural noun for people: a group noun ("analysts", "residents") or the plural of a noun for a person ("paramedics", "inspectors"). */
export function isGroupWord(word: string): boolean {
  const singular = word.replace(/(?<=[^s])s$/, '');
  return GROUP_NOUNS.has(word) || singular !== word && (PERSON_NOUNS.has(singular) || PERSON_ROLE_NOUNS.has(singular));
}
