// The general ways news reports agreements (issue 16), on invented sentences: each case is a form of English,
// read by a named rule of src/extraction/agreements/, through the whole extractor.
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

describe('takeovers and bids', () => {
  it('takes the status from the verb that governs a noun of intent (purchase.governed-noun)', () => {
    expect(only('Trelford Bank abandoned its attempt to buy Ostrava Finance after regulators objected.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Ostrava Finance', 'Trelford Bank'], rule: 'purchase.governed-noun' });
    expect(only('Corvane Group has launched a £4bn bid to acquire Pellwick Motors.')).toMatchObject({ status: 'PROPOSED', sides: ['Corvane Group', 'Pellwick Motors'] });
  });

  it('reads walking away from a bid as its withdrawal (bid.walked-away)', () => {
    expect(only('Marlowe Energy has walked away from its bid for Kestle Oil.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Kestle Oil', 'Marlowe Energy'] });
  });

  it('makes whoever acts on an offer "from" a bidder its target (bid.from), across a description or an apposition', () => {
    expect(only('Pellwick Motors said it would consider a bid from Corvane Group.')).toMatchObject({ status: 'PROPOSED', sides: ['Corvane Group', 'Pellwick Motors'], rule: 'bid.from' });
    expect(only('Kestle Oil has rejected a £3bn takeover offer from its larger rival Marlowe Energy.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestle Oil', 'Marlowe Energy'] });
    expect(only('The Nordic Stock Exchange has turned down a merger proposal from its German rival, Borse Zentral.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Borse Zentral', 'Nordic Stock Exchange'] });
  });

  it('reads an offer rejected by the firm named by its kind, another side than the bidder (bid.rejected-by-kind, party.other-side)', () => {
    expect(only("Trinity Wanderers is a football club. Mr Voss's approach was rejected by the club.")).toMatchObject({ status: 'NOT_REACHED', sides: ['Trinity Wanderers', 'Voss'] });
  });

  it('keeps a person with a nationality in the title as the party (party.office-title)', () => {
    expect(only('Trinity Wanderers has rejected an approach from American businessman Carl Voss.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Carl Voss', 'Trinity Wanderers'] });
  });

  it('reads the owners of a firm as the firm (shareholders in / of A)', () => {
    expect(only('Shareholders in Kestle Oil voted to accept the offer from Marlowe Energy.')).toMatchObject({ status: 'SIGNED', sides: ['Kestle Oil', 'Marlowe Energy'] });
    expect(only("Shareholders of Kestle Oil rejected Marlowe Energy's £3bn bid.")).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestle Oil', 'Marlowe Energy'] });
  });

  it('reads leaving a race to buy, fighting off a bid, a tie-up and an ended partnership', () => {
    expect(only('Drummond Capital has pulled out of the race to buy Kestle Oil.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Drummond Capital', 'Kestle Oil'], rule: 'purchase.governed-noun' });
    expect(only('Pellwick Motors is fighting off a hostile takeover bid from Corvane Group.')).toMatchObject({ status: 'PROPOSED', sides: ['Corvane Group', 'Pellwick Motors'] });
    expect(only('The proposed tie-up between Corvane Group and Pellwick Motors would create the biggest carmaker in Europe.')).toMatchObject({ status: 'PROPOSED', sides: ['Corvane Group', 'Pellwick Motors'] });
    expect(only('Quillon Software and Arden Telecom have ended their partnership.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Arden Telecom', 'Quillon Software'] });
  });

  it('reads a price offered for a firm as a bid (purchase.offered-for), and no bid in "did not offer"', () => {
    expect(only('Borse Zentral had offered 500p a share for the Nordic Stock Exchange.')).toMatchObject({ status: 'PROPOSED', sides: ['Borse Zentral', 'Nordic Stock Exchange'], rule: 'purchase.offered-for' });
    expect(agreementsOf('Borse Zentral did not offer 500p a share for the Nordic Stock Exchange.')).toEqual([]);
  });

  it('reads an approach made to a named firm as a bid', () => {
    expect(only('Corvane Group has made a fresh approach to Pellwick Motors.')).toMatchObject({ status: 'PROPOSED', sides: ['Corvane Group', 'Pellwick Motors'] });
    expect(agreementsOf('Corvane Group has made an approach to the police about the thefts.')).toEqual([]);
  });

  it('reads "it had agreed terms with B" with the pronoun for the first side (agreed.with-other)', () => {
    expect(only('Halvern Foods said it had agreed terms with Dunmore Dairies.')).toMatchObject({ status: 'SIGNED', sides: ['Dunmore Dairies', 'Halvern Foods'], rule: 'agreed.with-other' });
  });

  it('reads a merger called off (bid.phrasal-outcome) and a part of a firm bought', () => {
    expect(only('The merger between Nordwell Chemicals and Gantry Plastics was called off.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Gantry Plastics', 'Nordwell Chemicals'] });
    expect(only('Marlowe Energy has bought the oil business of Kestle Group.')).toMatchObject({ status: 'SIGNED', sides: ['Kestle Group', 'Marlowe Energy'] });
  });
});

