// The statistics stage on sentences written for these tests (no corpus text): each number form, each
// unit form, ranges, qualifiers, labels, subjects, the sentence and the rule recorded on each figure.
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedStatistic } from '../../src/extraction/types.js';

const statisticsOf = (text: string): ExtractedStatistic[] => extractStory({ body: text }).statistics;

/** The one statistic whose span contains `part`. */
function stat(text: string, part: string): ExtractedStatistic {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in text`);
  const found = statisticsOf(text).filter((s) => s.start <= at && s.end >= at + part.length);
  if (found.length !== 1) throw new Error(`${found.length} statistics over "${part}" in: ${text}`);
  return found[0]!;
}

describe('number forms', () => {
  it('reads digits, spelled numbers and their compounds', () => {
    expect(stat('Eight ferries were cancelled on Tuesday.', 'Eight')).toMatchObject({ value: 8, unit: 'ferries', rule: 'number.words+count.noun' });
    expect(stat('The valley now draws nine million walkers.', 'nine million')).toMatchObject({ value: 9_000_000, unit: 'walkers' });
    expect(stat('The queue grew by two-and-a-half thousand people.', 'two-and-a-half thousand')).toMatchObject({ value: 2500, unit: 'people', rule: 'number.and-a-half+count.noun' });
    expect(stat('Volunteers walked two and a half miles.', 'two and a half')).toMatchObject({ value: 2.5, unit: 'miles' });
    expect(stat('The club signed a dozen goalkeepers.', 'a dozen')).toMatchObject({ value: 12, unit: 'goalkeepers' });
    expect(stat('The co-op shipped twenty-five thousand crates.', 'twenty-five thousand')).toMatchObject({ value: 25_000, unit: 'crates' });
    expect(stat('Orders reached 1,250,000 parcels.', '1,250,000')).toMatchObject({ value: 1_250_000, unit: 'parcels', rule: 'number.digits+count.noun' });
  });

  it('reads fractions as percentages', () => {
    expect(stat('A quarter of the orchards were replanted.', 'A quarter')).toMatchObject({ value: 25, unit: 'percent' });
    expect(stat('Two thirds of the tenants signed the letter.', 'Two thirds')).toMatchObject({ value: 66.7, unit: 'percent' });
    expect(stat('Half of the ferries run late.', 'Half')).toMatchObject({ value: 50, unit: 'percent', rule: 'fraction.half' });
    expect(stat('Three in ten riders pay cash.', 'Three in ten')).toMatchObject({ value: 30, unit: 'percent' });
  });

  it('reads multipliers as times', () => {
    expect(stat('Output at the mill rose fourfold in a decade.', 'fourfold')).toMatchObject({ value: 4, unit: 'times', rule: 'multiplier.fold' });
    expect(stat('The ward received twice as many complaints as last year.', 'twice')).toMatchObject({ value: 2, unit: 'times', direction: null });
    expect(stat('The council hopes to double its recycling by 2030.', 'double')).toMatchObject({ value: 2, unit: 'times', direction: 'INCREASE', rule: 'multiplier.verb' });
    expect(stat('Ticket prices at the lido were three times higher.', 'three times')).toMatchObject({ value: 3, unit: 'times' });
    // a noun or a compound is no multiplier
    expect(statisticsOf('The striker scored a double on Saturday.').filter((s) => s.unit === 'times')).toEqual([]);
    expect(statisticsOf('Inflation stayed in double digits.').filter((s) => s.unit === 'times')).toEqual([]);
  });
});

describe('unit forms', () => {
  it('reads percentages, points, currencies and counted nouns', () => {
    expect(stat('Turnout was 64% in the north.', '64%')).toMatchObject({ value: 64, unit: 'percent', rule: 'number.digits+percent.sign' });
    expect(stat('The lead narrowed by 3 percentage points.', '3 percentage points')).toMatchObject({ unit: 'percentage points' });
    expect(stat('The bridge cost £3.2bn to build.', '£3.2bn')).toMatchObject({ value: 3_200_000_000, unit: 'GBP', rule: 'number.digits+money.sign' });
    expect(stat('The mill was sold for 40m euros.', '40m euros')).toMatchObject({ value: 40_000_000, unit: 'EUR', rule: 'number.digits+money.word' });
    expect(stat('The vote came after 300 nurses walked out.', '300 nurses')).toMatchObject({ unit: 'nurses' });
  });

  it('keeps a rate denominator in the unit', () => {
    expect(stat('Carers will be paid £120 a week from April.', '£120 a week')).toMatchObject({ value: 120, unit: 'GBP per week', rule: 'number.digits+money.sign.rate' });
    expect(stat('Brent crude reached $60 a barrel on Monday.', '$60 a barrel')).toMatchObject({ unit: 'USD per barrel' });
    expect(stat('The board declared a dividend of 40p a share.', '40p a share')).toMatchObject({ value: 40, unit: 'pence per share' });
    expect(stat('Junior doctors work 35 hours a week on average.', '35 hours a week')).toMatchObject({ unit: 'hours per week', rule: 'number.digits+duration.rate' });
    expect(stat('Parking costs £4 per hour in the centre.', '£4 per hour')).toMatchObject({ unit: 'GBP per hour' });
    // a time reference is no denominator
    expect(stat('Rents were £900 a year ago.', '£900')).toMatchObject({ unit: 'GBP' });
  });

  it('reads a rate after each, every and per capita; "a head" and "per capita" are "per person"', () => {
    expect(stat('Pensioners on the island get £85 each week.', '£85')).toMatchObject({ unit: 'GBP per week', text: '£85 each week' });
    expect(stat('Season tickets cost £300 every month.', '£300')).toMatchObject({ unit: 'GBP per month' });
    expect(stat('The county spends £410 per head on roads.', '£410')).toMatchObject({ unit: 'GBP per person' });
    expect(stat('Income reached $41,000 per capita last year.', '$41,000')).toMatchObject({ unit: 'USD per person', text: '$41,000 per capita' });
  });

  it('reads frequency adverbs as rates, but not the adjective before a noun', () => {
    expect(stat('The scheme costs the council $12bn annually.', '$12bn')).toMatchObject({ unit: 'USD per year', rule: 'number.digits+money.sign.rate-adverb' });
    expect(stat('Members pay €60 per annum to join.', '€60')).toMatchObject({ unit: 'EUR per year' });
    expect(stat('Tenants now pay £20 weekly, and more in winter.', '£20')).toMatchObject({ unit: 'GBP per week' });
    expect(stat('The club added a £20 monthly charge.', '£20')).toMatchObject({ unit: 'GBP' });
  });

  it('reads a hyphenated rate before its noun, and a named share', () => {
    expect(stat('The brewer rejected a 410p-a-share offer.', '410p')).toMatchObject({ unit: 'pence per share' });
    expect(stat('Rivals tabled a $70-a-barrel price floor.', '$70')).toMatchObject({ unit: 'USD per barrel' });
    expect(stat('The bidder offered 385p per ordinary share.', '385p')).toMatchObject({ unit: 'pence per share' });
    // how the offer is paid, and the denominator written before the amount
    expect(stat('The buyer offered £3.15 in cash per share.', '£3.15')).toMatchObject({ unit: 'GBP per share', text: '£3.15 in cash per share' });
    expect(stat('The bid values each share at 455p.', '455p')).toMatchObject({ unit: 'pence per share', rule: 'number.digits+money.pence.rate-before' });
    expect(stat('The shares closed at 455p.', '455p')).toMatchObject({ unit: 'pence' });
    // the slash of tables and headlines; a fraction or a date stays no quantity
    expect(stat('Crude settled at $48/barrel.', '$48')).toMatchObject({ unit: 'USD per barrel', text: '$48/barrel' });
    expect(stat('The offer is worth 41p/share.', '41p')).toMatchObject({ unit: 'pence per share' });
    expect(statisticsOf('The vote was on 14/03/2025 and passed 2/3.')).toEqual([]);
  });

  it('reads the denominator after a bracketed conversion, for the amount and its conversion', () => {
    // both are rates; neither span grows over the other
    const converted = 'The buyer will pay 620p ($11.40) a share for the stock.';
    expect(stat(converted, '620p')).toMatchObject({ unit: 'pence per share', text: '620p' });
    expect(stat(converted, '$11.40')).toMatchObject({ unit: 'USD per share', direction: null });
    expect(stat('The savings should reach 90m euros ($117m) a year.', '$117m')).toMatchObject({ unit: 'USD per year' });
  });

  it('reads the denominator after a bound of the amount, not after a comparative', () => {
    expect(stat('Traders expect crude at $70 or more a barrel.', '$70')).toMatchObject({ unit: 'USD per barrel', text: '$70 or more a barrel' });
    expect(stat('The scheme costs £2bn or so a year.', '£2bn')).toMatchObject({ unit: 'GBP per year' });
    // a comparative makes the size of a rise, in the currency alone
    expect(stat('Tenants will pay £12 more a month.', '£12')).toMatchObject({ unit: 'GBP', direction: 'INCREASE' });
  });

  it('reads no denominator in a time reference, and keeps the noun of a count', () => {
    expect(stat('The flat fetched £900 a year on, in 2009.', '£900')).toMatchObject({ unit: 'GBP' });
    expect(stat('Visitors spend 38 minutes per month on the forum.', '38 minutes')).toMatchObject({ unit: 'minutes per month' });
    expect(stat('The mine ships 400 tonnes a day.', '400 tonnes')).toMatchObject({ unit: 'tonnes' });
  });

  it('reads shares of GDP', () => {
    expect(stat('Defence spending will reach 2.5% of GDP.', '2.5%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign.of-gdp' });
    expect(stat('The budget deficit hit 3.4% last year, a ratio the treaty measures against GDP.', '3.4%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat('Prices rose 3.4% last year.', '3.4%')).toMatchObject({ unit: 'percent' });
    // other names of GDP, and a possessive before it; national income is not GDP
    expect(stat("The deficit reached 3.8% of Italy's GDP.", '3.8%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat('Borrowing will be 2.9% of annual economic output.', '2.9%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat("Exports reached 38% of the eurozone's GDP.", '38%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign.of-gdp' });
    // a fraction of GDP
    expect(stat('Public debt is now almost half of GDP.', 'half')).toMatchObject({ value: 50, unit: 'percent of GDP', rule: 'fraction.half+rate.of-gdp' });
    expect(stat('Two-thirds of the budget goes on wages.', 'Two-thirds')).toMatchObject({ unit: 'percent' });
    expect(stat('The debt stood at 71% of national output.', '71%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat('Aid is 0.4% of national income.', '0.4%')).toMatchObject({ unit: 'percent' });
  });

  it('gives the other figures of a rate its denominator', () => {
    // rate.other-end: the first end of a change takes the denominator written after the second
    expect(stat('Cleaners will get a rise from £6.10 to £6.45 an hour.', '£6.10')).toMatchObject({ unit: 'GBP per hour', rule: 'number.digits+money.sign+rate.other-end' });
    expect(stat('Its deficit narrowed from 4.2% to 3.6% of GDP.', '4.2%')).toMatchObject({ unit: 'percent of GDP' });
    // a size of change keeps its own unit
    expect(stat('The stock gained 12p to 340p a share.', '12p')).toMatchObject({ unit: 'pence' });
    // rate.earlier-value: an earlier value, also of a share of GDP
    expect(stat('Care now costs £120 a week, up from £104.', '£104')).toMatchObject({ unit: 'GBP per week', rule: 'number.digits+money.sign+rate.earlier-value' });
    expect(stat('Exports were 31% of GDP, up from 28%.', '28%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign+rate.earlier-value' });
    // rate.gdp-ratio: a deficit once the story measures against GDP, but not the size of a change
    const story = 'Ministers said GDP would grow this year. The budget deficit will be 2.7% in 2026. Borrowing rose 4% in May.';
    expect(stat(story, '2.7%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign+rate.gdp-ratio' });
    expect(stat(story, '4%')).toMatchObject({ unit: 'percent' });
    // a public balance is a share of GDP even when the story does not name GDP (README: budget and debt ratios)
    expect(stat('The budget deficit will be 2.7% in 2026.', '2.7%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat('The trade deficit will be 2.7% in 2026.', '2.7%')).toMatchObject({ unit: 'percent' });
    // GDP named later in the story counts too; the price of a debt is no ratio
    expect(stat('The budget deficit will be 2.7% in 2026. GDP is set to grow by 1%.', '2.7%')).toMatchObject({ unit: 'percent of GDP' });
    expect(stat('GDP is set to grow. The state pays interest on its debt at 4.5%.', '4.5%')).toMatchObject({ unit: 'percent' });
    expect(stat('GDP is set to grow. Borrowing will reach 3.1% of national income.', '3.1%')).toMatchObject({ unit: 'percent' });
    expect(stat('GDP grew by 2%. The budget shortfall will be 3.4% and the trade surplus 1.2%.', '3.4%')).toMatchObject({ unit: 'percent of GDP' });
    // rate.gdp-restated: a share of GDP named again by its value
    const pact = 'Members must keep deficits under 3% of GDP. Two of them have broken the 3% limit twice.';
    const restated = statisticsOf(pact).filter((f) => f.value === 3);
    expect(restated.map((f) => [f.unit, f.rule])).toEqual([
      ['percent of GDP', 'number.digits+percent.sign.of-gdp'],
      ['percent of GDP', 'number.digits+percent.sign+rate.gdp-restated'],
    ]);
  });

  it('counts people named by a demonym without a plural ending (count.demonym)', () => {
    expect(stat('Nearly 90 million Vietnamese own a phone.', '90 million')).toMatchObject({ unit: 'people', text: 'Nearly 90 million Vietnamese' });
    expect(stat('Some 12,000 Swiss signed the petition.', '12,000')).toMatchObject({ unit: 'people' });
    expect(stat('About 600 Japanese engineers moved north.', '600')).toMatchObject({ unit: 'engineers' });
  });

  it('counts what a name names, not the name (a capitalised plural before its noun)', () => {
    expect(stat('The store sold 80 Zoomers radio control cars.', '80')).toMatchObject({ unit: 'cars', text: '80 Zoomers radio control cars' });
    expect(stat('The club signed 3 Brazilians.', '3 Brazilians')).toMatchObject({ unit: 'people' });
  });

  it('counts the part of a counted whole with the noun of the whole (count.partitive)', () => {
    const text = "Of the city's 410,000 homes, 95,000 receive district heating.";
    expect(stat(text, '95,000')).toMatchObject({ unit: 'homes', rule: 'number.digits+count.partitive' });
    expect(stat('Of the 80 pilots, 12 trainees failed.', '12 trainees')).toMatchObject({ unit: 'trainees' });
  });

  it('reads Indian scale words and a fraction of a percentage point', () => {
    expect(stat('The airline will invest Rs 900 crore in new jets.', 'Rs 900')).toMatchObject({ value: 9_000_000_000, unit: 'INR', text: 'Rs 900 crore' });
    expect(stat('The scheme reached 4 lakh farmers.', '4 lakh')).toMatchObject({ value: 400_000, unit: 'farmers' });
    expect(stat('Inflation eased by 0.3 of a percentage point.', '0.3')).toMatchObject({ unit: 'percentage points', text: '0.3 of a percentage point' });
  });

  it('reads points of a percentage as percentage points (points.of-percent)', () => {
    expect(stat('Approval fell four points to 37%.', 'four points')).toMatchObject({ unit: 'percentage points', rule: 'number.words+points.word+points.of-percent' });
    expect(stat('The party is on 29%, up three points.', 'three points')).toMatchObject({ unit: 'percentage points' });
    // a lead, a score or an index keeps its points
    expect(stat('She holds a lead of six points.', 'six points')).toMatchObject({ unit: 'points' });
    expect(stat('The index fell 35 points to 5,210.', '35 points')).toMatchObject({ unit: 'points' });
  });

  it('counts the part "of the" whole with the noun of the whole', () => {
    expect(stat('Nearly 400 of the drivers voted to strike.', '400')).toMatchObject({ unit: 'drivers' });
    expect(stat('The mill will shed 90 of its 1,100 weavers.', '90')).toMatchObject({ unit: 'weavers' });
  });

  it('reads pesos as the currency of the country the story names', () => {
    expect(stat('In Argentina the utility lost 400m pesos.', '400m pesos')).toMatchObject({ unit: 'ARS' });
    expect(stat('The utility lost 400m pesos.', '400m pesos')).toMatchObject({ unit: 'pesos' });
  });

  it('reads age limits in years of age and job losses as jobs', () => {
    expect(stat('The reform would raise the pension age from 60 to 65.', '65')).toMatchObject({ unit: 'years of age' });
    expect(stat('The merger led to 600 job losses at the plant.', '600 job losses')).toMatchObject({ unit: 'jobs' });
    // a container counts with what it holds
    expect(stat('The envoys held three rounds of talks.', 'three rounds of talks')).toMatchObject({ value: 3, unit: 'rounds of talks' });
  });
});

describe('ranges', () => {
  const only = (text: string) => {
    const found = statisticsOf(text);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  it('gives a range one statistic, its upper end in valueMax', () => {
    expect(only('Repairs will cost between £4m and £5m.')).toMatchObject({ text: '£4m and £5m', value: 4_000_000, valueMax: 5_000_000, unit: 'GBP', rule: expect.stringMatching(/range\.between$/) });
    expect(only('Growth is expected at 2.5% to 2.8%.')).toMatchObject({ value: 2.5, valueMax: 2.8, unit: 'percent' });
    expect(only('Mortgage rates settled at 4-4.5%.')).toMatchObject({ text: '4-4.5%', value: 4, valueMax: 4.5, unit: 'percent', rule: 'range.hyphen+percent.sign' });
    expect(only('The survey will take two to three months.')).toMatchObject({ text: 'two to three months', value: 2, valueMax: 3, unit: 'months' });
    expect(only('Tickets at the lido range from £19 to £29.')).toMatchObject({ value: 19, valueMax: 29, unit: 'GBP' });
    expect(only('Each phone has a two or three megapixel camera.')).toMatchObject({ value: 2, valueMax: 3, unit: 'megapixels' });
  });

  it('keeps a change and its new level apart', () => {
    const found = statisticsOf('Applications rose 4,000 to 1.2 million.');
    expect(found.map((s) => [s.value, s.valueMax])).toEqual([[4000, null], [1_200_000, null]]);
    expect(statisticsOf('Fares rose from £3 to £4.').map((s) => s.valueMax)).toEqual([null, null]);
  });
});

describe('qualifiers', () => {
  it('records the qualifier without folding it into the value', () => {
    const cases: [string, string, string][] = [
      ['About 300 families were rehoused.', 'About 300', 'ABOUT'],
      ['Around 40% of the stalls closed.', 'Around 40%', 'ABOUT'],
      ['More than 2,000 runners finished.', 'More than 2,000', 'MORE_THAN'],
      ['The fund gave over £5m to schools.', 'over £5m', 'MORE_THAN'],
      ['At least 12 boats were damaged.', 'At least 12', 'AT_LEAST'],
      ['Fewer than 90 pupils applied.', 'Fewer than 90', 'LESS_THAN'],
      ['The scheme will create up to 900 jobs.', 'up to 900', 'UP_TO'],
      ['Nearly 7,000 homes lost power.', 'Nearly 7,000', 'ALMOST'],
    ];
    for (const [text, part, qualifier] of cases) {
      const found = stat(text, part);
      expect(found.qualifier, text).toBe(qualifier);
      expect(found.text.startsWith(part), text).toBe(true);
    }
    expect(stat('About 300 families were rehoused.', '300').value).toBe(300);
    expect(stat('Only 40 seats were left.', '40 seats')).toMatchObject({ qualifier: null, text: '40 seats' });
  });
});

describe('what a statistic is about', () => {
  const story =
    'Harrowgate Rail will charge commuters £120 a week from March, down from £134.\n\n' +
    'Unemployment in Brennland rose to 5.2%, up from 4.1%.';

  it('links the subject, keeps the sentence and the baseline value', () => {
    expect(stat(story, '£120 a week')).toMatchObject({
      subject: 'Harrowgate Rail',
      baselineValue: 134,
      context: 'Harrowgate Rail will charge commuters £120 a week from March, down from £134.',
    });
    expect(stat(story, '5.2%')).toMatchObject({ subject: 'Brennland', direction: 'INCREASE', baselineValue: 4.1, context: 'Unemployment in Brennland rose to 5.2%, up from 4.1%.' });
    expect(stat(story, '4.1%')).toMatchObject({ baselineValue: null, direction: null });
  });

  it('gives labels that are noun phrases, never a name alone, a single word or a function word', () => {
    const text =
      'Osric Vell won 47 percent. Just 12% agreed. Only 40 seats were left. Tamsin Roe took $2 million. ' +
      'The settlement was $9bn. Kestrel Foods earned £30m, the company said.';
    const labels = statisticsOf(text).map((s) => s.label);
    expect(labels.length).toBeGreaterThanOrEqual(6);
    for (const label of labels) {
      const words = label.split(/\s+/);
      expect(words.length, label).toBeGreaterThan(1);
      expect(words.every((word) => /^[A-Z]/.test(word)), label).toBe(false);
      expect(/^(?:just|only|the|a|an|of|and)$/i.test(words[0]!), label).toBe(false);
    }
  });

  it('records a rule on every statistic', () => {
    for (const statistic of statisticsOf(story)) expect(statistic.rule).toMatch(/^[a-z-]+\.[a-z.-]+(?:\+[a-z-]+(?:\.[a-z-]+)*)*$/);
  });
});
