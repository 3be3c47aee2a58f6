// Agreements (src/extraction/agreements/) on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractAgreements } from '../../src/extraction/agreements/extract.js';
import { extractStory } from '../../src/extraction/index.js';
import { dropSentenceInitialWords, EntityRegistry, findMentions } from '../../src/extraction/entities.js';
import { layOut } from '../../src/extraction/text.js';
import type { ExtractedAgreement } from '../../src/extraction/types.js';

/** The agreements of a text, with the same layout, mentions and registry as `extractStory`. */
function agreementsOf(text: string, title?: string): ExtractedAgreement[] {
  const layout = layOut(text);
  const mentions = dropSentenceInitialWords(layout.sentences.flatMap((sentence, index) => findMentions(sentence, index)));
  const registry = new EntityRegistry(mentions);
  const agreements = extractAgreements(layout, registry, mentions, title);
  for (const agreement of agreements) expect(text.slice(agreement.start, agreement.end)).toBe(agreement.text);
  return agreements;
}

function only(text: string): ExtractedAgreement {
  const agreements = agreementsOf(text);
  expect(agreements).toHaveLength(1);
  return agreements[0]!;
}

describe('signed agreements', () => {
  it('finds "X and Y signed a ... agreement" with both parties from the sentence', () => {
    const agreement = only('Japan and Canada signed a fisheries agreement in Ottawa on Tuesday.');
    expect(agreement).toMatchObject({ status: 'SIGNED', parties: ['Japan', 'Canada'], text: 'Japan and Canada signed a fisheries agreement', title: 'fisheries agreement', topic: 'fisheries' });
    expect(agreement.confidence).toBeGreaterThan(0.5);
  });

  it('takes the noun phrase and its complement as the title, without "the use of" filler, and the topic after "for ..."', () => {
    const agreement = only('Officials said Chile signed an agreement with Peru for protecting coral reefs through the use of joint patrols and shared satellite data.');
    expect(agreement.status).toBe('SIGNED');
    expect(agreement.parties).toEqual(['Chile', 'Peru']);
    expect(agreement.text).toBe('Chile signed an agreement with Peru for protecting coral reefs through the use of joint patrols and shared satellite data');
    expect(agreement.title).toBe('agreement with Peru for protecting coral reefs through joint patrols and shared satellite data');
    expect(agreement.topic).toBe('coral reefs');
  });

  it('reads "reached a deal", "struck a deal", "inked an accord" and "agreed on"', () => {
    expect(only('Brazil and Argentina reached a deal to lower tariffs on steel, officials said.')).toMatchObject({ status: 'SIGNED', parties: ['Brazil', 'Argentina'], topic: 'tariffs' });
    expect(only('Last week Norway struck a deal with Iceland over mackerel quotas.')).toMatchObject({ status: 'SIGNED', parties: ['Norway', 'Iceland'], topic: 'mackerel quotas' });
    expect(only('Russia and Ukraine agreed on a prisoner exchange.')).toMatchObject({ status: 'SIGNED', parties: ['Russia', 'Ukraine'] });
  });

  it('gives registry names: "U.S." and a capital standing for its country', () => {
    expect(only('The U.S. and Cuba signed a pact on migration.').parties).toEqual(['United States', 'Cuba']);
    expect(only('Washington and Beijing inked an accord on climate cooperation.').parties).toEqual(['United States', 'China']);
    expect(only('The U.S.-Mexico water treaty was signed in Buenos Aires.').parties).toEqual(['United States', 'Mexico']);
  });

  it('finds passives and "X and Y agreed to <do something>"', () => {
    expect(only('A deal between Microsoft and Nintendo was announced on Monday.')).toMatchObject({ status: 'SIGNED', parties: ['Microsoft', 'Nintendo'], title: 'deal between Microsoft and Nintendo' });
    const agreed = only('Germany and France agreed to share intelligence on arms smuggling.');
    expect(agreed).toMatchObject({ status: 'SIGNED', parties: ['Germany', 'France'], title: 'agreement to share intelligence on arms smuggling' });
  });

  it('keeps organisations as parties and leaves out a place where it was signed', () => {
    expect(only('In Geneva, Acme Corp signed a memorandum of understanding with Globex Inc to develop electric buses.')).toMatchObject({
      status: 'SIGNED',
      parties: ['Acme Corp', 'Globex Inc'],
      title: 'memorandum of understanding with Globex Inc to develop electric buses',
      topic: 'electric buses',
    });
  });
});

describe('proposed agreements', () => {
  it('reads negotiating, offering, proposing and planning to sign', () => {
    expect(only('Kenya is negotiating a free trade agreement with Ethiopia.')).toMatchObject({ status: 'PROPOSED', parties: ['Kenya', 'Ethiopia'] });
    expect(only('India offered Pakistan a deal on water sharing.')).toMatchObject({ status: 'PROPOSED', parties: ['India', 'Pakistan'], topic: 'water sharing' });
    expect(only('The European Commission proposed an agreement with Norway on fishing quotas.')).toMatchObject({ status: 'PROPOSED', topic: 'fishing quotas' });
    expect(only('Poland and Ukraine plan to sign a treaty on border crossings next month.')).toMatchObject({ status: 'PROPOSED', title: 'treaty on border crossings' });
    expect(only('Chile has yet to sign the agreement with Peru.')).toMatchObject({ status: 'PROPOSED', parties: ['Chile', 'Peru'] });
  });

  it('reads talks on a deal and being close to one', () => {
    expect(only('Talks on a trade deal between Vietnam and Thailand resumed in Hanoi.')).toMatchObject({ status: 'PROPOSED', parties: ['Vietnam', 'Thailand'], topic: 'trade' });
    expect(only('Negotiators from Iran and the European Union are close to a deal on sanctions relief.')).toMatchObject({ status: 'PROPOSED', parties: ['Iran', 'European Union'] });
  });
});

describe('agreements not reached', () => {
  it('reads failure, collapse, "no deal was reached" and rejection', () => {
    const failed = only('Egypt and Sudan failed to reach an agreement on the dam.');
    expect(failed).toMatchObject({ status: 'NOT_REACHED', parties: ['Egypt', 'Sudan'], text: 'Egypt and Sudan failed to reach an agreement on the dam' });
    expect(only('Talks between Serbia and Croatia collapsed on Friday.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Serbia', 'Croatia'], title: 'talks between Serbia and Croatia' });
    expect(only('No deal was reached between Spain and Portugal on the water dispute.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Spain', 'Portugal'] });
    expect(only('Turkey rejected the deal proposed by Greece on maritime borders.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Turkey', 'Greece'] });
    expect(only('Colombia will not sign the accord with Venezuela.')).toMatchObject({ status: 'NOT_REACHED', text: 'Colombia will not sign the accord with Venezuela' });
    expect(only('The deal between Airbus and Qantas fell through last year.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Airbus', 'Qantas'] });
  });
});

describe('parties the sentence does not name', () => {
  const opening = [
    'Norway and Sweden hold fisheries summit',
    'Norway wants more access to the northern waters, while Sweden has asked for larger quotas. Officials from Norway met their counterparts from Sweden on Monday.',
  ];

  it('gives "both countries" the two main countries of the story', () => {
    const agreements = agreementsOf([...opening, 'Both countries signed an accord on sustainable fishing after the meeting.', 'Sweden said it was pleased.'].join('\n'));
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ status: 'SIGNED', topic: 'sustainable fishing' });
    expect([...agreements[0]!.parties].sort()).toEqual(['Norway', 'Sweden']);
  });

  it('does the same for "the two sides" and for a pronoun subject, with less confidence than named parties', () => {
    const sides = agreementsOf([...opening, 'The two sides failed to reach a deal on quotas.'].join('\n'));
    expect(sides).toHaveLength(1);
    expect(sides[0]!.status).toBe('NOT_REACHED');
    expect([...sides[0]!.parties].sort()).toEqual(['Norway', 'Sweden']);
    const pronoun = agreementsOf([...opening, 'Sweden and Norway are old allies.', 'He spoke to reporters after signing a pact for cleaning up the harbours.'].join('\n'));
    expect(pronoun).toHaveLength(1);
    expect([...pronoun[0]!.parties].sort()).toEqual(['Norway', 'Sweden']);
    expect(pronoun[0]!.confidence).toBeLessThan(only('Japan and Canada signed a fisheries agreement.').confidence);
  });

  it('skips an agreement with fewer than two parties', () => {
    expect(agreementsOf('The two countries signed a pact on nuclear safety.')).toEqual([]);
    expect(agreementsOf('The union and the company reached a tentative agreement late on Sunday.')).toEqual([]);
    expect(agreementsOf('On Friday the Senate approved the deal.')).toEqual([]);
  });
});

