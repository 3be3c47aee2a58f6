// More general ways news reports agreements (issue 16, second pass), on invented sentences: each case is a form of
// English, read by a named rule of src/extraction/agreements/, through the whole extractor.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedAgreement } from '../../src/extraction/types.js';

const agreementsOf = (body: string): ExtractedAgreement[] => extractStory({ title: null, body }).agreements;

/** The one agreement of `body`, with its parties in any order. */
function only(body: string): ExtractedAgreement & { sides: string[] } {
  const agreements = agreementsOf(body);
  expect(agreements).toHaveLength(1);
  return { ...agreements[0]!, sides: [...agreements[0]!.parties].sort() };
}

describe('the noun phrase of a deal', () => {
  it('reads modifiers listed with a comma (noun.listed-modifiers)', () => {
    expect(only('Cordell Bank has signed a three-year, £4.5m deal with Harwell Trust.')).toMatchObject({ status: 'SIGNED', sides: ['Cordell Bank', 'Harwell Trust'] });
  });

  it('reads the other side in apposition after its description (party.described-apposition)', () => {
    const body = 'Brigham Foods has 200 shops. It signed a sponsorship deal with the organisers, Harwell Cycling Trust.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });
});

describe('the first side, named before', () => {
  it('gives a gerund after a comma the subject of the clause before it (noun.participle-clause)', () => {
    expect(only('Elsewhere, Brigham Foods renewed its sponsorship of the race, signing a three-year deal with Harwell Cycling Trust.')).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });

  it('reads "the company", "the grocer" as the firm the story is about (noun.firm-reference-with, party.firm-reference)', () => {
    const body = 'Brigham Foods said sales rose. Brigham Foods has 200 shops. Analysts at Corvel Markets were pleased. Elsewhere, the grocer has signed a three-year deal with Harwell Cycling Trust.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Harwell Cycling Trust'] });
  });

  it('keeps the "\'s" of a firm the story never writes without it (party.possessive-name)', () => {
    const body = "Penrick's has reported a fall in profits. Shares in Penrick's fell 5%. Penrick's said it had signed a supply deal with Orland Dairies.";
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Orland Dairies', "Penrick's"] });
  });
});

describe('talks and the sides of a deal told again', () => {
  it('reads the firm that is in talks about a deal from "the chain", "it" (talks.held-by-reference, party.demonym-described)', () => {
    const body = 'Penwick Stores has 200 shops. Penwick Stores said sales rose. The chain is now in exclusive talks with the Belgian retailer Maison Duval about selling its depots.';
    expect(only(body)).toMatchObject({ status: 'PROPOSED', sides: ['Maison Duval', 'Penwick Stores'] });
  });

  it('reads the sides after "hammered out between" (noun.participle-particle)', () => {
    expect(only('The pact, hammered out between Varnia and Kestria over three days, was approved on Friday.')).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Varnia'] });
  });

  it('reads a titled person and a side named in apposition after its description (party.titled-person, party.description-apposition)', () => {
    expect(only('The accord, hammered out between Assembly Speaker Nora Vellis and the top Green councillor, Ivo Marsh, was approved.')).toMatchObject({ status: 'SIGNED', sides: ['Ivo Marsh', 'Nora Vellis'] });
  });

  it('reads a union named with "and" from its bracketed initials (party.and-in-name)', () => {
    const body = 'Members of the Docks and Harbours Union (DHU) met on Friday. The agreement, struck between Orwell Ports and the DHU, gives workers a rise of 5%.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Docks and Harbours Union', 'Orwell Ports'] });
  });

  it('gives a deal told without its sides those of the next report that retells it (merge.named-after)', () => {
    const body = 'Leaders of the two main parties struck a deal on Tuesday on the budget. The agreement, hammered out between Nora Vellis and Ivo Marsh, was approved on Wednesday.';
    const agreements = agreementsOf(body);
    expect(agreements).toHaveLength(1);
    expect(agreements[0]).toMatchObject({ status: 'SIGNED', rule: 'noun.sign-verb' });
    expect(agreements[0]!.text).toMatch(/struck a deal .* Ivo Marsh$/);
    expect([...agreements[0]!.parties].sort()).toEqual(['Ivo Marsh', 'Nora Vellis']);
  });

  it('keeps a deal made when talks had broken down before it (merge.pluperfect-background)', () => {
    const body = 'Varnia and Kestria signed a fishing pact on Monday. The talks had broken down twice last year.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Varnia'] });
  });

  it('still ends a deal whose collapse is reported in the past perfect', () => {
    const body = 'Varnia and Kestria signed a fishing pact in March. Officials confirmed on Tuesday that the pact had collapsed.';
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestria', 'Varnia'] });
  });
});

