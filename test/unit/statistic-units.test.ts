// Every unit form of the statistics stage (README, "Statistic units"), on sentences written for these tests
// (invented places, people and facts; no corpus text).
import { describe, expect, it } from 'vitest';
import { extractStory } from '../../src/extraction/index.js';
import type { ExtractedStatistic } from '../../src/extraction/types.js';

/** The one statistic whose span contains `part`. */
function stat(text: string, part: string): ExtractedStatistic {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" not in text`);
  const found = extractStory({ body: text }).statistics.filter((s) => s.start <= at && s.end >= at + part.length);
  if (found.length !== 1) throw new Error(`${found.length} statistics over "${part}" in: ${text}`);
  return found[0]!;
}
const unitOf = (text: string, part: string) => stat(text, part).unit;

describe('currencies with scale words', () => {
  it('reads signs, codes and words with their scale', () => {
    expect(stat('The Brackenford bypass will cost £3.2bn.', '£3.2bn')).toMatchObject({ value: 3_200_000_000, unit: 'GBP' });
    expect(stat('Velmora Air lost $450 million last year.', '$450 million')).toMatchObject({ value: 450_000_000, unit: 'USD' });
    expect(stat('The port was sold for 1.2 billion euros.', '1.2 billion euros')).toMatchObject({ value: 1_200_000_000, unit: 'EUR' });
    expect(stat('The Kestrian mint struck coins worth 300m Swiss francs.', '300m Swiss francs')).toMatchObject({ unit: 'CHF' });
    expect(stat('Stamps now cost 65p each.', '65p')).toMatchObject({ unit: 'pence' });
    expect(stat('Bus fares in Orlen rose to 95 cents.', '95 cents')).toMatchObject({ unit: 'US cents' });
    expect(stat('The Dunmore fund holds €40m.', '€40m')).toMatchObject({ value: 40_000_000, unit: 'EUR' });
  });
});

describe('a currency written once for two figures (money.elided)', () => {
  it('gives a bare figure the unit of the amount it is compared with', () => {
    expect(stat('Orlen shares rose from 480 to 530p.', '480')).toMatchObject({ unit: 'pence', rule: 'number.digits+count.bare+money.elided' });
    expect(unitOf('Orlen shares closed at 530p, up from 480.', '480')).toBe('pence');
    expect(unitOf('The Harlow parking fee rose from £4.85 to 5.05.', '5.05')).toBe('GBP');
    expect(unitOf('Velmora made £5m, up from 3.2m.', '3.2m')).toBe('GBP');
    expect(unitOf('Orlen offered 530p a share, against 480 at the close on Friday.', '480')).toBe('pence per share');
  });
  it('leaves a count beside an amount alone', () => {
    expect(unitOf('Orlen made £5m and hired 400.', '400')).toBeNull();
  });
});

describe('percent and percentage points', () => {
  it('tells a percentage from a change in points', () => {
    expect(unitOf('Turnout in Harlow Vale was 61%.', '61%')).toBe('percent');
    expect(unitOf('Turnout in Harlow Vale was 61 per cent.', '61 per cent')).toBe('percent');
    expect(unitOf('Support for the Greens rose two percentage points.', 'two percentage points')).toBe('percentage points');
    expect(unitOf('The Orlen party fell three points to 38%.', 'three points')).toBe('percentage points');
    expect(unitOf('The index of Kestrian shares fell 40 points.', '40 points')).toBe('points');
  });
});