describe('what is not an agreement', () => {
  const notAgreements = [
    'I agree with the assessment, Smith said.',
    'There is broad agreement among economists that the recession is over.',
    'Most voters agreed with Clinton on trade, and Sanders agreed with the assessment.',
    'In the debate, Rubio and Cruz agreed that the plan was flawed.',
    'The senator called the new bridge a big deal for Ohio and Michigan.',
    'We will deal with Mexico and Canada later, Trump said.',
    'There was a great deal of anger in Iowa and Ohio.',
    'The governor signed the bill into law on Friday, Smith and Jones said.',
    'Ford said the deal was on, according to Reuters and Bloomberg.',
    'Obama signed an executive order on guns, Clinton said.',
    'Israeli settlements in the West Bank were expanded, Israel and Jordan said.',
    'Polls show that 60 percent of voters in Ohio and Iowa agree with the deal.',
    'The agreement between Spain and Portugal is popular.',
    'Of its own accord, France wrote to Italy.',
    'Trump talks with Clinton were tense.',
  ];
  for (const sentence of notAgreements) {
    it(`finds nothing in "${sentence}"`, () => {
      expect(agreementsOf(sentence)).toEqual([]);
    });
  }

  it('does not read a headline as a report of its own', () => {
    expect(agreementsOf('Japan and Canada sign fisheries deal\nThe two leaders met in Ottawa.')).toEqual([]);
  });
});

describe('behaviour', () => {
  it('is deterministic and in text order', () => {
    const text = 'Egypt and Sudan failed to reach an agreement on the dam. Later, Kenya and Ethiopia signed a pact on trade.';
    const first = agreementsOf(text);
    expect(first.map((agreement) => agreement.status)).toEqual(['NOT_REACHED', 'SIGNED']);
    expect(agreementsOf(text)).toEqual(first);
  });
});

describe('parties no gazetteer knows', () => {
  it('takes two capitalised names joined by "and" as the subject of sign/reach/strike, whatever their kind', () => {
    expect(only('Velmora and Kestria signed a free trade agreement on Wednesday.')).toMatchObject({
      status: 'SIGNED',
      parties: ['Velmora', 'Kestria'],
      text: 'Velmora and Kestria signed a free trade agreement',
      title: 'free trade agreement',
    });
    expect(only('The Brightwater Council and the Ferris Mining Company struck a deal on water use.')).toMatchObject({ status: 'SIGNED', topic: 'water use' });
    expect(only('Brandt Logistics and the Teamsters Local 7 reached a settlement on pensions.').parties).toEqual(['Brandt Logistics', 'Teamsters Local 7']);
    expect(only('Velmora, Kestria and Ostland signed a treaty on river shipping.').parties).toEqual(['Velmora', 'Kestria', 'Ostland']);
  });

  it('reads the subject across titles, time phrases, asides, possessives and "negotiators for"', () => {
    expect(only('Mayor Ana Voss and Governor Teo Brand signed a memorandum on flood defences.').parties).toEqual(['Ana Voss', 'Teo Brand']);
    expect(only('Velmora and Kestria on Tuesday signed an accord on rail links.')).toMatchObject({ parties: ['Velmora', 'Kestria'], text: 'Velmora and Kestria on Tuesday signed an accord on rail links' });
    expect(only('Velmora and Kestria, after years of talks, signed a treaty on their border.').parties).toEqual(['Velmora', 'Kestria']);
    expect(only("Velmora's president and Kestria's prime minister signed a defence pact.").parties).toEqual(['Velmora', 'Kestria']);
    expect(only('Negotiators for Arden Foods and the Meatpackers Guild struck a deal late on Sunday.')).toMatchObject({ parties: ['Arden Foods', 'Meatpackers Guild'], title: 'deal' });
  });

  it('pairs a named subject with "with B" and an offer with its indirect object', () => {
    expect(only('Velmora signed a deal with Kestria on grain exports.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'], topic: 'grain exports' });
    expect(only('Velmora offered Kestria a deal on grain exports.')).toMatchObject({ status: 'PROPOSED', parties: ['Velmora', 'Kestria'] });
    expect(only("Velmora's parliament ratified the treaty with Kestria on Monday.").parties).toEqual(['Velmora', 'Kestria']);
  });

  it('reads a demonym as the place the story names', () => {
    const agreements = agreementsOf('Velmora and Kestria have long quarrelled over the Sarn river. The Velmoran and Kestrian governments signed a pact on migration.');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ parties: ['Velmora', 'Kestria'], text: 'The Velmoran and Kestrian governments signed a pact on migration' });
  });

  it('does not take a name that only describes another, or a place before the subject', () => {
    expect(only('In Portlow, Velmora and Kestria signed an accord on water sharing.')).toMatchObject({ parties: ['Velmora', 'Kestria'], text: 'Velmora and Kestria signed an accord on water sharing' });
  });
});

describe('passives and asides', () => {
  it('takes the parties from "signed ... by A and B" after the agreement', () => {
    expect(only('The agreement, signed on Saturday by the Harbour Authority and the Dockworkers Union, runs for three years.')).toMatchObject({
      status: 'SIGNED',
      parties: ['Harbour Authority', 'Dockworkers Union'],
      text: 'The agreement, signed on Saturday by the Harbour Authority and the Dockworkers Union',
    });
    expect(only('The deal was signed by Velmora and Kestria in Portlow.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'] });
    expect(only('A ceasefire agreed by Velmora and Kestria took effect at midnight.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'] });
  });

  it('reads multi-word names with "of" and a weak noun with named signers', () => {
    expect(only('A contract signed last month by Local 12 of the Amalgamated Dockworkers and the Port of Saltmere raised wages.')).toMatchObject({
      status: 'SIGNED',
      parties: ['Local 12 of the Amalgamated Dockworkers', 'Port of Saltmere'],
      text: 'A contract signed last month by Local 12 of the Amalgamated Dockworkers and the Port of Saltmere',
    });
  });

  it('covers an aside up to its comma', () => {
    expect(only('The accord between Velmora and Kestria, signed in Portlow on Friday, ends a decade of disputes.')).toMatchObject({
      status: 'SIGNED',
      parties: ['Velmora', 'Kestria'],
      text: 'The accord between Velmora and Kestria, signed in Portlow on Friday',
    });
  });

  it('does not repeat an agreement the story told before', () => {
    const agreements = agreementsOf('The Harbour Authority and the Dockworkers Union signed a pay agreement on Friday. The agreement, signed at the port by the Harbour Authority and the Dockworkers Union, raises pay.');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.title).toBe('pay agreement');
  });
});