describe('one side says yes, the deal still fails', () => {
  it('reads a ceasefire one side accepts and the other rejects as not reached (noun.accepted-but-rejected)', () => {
    expect(only('Varnia said it had accepted a ceasefire proposed by mediators, but the Orsk Liberation Army rejected the offer within hours.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Orsk Liberation Army', 'Varnia'] });
  });

  it('reads a deal that fell apart after an aside that told how it was made (noun.aside-then-failed)', () => {
    expect(only('A previous truce, agreed between Varnia and Kestria in 2021, fell apart after 11 weeks.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestria', 'Varnia'] });
  });

  it('reads a movement named with "People\'s" as one party, also by its initials (party.peoples-name)', () => {
    const body = "The Orsk People's Front (OPF) controls the north. Varnia and the OPF signed a truce on Monday.";
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ["Orsk People's Front", 'Varnia'] });
  });

  it('reads "the government" as the country the story names it for (party.government-of)', () => {
    const body = "The government of Varnia said on Monday it would talk. A truce, agreed between the government and the Orsk Front in 2021, fell apart.";
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['Orsk Front', 'Varnia'] });
  });
});

describe('a sale told, then its end', () => {
  it('reads a sale to a firm named after its description (purchase.sold-to-described)', () => {
    expect(only('Brigham Foods agreed to sell its 85 bakeries to the private equity firm Ostrava Capital for £160m.')).toMatchObject({ status: 'SIGNED', sides: ['Brigham Foods', 'Ostrava Capital'] });
  });

  it('reads "the deal with B had collapsed" as the end of the deal with B told before, shown by its end (noun.definite-with, merge.final-evidence)', () => {
    const body = 'Brigham Foods agreed to sell its bakeries to Ostrava Capital in March. Brigham Foods confirmed on Tuesday that the deal with Ostrava had collapsed.';
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['Brigham Foods', 'Ostrava Capital'], text: 'the deal with Ostrava had collapsed' });
  });
});

describe('a bid for a player', () => {
  it('reads a bid for what is no firm accepted by the side that decides, then ended in the same sentence (bid.for-thing)', () => {
    const body = 'Harwick Town have signed a new goalkeeper. Dunmore Athletic\'s £32m bid for the striker was accepted by Harwick Town in July, but that deal fell apart when the player refused terms.';
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['Dunmore Athletic', 'Harwick Town'], text: 'that deal fell apart' });
  });
});

describe('settlements and sides named by their kind', () => {
  it('reads a vote by a tally to settle a civil lawsuit brought by two firms (settle.vote-tally, settle.brought-by-several)', () => {
    const body = 'The Brisk City Council voted by five votes to two to settle a civil lawsuit brought by Orlan Paving and Tessel Roads.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Brisk City Council', 'Orlan Paving', 'Tessel Roads'], rule: 'settle.verb' });
  });

  it('reads the firm after a demonym and the words that describe it (party.demonym-described)', () => {
    expect(only('Ashdown Motors said talks with the Korean battery maker Sunhan Power had broken down.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Ashdown Motors', 'Sunhan Power'] });
  });
});

describe('an offer turned down', () => {
  it('reads an offer from A, with a relative clause after it, rejected by B (bid.from-outcome)', () => {
    expect(only('An earlier offer from Ms Vellis, which would have raised spending by 6%, was rejected by Harlow Mills last month.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Harlow Mills', 'Vellis'] });
  });
});

