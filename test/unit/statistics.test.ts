// The statistics extractor on sentences written for these tests (no corpus text).
import { describe, expect, it } from 'vitest';
import { extractStatistics as statisticsOf } from '../../src/extraction/statistics/extract.js';
import { layOut } from '../../src/extraction/text.js';
import type { ExtractedStatistic } from '../../src/extraction/types.js';

const extractStatistics = (text: string): ExtractedStatistic[] => statisticsOf(layOut(text));

/** The statistic whose span contains `part`, failing when there is none. */
function stat(text: string, part: string): ExtractedStatistic {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in text`);
  const found = extractStatistics(text).find((s) => s.start <= at && s.end >= at + part.length);
  if (!found) throw new Error(`no statistic over "${part}" in: ${text}`);
  return found;
}

const texts = (text: string) => extractStatistics(text).map((s) => s.text);

describe('spans', () => {
  it('keeps text.slice(start, end) === text for every finding', () => {
    const text = 'Revenue rose 12% to £4.2bn ($5.3bn), while 1,500 jobs will go and about 300 people protested.';
    const found = extractStatistics(text);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('includes qualifiers but not emphasis words', () => {
    const text = 'The charity helped more than 2,000 families and only 40 schools, up to 15 villages and about 9% of towns.';
    expect(texts(text)).toEqual(['more than 2,000 families', '40 schools', 'up to 15 villages', 'about 9%']);
  });
});

describe('percentages', () => {
  it('reads %, percent and per cent', () => {
    const text = 'Support stood at 41%, against 38 percent for the rival and 12.5 per cent for others.';
    expect(extractStatistics(text).map((s) => [s.value, s.unit])).toEqual([
      [41, 'percent'],
      [38, 'percent'],
      [12.5, 'percent'],
    ]);
  });

  it('reads spelled-out percentages and percentage points', () => {
    expect(stat('Thirty percent of members abstained.', 'Thirty').value).toBe(30);
    const points = stat('Her lead narrowed by three percentage points.', 'three');
    expect([points.value, points.unit, points.direction]).toEqual([3, 'percentage points', 'DECREASE']);
  });
});

describe('money', () => {
  it('applies scale suffixes and words to the full magnitude', () => {
    const text = 'The group paid £3.2bn for the port, $450m for ships, €1.5 billion for land and ¥20bn in fees.';
    expect(extractStatistics(text).map((s) => [s.value, s.unit])).toEqual([
      [3_200_000_000, 'GBP'],
      [450_000_000, 'USD'],
      [1_500_000_000, 'EUR'],
      [20_000_000_000, 'JPY'],
    ]);
  });

  it('reads currency words after the number', () => {
    const text = 'It spent 2.4bn euros in Spain, 600m reais in Brazil and 15 million Swiss francs in Zurich.';
    expect(extractStatistics(text).map((s) => [s.text, s.value, s.unit])).toEqual([
      ['2.4bn euros', 2_400_000_000, 'EUR'],
      ['600m reais', 600_000_000, 'BRL'],
      ['15 million Swiss francs', 15_000_000, 'CHF'],
    ]);
  });

  it('reads pence and cents', () => {
    expect(stat('A loaf now costs 95p at the corner shop.', '95p')).toMatchObject({ value: 95, unit: 'pence' });
    expect(stat('The stock closed at 410 pence.', '410')).toMatchObject({ value: 410, unit: 'pence' });
    expect(stat('The dividend was raised to 22 cents a share.', '22 cents')).toMatchObject({ value: 22, unit: 'US cents per share', text: '22 cents a share' });
  });

  it('gives a bracketed conversion its own entry with the direction of the figure it converts', () => {
    const text = 'Net income climbed 9% to $2.6bn (£2.1bn) in the year.';
    const converted = stat(text, '£2.1bn');
    expect(converted).toMatchObject({ value: 2_100_000_000, unit: 'GBP', direction: 'INCREASE' });
    expect(converted.label).toMatch(/sterling conversion/);
  });
});

describe('counts', () => {
  it('takes the counted noun as the unit and into the span', () => {
    const a = stat('The carmaker will cut 3,400 jobs in Europe.', '3,400');
    expect([a.text, a.value, a.unit, a.direction]).toEqual(['3,400 jobs', 3400, 'jobs', 'DECREASE']);
    const b = stat('All 25 senior managers attended the briefing.', '25');
    expect([b.text, b.unit]).toEqual(['25 senior managers', 'managers']);
  });

  it('reads spelled-out counts and scaled phrases', () => {
    expect(stat('The party is expected to win four marginal seats.', 'four')).toMatchObject({ value: 4, unit: 'seats', text: 'four marginal seats' });
    expect(stat('Nearly half a million homes lost power.', 'half a million')).toMatchObject({ value: 500_000, unit: 'homes' });
    expect(stat('Roughly a quarter of a million visitors came.', 'quarter')).toMatchObject({ value: 250_000, unit: 'visitors' });
    expect(stat('The census counted 2.3 million households.', '2.3 million')).toMatchObject({ value: 2_300_000, unit: 'households' });
  });

  it('gives a bare count the noun it counts', () => {
    const text = 'The number of nurses in training rose 4,200 to 61,000.';
    expect(stat(text, '4,200')).toMatchObject({ value: 4200, unit: 'nurses', direction: 'INCREASE' });
    expect(stat(text, '61,000')).toMatchObject({ value: 61_000, unit: 'nurses', direction: 'INCREASE' });
  });
});

describe('fractions, multipliers, ranks and durations', () => {
  it('reads fractions', () => {
    // fractions are percentages, to one decimal
    expect(stat('Two thirds of tenants said rents were too high.', 'Two thirds')).toMatchObject({ value: 66.7, unit: 'percent', rule: 'fraction.words' });
    expect(stat('Rents matter most for a third, and transport for the rest.', 'a third')).toMatchObject({ value: 33.3, unit: 'percent' });
    expect(stat('One in five drivers admitted speeding.', 'One in five')).toMatchObject({ value: 20, unit: 'percent', rule: 'fraction.one-in' });
    expect(stat('A quarter of the orchards were replanted.', 'A quarter')).toMatchObject({ value: 25, unit: 'percent' });
    expect(stat('Nearly half of the members voted.', 'Nearly half')).toMatchObject({ value: 50, unit: 'percent', qualifier: 'ALMOST' });
  });

  it('reads multipliers', () => {
    expect(stat('Rural patients are four times more likely to wait.', 'four times')).toMatchObject({ value: 4, unit: 'times', direction: null });
  });

  it('reads rankings', () => {
    expect(stat("The insurer is Europe's second-largest by premiums.", 'second-largest')).toMatchObject({ value: 2, unit: 'rank' });
    expect(stat('It is now the country’s fifth biggest airline.', 'fifth biggest')).toMatchObject({ value: 5, unit: 'rank' });
  });

  it('keeps durations that are the quantity and drops temporal scope', () => {
    expect(stat('The maximum wait will be cut to nine months.', 'nine months')).toMatchObject({ value: 9, unit: 'months' });
    expect(texts('Sales rose 3% for the six months to June.')).toEqual(['3%']);
    expect(texts('The rule was dropped two years ago.')).toEqual([]);
  });
});

describe('direction and baseline year', () => {
  it('marks the size of a change and the new level it leads to', () => {
    const text = 'Operating profit fell 14% to €870m.';
    expect(stat(text, '14%')).toMatchObject({ direction: 'DECREASE', cue: 'fell' });
    expect(stat(text, '€870m')).toMatchObject({ value: 870_000_000, direction: 'DECREASE' });
  });

  it('leaves the earlier value without direction', () => {
    const text = 'Exports grew 6% to $8.2bn from $7.7bn a year earlier.';
    expect(stat(text, '$8.2bn').direction).toBe('INCREASE');
    expect(stat(text, '$7.7bn')).toMatchObject({ direction: null, baselineYear: null });
  });

  it('takes the baseline year only from a stated comparison', () => {
    expect(stat('Attendance showed a 21 percent rise from 2015.', '21 percent')).toMatchObject({ direction: 'INCREASE', baselineYear: 2015 });
    const text = 'The vacancy rate was 6.2%, down from 7.4% in 2018.';
    expect(stat(text, '6.2%')).toMatchObject({ direction: 'DECREASE', baselineYear: 2018 });
    expect(stat(text, '7.4%')).toMatchObject({ direction: null, baselineYear: null });
    expect(stat('Membership rose 5% last year.', '5%').baselineYear).toBeNull();
  });

  it('reads change nouns, savings and cuts', () => {
    expect(stat('The firm reported a 31% jump in orders.', '31%').direction).toBe('INCREASE');
    expect(stat('The plan would save £4bn over five years.', '£4bn').direction).toBe('DECREASE');
    expect(stat('Ministers announced £700m of cuts to the budget.', '£700m').direction).toBe('DECREASE');
    expect(stat('About 900 posts are to go at the factory.', '900').direction).toBe('DECREASE');
    expect(stat('Payrolls expanded by 180,000 more workers than expected.', '180,000').direction).toBe('INCREASE');
  });

  it('gives no direction to levels, shares and scores', () => {
    const text = 'The survey of 2,000 adults found 55% backed the plan, 30 percent to 15 percent among the young.';
    for (const s of extractStatistics(text)) expect(s.direction).toBeNull();
  });
});

describe('more change patterns', () => {
  it('reads rates, ranges and averages as sizes of a change', () => {
    expect(stat('Output contracted at an annual rate of 1.2% in the spring.', '1.2%').direction).toBe('DECREASE');
    const range = 'Analysts said the economy would grow by between 2% and 2.5% this year.';
    expect(stat(range, '2%').direction).toBe('INCREASE');
    expect(stat(range, '2.5%').direction).toBe('INCREASE');
    expect(stat('Water bills will rise by an average of 6.3% in April.', '6.3%').direction).toBe('INCREASE');
  });

  it('reads the object of a change verb before "by"', () => {
    expect(stat('The plan would cut the number of hospital managers by 4,000.', '4,000')).toMatchObject({ direction: 'DECREASE', unit: 'managers' });
  });

  it('reads comparatives with a stated year', () => {
    const text = 'There were 1,100 fewer prison officers in 2020 than in 2016.';
    expect(stat(text, '1,100')).toMatchObject({ text: '1,100 fewer prison officers', unit: 'prison officers', direction: 'DECREASE', baselineYear: 2016 });
  });

  it('does not take a start date or a record for a baseline', () => {
    expect(stat('Parking charges will rise to £4 an hour from 2026.', '£4').baselineYear).toBeNull();
    expect(stat('Claims fell by 9% to 41,000, the lowest since 1995.', '9%').baselineYear).toBeNull();
  });

  it('does not read a capitalised name as a cue', () => {
    expect(stat('She gave the Campaign for Growth $40,000 last year.', '$40,000').direction).toBeNull();
  });

  it('gives the first end of a range the unit of the second', () => {
    // one statistic: the upper end is valueMax, never a statistic of its own
    expect(extractStatistics('Fares will rise by 3 to 5% in May.')).toEqual([
      expect.objectContaining({ text: '3 to 5%', value: 3, valueMax: 5, unit: 'percent', direction: 'INCREASE' }),
    ]);
    expect(extractStatistics('Between 2 and 3 million viewers tuned in.')).toEqual([
      expect.objectContaining({ text: '2 and 3 million viewers', value: 2_000_000, valueMax: 3_000_000, unit: 'viewers' }),
    ]);
    expect(stat('Applications rose 4,000 to 1.2 million.', '4,000').value).toBe(4000);
  });

  it('reads a hyphenated majority', () => {
    expect(stat('The party defended a 44-seat majority.', '44-seat')).toMatchObject({ value: 44, unit: 'seats' });
  });

  it('gives a score no direction', () => {
    const text = 'Members backed the motion, 61 percent to 39 percent.';
    expect(extractStatistics(text).map((s) => s.direction)).toEqual([null, null]);
  });
});

describe('what is and is not a change', () => {
  it('gives no direction to the parts a whole is made of (direction.not-composition, "equal to")', () => {
    expect(stat('Tourism now makes up 14% of the island economy.', '14%').direction).toBeNull();
    expect(stat('Mortgages took up 35% of its lending.', '35%').direction).toBeNull();
    expect(stat('The firm raised money by issuing new stock, equal to 8% of its capital.', '8%').direction).toBeNull();
    // "up" after anything else is still a rise
    expect(stat('Sales were up 14% in May.', '14%').direction).toBe('INCREASE');
  });

  it('gives a share that falls in a group no direction (direction.not-membership)', () => {
    expect(stat('Sixty per cent fall in the 18 to 30 age group.', 'Sixty per cent').direction).toBeNull();
    expect(stat('About 20% fall into the lowest band.', '20%').direction).toBeNull();
    expect(stat('A 20% fall in the price of milk hurt farmers.', '20%').direction).toBe('DECREASE');
  });

  it('gives the level a change leaves "at" its direction (direction.level-at)', () => {
    expect(stat('Shares in the miner closed 12 pence lower at 486p.', '486p')).toMatchObject({ direction: 'DECREASE' });
    expect(stat('The stock was up 4% at 215p by lunchtime.', '215p')).toMatchObject({ direction: 'INCREASE' });
    expect(stat('The stock traded at 215p on Monday.', '215p').direction).toBeNull();
  });

  it('counts losses as a decrease (direction.loss-noun)', () => {
    expect(stat('Unions fear 2,400 job losses at the yard.', '2,400')).toMatchObject({ unit: 'jobs', direction: 'DECREASE' });
    expect(stat('The merger could bring 650 redundancies.', '650')).toMatchObject({ direction: 'DECREASE' });
    // losses alone are defeats, not a decrease
    expect(stat('The team suffered four painful losses in March.', 'four').direction).toBeNull();
  });

  it('reads extra, additional and further as an increase (direction.extra)', () => {
    expect(stat('The school was promised an extra £2m.', '£2m').direction).toBe('INCREASE');
    expect(stat('Staff must now work an additional three years.', 'three years').direction).toBe('INCREASE');
    expect(stat('The ward opened 35 extra beds.', '35 extra beds').direction).toBe('INCREASE');
  });

  it('reads add, hire, recruit, retreat and a raise as changes', () => {
    expect(stat('The levy will add £30 a year to each bill.', '£30').direction).toBe('INCREASE');
    expect(stat('The council recruited 85 wardens this spring.', '85 wardens').direction).toBe('INCREASE');
    expect(stat('The shoreline retreated 90 metres.', '90 metres').direction).toBe('DECREASE');
    expect(stat('Drivers turned down a raise of 3 percent.', '3 percent').direction).toBe('INCREASE');
    // "add" followed by words still reports speech
    expect(stat('She will add that 40 people had written in.', '40 people').direction).toBeNull();
  });

  it('reads more verbs of change, and a figure taken "off" something (direction.taken-off)', () => {
    expect(stat('The profit warning wiped £1.2bn off its value.', '£1.2bn').direction).toBe('DECREASE');
    expect(stat('The strike knocked 2% off output.', '2%').direction).toBe('DECREASE');
    expect(stat('The lender lowered its forecast by 0.4%.', '0.4%').direction).toBe('DECREASE');
    expect(stat('The council pared its budget by £6m.', '£6m').direction).toBe('DECREASE');
    expect(stat('The bill ballooned to £4bn.', '£4bn').direction).toBe('INCREASE');
    expect(stat('The bidder upped its offer by 15p.', '15p').direction).toBe('INCREASE');
    // a day off is no decrease
    expect(stat('Staff took 3 days off in May.', '3 days').direction).toBeNull();
  });

  it('reads a figure a change noun reaches as the size of that change (direction.change-subject)', () => {
    expect(stat('The pay cuts will affect about 7% of the drivers.', '7%').direction).toBe('DECREASE');
    expect(stat('The increase amounts to 3.5%.', '3.5%').direction).toBe('INCREASE');
    expect(stat('The report will affect about 7% of the branches.', '7%').direction).toBeNull();
  });

  it('lends a change to its restatement in another unit (direction.restated)', () => {
    expect(stat('Its shares rose 30 cents - 2.1% - in Frankfurt.', '2.1%')).toMatchObject({ direction: 'INCREASE' });
    expect(stat('Its shares fell 30 cents (2.1%) in Frankfurt.', '2.1%')).toMatchObject({ direction: 'DECREASE' });
  });

  it('lends a change to the share of the whole it is (direction.share-of-change)', () => {
    expect(stat('The bakery chain will cut 700 jobs, about 6% of its staff.', '6%')).toMatchObject({ direction: 'DECREASE' });
  });

  it('reads a level with an apposed change noun (direction.apposed-noun, a longer apposition)', () => {
    expect(stat('The merger gives the group 11% of the market, an improvement on its present 7%.', '11%')).toMatchObject({ direction: 'INCREASE' });
    const text = 'Fans will spend £900m on tickets during the long summer season, an increase of 12% on 2025.';
    expect(stat(text, '£900m')).toMatchObject({ direction: 'INCREASE' });
  });

  it('reads a multiplier as the level a change leads to (direction.times-level), and only then', () => {
    expect(stat('Resale prices have climbed to more than double the list price.', 'double')).toMatchObject({ unit: 'times', direction: 'INCREASE' });
    expect(stat('Rents were three times higher in the capital.', 'three times').direction).toBeNull();
    expect(stat('The firm cut costs and plans to double output.', 'double')).toMatchObject({ direction: 'INCREASE' });
  });

  it('reads "down from" further after the level', () => {
    const text = 'Just 48.5% of calls were answered, logged, passed on or closed within ten minutes in June, down from 60.2% a year before.';
    expect(stat(text, '48.5%').direction).toBe('DECREASE');
  });
});

describe('not statistics', () => {
  it('skips years used as dates, dates and clock times', () => {
    expect(texts('In 2019 the talks resumed on 14 March and again on April 2, at 10:30 and 1500 GMT.')).toEqual([]);
  });

  it('skips ordinals of sequence', () => {
    expect(texts('It was the third quarter in a row, and the second time this year.')).toEqual([]);
  });

  it('skips ages', () => {
    expect(texts('The 52-year-old driver, aged 52, was joined by Smith, 47, and a group of 25 to 34 year olds.')).toEqual([]);
  });

  it('skips numbers inside names and addresses', () => {
    expect(texts('She spoke on Channel 4 and BBC Radio 5 Live before visiting 10 Downing Street.')).toEqual([]);
    expect(texts('The Airbus A350 and the F-35 were on display.')).toEqual([]);
  });

  it('skips vague amounts', () => {
    expect(texts('Millions of people and thousands of firms lost hundreds of millions.')).toEqual([]);
  });

  it('skips "one of" and idioms', () => {
    expect(texts('It is one of the largest schemes; at one point a one-off fee was mooted.')).toEqual([]);
  });
});

it('is deterministic on a text far denser in figures than any story', () => {
  // about 4,000 characters with a figure every 17. Its speed is measured by `npm run bench:extract`,
  // not timed here.
  const sentence = 'Profits rose 17% to £3.2bn ($5.9bn) as 1,200 jobs were cut, down from 1,500 in 2019. ';
  const text = sentence.repeat(45);
  expect(extractStatistics(text)).toEqual(extractStatistics(text));
  expect(extractStatistics(text)).toHaveLength(45 * 5);
});