describe('agreements not reached, with the sides from the story', () => {
  const signed = 'Velmora and Kestria signed a free trade agreement on Wednesday.';

  it('reads "failed, however, to reach an agreement on X" and gives "they" the parties of the other agreement', () => {
    const agreements = agreementsOf(`${signed} They failed, however, to reach an agreement on fishing rights.`);
    expect(agreements).toHaveLength(2);
    expect(agreements[1]).toMatchObject({
      status: 'NOT_REACHED',
      parties: ['Velmora', 'Kestria'],
      topic: 'fishing rights',
      text: 'They failed, however, to reach an agreement on fishing rights',
    });
    expect(agreements[1]!.confidence).toBeLessThan(agreements[0]!.confidence);
  });

  it('gives "the two governments" the pair the story names together when there is no other agreement', () => {
    const agreements = agreementsOf('Velmora and Kestria are old rivals. Their leaders met in Portlow on Monday. The two governments failed to reach an agreement on fishing rights.');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ status: 'NOT_REACHED', parties: ['Velmora', 'Kestria'], title: 'agreement on fishing rights' });
  });

  it('takes the headline pair, and the nearest agreement when several fit', () => {
    const story = agreementsOf('Velmora and Kestria sign trade pact\nThe two neighbours signed the pact in Portlow on Tuesday. The two governments failed, however, to reach an agreement on fishing rights.');
    expect(story.map((agreement) => [agreement.status, agreement.parties])).toEqual([
      ['SIGNED', ['Velmora', 'Kestria']],
      ['NOT_REACHED', ['Velmora', 'Kestria']],
    ]);
    const two = agreementsOf(`${signed} In June, Kestria and Ostland signed a deal on rail freight. They failed to reach an agreement on tolls.`);
    expect(two.at(-1)).toMatchObject({ status: 'NOT_REACHED', parties: ['Kestria', 'Ostland'] });
  });

  it('reads "the deal" rejected by one of its parties as the end of the deal told before: one agreement, its status changed', () => {
    const agreements = agreementsOf('Velmora and Kestria signed a trade pact in May. Kestria later rejected the deal.');
    expect(agreements).toHaveLength(1);
    // (Its evidence is the report of its final status: merge.final-evidence.)
    expect(agreements[0]).toMatchObject({ status: 'NOT_REACHED', parties: ['Velmora', 'Kestria'], text: 'Kestria later rejected the deal', rule: 'noun.reject-verb' });
    expect(agreementsOf('Velmora and Kestria signed a trade pact in May. Ostland rejected the deal.')).toHaveLength(1);
  });

  it('reads a named failure with "with" and "could not agree on"', () => {
    expect(only('Velmora failed to reach an agreement with Kestria on fishing rights.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Velmora', 'Kestria'], topic: 'fishing rights' });
    expect(only('Velmora and Kestria could not agree on a price for gas.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Velmora', 'Kestria'] });
  });
});

describe('proposals without the word agreement', () => {
  it('reads "agreed to propose X" and "proposed X" with the object as title', () => {
    expect(only('Velmora and Kestria agreed to propose a joint commission on customs checks.')).toMatchObject({
      status: 'PROPOSED',
      parties: ['Velmora', 'Kestria'],
      title: 'joint commission on customs checks',
      topic: 'customs checks',
      text: 'Velmora and Kestria agreed to propose a joint commission on customs checks',
    });
    expect(only('Velmora and Kestria proposed a joint task force to fight smuggling.')).toMatchObject({ status: 'PROPOSED', title: 'joint task force to fight smuggling', topic: 'smuggling' });
    expect(only('Velmora proposed a joint task force with Kestria.')).toMatchObject({ status: 'PROPOSED', parties: ['Velmora', 'Kestria'] });
    expect(only('Velmora offered a joint patrol of the strait to Kestria.')).toMatchObject({ status: 'PROPOSED', parties: ['Velmora', 'Kestria'] });
  });

  it('gives "they also agreed to propose" the parties of the story', () => {
    const agreements = agreementsOf('Velmora and Kestria signed a free trade agreement. They also agreed to propose a joint commission on customs checks.');
    expect(agreements.map((agreement) => [agreement.status, agreement.title, agreement.parties])).toEqual([
      ['SIGNED', 'free trade agreement', ['Velmora', 'Kestria']],
      ['PROPOSED', 'joint commission on customs checks', ['Velmora', 'Kestria']],
    ]);
  });

  const notProposals = [
    'The mayor proposed a new parking tax.',
    'Smith and Jones proposed the idea last year.',
    'Senators Holt and Maren proposed a bill to cap rents.',
    'Polls suggested the race between Holt and Maren was tight.',
    'Velmora offered Kestria a loan.',
    'Velmora proposed a joint task force to fight smuggling.',
  ];
  for (const sentence of notProposals) {
    it(`finds nothing in "${sentence}"`, () => {
      expect(agreementsOf(sentence)).toEqual([]);
    });
  }
});

describe('quotations and elaborations', () => {
  const signed = 'Velmora and Kestria signed a trade pact in May.';

  it('does not read "they signed a deal" in a quotation by a third party as an agreement', () => {
    for (const quote of ['“They signed a deal for car parts and left us out,” said a fisherman in Portlow, Ilse Marten.', "'They signed a deal for car parts and left us out,' said a fisherman.", '‘They signed a deal for car parts,’ said Ilse Marten of the Portlow Fishers Union.']) {
      const agreements = agreementsOf(`${signed} ${quote}`);
      expect(agreements).toHaveLength(1);
      expect(agreements[0]!.title).toBe('trade pact');
    }
    expect(agreementsOf('“We signed a deal with Kestria today,” the Velmoran trade minister said.')).toEqual([]);
  });

  it('keeps a quoted agreement between two named parties, with less confidence', () => {
    const quoted = only('“Velmora signed a deal with Kestria and left us out,” said a fisherman.');
    expect(quoted).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'], text: 'Velmora signed a deal with Kestria' });
    expect(quoted.confidence).toBeLessThan(only('Velmora signed a deal with Kestria.').confidence);
  });

  it('does not make a second agreement of "Under the deal, ..."', () => {
    const agreements = agreementsOf(`${signed} Under the deal, Velmora will cut tariffs on Kestrian cheese by half. Under the new pact, Kestria will buy Velmoran gas.`);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ status: 'SIGNED', title: 'trade pact', text: 'Velmora and Kestria signed a trade pact' });
  });
});