describe('deals accepted, decided, suspended, owned', () => {
  it('reads accepting a deal "from" the other side, and voting or deciding to accept it (noun.decided-to)', () => {
    expect(only('Pavel Orlin accepted a £50,000 settlement from the Home Office.')).toMatchObject({ status: 'SIGNED', sides: ['Home Office', 'Pavel Orlin'] });
    expect(only('Members of the Transport Workers Union voted to accept a 4% pay deal from Metro Lines.')).toMatchObject({ status: 'SIGNED', sides: ['Metro Lines', 'Transport Workers Union'] });
    expect(only('The Nurses Guild rejected a 3% pay offer from the Health Board.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Health Board', 'Nurses Guild'] });
  });

  it('reads a suspended agreement as withdrawn', () => {
    expect(only('Velmora has suspended its trade agreement with Kestria.')).toMatchObject({ status: 'WITHDRAWN', sides: ['Kestria', 'Velmora'] });
  });

  it('reads one side\'s deal with a named other as made (noun.owner-with)', () => {
    expect(only("Corvane Group's deal with Pellwick Motors is worth £3bn.")).toMatchObject({ status: 'SIGNED', sides: ['Corvane Group', 'Pellwick Motors'], rule: 'noun.owner-with' });
    expect(only("Velmora's trade deal with Kestria comes into force next month.")).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Velmora'] });
    expect(only("Corvane Group's proposed deal with Pellwick Motors is worth £3bn.").status).toBe('PROPOSED');
  });

  it('takes a gerund\'s subject from its clause (noun.gerund-subject), and "it" beside a side after "with" (noun.pronoun-with)', () => {
    expect(only('Velmora and Kestria ended their trade dispute by signing a new accord on steel.')).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Velmora'] });
    expect(only('Velmora said it would renegotiate the gas contract with Kestria.')).toMatchObject({ status: 'PROPOSED', sides: ['Kestria', 'Velmora'] });
  });

  it('reads an arrangement made or sought, never travel arrangements', () => {
    expect(only('The Centre Party signed a power-sharing arrangement with the Liberal Union.')).toMatchObject({ status: 'SIGNED', sides: ['Centre Party', 'Liberal Union'] });
    expect(agreementsOf('Travel arrangements for the summit were made by the Foreign Office.')).toEqual([]);
  });
});

describe('how close, and when', () => {
  it('reads sides that came close to a deal, and a deal that then collapsed', () => {
    expect(only('Velmora and Kestria came close to a pact in 1999.')).toMatchObject({ status: 'PROPOSED', sides: ['Kestria', 'Velmora'] });
    expect(only('Velmora and Kestria came close to a pact in 1999, but the deal collapsed.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestria', 'Velmora'] });
  });

  it('reads a plan agreed by a body of many members, or by the members of the body the story names (agreed.passive-collective)', () => {
    expect(only('The reform of the budget rules was agreed by EU finance ministers in March.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.passive-collective', title: 'reform of the budget rules' });
    expect(only('EU leaders met in Brussels on Friday. Changes to the asylum rules were agreed by all 25 member states.')).toMatchObject({ status: 'SIGNED', parties: ['EU'] });
    expect(agreementsOf('The plan was agreed by the board on Monday.')).toEqual([]);
  });

  it('reads "agreed in March to ..." across the month', () => {
    expect(only('EU finance ministers agreed in March to relax the budget rules.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'agreed.collective' });
  });
});

describe('hopes of a deal', () => {
  it('reads hopes of a deal that faded as a deal not reached (noun.hopes-faded)', () => {
    expect(only('Hopes of a deal between the Farmers Party and the Centre Party faded on Monday.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Centre Party', 'Farmers Party'], rule: 'noun.hopes-faded' });
  });
});