describe('rates', () => {
  it('keeps "per", "a", "each" and "every" denominators', () => {
    expect(unitOf('Carers in Lanmouth get £95 per week.', '£95')).toBe('GBP per week');
    expect(unitOf('Carers in Lanmouth get £95 a week.', '£95')).toBe('GBP per week');
    expect(unitOf('Carers in Lanmouth get £95 each week.', '£95')).toBe('GBP per week');
    expect(unitOf('Carers in Lanmouth get £95 every week.', '£95')).toBe('GBP per week');
    expect(unitOf('Orlen Mining will pay a dividend of 12p per share.', '12p')).toBe('pence per share');
    expect(unitOf('Brackenford Oil sold crude at $58 a barrel.', '$58')).toBe('USD per barrel');
    expect(unitOf('The Velmora deal values the brewer at $31 a share.', '$31')).toBe('USD per share');
    expect(unitOf('Velmora will pay $31 for every share it buys.', '$31')).toBe('USD per share');
    expect(unitOf('Orlen offered 530p for each share.', '530p')).toBe('pence per share');
    expect(unitOf('Orlen Foods earned 17 cents a share.', '17 cents')).toBe('US cents per share');
    expect(unitOf('Velmora paid a dividend of 1.5 euros per share.', '1.5 euros')).toBe('EUR per share');
    expect(unitOf('Staff at the Dunmore depot work 37 hours per week.', '37 hours')).toBe('hours per week');
    expect(unitOf('The Harlow plant saves about $200m a year.', '$200m')).toBe('USD per year');
  });
  it('reads "a head" and "per capita" as per person', () => {
    expect(unitOf('The Kestrian council spends £410 a head on schools.', '£410')).toBe('GBP per person');
    expect(unitOf('Income in Velmora reached $9,000 per person.', '$9,000')).toBe('USD per person');
  });
  it('reads shares of GDP, and national income as no GDP', () => {
    expect(unitOf("Velmora's budget deficit reached 3.6% of GDP in 2004.", '3.6%')).toBe('percent of GDP');
    expect(unitOf('Kestria spends 2 per cent of GDP on defence.', '2 per cent')).toBe('percent of GDP');
    expect(unitOf('Kestria gives 0.4% of national income in aid.', '0.4%')).toBe('percent');
  });
  it('reads a budget balance as a share of GDP when the story measures against GDP (rate.gdp-ratio)', () => {
    expect(unitOf("Velmora's deficit hit 4.1% of GDP in 2004. Orlen's budget gap was 3.3%.", '3.3%')).toBe('percent of GDP');
    expect(unitOf('Growth in Kestrian GDP was weak. The government will be in the red by 3.4% this year.', '3.4%')).toBe('percent of GDP');
    expect(unitOf('Prices in Orlen rose 3.4% last year, and GDP grew 2%.', '3.4%')).toBe('percent');    expect(unitOf('Kestrian public debt stands at 71%.', '71%')).toBe('percent of GDP');
    expect(unitOf('Orlen Mining cut its debt by 12%.', '12%')).toBe('percent');
  });
  it('continues a share of GDP in a percentage that names nothing else (rate.gdp-continued)', () => {
    const pact = 'The pact caps deficits at 3% of GDP. Kestria and Velmora have exceeded it, at 3.7% and 4.1%.';
    expect(stat(pact, '3.7%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign+rate.gdp-continued' });
    expect(unitOf('Kestrian debt was 60% of GDP. Inflation was 2.1%.', '2.1%')).toBe('percent');
    expect(unitOf('Kestrian debt was 60% of GDP. The Orlen party won 41%.', '41%')).toBe('percent');
  });
  it('reads a limit named by its value in a story of deficits against GDP (rate.gdp-limit)', () => {
    const text = "The pact measures members' deficits against their GDP. Velmora has broken the 3% ceiling for three years.";
    expect(stat(text, '3%')).toMatchObject({ unit: 'percent of GDP', rule: 'number.digits+percent.sign+rate.gdp-limit' });
    expect(unitOf("Kestria's deficit fell as its GDP grew. The central bank kept its 2% inflation target.", '2%')).toBe('percent');
    expect(unitOf("Kestria's deficit fell as its GDP grew. Prices stayed under the 2% target.", '2%')).toBe('percent');
  });
});