describe('each status form, and the rule that read it', () => {
  const statusOf = (text: string) => {
    const { status, rule } = only(text);
    return { status, rule };
  };

  it('SIGNED: signed, completed, ratified, a purchase made, a completed purchase of a stake, a merger to go ahead', () => {
    expect(statusOf('Velmora and Kestria signed a border treaty on Friday.')).toEqual({ status: 'SIGNED', rule: 'noun.sign-verb' });
    expect(statusOf('Velmora and Kestria ratified the border treaty.')).toEqual({ status: 'SIGNED', rule: 'noun.sign-verb' });
    expect(statusOf('Pellworth Bank completed its purchase of Castell Savings.')).toEqual({ status: 'SIGNED', rule: 'takeover.of' });
    expect(statusOf('Dunmore Foods completed the purchase of a 40% stake in Harlow Mills.')).toEqual({ status: 'SIGNED', rule: 'takeover.of' });
    expect(statusOf('Dunmore Foods bought Harlow Mills in March.')).toEqual({ status: 'SIGNED', rule: 'purchase.verb' });
    expect(statusOf('Dunmore Foods has agreed to buy Harlow Mills.')).toEqual({ status: 'SIGNED', rule: 'purchase.verb' });
    expect(statusOf('The merger of grain trader Dunmore Foods and miller Harlow Mills is to go ahead.')).toEqual({ status: 'SIGNED', rule: 'merger.of' });
    expect(statusOf('Harlow Mills accepted an improved offer from Dunmore Foods.')).toEqual({ status: 'SIGNED', rule: 'bid.for' });
  });

  it('PROPOSED: offered, proposed, in talks, plans to', () => {
    expect(statusOf('Dunmore Foods offered to buy Harlow Mills for £300m.')).toEqual({ status: 'PROPOSED', rule: 'purchase.verb' });
    expect(statusOf('Dunmore Foods made a £300m offer for Harlow Mills.')).toEqual({ status: 'PROPOSED', rule: 'bid.for' });
    expect(statusOf('Velmora proposed a fishing pact with Kestria.')).toEqual({ status: 'PROPOSED', rule: 'noun.propose-verb' });
    expect(statusOf('Velmora is in talks with Kestria on a fishing pact.').status).toBe('PROPOSED');
    expect(statusOf('Dunmore Foods plans to buy Harlow Mills.')).toEqual({ status: 'PROPOSED', rule: 'purchase.verb' });
  });

  it('NOT_REACHED: rejected, failed, collapsed, broke down; a rejected takeover offer', () => {
    expect(statusOf('Harlow Mills rejected a takeover bid from Dunmore Foods.')).toEqual({ status: 'NOT_REACHED', rule: 'bid.for' });
    expect(statusOf('Velmora and Kestria failed to reach a deal on fishing.')).toEqual({ status: 'NOT_REACHED', rule: 'noun.sign-verb' });
    expect(statusOf('Talks between Velmora and Kestria collapsed.')).toEqual({ status: 'NOT_REACHED', rule: 'talks.failed' });
    expect(statusOf('Talks between Velmora and Kestria ended without agreement.').status).toBe('NOT_REACHED');
    expect(statusOf('Talks between Velmora Rail and the Northern Union aimed at averting a strike have ended without agreement.')).toEqual({ status: 'NOT_REACHED', rule: 'talks.failed' });
    expect(statusOf('Talks between Velmora and Kestria broke down on Friday.')).toEqual({ status: 'NOT_REACHED', rule: 'talks.failed' });
  });

  it('WITHDRAWN: pulled out of, withdrew from, withdrew a bid, lost a concession', () => {
    expect(statusOf('Kestria pulled out of the fishing treaty with Velmora.')).toEqual({ status: 'WITHDRAWN', rule: 'noun.withdraw-verb' });
    expect(statusOf('Kestria withdrew from its gas contract with Velmora.')).toEqual({ status: 'WITHDRAWN', rule: 'noun.withdraw-verb' });
    expect(statusOf('Dunmore Foods withdrew its bid for Harlow Mills.')).toEqual({ status: 'WITHDRAWN', rule: 'bid.for' });
    expect(only('Bramley Water lost a water concession in Ostrava last year.')).toMatchObject({ status: 'WITHDRAWN', parties: ['Bramley Water', 'Ostrava'] });
  });

  it('lets a later sentence change the status of an agreement told before', () => {
    expect(agreementsOf('Dunmore Foods offered to buy Harlow Mills for £300m. Harlow Mills rejected the offer on Monday.')).toEqual([
      expect.objectContaining({ status: 'NOT_REACHED', parties: ['Dunmore Foods', 'Harlow Mills'], rule: 'bid.for', text: 'Harlow Mills rejected the offer' }),
    ]);
    expect(agreementsOf('Velmora and Kestria signed a trade pact in May. In October Kestria pulled out of the pact.')).toEqual([
      expect.objectContaining({ status: 'WITHDRAWN', parties: ['Velmora', 'Kestria'] }),
    ]);
  });

  it('tells one deal between two firms once, but a fresh offer for the rest of a firm is a deal of its own', () => {
    const told = agreementsOf('Pellworth Bank completed its takeover of Castell Savings. Pellworth Bank\'s long fight to acquire Castell Savings had lasted a year.');
    expect(told).toEqual([expect.objectContaining({ status: 'SIGNED', parties: ['Pellworth Bank', 'Castell Savings'] })]);
    const stake = agreementsOf('Dunmore Foods said it had bought 60% of Harlow Mills, and offered to buy the remaining shares for £2 each.');
    expect(stake.map(({ status, parties }) => ({ status, parties }))).toEqual([
      { status: 'SIGNED', parties: ['Dunmore Foods', 'Harlow Mills'] },
      { status: 'PROPOSED', parties: ['Dunmore Foods', 'Harlow Mills'] },
    ]);
  });
});

describe('each party form', () => {
  const partiesOf = (text: string) => only(text).parties;

  it('reads the subject, "between A and B", "with B" and "by A and B"', () => {
    expect(partiesOf('Velmora and Kestria signed a border treaty.')).toEqual(['Velmora', 'Kestria']);
    expect(partiesOf('A deal between Velmora and Kestria was signed on Monday.')).toEqual(['Velmora', 'Kestria']);
    expect(partiesOf('Velmora signed a deal with Kestria.')).toEqual(['Velmora', 'Kestria']);
    expect(partiesOf('The treaty, signed on Monday by Velmora and Kestria, opens the border.')).toEqual(['Velmora', 'Kestria']);
  });

  it('reads the buyer and the firm bought across the words that describe them', () => {
    expect(partiesOf("Dunmore Foods said it had bought all of Ostland's Harlow Mills.")).toEqual(['Dunmore Foods', 'Harlow Mills']);
    expect(partiesOf('The merger of grain trader Dunmore Foods and miller Harlow Mills is to go ahead.')).toEqual(['Dunmore Foods', 'Harlow Mills']);
    expect(partiesOf('Castell Savings was snapped up by Pellworth Bank in May.')).toEqual(['Pellworth Bank', 'Castell Savings']);
  });

  it('resolves an acronym to the full name the story gives', () => {
    const agreements = agreementsOf('Members of the Northern Rail Union (NRU) want higher pay. On Monday the NRU signed a pay deal with Castell Savings.');
    expect(agreements).toEqual([expect.objectContaining({ parties: ['Northern Rail Union', 'Castell Savings'], status: 'SIGNED' })]);
  });

  it('makes the firm the party, not the person who speaks for it', () => {
    expect(partiesOf('Ann Price, the chief executive of Dunmore Foods, said it would buy Harlow Mills.')).toEqual(['Dunmore Foods', 'Harlow Mills']);
    expect(partiesOf('Ann Price, the chief executive of Dunmore Foods, said the company would buy Harlow Mills.')).toEqual(['Dunmore Foods', 'Harlow Mills']);
  });

  it('does not buy goods as if they were a firm ("buy Velmoran gas")', () => {
    expect(agreementsOf('Kestria will buy Velmoran gas for ten years.')).toEqual([]);
  });
});

describe('names of programmes, schemes and laws', () => {
  it('are no agreements by themselves, whatever "deal", "pact" or "accord" they contain', () => {
    expect(agreementsOf('The New Deal for Communities scheme will fund 40 projects, and the Green Deal programme has signed up 300 firms.')).toEqual([]);
    expect(agreementsOf('Under the Fair Work Accord law, employers must publish pay gaps.')).toEqual([]);
  });

  it('are agreements when the text reports parties agreeing to them', () => {
    expect(only('Velmora and Kestria signed the Blue River Pact on Monday.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'] });
  });
});

describe('deals between firms, more forms', () => {
  it('reads goods ordered from a firm or sold to one, and a joint venture formed', () => {
    expect(only('Pellworth Air ordered 20 planes from Skyward Aircraft.')).toMatchObject({ status: 'SIGNED', parties: ['Pellworth Air', 'Skyward Aircraft'], rule: 'purchase.verb' });
    expect(only('Skyward Aircraft has sold ten jets to Pellworth Air.')).toMatchObject({ status: 'SIGNED', parties: ['Skyward Aircraft', 'Pellworth Air'] });
    expect(only('Dunmore Foods and Harlow Mills formed a joint venture to make flour.')).toMatchObject({ status: 'SIGNED', parties: ['Dunmore Foods', 'Harlow Mills'] });
    expect(agreementsOf('The trip was a risky venture for Dunmore Foods and Harlow Mills.')).toEqual([]);
  });

  it('reads an acronym without brackets as the name whose initials it is, and a new bid after a rejected one as a new attempt', () => {
    const agreements = agreementsOf('The London Stock Exchange rejected an offer from Dunmore Foods. Another Dunmore Foods bid for LSE is expected.');
    expect(agreements.map(({ status, parties }) => ({ status, parties }))).toEqual([
      { status: 'NOT_REACHED', parties: ['Dunmore Foods', 'London Stock Exchange'] },
      { status: 'PROPOSED', parties: ['Dunmore Foods', 'London Stock Exchange'] },
    ]);
  });

  it('reads "its contemplated acquisition" as a proposal', () => {
    expect(only('Dunmore Foods confirmed its contemplated acquisition of Harlow Mills.')).toMatchObject({ status: 'PROPOSED', parties: ['Dunmore Foods', 'Harlow Mills'], rule: 'takeover.of' });
  });
});