describe('stakes, treaties and talks', () => {
  it('lists the seller of a stake as a third side (purchase.stake-seller)', () => {
    expect(only('Corvane Group has agreed to buy a 20% stake in Pellwick Motors from the Dutch investor Ostrava Capital for £300m.')).toMatchObject({ status: 'SIGNED', sides: ['Corvane Group', 'Ostrava Capital', 'Pellwick Motors'] });
  });

  it('reads suspended talks as no deal (talks.suspended)', () => {
    expect(only('Trade talks between Varnia and Kestria were suspended on Monday.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestria', 'Varnia'] });
  });

  it('reads a walkout told as the time of a pact as its background (talks.walkout-before-deal)', () => {
    expect(only('The Greens and the Unionists struck a pact on Thursday, a week after the Greens walked out of talks.')).toMatchObject({ status: 'SIGNED', sides: ['Greens', 'Unionists'] });
  });

  it('reads a relative clause that tells how the deal ended (noun.which-ended)', () => {
    expect(only('Varnia and Kestria signed a defence treaty in 2019, which Kestria scrapped last year.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Kestria', 'Varnia'] });
    expect(only('Varnia and Kestria signed a defence treaty in 2019, which runs until 2030.')).toMatchObject({ status: 'SIGNED' });
  });

  it('reads the other side in a relative clause after the deal (noun.relative-with)', () => {
    expect(only('Kestria has withdrawn from the 2015 climate accord it signed with Varnia.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Kestria', 'Varnia'] });
  });

  it('reads a parliament named by its demonym as its country (party.demonym-institution)', () => {
    expect(only('Varnia is a small country. The Varnian parliament ratified the treaty with Kestria on Tuesday.')).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Varnia'] });
  });
});

describe('more forms of firms\' deals', () => {
  it('reads a merger called off by its sides (noun.called-off)', () => {
    expect(only('Orland Telecom and Tessel Mobile called off their merger.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Orland Telecom', 'Tessel Mobile'] });
  });

  it('reads no agreement in an offer of talks or of help (bid.offer-of-talks)', () => {
    expect(agreementsOf("Varnia rejected Kestria's offer of talks.")).toHaveLength(0);
  });

  it('reads a part of a firm bought as a deal with that firm (purchase.part-of-firm)', () => {
    expect(only("Orland Telecom has bought Tessel Mobile's broadband arm for £90m.")).toMatchObject({ status: 'SIGNED', sides: ['Orland Telecom', 'Tessel Mobile'] });
  });

  it('reads a deal between two named sides told by its value as made (noun.between-worth)', () => {
    expect(only('The deal between Orland Telecom and Tessel Mobile is worth $3bn.')).toMatchObject({ status: 'SIGNED', sides: ['Orland Telecom', 'Tessel Mobile'] });
  });
});

describe('who acts for whom, and votes', () => {
  it('makes the firm, not its chief executive, the party (party.employer-title)', () => {
    expect(only('Orland Telecom chief executive Ann Polk signed the deal with Tessel Mobile on Monday.')).toMatchObject({ status: 'SIGNED', sides: ['Orland Telecom', 'Tessel Mobile'] });
  });

  it('reads "its members voted to accept the offer from B" as the body\'s acceptance (bid.members-accept)', () => {
    expect(only('The Northline Rail Union said its members had voted to accept a 5% pay offer from Skyway Rail.')).toMatchObject({ status: 'SIGNED', sides: ['Northline Rail Union', 'Skyway Rail'] });
  });

  it('reads no agreement in talks with no deal in view (talks.no-deal-in-view)', () => {
    expect(agreementsOf('Varnia and Kestria have held talks on trade but no deal is in sight.')).toHaveLength(0);
  });

  it('reads a vote by a tally to accept a deal as made, the other side from the next report (settle.vote-tally, merge.named-after)', () => {
    const body = 'Members of the Associated Train Drivers Union (ATDU) voted by 72% to 28% to accept the deal. The agreement was reached with Northline Trains after talks on Monday.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Associated Train Drivers Union', 'Northline Trains'] });
  });

  it('reads a raised offer as a new offer for the firm it values (bid.raised)', () => {
    const body = 'Harlow Mills rejected a £2bn takeover bid from Dunmore Foods. On Friday Dunmore Foods raised its offer to 455p a share, valuing Harlow Mills at £2.2bn.';
    const agreements = agreementsOf(body);
    expect(agreements.map((agreement) => [agreement.status, [...agreement.parties].sort()])).toEqual([['NOT_REACHED', ['Dunmore Foods', 'Harlow Mills']], ['PROPOSED', ['Dunmore Foods', 'Harlow Mills']]]);
  });
});