describe('talks', () => {
  it('reads talks named by the word that opens the sentence (talks.opening-modifier)', () => {
    expect(only('Peace talks between Ardania and Borovia are due to resume next week.')).toMatchObject({ status: 'PROPOSED', sides: ['Ardania', 'Borovia'] });
    expect(only('Coalition talks between the Liberal Party and the Green Party collapsed.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Green Party', 'Liberal Party'] });
  });

  it('lets "the talks collapsed" end the talks told before (talks.definite)', () => {
    expect(only('Velmora and Kestria began talks on a border treaty in May. The talks collapsed on Friday.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Kestria', 'Velmora'] });
  });

  it('reads talks that end in deadlock, and the side that reports its own talks (talks.speaker-side)', () => {
    expect(only('Talks between the Civil Service Union and the Treasury ended in deadlock on Monday.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Civil Service Union', 'Treasury'] });
    expect(only('The Civil Service Union said talks with the Treasury had ended in stalemate.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Civil Service Union', 'Treasury'] });
    expect(agreementsOf('Talks between the Civil Service Union and the Treasury ended in London on Monday.').map((agreement) => agreement.status)).not.toContain('NOT_REACHED');
  });

  it('keeps a bare "the government" as a side of talks (party.bare-government), never as a buyer', () => {
    expect(only('Talks between the Civil Service Union and the government over pensions have ended without an agreement.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Civil Service Union', 'government'] });
    expect(agreementsOf('Critics attacked the government for selling arms to Kestria.')).toEqual([]);
  });

  it('reads "the government of A" as A (party.role-of)', () => {
    expect(only('Tavish Water is in talks with the government of Ardania about its contract.')).toMatchObject({ status: 'PROPOSED', sides: ['Ardania', 'Tavish Water'] });
    expect(only('The government of Ardania and the Northern Liberation Front agreed a ceasefire on Sunday.')).toMatchObject({ status: 'SIGNED', sides: ['Ardania', 'Northern Liberation Front'] });
  });

  it('tells one agreement once per sentence (merge.same-sentence)', () => {
    expect(only('Talks on a coalition between the Farmers Party and the Centre Party collapsed after the two sides failed to agree on tax policy.')).toMatchObject({ status: 'NOT_REACHED', sides: ['Centre Party', 'Farmers Party'] });
  });
});

describe('parties', () => {
  it('reads "X and Y Union (XYU)" as one name (party.acronym-whole), across the bracket (party.acronym-aside)', () => {
    expect(only('Members of the Rail and Transport Union (RTU) have voted to accept a 4.5% pay offer from Metro Lines.')).toMatchObject({ status: 'SIGNED', sides: ['Metro Lines', 'Rail and Transport Union'] });
  });

  it('reads a name after the words that describe it as a side (party.described)', () => {
    expect(only('Skyward Aerospace is in talks with national carrier Velmora Air about a larger order.')).toMatchObject({ status: 'PROPOSED', sides: ['Skyward Aerospace', 'Velmora Air'] });
  });

  it('reads a bare group as a side beside another side (party.paired-group), and the sides after a participle', () => {
    expect(only('Talks between unions and the government ended in stalemate.')).toMatchObject({ status: 'NOT_REACHED', sides: ['government', 'unions'] });
    expect(only('The government and the unions failed to reach agreement on pensions.')).toMatchObject({ status: 'NOT_REACHED', sides: ['government', 'unions'] });
    expect(only('No agreement was reached between the unions and the government.')).toMatchObject({ status: 'NOT_REACHED', sides: ['government', 'unions'] });
    expect(only('A deal was struck between Velmora and Kestria on Monday.')).toMatchObject({ status: 'SIGNED', sides: ['Kestria', 'Velmora'] });
  });

  it('reads counted groups as sides, a count opening the sentence included', () => {
    expect(only('Thirty states have agreed a $2bn settlement with three drug makers.')).toMatchObject({ status: 'SIGNED', sides: ['thirty states', 'three drug makers'] });
  });

  it('reads members of a body of many members as the body', () => {
    expect(only('Farm ministers from the European Union agreed to cut subsidies for sugar growers.')).toMatchObject({ status: 'SIGNED', parties: ['European Union'] });
    expect(only('The G12 agreed to cancel the debts of the poorest countries.')).toMatchObject({ status: 'SIGNED', parties: ['G12'] });
    expect(only('The EU constitution was signed by all 25 member states in October.')).toMatchObject({ status: 'SIGNED', parties: ['EU'], rule: 'noun.participle-after+members' });
  });
});

describe('what is no agreement', () => {
  it.each([
    "The government's New Deal for young people has helped 20,000 people find work.",
    'The Green Accord scheme pays farmers to plant hedges.',
    'There has been a good deal of criticism of the plan.',
    'Ministers must deal with the problem of rising prices.',
    'Velmora wants a trade deal with Kestria.',
    'There will be no deal with the rebels, the minister said.',
    'Marlowe Energy said it could deal with any bid.',
    'The Clean Air Deal, a law passed in 2003, bans coal fires.',
    'Under the Fair Deal scheme, pensioners get free bus travel.',
    'The contract killer was jailed for life.',
    'The Liberal Party convention opened in Brighton on Monday.',
    'The Rural Compact, passed by parliament in 2004, gives villages more money.',
    'Shareholders will vote on the deal in May.',
  ])('%s', (body) => {
    expect(agreementsOf(body)).toEqual([]);
  });
});