describe('the firm bought, named later; conditions; titles', () => {
  it('gives "to buy one of the country\'s banks" the firm the story names next as bought, told once', () => {
    const agreements = agreementsOf("Ostland-based lender Pellworth Bank said it would spend $2bn (£1.5bn) to buy one of Velmora's biggest banks. Pellworth Bank said acquiring Castell Savings fulfilled a long-held aim.");
    expect(agreements).toEqual([expect.objectContaining({ status: 'SIGNED', parties: ['Pellworth Bank', 'Castell Savings'], text: 'it would spend $2bn (£1.5bn) to buy' })]);
  });

  it('reads "had it taken over B" as a condition, not a deal', () => {
    expect(agreementsOf('Its share would have been larger had it also taken over Castell Savings.')).toEqual([]);
  });

  it('never makes a title without a name a party', () => {
    expect(agreementsOf('Last week the Planning Minister was in discussions with Castell Savings about a stake.')).toEqual([]);
  });
});

describe('who bids', () => {
  it('reads the bidder from a plural possessive, a pronoun subject and a relative clause', () => {
    expect(only("Dunmore Foods' takeover bid for the Castell Stock Exchange was rejected.")).toMatchObject({ status: 'NOT_REACHED', parties: ['Dunmore Foods', 'Castell Stock Exchange'] });
    expect(only('Dunmore Group has said it is considering a takeover bid for the Castell Stock Exchange.')).toMatchObject({ status: 'PROPOSED', parties: ['Dunmore Group', 'Castell Stock Exchange'] });
    expect(only('Dunmore Group, which made a 530p-a-share offer for the Castell Stock Exchange, said it was confident.')).toMatchObject({ status: 'PROPOSED', parties: ['Dunmore Group', 'Castell Stock Exchange'] });
    expect(only('Castell United rejected an approach from Pat Morrow in October.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Pat Morrow', 'Castell United'] });
  });
});

describe('a body of many members agrees as one party', () => {
  it('reads "the G8 had agreed in 1970 to ..." and "EU leaders agreed on Friday to ..." with the body as the one party', () => {
    expect(only('The report said the G8 of rich nations had agreed in 1970 to spend more on aid.')).toMatchObject({ status: 'SIGNED', parties: ['G8'], rule: 'agreed.collective' });
    expect(only('EU leaders agreed on Friday to cut farm subsidies.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.collective' });
    expect(agreementsOf('The Velmora Rowing Club agreed on Friday to buy new boats.')).toEqual([]);
  });

  it('reads "agreed last week to" across the time phrase', () => {
    expect(only('Velmora and Kestria agreed last week to cut tariffs.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'], rule: 'agreed.joint-subject' });
  });
});

describe('more party forms', () => {
  it('names "the government" by the country the story gives it', () => {
    const agreements = agreementsOf('The Chilean government wants more investment. Bramley Water and the government signed an agreement to renegotiate its water contract.');
    expect(agreements).toEqual([expect.objectContaining({ status: 'SIGNED', parties: ['Bramley Water', 'Chilean government'] })]);
  });

  it('makes "deals with B and C" one deal with each', () => {
    const agreements = agreementsOf('Skyward Aircraft has signed deals with Pellworth Air and Castell Airways.');
    expect(agreements.map((agreement) => agreement.parties)).toEqual([['Skyward Aircraft', 'Pellworth Air'], ['Skyward Aircraft', 'Castell Airways']]);
  });
});

describe('orders, contracts won and planned ventures', () => {
  it('makes the maker of counted goods the other side of an order, without its model', () => {
    expect(only('Pellworth Air has ordered 30 Skyward A320 planes.')).toMatchObject({ status: 'SIGNED', parties: ['Pellworth Air', 'Skyward'] });
    expect(only('Castell Airways signed a deal to buy five Skyward jets.')).toMatchObject({ status: 'SIGNED', parties: ['Castell Airways', 'Skyward'], rule: 'purchase.verb' });
  });

  it('reads a contract won from a client, and a joint venture planned', () => {
    expect(only('Skyward Aircraft won a contract from Castell Airways to service its fleet.')).toMatchObject({ status: 'SIGNED', parties: ['Skyward Aircraft', 'Castell Airways'] });
    expect(only('Castell Engines and Dunmore Motors plan a joint venture to make engine parts.')).toMatchObject({ status: 'PROPOSED', parties: ['Castell Engines', 'Dunmore Motors'] });
  });
});

describe('a short first paragraph', () => {
  const body = 'Caldora and Estemar signed a fisheries agreement on Tuesday.\n\nThe deal, reached after two years of talks, sets quotas for the northern banks.';

  it('is the lede, with its agreement, when the story has a title of its own', () => {
    const { agreements } = extractStory({ body, title: 'Fisheries pact signed' });
    expect(agreements.map((agreement) => [agreement.status, [...agreement.parties].sort()])).toEqual([['SIGNED', ['Caldora', 'Estemar']]]);
  });

  it('is taken for the headline when the body carries none', () => {
    expect(extractStory({ body: `Fisheries pact signed\n\n${body}` }).agreements).toHaveLength(1);
  });
});

describe('sides named as groups (party.group)', () => {
  it('reads a group after "with" a participle, and "they" for a group that opened the sentence before (noun.participle-with, party.they-group)', () => {
    const agreement = only('The budget airlines rejected the complaint. They said they had honoured a deal struck in 2003 with 12 councils.');
    expect(agreement).toMatchObject({ status: 'SIGNED', parties: ['budget airlines', '12 councils'], rule: 'noun.participle-with' });
  });

  it('does not make a group of "the firms" alone, nor of "two" or "both" firms', () => {
    expect(agreementsOf('The firms rejected the complaint. They said they had honoured a deal struck in 2003 with 12 councils.').map((agreement) => agreement.parties)).not.toContainEqual(['firms', '12 councils']);
    expect(agreementsOf('Both firms kept to a deal.')).toEqual([]);
  });

  it('takes the sides of failed talks from a meeting told in the next sentence (party.met-next)', () => {
    const agreement = only('Dock dispute\n\nNegotiations intended to head off dock strikes broke down on Friday.\n\nThree port unions met Minister Ann Holt at her office the day before.');
    expect(agreement).toMatchObject({ status: 'NOT_REACHED', parties: ['three port unions', 'Ann Holt'], rule: 'talks.failed' });
  });
});

describe('an agreement that is there (noun.existential)', () => {
  it('gives "there is now an agreement" to the one collective body the sentence names', () => {
    const agreement = only('Tariff row\n\nAfter a year of quarrels, there is now an agreement within the African Union to lower tariffs on grain.');
    expect(agreement).toMatchObject({ status: 'SIGNED', parties: ['African Union'], rule: 'noun.existential+collective' });
  });

  it('reads "there was no agreement" as not reached, with the sides after "between"', () => {
    expect(only('Quota talks\n\nThere was no agreement between Velmora and Kestria on fishing quotas.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Velmora', 'Kestria'], rule: 'noun.existential' });
  });
});