describe('an offer tabled in talks', () => {
  it('reads an offer the firm tabled in talks with a union, turned down by its members (bid.tabled-in-talks, party.firm-reference)', () => {
    const body = "Lorry drivers employed by Harlow Freight Group turned down a 5% offer that the company had tabled in talks with the Road Haulage Workers' Federation.";
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['Harlow Freight Group', "Road Haulage Workers' Federation"], rule: 'bid.tabled-in-talks' });
  });
});

describe('a subject left out after "but"', () => {
  it('gives a verb after "but" the subject of the clause before (noun.elided-subject)', () => {
    const body = 'Sir Ian Platt said Orland Telecom had paid most of its bills, "but has not agreed a final settlement with 12 contractors pending its review".';
    expect(only(body)).toMatchObject({ status: 'NOT_REACHED', sides: ['12 contractors', 'Orland Telecom'] });
  });
});

describe('an end only weighed', () => {
  it('reads no end in "the possibility of cancelling" a concession (noun.hypothetical-end)', () => {
    expect(agreementsOf('The Velmoran government has said it may act against Bramley Water. The Planning Minister didn\'t rule out the possibility of cancelling Bramley Water water concession in Velmora.')).toHaveLength(0);
  });
});

describe('one deal told twice', () => {
  it('reads a retelling with a short form of a side\'s name as the same deal (merge.short-names)', () => {
    const body = 'Harlow Port Holdings signed a pay deal with the Dockers Union on Monday. The agreement, struck between Harlow and the Dockers Union, gives workers a 5% rise.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Dockers Union', 'Harlow Port Holdings'] });
  });
});

describe('talks denied', () => {
  it('reads no agreement in talks a side denies (talks.denied)', () => {
    expect(agreementsOf('Harlow Port Holdings denied it was in talks with Tessel Mobile.')).toHaveLength(0);
  });
});

describe('a merger of parts', () => {
  it('reads "the company agreed to merge its arm with that of B", and the deal after it as the same (merger.firm-reference, merger.part-with, merge.in-a-deal)', () => {
    const body = 'Pellwick Motors sold 2m cars last year. The company also agreed to merge its US sales arm with that of Japanese rival Kenso Motors, in a deal expected to close next year.';
    expect(only(body)).toMatchObject({ status: 'SIGNED', sides: ['Kenso Motors', 'Pellwick Motors'], rule: 'merger.verb' });
  });
});

describe('a firm\'s body with a possessive', () => {
  it('reads "B\'s shareholders voted to accept the offer from A" as B\'s decision (party.firm-body-possessive)', () => {
    expect(only("Tessel Bank's shareholders voted to accept the offer from Orland Bank.")).toMatchObject({ status: 'SIGNED', sides: ['Orland Bank', 'Tessel Bank'] });
  });
});

describe('stakes sold and offers lapsed', () => {
  it('lists the firm a stake sold is in as a side (purchase.stake-sold)', () => {
    expect(only('Orland Telecom has sold its 40% stake in Tessel Mobile to Kestle Capital.')).toMatchObject({ status: 'SIGNED', sides: ['Kestle Capital', 'Orland Telecom', 'Tessel Mobile'] });
  });

  it('reads an offer that lapsed as not reached (bid outcome "lapsed")', () => {
    expect(only("Orland Telecom's offer for Tessel Mobile has lapsed after it failed to win enough support.")).toMatchObject({ status: 'NOT_REACHED', sides: ['Orland Telecom', 'Tessel Mobile'] });
  });
});

describe('a name that ends in a plural', () => {
  it('reads "the United Auto Workers" whole (party.plural-last)', () => {
    expect(only('Orland Telecom signed a pay deal with the United Auto Workers.')).toMatchObject({ status: 'SIGNED', sides: ['Orland Telecom', 'United Auto Workers'] });
  });
});

describe('agreeing to meet or on a view is no deal', () => {
  it('"Vale and Reed agreed to meet", "agreed to serve", "agreed on the overarching need for ..." give no agreement', () => {
    expect(agreementsOf('Senator Ann Vale and Governor Tom Reed agreed to meet next week.')).toEqual([]);
    expect(agreementsOf('Ann Vale and Tom Reed agreed to serve on the committee.')).toEqual([]);
    expect(agreementsOf('Ann Vale and Tom Reed agreed on the overarching need for lower taxes.')).toEqual([]);
  });

  it('"agreed to merge" still is one', () => {
    expect(agreementsOf('Harlow Bank and Vale Bank agreed to merge on Monday.').length).toBe(1);
  });
});
