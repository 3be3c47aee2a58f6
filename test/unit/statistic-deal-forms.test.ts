// Forms of deal and vote stories (agreement terms, vote tallies, savings, parts of a group), on sentences
// written for these tests (invented places, people and facts; no corpus text).
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedStatistic } from '../../src/extraction/types.js';

const statisticsOf = (text: string): ExtractedStatistic[] => extractStory({ body: text }).statistics;

/** The one statistic whose span contains `part` (the last occurrence of `part` when `last`). */
function stat(text: string, part: string, last = false): ExtractedStatistic {
  const at = last ? text.lastIndexOf(part) : text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in text`);
  const found = statisticsOf(text).filter((s) => s.start <= at && s.end >= at + part.length);
  if (found.length !== 1) throw new Error(`${found.length} statistics over "${part}" in: ${text}`);
  return found[0]!;
}
const none = (text: string, part: string) => {
  const at = text.indexOf(part);
  return statisticsOf(text).filter((s) => s.start <= at && s.end >= at + part.length).length === 0;
};

describe('count.vote-tally', () => {
  it('counts the losing side of a tally in votes, however small', () => {
    expect(stat('The Orlen assembly passed the levy by 41 votes to 9 on Tuesday.', '9')).toMatchObject({ value: 9, unit: 'votes' });
    expect(stat('The Harlow board backed the sale by seven votes to one.', 'one')).toMatchObject({ value: 1, unit: 'votes' });
    expect(stat('Senate Majority Leader Ida Brenn saw the bill pass by 52 votes to 30.', '30')).toMatchObject({ unit: 'votes' });
  });
  it('reads both sides of a tally after a vote verb', () => {
    const text = 'The Harlow board voted 7 to 2 to sell the depot, and the Orlen council rejected it by a vote of 5 to 4.';
    expect(stat(text, '7')).toMatchObject({ value: 7, unit: 'votes' });
    expect(stat(text, '2')).toMatchObject({ value: 2, unit: 'votes' });
    expect(stat(text, '5')).toMatchObject({ value: 5, unit: 'votes' });
    expect(stat(text, '4')).toMatchObject({ value: 4, unit: 'votes' });
  });
  it('reads a tally after "passed by", "defeated by"', () => {
    const text = 'After 40 Harlow councillors spoke, the levy was passed by 212 to 190 and the budget defeated by 14 to 11.';
    expect(stat(text, '212')).toMatchObject({ unit: 'votes' });
    expect(stat(text, '190')).toMatchObject({ unit: 'votes' });
    expect(stat(text, '11')).toMatchObject({ unit: 'votes' });
  });
  it('leaves a counted noun after the second number alone', () => {
    expect(stat('The Velmora council backed it by nine votes to two abstentions.', 'two abstentions')).toMatchObject({ unit: 'abstentions' });
  });
});

describe('duration.agreement-term', () => {
  it('reads the length of an agreement as a duration', () => {
    expect(stat('The 12-year contract between Harlow council and Orlen starts in May.', '12-year')).toMatchObject({ value: 12, unit: 'years' });
    expect(stat('Brennland agreed a 60-day ceasefire with the rebels.', '60-day')).toMatchObject({ value: 60, unit: 'days' });
    expect(stat('Velmora signed a four-year, £8m deal with the league.', 'four-year')).toMatchObject({ value: 4, unit: 'years' });
    expect(stat('Nurses at Orlen General accepted a two-year pay deal.', 'two-year')).toMatchObject({ unit: 'years' });
  });

  it('still leaves the horizon of a plan alone', () => {
    expect(none('Orlen unveiled a five-year plan for its stores.', 'five-year')).toBe(true);
  });
});

describe('count.part-of', () => {
  it('counts a spelled part of a determined group in the group\'s noun', () => {
    expect(stat('Osric Vell said three of the five Harlow clinics had closed.', 'three')).toMatchObject({ value: 3, unit: 'clinics' });
    expect(stat('Orlen sued Brackwater Ltd, two of the suppliers named in the audit.', 'two')).toMatchObject({ value: 2, unit: 'suppliers' });
    expect(stat('The Harlow side won only five of its last 22 matches.', 'five')).toMatchObject({ value: 5, unit: 'matches' });
  });
  it('leaves "one of" and "one or two of" alone', () => {
    expect(none('Ida Brenn spoke to one or two of the mayor\'s aides.', 'two')).toBe(true);
    expect(none('Orlen is one of the biggest Harlow employers.', 'one')).toBe(true);
  });
});

describe('not.model-number', () => {
  it('drops a model number between a name and what it names', () => {
    expect(none('Velmora Air will retire its Kestrel 380 jets next year.', '380')).toBe(true);
    expect(none('The update hurt Orlenware 11 sales in Harlow.', '11')).toBe(true);
  });
  it('keeps counts after a day, in a gap after a party, and in a title-case headline', () => {
    expect(stat('On Friday 60 staff at the Harlow plant walked out.', '60 staff')).toMatchObject({ unit: 'staff' });
    expect(stat('The Greens won 41 seats and the Liberals 12 seats.', '12 seats')).toMatchObject({ unit: 'seats' });
    expect(stat('Orlen Cuts 450 Jobs At Harlow Plant\n\nOrlen said on Monday it would close the plant.', '450 Jobs')).toMatchObject({ value: 450 });
  });
});

describe('count.human-verb', () => {
  it('counts people when a bare count does what only people do', () => {
    expect(stat('About 9,000 attended the Harlow rally on Sunday.', '9,000')).toMatchObject({ unit: 'people' });
    expect(stat('Floods hit Orlen and some 2,500 were evacuated.', '2,500')).toMatchObject({ unit: 'people' });
    expect(stat('Net migration to Brennland rose to 84,000.', '84,000')).toMatchObject({ unit: 'people' });
  });
  it('keeps the noun counted before for other verbs', () => {
    expect(stat('Orlen built 300 vans and 40 were recalled.', '40')).toMatchObject({ unit: 'vans' });
  });
});

describe('direction.comparative-to and firmed', () => {
  it('reads the level a move to a comparative leaves', () => {
    expect(stat('Brennland inflation inched higher to 3.4% in May.', '3.4%')).toMatchObject({ direction: 'INCREASE' });
    expect(stat('Orlen shares drifted lower to 212p.', '212p')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('The Kestrian crown firmed to 1.12 euros.', '1.12 euros')).toMatchObject({ direction: 'INCREASE' });
  });
  it('leaves "closer to" alone', () => {
    expect(stat('The Harlow offer was closer to £3m.', '£3m')).toMatchObject({ direction: null });
  });
});

describe('direction.fold-change', () => {
  it('reads "-fold" with a change as the size of that change', () => {
    expect(stat('Orlen recorded a fourfold increase in complaints.', 'fourfold')).toMatchObject({ direction: 'INCREASE', unit: 'times' });
    expect(stat('Harlow claims rose sixfold last year.', 'sixfold')).toMatchObject({ direction: 'INCREASE' });
  });
  it('keeps a comparison without a change undirected', () => {
    expect(stat('Velmora is a fourfold larger market than Orlen.', 'fourfold')).toMatchObject({ direction: null });
  });
});

describe('np.name-then-head and count.vote-side', () => {
  it('reads the head after a name of several words', () => {
    expect(stat('Nearly 4,000 Royal Kestrian Navy sailors were sent.', '4,000')).toMatchObject({ unit: 'sailors' });
    expect(none('Orlen says 10 Harrow Street staff are safe.', '10')).toBe(true);
  });
  it('counts the sides of a vote written without the noun', () => {
    const text = 'The Harlow motion failed, with 212 in favour and 240 against.';
    expect(stat(text, '212')).toMatchObject({ unit: 'votes' });
    expect(stat(text, '240')).toMatchObject({ unit: 'votes' });
  });
});

describe('decoys and small unit forms', () => {
  it('counts party members as themselves, not as a demonym', () => {
    expect(stat('The Orlen bill needs 12 Republicans to pass.', '12 Republicans')).toMatchObject({ unit: 'Republicans' });
    expect(stat('Nine Kestrians were hurt.', 'Nine Kestrians')).toMatchObject({ unit: 'people' });
  });
  it('reads "according to" as no destination of a change', () => {
    expect(stat('Harlow plans a tax cut next year, according to three council aides.', 'three council aides')).toMatchObject({ direction: null });
  });
  it('reads "doubles down" as an idiom', () => {
    expect(none('Mayor Ida Brenn doubles down on the Harlow levy.', 'doubles')).toBe(true);
    expect(none('The Orlen hall doubled as a field hospital.', 'doubled')).toBe(true);
    expect(stat('Orlen profits doubled as costs fell.', 'doubled')).toMatchObject({ direction: 'INCREASE' });
  });
  it('counts a part of a possessed group', () => {
    expect(stat('Osric Vell visited 60 of the county\'s towns.', '60')).toMatchObject({ unit: 'towns' });
  });
  it('drops a list of days before a month', () => {
    const text = 'Orlen drivers will strike on 13, 17 and 22 June.';
    expect(none(text, '13')).toBe(true);
    expect(none(text, '17')).toBe(true);
  });
});

describe('direction.subject-noun', () => {
  it('reads a change noun after the noun of what changes', () => {
    expect(stat('Harlow nurses were offered a 4% pay rise.', '4%')).toMatchObject({ direction: 'INCREASE' });
    expect(stat('Orlen Rail announced a 6% fare cut.', '6%')).toMatchObject({ direction: 'DECREASE' });
  });
  it('leaves a verb after a share alone', () => {
    expect(stat('Of Orlen staff, 35% said wages would rise.', '35%')).toMatchObject({ direction: null });
  });
});

describe('money.franc-country', () => {
  it('reads francs as Swiss in a Swiss story', () => {
    expect(stat('Geneva-based Velmora Bank made 410m francs last year.', '410m francs')).toMatchObject({ unit: 'CHF' });
  });
  it('leaves francs alone when another franc country is named', () => {
    expect(stat('The French firm Orlen made 90m francs in 1997, its Geneva office said.', '90m francs')).toMatchObject({ unit: 'francs' });
  });
});

describe('count.noun-numbers', () => {
  it('counts the noun before "numbers" or "base"', () => {
    expect(stat('Passenger numbers at Harlow airport rose to 4.1 million.', '4.1 million')).toMatchObject({ unit: 'passengers' });
    expect(stat('Orlen said its subscriber base grew to 900,000.', '900,000')).toMatchObject({ unit: 'subscribers' });
  });
  it('leaves amounts and names alone', () => {
    expect(stat('Record numbers of 60,000 were reported in Harlow.', '60,000').unit).not.toBe('records');
    expect(stat('The Orlen numbers rose to 3,000.', '3,000').unit).not.toBe('orlens');
  });
});

describe('fractions that stand alone before a verb', () => {
  it('reads a governed fraction before a verb', () => {
    expect(stat('Of the Harlow nurses polled, roughly a third left within a year.', 'a third')).toMatchObject({ value: 33.3, qualifier: 'ABOUT' });
    expect(stat('Nearly a fifth could lose their Orlen pensions.', 'a fifth')).toMatchObject({ value: 20, qualifier: 'ALMOST' });
  });
  it('leaves an ordinal and a time alone', () => {
    expect(none('One Orlen driver agreed, another refused and a third left.', 'third')).toBe(true);
    expect(none('Harlow waited nearly a quarter century for the bridge.', 'quarter')).toBe(true);
  });
});

describe('direction.removal-verbs', () => {
  it('reads ousting, sacking and lay-offs as decreases', () => {
    expect(stat('Orlen shareholders ousted four directors on Monday.', 'four directors')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('About 250 Harlow staff were laid off.', '250 Harlow staff')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('Velmora laid off nearly 90 pilots.', '90 pilots')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('Some 60 Velmora drivers will be made redundant.', '60 Velmora drivers')).toMatchObject({ direction: 'DECREASE' });
  });
});

describe('direction.cut-to', () => {
  it('reads the figure a cut starts from as the earlier level', () => {
    const text = 'The Orlen majority of 140 was cut to 6.';
    expect(stat(text, '140')).toMatchObject({ direction: null });
    expect(stat('The Harlow budget of £40m will be cut to £31m.', '£31m')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('The Harlow budget of £40m will be cut to £31m.', '£40m')).toMatchObject({ direction: null });
  });
  it('keeps a cut figure without a new level as the size', () => {
    expect(stat('Some 450 Harlow posts will be cut.', '450 Harlow posts')).toMatchObject({ direction: 'DECREASE' });
  });
});

describe('count.employs', () => {
  it('counts people employed or living somewhere', () => {
    expect(stat('Orlen Foods, which employs 2,400, will close the plant.', '2,400')).toMatchObject({ unit: 'people' });
    expect(stat('Floods hit the Kestrian town of 18,000 on Monday.', '18,000')).toMatchObject({ unit: 'people' });
    expect(stat('The Velmora workforce numbers 7,000.', '7,000').unit).not.toBe('workforces');
  });
});

describe('names, emergency numbers and short time units', () => {
  it('reads the head after a name ending in s and a plural modifier', () => {
    expect(stat('The gunman shot three Harlowes police officers.', 'three')).toMatchObject({ unit: 'police officers' });
  });
  it('drops an emergency number', () => {
    expect(none('Harlow police received 999 calls about the fire.', '999')).toBe(true);
  });
  it('reads short time units', () => {
    expect(stat('The Orlen strike lasted 36 mins.', '36 mins')).toMatchObject({ unit: 'minutes' });
  });
});

describe('areas, spaced -fold and confirmations', () => {
  it('reads areas in square units', () => {
    expect(stat('The Harlow reserve covers 1,200 square miles.', '1,200')).toMatchObject({ unit: 'square miles' });
  });
  it('reads "10 fold" as a multiplier', () => {
    expect(stat('Orlen output grew about 12 fold in a decade.', '12 fold')).toMatchObject({ unit: 'times', value: 12 });
  });
  it('reads a confirmation tally', () => {
    expect(stat('Judge Ida Brenn was confirmed 88 to 4 on Tuesday.', '88')).toMatchObject({ unit: 'votes' });
  });
});