describe('two sides announcing together (announced.joint-subject)', () => {
  it('makes a joint announcement of two named firms a deal between them', () => {
    expect(only('Phone news\n\nDunmore Telecom and Pellworth Music announced on Monday that Dunmore phones would carry the Pellworth radio app.')).toMatchObject({ status: 'SIGNED', parties: ['Dunmore Telecom', 'Pellworth Music'], rule: 'announced.joint-subject' });
  });

  it('reads announced plans as a proposal, and leaves out separate announcements and a single firm', () => {
    expect(only('Phone news\n\nDunmore Telecom and Pellworth Music announced plans to sell phones with the player built in.')).toMatchObject({ status: 'PROPOSED', rule: 'announced.joint-subject' });
    expect(agreementsOf('Phone news\n\nBoth Dunmore Telecom and Pellworth Music announced losses for the year.')).toEqual([]);
    expect(agreementsOf('Phone news\n\nDunmore Telecom announced a new handset on Monday.')).toEqual([]);
  });
});

describe('reports that are not an agreement of the story\'s two sides', () => {
  it('does not read talks that only set the time of something else as talks under way (talks.backdrop)', () => {
    expect(agreementsOf('Cabinet news\n\nTwo days after her last talks with Mrs Dorn, Ms Vale announced she would step down.')).toEqual([]);
    expect(agreementsOf('Cabinet news\n\nMs Vale flew home to Portlow after her talks with Mrs Dorn.')).toEqual([]);
    expect(only('Cabinet news\n\nVelmora held trade talks with Kestria on Monday.')).toMatchObject({ status: 'PROPOSED', rule: 'talks.under-way' });
  });

  it('does not give a settlement "with" a described person to the story\'s two main countries (party.described-other)', () => {
    const text = 'Norway and Chile clash\n\nNorway and Chile held a summit in Oslo. Norway and Chile discussed fishing rights. Norway and Chile met again in Chile. Officials said they had reached a settlement with the former guard.';
    expect(agreementsOf(text).filter((agreement) => agreement.parties.includes('Norway'))).toEqual([]);
  });
});

describe('a collective body as the one party (noun.*-verb+collective)', () => {
  it('gives an agreement signed or proposed by a body of many members that one party', () => {
    expect(only('Summit news\n\nAfrican Union leaders signed a treaty on water rights in Accra.')).toMatchObject({ status: 'SIGNED', parties: ['African Union'], rule: 'noun.sign-verb+collective' });
    expect(only('Summit news\n\nThe G20 proposed a pact on shipping fuel.')).toMatchObject({ status: 'PROPOSED', parties: ['G20'] });
  });

  it('takes a counted group of the body\'s members for the body', () => {
    expect(only('Summit news\n\nThe 30 African Union states signed a treaty on river rights.')).toMatchObject({ status: 'SIGNED', parties: ['African Union'] });
  });

  it('keeps the other side when the clause names one', () => {
    expect(only('Summit news\n\nThe African Union signed a trade deal with Brazil.')).toMatchObject({ status: 'SIGNED', parties: ['African Union', 'Brazil'], rule: 'noun.sign-verb' });
  });
});

describe('party leaders and the pacts of their parties', () => {
  const story = 'Coalition news\n\nThe Unionists and the Greens both won seats in the vote. The Unionists then pressed for a Unionist-Green pact.';

  it('reads a hyphenated pair of names the story also writes alone as the two sides of the pact (party.hyphen-pair)', () => {
    expect(only(story)).toMatchObject({ status: 'PROPOSED', parties: ['Unionist', 'Green'], rule: 'noun.propose-verb' });
  });

  it('makes a leader stand for the party, the other person for the other side, and the failure the end of the proposal (party.leader, merge.leader-for-party, merge.failed-proposal)', () => {
    const text = `${story} Green leader Ana Toma met Paul Bell on Friday. Talks between Ana Toma and Paul Bell collapsed a day later.`;
    const agreement = only(text);
    expect(agreement).toMatchObject({ status: 'NOT_REACHED', parties: ['Unionist', 'Green'], rule: 'talks.failed' });
    expect(agreement.text).toBe('Talks between Ana Toma and Paul Bell collapsed');
  });

  it('keeps the people as the sides when no pact of their parties was told before', () => {
    expect(only('Coalition news\n\nGreen leader Ana Toma met Paul Bell on Friday. Talks between Ana Toma and Paul Bell collapsed a day later.').parties).toEqual(['Green', 'Paul Bell']);
  });
});

describe('something given for something back (exchange.in-return)', () => {
  const story = 'Water row\n\nVelmora and Hartwell Water signed a supply contract in 2001. He said a state loan could be granted in return for a share of the profits. He added that Velmora is in talks with Hartwell Water about the loan.';

  it('reads an offer in return for something as a proposal of the story\'s sides, and the talks after it as its negotiation (merge.talks-on-proposal)', () => {
    expect(agreementsOf(story).map(({ status, parties, rule }) => ({ status, parties, rule }))).toEqual([
      { status: 'SIGNED', parties: ['Velmora', 'Hartwell Water'], rule: 'noun.sign-verb' },
      { status: 'PROPOSED', parties: ['Velmora', 'Hartwell Water'], rule: 'exchange.in-return' },
    ]);
  });

  it('takes an exchange between the two sides of a deal told before as a term of that deal', () => {
    expect(only('Bank merger\n\nThe merger of Castell Bank and Pellworth Savings is to go ahead. Castell Bank will get 60% of the new group in exchange for Pellworth Savings.')).toMatchObject({ rule: 'merger.of' });
  });

  it('does not read a refusal to exchange as a deal', () => {
    const refused = agreementsOf('Water row\n\nVelmora and Hartwell Water signed a supply contract in 2001. He said a state loan would not be granted in return for a share of the profits.');
    expect(refused.map((agreement) => agreement.rule)).toEqual(['noun.sign-verb']);
  });
});

describe('what was agreed as a direct object (agreed.*)', () => {
  it('reads "agreed a plan" of a collective body or of two named sides, and leaves one side\'s "agreed a pay rise" alone', () => {
    expect(only('News\n\nAfrican Union trade ministers agreed a new set of customs rules.')).toMatchObject({ status: 'SIGNED', parties: ['African Union'], rule: 'agreed.collective' });
    expect(only('News\n\nVelmora and Kestria agreed a plan to share the river.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'], rule: 'agreed.joint-subject' });
    expect(agreementsOf('News\n\nThe union agreed a pay rise.')).toEqual([]);
  });
});

describe('orders named by their noun (order.noun)', () => {
  it('reads an order placed with a maker and an order won from a buyer, the buyer first', () => {
    expect(only('News\n\nKestrel Air placed an order for 20 jets with Skyward Aircraft.')).toMatchObject({ status: 'SIGNED', parties: ['Kestrel Air', 'Skyward Aircraft'], rule: 'order.noun' });
    expect(only('News\n\nSkyward Aircraft won a £2bn order from Kestrel Air for 30 planes.')).toMatchObject({ status: 'SIGNED', parties: ['Kestrel Air', 'Skyward Aircraft'], rule: 'order.noun' });
  });

  it('leaves out orders no one placed or won', () => {
    expect(agreementsOf('News\n\nIn order to win, Kestrel Air placed its bets with Skyward.')).toEqual([]);
    expect(agreementsOf('News\n\nThe judge made an order against Kestrel Air.')).toEqual([]);
  });
});

// Forms added for issue 16 (agreements on unseen news). Every sentence here is written for these tests.
describe('parties whose names end in a title word (party.title-qualifier)', () => {
  it('keeps a firm named "... Energy" and a party named "Labour" as parties', () => {
    expect(only('Shares in Kelso Energy rose.\n\nKelso Energy has signed a sponsorship deal with Halvern United.')).toMatchObject({ status: 'SIGNED', parties: ['Kelso Energy', 'Halvern United'] });
    expect(only('The party gained seats.\n\nLabour and the Liberal Democrats formed a coalition.')).toMatchObject({ status: 'SIGNED', parties: ['Labour', 'Liberal Democrats'] });
  });

  it('reads a coalition only when sides form it, not "a coalition of charities"', () => {
    expect(agreementsOf('News\n\nA coalition of charities urged Kestria to act.')).toEqual([]);
  });
});