describe('counted nouns', () => {
  it('counts the head noun, without words that describe the things counted', () => {
    expect(unitOf('Orlen Mining will cut 300 jobs.', '300 jobs')).toBe('jobs');
    expect(unitOf('Orlen Mining will create 300 new jobs.', '300 new jobs')).toBe('jobs');
    expect(unitOf('The Harlow fair drew 5,000 people.', '5,000 people')).toBe('people');
    expect(unitOf('The Lanmouth plant employs 1,200 permanent staff.', '1,200')).toBe('staff');
    expect(unitOf('Ten former directors of Velmora Air agreed to pay.', 'Ten former directors')).toBe('directors');
    expect(unitOf('The strike involved 900 local council workers.', '900')).toBe('workers');
    expect(unitOf('About 4,000 job losses are expected at Brackenford.', '4,000')).toBe('jobs');
  });
  it('keeps the word that names the kind of a role or generic head', () => {
    expect(unitOf('Kestria has 40 TV stations.', '40 TV stations')).toBe('TV stations');
    expect(unitOf('Four Cabinet members resigned in Orlen.', 'Four Cabinet members')).toBe('Cabinet members');
    expect(unitOf('Velmora Telecom has 12 million mobile users.', '12 million')).toBe('mobile users');
    expect(unitOf('The Harlow bank has 2 million retail customers.', '2 million')).toBe('retail customers');
    expect(unitOf('Lanmouth will close 60 public bodies.', '60 public bodies')).toBe('public bodies');
    expect(unitOf('More than 80 generic drugmakers sell the pill.', '80 generic drugmakers')).toBe('generic drugmakers');
    expect(unitOf('Kestria is one of 25 EU member states.', '25')).toBe('member states');
    expect(unitOf('Harlow Bank has 2 million account holders.', '2 million')).toBe('account holders');
  });
  it('reads a name before a role head as whose they are, not as their kind', () => {
    expect(unitOf('About 300 Orlen customers complained.', '300')).toBe('customers');
    expect(unitOf('The fair drew 200 French customers.', '200')).toBe('customers');
  });
  it('drops descriptive and hyphenated modifiers before a role head', () => {
    expect(unitOf('The chain has 200 existing customers.', '200')).toBe('customers');
    expect(unitOf('The network reaches 3 million middle-class users.', '3 million')).toBe('users');
    expect(unitOf('Six former Cabinet members signed the letter.', 'Six')).toBe('Cabinet members');
  });
  it('reads coordinated modifiers as part of the counted noun phrase (np.coordinated-modifiers)', () => {
    expect(stat('The Harlow fair drew 300 large and small firms.', '300')).toMatchObject({ unit: 'firms', text: '300 large and small firms' });
    expect(unitOf('Velmora has 40 public or private hospitals.', '40')).toBe('hospitals');
    expect(unitOf('Orlen employs 2,000 full-time and part-time staff.', '2,000')).toBe('staff');
    expect(stat('Orlen will cut 300 jobs and 40 shops.', '300')).toMatchObject({ unit: 'jobs', text: '300 jobs' });
  });
  it('gives a count with no noun the noun it counts', () => {
    expect(unitOf('Orlen Air has ordered 40 planes. It will lease 10 more next year.', '10')).toBe('planes');
    expect(unitOf('Of the 40 planes, 10 will be leased.', '10')).toBe('planes');
    expect(unitOf("The ministry said 2,093 of Orlen's released emails were secret.", '2,093')).toBe('emails');
    expect(unitOf('Sales of the Zephyr phone reached 2 million.', '2 million')).toBe('phones');
    expect(unitOf('Orlen said sales of its new tablet hit 300,000.', '300,000')).toBe('tablets');
    expect(unitOf('Orlen subscribers reached 4 million in June.', '4 million')).toBe('subscribers');
    expect(unitOf('Visitors to Harlow numbered 300,000 last year.', '300,000')).toBe('visitors');
    // a measure in the sentence before is no counted noun
    expect(unitOf('Harlow is 18 miles from Orlen. "We get about 3,000 a year," he said.', '3,000')).toBeNull();
  });
  it('drops hyphenated compounds before the head', () => {
    expect(unitOf('Orlen hired 2,000 part-time workers.', '2,000')).toBe('workers');
    expect(unitOf('Harlow lost 300 high-street shops.', '300')).toBe('shops');
    expect(unitOf('Velmora Telecom has 4 million pay-TV subscribers.', '4 million')).toBe('subscribers');
  });
  it('reads hyphenated compounds after a number', () => {
    expect(unitOf('Labour won a 40-seat majority in Orlen.', '40')).toBe('seats');
    expect(stat('The Greens held a 6-point lead in Harlow.', '6')).toMatchObject({ unit: 'points' });
  });
});