describe('two firms acting together, read from the verb (merger.verb, partner.verb)', () => {
  it('reads mergers agreed, planned, done and failed', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors and Dextra are to merge.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'merger.verb' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors said it plans to merge with Dextra.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'], rule: 'merger.verb' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors merged with its rival Dextra in 2001.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors failed to merge with Dextra.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Halvern Motors', 'Dextra'] });
  });

  it('reads "teamed up with", "joined forces with", and not "its partners"', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors teamed up with Dextra to build electric buses.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'partner.verb' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors has joined forces with Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'partner.verb' });
    expect(agreementsOf('Shares in Dextra rose.\n\nHalvern Motors and its partners met Dextra.')).toEqual([]);
  });
});

describe('offers and approaches for a firm (bid.*)', () => {
  it('reads a purchase "in talks", an approach by its verb and a takeover approach by its noun', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors is in talks to buy Dextra.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'], rule: 'purchase.verb' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors has approached Dextra about a possible takeover.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'], rule: 'bid.approach' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors made a takeover approach to Dextra last month.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'] });
    expect(agreementsOf('The spy wrote letters.\n\nHe made an approach to Scotland Yard in 1999.')).toEqual([]);
  });

  it('reads the target after a subordinator, a board for its firm, and refusals', () => {
    expect(only('Shares in Dextra rose.\n\nKremer Bank abandoned its bid for Dextra after shareholders objected.')).toMatchObject({ parties: ['Kremer Bank', 'Dextra'] });
    expect(only('Shares in Dextra rose.\n\nThe board of Dextra recommended the offer from Halvern Motors.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
    expect(only('Shares in Dextra rose.\n\nDextra has said it will not accept the offer from Halvern Motors.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Dextra', 'Halvern Motors'] });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors\' £600m offer was rejected by Dextra in October.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Halvern Motors', 'Dextra'] });
    expect(only('Ronald Pike wants Dextra.\n\nThe Dextra board rejected proposals from Ronald Pike.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Ronald Pike', 'Dextra'] });
  });

  it('reads offers priced per share, offers that value a firm, and rival bidders', () => {
    expect(only('Shares in Dextra rose.\n\nKremer Bank has tabled a 530p a share offer for Dextra.')).toMatchObject({ status: 'PROPOSED', parties: ['Kremer Bank', 'Dextra'] });
    expect(only('Shares in Dextra rose.\n\nKremer Bank\'s offer values Dextra at £2bn.')).toMatchObject({ status: 'PROPOSED', parties: ['Kremer Bank', 'Dextra'] });
    const rivals = agreementsOf('Shares in Dextra rose.\n\nKremer Bank and Halvern Motors are both considering bids for Dextra.');
    expect(rivals.map((agreement) => [...agreement.parties].sort())).toEqual([['Dextra', 'Kremer Bank'], ['Dextra', 'Halvern Motors']]);
    expect(rivals.every((agreement) => agreement.status === 'PROPOSED' && agreement.rule === 'bid.rivals')).toBe(true);
  });
});

describe('talks left (talks.walked-out)', () => {
  it('reads a side walking away from talks as no deal, and not a side that did not', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors walked away from talks with Dextra.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Halvern Motors', 'Dextra'], rule: 'talks.walked-out' });
    expect(agreementsOf('Shares in Dextra rose.\n\nHalvern Motors did not walk away from talks with Dextra.').map((agreement) => agreement.rule)).not.toContain('talks.walked-out');
  });
});

describe('bodies of many members (collective)', () => {
  it('reads a treaty or a constitution signed by a body, and plans it backed', () => {
    expect(only('The summit ended.\n\nThe treaty was signed by all 25 EU leaders in Rome.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'noun.participle-after+collective' });
    expect(only('The summit ended.\n\nThe constitution, signed by EU leaders in October, must now be ratified.')).toMatchObject({ status: 'SIGNED', parties: ['EU'] });
    expect(agreementsOf('The law changed.\n\nThe constitution was signed by the president in 1958.')).toEqual([]);
    expect(only('The summit ended.\n\nEU leaders backed plans to speed up asylum claims.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.collective-backed' });
    expect(only('The summit ended.\n\nEU leaders may approve the plan next month.')).toMatchObject({ status: 'PROPOSED', parties: ['EU'], rule: 'agreed.collective-backed' });
    expect(only('The summit ended.\n\nEurozone finance ministers agreed changes to the rules on budget deficits.')).toMatchObject({ status: 'SIGNED', parties: ['Eurozone'], rule: 'agreed.collective' });
  });
});

describe('members of the one body the story names (party.members-of-body)', () => {
  it('gives "Leaders agreed ..." and "the 25 member states backed ..." the body the story names, and nothing without one', () => {
    expect(only('The EU summit ended in Brussels.\n\nLeaders agreed to speed up asylum claims.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.collective' });
    expect(only('The EU summit ended in Brussels.\n\nThe 25 member states backed plans to revive the economy.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.collective-backed' });
    expect(agreementsOf('The party met in Leeds.\n\nLeaders agreed to cut taxes.')).toEqual([]);
  });
});

describe('purchases, sales, leases and contracts, more forms', () => {
  it('reads a stake taken, and not an interest taken', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors has taken a 30% stake in Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'purchase.verb' });
    expect(agreementsOf('Shares in Dextra rose.\n\nHalvern Motors has taken an interest in Dextra.')).toEqual([]);
  });

  it('reads leases, supplies and hopes to sell', () => {
    expect(only('Shares in Skyline Air rose.\n\nSkyline Air has agreed to lease 10 jets from Boeing.')).toMatchObject({ status: 'SIGNED', parties: ['Skyline Air', 'Boeing'] });
    expect(only('Shares in Skyline Air rose.\n\nRolls-Royce will supply 40 engines to Skyline Air.')).toMatchObject({ status: 'SIGNED', parties: ['Rolls-Royce', 'Skyline Air'] });
    expect(only('Shares in Skyline Air rose.\n\nLockheed Martin is hoping to sell 126 jets to Skyline Air.')).toMatchObject({ status: 'PROPOSED', parties: ['Lockheed Martin', 'Skyline Air'] });
  });

  it('reads contracts awarded and won', () => {
    expect(only('Shares in Dextra rose.\n\nThe Ministry of Defence awarded a £2bn contract to Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Ministry of Defence', 'Dextra'] });
    expect(only('Shares in Dextra rose.\n\nDextra was awarded a £2bn contract by the Ministry of Defence.')).toMatchObject({ status: 'SIGNED', parties: ['Dextra', 'Ministry of Defence'] });
    expect(only('Shares in Dextra rose.\n\nDextra has won a contract to supply engines to Skyline Air.')).toMatchObject({ status: 'SIGNED', parties: ['Dextra', 'Skyline Air'] });
  });

  it('reads the buyer across a relative clause, the maker of the goods, and never a model as the firm', () => {
    expect(only('Airlines grow.\n\nSkyline Air, which started flying last year, has ordered 20 jets from Boeing.')).toMatchObject({ status: 'SIGNED', parties: ['Skyline Air', 'Boeing'] });
    expect(only('Airlines grow.\n\nLast month, Skyline Air bought five A380s from Airbus.')).toMatchObject({ parties: ['Skyline Air', 'Airbus'] });
    expect(only('Airlines grow.\n\nSkyline Air announced an order for 30 Airbus A320 aircraft.')).toMatchObject({ status: 'SIGNED', parties: ['Skyline Air', 'Airbus'], rule: 'order.noun' });
  });
});

describe('prices paid and takeovers accepted (purchase.paid-for, takeover.by)', () => {
  it('reads a price paid for a firm or a stake in it, and not a price paid for goods', () => {
    expect(only('Shares in Dextra rose.\n\nHalvern Motors will pay $2bn for Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'purchase.paid-for' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors paid £400m for a 20% stake in Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
    expect(agreementsOf('Shares in Dextra rose.\n\nShoppers paid £30m for Dextra products last year.')).toEqual([]);
  });

  it('reads a takeover by a buyer that the firm taken over accepts, and a tie-up', () => {
    expect(only('Shares in Dextra rose.\n\nDextra agreed to a £2bn takeover by Halvern Motors.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'takeover.by' });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors has tied up with Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'partner.verb' });
  });
});

describe('deals ended (noun.withdrawn-after, backed out, reneged)', () => {
  it('reads a deal cancelled or called off, a side backing out or reneging, and not a deal not cancelled', () => {
    expect(only('Shares in Dextra rose.\n\nThe deal between Halvern Motors and Dextra was called off on Friday.')).toMatchObject({ status: 'WITHDRAWN', parties: ['Halvern Motors', 'Dextra'], rule: 'noun.withdrawn-after' });
    expect(only('Velmora gained.\n\nThe treaty between Velmora and Kestria was scrapped in 2003.')).toMatchObject({ status: 'WITHDRAWN', parties: ['Velmora', 'Kestria'] });
    expect(only('Shares in Dextra rose.\n\nHalvern Motors has backed out of the deal with Dextra.')).toMatchObject({ status: 'WITHDRAWN', parties: ['Halvern Motors', 'Dextra'], rule: 'noun.withdraw-verb' });
    expect(only('Velmora gained.\n\nKestria reneged on the agreement with Velmora.')).toMatchObject({ status: 'WITHDRAWN', parties: ['Kestria', 'Velmora'] });
    expect(agreementsOf('Velmora gained.\n\nThe treaty between Velmora and Kestria was not cancelled.').map((agreement) => agreement.status)).not.toContain('WITHDRAWN');
  });
});

describe('offers received, agreements in force, relative clauses, terms agreed', () => {
  it('reads the receiver of an approach as its target (bid.received)', () => {
    expect(only('Shares in Dextra rose.\n\nDextra confirmed it had received a takeover approach from Halvern Motors.')).toMatchObject({ status: 'PROPOSED', parties: ['Dextra', 'Halvern Motors'], rule: 'bid.received' });
  });

  it('reads "the club" or "the board" that refuses an offer as the firm the story is about', () => {
    expect(only('Kestrel City is a football club.\n\nThe club rejected the offer from Ronald Pike in October.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Kestrel City', 'Ronald Pike'] });
    expect(only('Kestrel City is a football club.\n\nThe board rejected the £600m offer from Ronald Pike.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Kestrel City', 'Ronald Pike'] });
  });

  it('reads an agreement that came into force (noun.in-force) and one "which was reached"', () => {
    expect(only('Velmora gained.\n\nA truce between Velmora and Kestria came into force on Sunday.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'], rule: 'noun.in-force' });
    expect(only('Velmora gained.\n\nThe agreement between Velmora and Kestria, which was reached after months of talks, runs for five years.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'] });
  });

  it('reads two sides that agreed terms', () => {
    expect(only('Velmora gained.\n\nVelmora and Kestria agreed terms for a new border.')).toMatchObject({ status: 'SIGNED', parties: ['Velmora', 'Kestria'] });
  });
});

describe('mergers named with "with", refusals after the noun, votes (merger.with, noun.failed-after, noun vote)', () => {
  it('reads "B\'s merger with A", a planned merger blocked, and shareholders voting for or against', () => {
    expect(only('Shares in Dextra rose.\n\nDextra\'s merger with Halvern Motors was completed in May.')).toMatchObject({ status: 'SIGNED', parties: ['Dextra', 'Halvern Motors'], rule: 'merger.with' });
    expect(only('Shares in Dextra rose.\n\nDextra\'s proposed merger with Halvern Motors was blocked by regulators.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Dextra', 'Halvern Motors'] });
    expect(only('Shares in Dextra rose.\n\nThe deal between Dextra and Halvern Motors was rejected by regulators.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Dextra', 'Halvern Motors'], rule: 'noun.failed-after' });
    expect(only('Shares in Dextra rose.\n\nDextra shareholders voted in favour of the merger with Halvern Motors.')).toMatchObject({ status: 'SIGNED', parties: ['Dextra', 'Halvern Motors'] });
    expect(only('Shares in Dextra rose.\n\nDextra shareholders voted against the deal with Halvern Motors.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Dextra', 'Halvern Motors'] });
  });
});

describe('asides and references', () => {
  it('reads a deal across a short aside, and no deal from "under the agreement" alone', () => {
    expect(only('Airlines grow.\n\nThe deal, worth $2bn, was signed by Skyline Air and Airbus on Monday.')).toMatchObject({ status: 'SIGNED', parties: ['Skyline Air', 'Airbus'] });
    expect(agreementsOf('Airlines grow.\n\nUnder the agreement, Airbus will train Kestrian pilots.')).toEqual([]);
  });
});

describe('disputes settled (settle.verb)', () => {
  it('reads settlements out of court, with a side, of a lawsuit, and after suing', () => {
    expect(only('The case began in 2001.\n\nHalvern Motors and Dextra settled out of court last year.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'], rule: 'settle.verb' });
    expect(only('The case began in 2001.\n\nHalvern Motors settled the lawsuit brought by Dextra for $20m.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
    expect(only('The case began in 2001.\n\nRonald Pike sued Halvern Motors in 2003 and settled for £50,000.')).toMatchObject({ status: 'SIGNED', parties: ['Ronald Pike', 'Halvern Motors'] });
    expect(only('The case began in 2001.\n\nHalvern Motors refused to settle with Dextra.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Halvern Motors', 'Dextra'] });
    expect(agreementsOf('The case began in 2001.\n\nRonald Pike settled in London in 1990.')).toEqual([]);
  });

  it('reads a payment offered or agreed to settle, with the status of the payment', () => {
    expect(only('Profits fell.\n\nHalvern Motors has offered to pay $30m to settle charges brought by Dextra.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'], rule: 'settle.verb' });
    expect(only('Profits fell.\n\nIn May, Halvern Motors agreed to pay $80m (£43m) to settle the suit brought by Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
  });
});

describe('one side and the other after "with" (agreed.with-other), offers owned by a pronoun', () => {
  it('reads "A agreed a package with B" and "its bid to acquire B"', () => {
    expect(only('Sales fell.\n\nHalvern Motors last week agreed a compensation package with its partner Dextra.')).toMatchObject({ status: 'SIGNED', parties: ['Halvern Motors', 'Dextra'] });
    expect(only('Profits rose.\n\nHalvern Motors said its bid to acquire a controlling stake in Dextra was being studied.')).toMatchObject({ status: 'PROPOSED', parties: ['Halvern Motors', 'Dextra'], rule: 'purchase.verb' });
  });

  it('keeps talks with a second firm apart from the purchase of a first one', () => {
    const agreements = agreementsOf('Profits rose.\n\nHalvern Motors bid to acquire Dextra last year. Reports said Halvern Motors had held merger talks with US bank Lloyd Morgan.');
    expect(agreements.map((agreement) => agreement.parties.join('|'))).toContain('Halvern Motors|Lloyd Morgan');
  });
});

describe('names with a plural possessive, and talks over a plural noun', () => {
  it('"The Pilots\' Association has reached a pay deal with Dunmore Air": the whole name is a party', () => {
    expect(only("The Pilots' Association has reached a pay deal with Dunmore Air.")).toMatchObject({ status: 'SIGNED', parties: ["Pilots' Association", 'Dunmore Air'] });
  });

  it('"Talks between A and B over job cuts broke down": the plural noun is no verb', () => {
    expect(only('Talks between Unite and Kestrel Airways over job cuts broke down on Friday.')).toMatchObject({ status: 'NOT_REACHED', parties: ['Unite', 'Kestrel Airways'] });
    expect(only("Talks between the Transport Workers' Union and Kestrel Airways broke down.")).toMatchObject({ status: 'NOT_REACHED', parties: ["Transport Workers' Union", 'Kestrel Airways'] });
  });
});