describe('multipliers, temperatures, distances, durations and ages', () => {
  it('reads "times" and "-fold"', () => {
    expect(unitOf('Rents in Dunmore are three times higher than in Orlen.', 'three times')).toBe('times');
    expect(unitOf('Exports of Kestrian cheese rose fivefold.', 'fivefold')).toBe('times');
  });
  it('reads a doubling named as a noun, and a ratio to one (multiplier.ratio)', () => {
    expect(stat('Orlen Air plans a doubling of its fleet.', 'doubling')).toMatchObject({ value: 2, unit: 'times' });
    expect(stat('The tripling of fees angered Harlow students.', 'tripling')).toMatchObject({ value: 3, unit: 'times' });
    expect(stat('Orlen voters backed the plan by two to one.', 'two to one')).toMatchObject({ value: 2, unit: 'times', rule: 'multiplier.ratio' });
    expect(stat('Velmora won a three-to-one majority.', 'three-to-one')).toMatchObject({ value: 3, unit: 'times' });
    expect(extractStory({ body: 'Orlen played a double act in Harlow.' }).statistics).toEqual([]);
  });
  it('reads temperatures and distances', () => {
    expect(unitOf('The Orlen lake warmed by 2C in a decade.', '2C')).toBe('degrees Celsius');
    expect(unitOf('The Orlen lake warmed by 2 degrees Celsius in a decade.', '2 degrees')).toBe('degrees Celsius');
    expect(unitOf('It was 35°C in Harlow on Monday.', '35°C')).toBe('degrees Celsius');
    expect(unitOf('Orlen recorded 95F at noon.', '95F')).toBe('degrees Fahrenheit');
    expect(unitOf('The Harlow line will run for 40 miles.', '40 miles')).toBe('miles');
    expect(unitOf('The Lanmouth tunnel is 12km long.', '12km')).toBe('kilometres');
    expect(unitOf('Lorries in Orlen may drive at 50mph.', '50mph')).toBe('miles per hour');
    expect(unitOf('The Kestrian border fence is 120 kilometres long.', '120 kilometres')).toBe('kilometres');
  });
  it('reads durations', () => {
    expect(unitOf('The Lanmouth trial lasted six months.', 'six months')).toBe('months');
    expect(unitOf('The talks in Orlen ran for 90 minutes.', '90 minutes')).toBe('minutes');
    expect(unitOf('Patients in Harlow wait up to 18 weeks.', '18 weeks')).toBe('weeks');
    expect(stat("Orlen's 18-month fight to buy Velmora ended.", '18-month')).toMatchObject({ value: 18, unit: 'months', text: '18-month' });
    expect(unitOf('Kestria faces a six-week strike by nurses.', 'six-week')).toBe('weeks');
    // the scope of a plan or of a week is no quantity
    expect(extractStory({ body: 'Orlen unveiled a three-year plan. Miners forced a three-day week.' }).statistics).toEqual([]);
  });
  it('reads age limits in years of age', () => {
    expect(unitOf('Kestria will raise the pension age from 65 to 67.', '67')).toBe('years of age');
    expect(unitOf('Under the plan, Kestrians must retire at 67.', '67')).toBe('years of age');
    expect(unitOf('Teenagers in Orlen could vote at 16.', '16')).toBe('years of age');
  });
  it('leaves the age of a person out (an optional entry in the corpus)', () => {
    expect(extractStory({ body: 'Ann Orlen, 58, ran the Harlow depot.' }).statistics).toEqual([]);
    expect(extractStory({ body: 'Sales fell among the key 16 to 35-year-old group in Orlen.' }).statistics).toEqual([]);
  });
});
