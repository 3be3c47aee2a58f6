// The evaluation scorer (scripts/eval/score.ts) on small crafted texts: these test the scoring rules, not the extractor.
import { describe, expect, it } from 'vitest';
import type { ExtractedAgreement, ExtractedStatement, ExtractedStatistic } from '../../src/extraction/types.js';
import { heldOutIds, stratumOf } from '../../scripts/eval/held-out.js';
import {
  agreementMetrics,
  locateSpans,
  normaliseName,
  sameSpeaker,
  scoreAgreements,
  scoreEntities,
  scoreStatements,
  scoreStatistics,
  statementMetrics,
  statisticMetrics,
  type GoldStatement,
  type GoldStatistic,
} from '../../scripts/eval/score.js';

/** A predicted statement over text.slice(start, end). */
function said(text: string, start: number, end: number, extra: Partial<ExtractedStatement> = {}): ExtractedStatement {
  return { text: text.slice(start, end), start, end, kind: 'INDIRECT', speaker: 'Mayor', via: null, cue: 'said', rule: 'speech.that-clause', confidence: 1, ...extra };
}

/** A predicted statement over the first occurrence of `part` at or after `from`. */
function saidAt(text: string, part: string, from = 0, extra: Partial<ExtractedStatement> = {}): ExtractedStatement {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return said(text, start, start + part.length, extra);
}

function figure(text: string, part: string, value: number, extra: Partial<ExtractedStatistic> = {}): ExtractedStatistic {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return {
    text: part, start, end: start + part.length, value, valueMax: null, qualifier: null, unit: null, label: '', subject: null, context: '',
    direction: null, baselineYear: null, baselineValue: null, rule: 'test', cue: null, confidence: 1, ...extra,
  };
}

describe('statement overlap thresholds', () => {
  // the gold span is 20 characters long
  const text = 'The mayor said abcdefghijklmnopqrst and left.';
  const goldText = 'abcdefghijklmnopqrst';
  const gold: GoldStatement[] = [{ text: goldText, speaker: 'Mayor', kind: 'INDIRECT' }];
  const g = text.indexOf(goldText);

  it('matches when the overlap is exactly half of the gold span', () => {
    const { counts } = scoreStatements(text, gold, [said(text, g, g + 10)]);
    expect(counts.matched).toBe(1);
    expect(statementMetrics(counts)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('does not match one character short of half, and counts the prediction as a false positive', () => {
    const { counts, details } = scoreStatements(text, gold, [said(text, g, g + 9)]);
    expect(counts.matched).toBe(0);
    expect(details.falsePositives).toHaveLength(1);
    expect(details.misses).toHaveLength(1);
    expect(statementMetrics(counts)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('half measured on the gold span: a long prediction covering the gold span matches leniently', () => {
    const { counts } = scoreStatements(text, gold, [said(text, 0, text.length)]);
    expect(counts.matched).toBe(1);
    expect(counts.strictMatched).toBe(0);
  });

  it('STRICT needs 90% of the gold span and 90% of the predicted span', () => {
    // 18 of 20 gold characters, prediction exactly those 18: 90% / 100%
    expect(scoreStatements(text, gold, [said(text, g + 2, g + 20)]).counts.strictMatched).toBe(1);
    // 17 of 20: 85% of the gold span
    expect(scoreStatements(text, gold, [said(text, g + 3, g + 20)]).counts.strictMatched).toBe(0);
    // all 20 gold characters, prediction 22 long: 20/22 = 90.9% of the prediction
    expect(scoreStatements(text, gold, [said(text, g - 2, g + 20)]).counts.strictMatched).toBe(1);
    // all 20 gold characters, prediction 23 long: 20/23 = 87% of the prediction
    const loose = scoreStatements(text, gold, [said(text, g - 3, g + 20)]).counts;
    expect(loose.strictMatched).toBe(0);
    expect(loose.matched).toBe(1);
    expect(statementMetrics(loose).strict).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('greedy matching in gold order, with optional entries', () => {
  const text = 'Lee said the bridge will be built and the county will pay for it.';
  const whole = 'the bridge will be built and the county will pay for it';
  // optional entries follow the required ones in a gold file, but the scorer must not rely on it
  const gold: GoldStatement[] = [
    { text: 'the bridge will be built', speaker: 'Ann Lee', kind: 'INDIRECT', optional: true },
    { text: whole, speaker: 'Ann Lee', kind: 'INDIRECT' },
  ];

  it('lets the required entry claim its best prediction before an optional entry can', () => {
    const preds = [saidAt(text, whole, 0, { speaker: 'Lee' })];
    const { counts, details } = scoreStatements(text, gold, preds);
    expect(counts.matched).toBe(1);
    expect(counts.ignored).toBe(0);
    expect(details.misses).toHaveLength(0);
    expect(statementMetrics(counts)).toMatchObject({ precision: 1, recall: 1, speakerAccuracy: 1 });
  });

  it('ignores a prediction that matches only an optional entry: neither a hit nor a false positive', () => {
    const preds = [saidAt(text, 'the bridge will be built')];
    const { counts, details } = scoreStatements(text, gold, preds);
    expect(counts.matched).toBe(0);
    expect(counts.ignored).toBe(1);
    expect(details.falsePositives).toHaveLength(0);
    // one required gold missed, no counted prediction
    expect(statementMetrics(counts)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });

  it('does not count an unmatched optional entry as a miss', () => {
    const only = [gold[1]];
    const withOptional = scoreStatements(text, gold, [saidAt(text, whole)]).counts;
    const withoutOptional = scoreStatements(text, only, [saidAt(text, whole)]).counts;
    expect(statementMetrics(withOptional)).toEqual(statementMetrics(withoutOptional));
    expect(withOptional.gold).toBe(1);
    expect(withOptional.optionalGold).toBe(1);
  });

  it('a required entry takes the best-overlapping prediction; the other one is then a false positive unless an optional entry takes it', () => {
    const preds = [saidAt(text, 'the bridge will be built'), saidAt(text, whole)];
    const { counts, details } = scoreStatements(text, gold, preds);
    expect(counts.matched).toBe(1);
    expect(counts.ignored).toBe(1);
    expect(details.falsePositives).toHaveLength(0);
    const required = scoreStatements(text, [gold[1]], preds);
    expect(required.details.falsePositives.map((p) => p.text)).toEqual(['the bridge will be built']);
    expect(statementMetrics(required.counts)).toMatchObject({ precision: 0.5, recall: 1 });
  });
});

describe('repeated identical gold texts', () => {
  const text = '"We will win," she said. Later: "We will win," he said.';
  const quote = '"We will win,"';
  const gold: GoldStatement[] = [
    { text: quote, speaker: 'Ann', kind: 'DIRECT' },
    { text: quote, speaker: 'Bob', kind: 'DIRECT' },
  ];

  it('successive entries with equal text take successive occurrences', () => {
    const spans = locateSpans(text, gold);
    expect(spans.map((s) => s!.start)).toEqual([0, text.indexOf(quote, 1)]);
  });

  it('a prediction of the second occurrence matches the second entry only', () => {
    const second = saidAt(text, quote, 1, { kind: 'DIRECT', speaker: 'Bob' });
    const { counts, details } = scoreStatements(text, gold, [second]);
    expect(counts.matched).toBe(1);
    expect(counts.speakerCorrect).toBe(1);
    expect(details.misses.map((g) => g.speaker)).toEqual(['Ann']);
  });

  it('prefers an occurrence that is a whole number or word: "5%" is not the end of "1.5%"', () => {
    const body = 'Shares fell 1.5% while sales rose 5%.';
    const spans = locateSpans(body, [{ text: '1.5%' }, { text: '5%' }]);
    expect(spans[1]!.start).toBe(body.lastIndexOf('5%'));
  });
});

describe('speakers', () => {
  it('normalises case, diacritics, dots, apostrophes and a leading "the"', () => {
    expect(normaliseName('The U.S. Government')).toBe('us government');
    expect(normaliseName('Peña Nieto')).toBe('pena nieto');
    expect(normaliseName("O'Rourke")).toBe('orourke');
  });

  it('counts equal names and word-wise containment in either direction', () => {
    expect(sameSpeaker('Xi', 'Xi Jinping')).toBe(true);
    expect(sameSpeaker('Xi Jinping', 'Xi')).toBe(true);
    expect(sameSpeaker('U.S. government', 'U.S government')).toBe(true);
    expect(sameSpeaker('the Telegraph', 'Telegraph')).toBe(true);
    expect(sameSpeaker('Enrique Peña Nieto', 'Pena Nieto')).toBe(true);
  });

  it('rejects other names, partial words and a null speaker', () => {
    expect(sameSpeaker('Jin', 'Xi Jinping')).toBe(false);
    expect(sameSpeaker('Hillary Clinton', 'Bill Clinton')).toBe(false);
    expect(sameSpeaker(null, 'Xi Jinping')).toBe(false);
    expect(sameSpeaker('', 'Xi Jinping')).toBe(false);
  });

  it('speaker accuracy is over matched required statements', () => {
    const text = 'Xi said China will act. Officials said talks failed.';
    const gold: GoldStatement[] = [
      { text: 'China will act', speaker: 'Xi Jinping', kind: 'INDIRECT' },
      { text: 'talks failed', speaker: 'U.S. officials', kind: 'INDIRECT' },
    ];
    const preds = [saidAt(text, 'China will act', 0, { speaker: 'Xi' }), saidAt(text, 'talks failed', 0, { speaker: null })];
    const { counts, details } = scoreStatements(text, gold, preds);
    expect(statementMetrics(counts).speakerAccuracy).toBe(0.5);
    expect(details.wrongSpeakers.map((w) => w.gold.speaker)).toEqual(['U.S. officials']);
  });

  it('reports DIRECT and INDIRECT recall and kind accuracy separately', () => {
    const text = '"It is safe," the mayor said, adding that the bridge will open.';
    const gold: GoldStatement[] = [
      { text: '"It is safe,"', speaker: 'Mayor', kind: 'DIRECT' },
      { text: 'that the bridge will open', speaker: 'Mayor', kind: 'INDIRECT' },
    ];
    const { counts } = scoreStatements(text, gold, [saidAt(text, '"It is safe,"', 0, { kind: 'INDIRECT' })]);
    expect(statementMetrics(counts)).toMatchObject({ directRecall: 1, indirectRecall: 0, kindAccuracy: 0 });
  });
});

describe('statistics', () => {
  const text = 'Barclays made £3.2bn, up 20% from 2003. It employs 3,200 people.';
  const gold: GoldStatistic[] = [
    { text: '£3.2bn', value: 3_200_000_000, unit: 'GBP', direction: 'INCREASE' },
    { text: '20%', value: 20, unit: 'percent', direction: 'INCREASE', baselineYear: 2003 },
    { text: '3,200 people', value: 3200, unit: 'people' },
    { text: '2003', value: 2003, unit: 'year', optional: true },
  ];

  it('matches on the full magnitude and an overlapping span', () => {
    const preds = [
      figure(text, '£3.2bn', 3.2e9, { unit: 'gbp', direction: 'INCREASE' }),
      figure(text, 'up 20%', 20, { unit: 'percent', direction: 'INCREASE', baselineYear: 2003 }),
      figure(text, '3,200', 3200, { unit: 'jobs' }),
    ];
    const { counts } = scoreStatistics(text, gold, preds);
    expect(counts.matched).toBe(3);
    expect(statisticMetrics(counts)).toMatchObject({ precision: 1, recall: 1, f1: 1, unitAgreement: 2 / 3, directionAgreement: 1 });
  });

  it('does not match the written number instead of the magnitude, nor an equal value elsewhere', () => {
    const preds = [figure(text, '£3.2bn', 3.2), figure(text, 'It employs', 3200)];
    const { counts, details } = scoreStatistics(text, gold, preds);
    expect(counts.matched).toBe(0);
    expect(details.falsePositives).toHaveLength(2);
  });

  it('treats a relative difference below 1e-6 as equal', () => {
    expect(scoreStatistics(text, gold, [figure(text, '£3.2bn', 3.2e9 * (1 + 1e-9))]).counts.matched).toBe(1);
    expect(scoreStatistics(text, gold, [figure(text, '£3.2bn', 3.2e9 * (1 + 1e-5))]).counts.matched).toBe(0);
  });

  it('ignores a prediction that matches an optional year', () => {
    const { counts, details } = scoreStatistics(text, gold, [figure(text, '2003', 2003)]);
    expect(counts.ignored).toBe(1);
    expect(details.falsePositives).toHaveLength(0);
    expect(statisticMetrics(counts)).toMatchObject({ precision: null, recall: 0 });
  });
});

describe('agreements', () => {
  const text = 'Both sides signed an agreement on climate change. Talks on trade failed.';
  const entities = [{ name: 'United States', kind: 'COUNTRY', aliases: ['US'] }];
  const climate = { title: 'climate', parties: ['China', 'United States'], status: 'SIGNED' as const, text: 'signed an agreement on climate change' };
  const trade = { title: 'trade', parties: ['China', 'United States'], status: 'NOT_REACHED' as const, text: 'Talks on trade failed' };
  /** A predicted agreement over the first occurrence of `part`. */
  const deal = (part: string, status: ExtractedAgreement['status'], parties: string[]): ExtractedAgreement => {
    const start = text.indexOf(part);
    if (start < 0) throw new Error(`"${part}" not in text`);
    return { start, end: start + part.length, text: part, title: 'x', topic: null, confidence: 1, status, parties, rule: 'test' };
  };

  it('is right with the status, the parties (aliases resolved, any case or order) and an overlapping span', () => {
    const { counts, results } = scoreAgreements(text, [climate], [deal('an agreement', 'SIGNED', ['U.S.', 'china'])], entities);
    expect(counts).toEqual({ gold: 1, predicted: 1, found: 1, right: 1, ignored: 0 });
    expect(results[0]).toMatchObject({ found: 0, right: true });
    expect(agreementMetrics(counts)).toMatchObject({ precision: 1, recall: 1, rightRate: 1, rightRecall: 1 });
  });

  it('is found but not right when the span overlaps and the status or the parties differ', () => {
    for (const p of [deal('an agreement', 'PROPOSED', ['US', 'China']), deal('an agreement', 'SIGNED', ['China'])]) {
      const { counts, results } = scoreAgreements(text, [climate], [p], entities);
      expect(counts).toMatchObject({ found: 1, right: 0 });
      expect(results[0]).toMatchObject({ found: 0, right: false });
      expect(agreementMetrics(counts)).toMatchObject({ precision: 1, recall: 1, rightRate: 0, rightRecall: 0 });
    }
  });

  it('is not found when the span is elsewhere, even with the right status and parties', () => {
    const { counts, falsePositives } = scoreAgreements(text, [climate], [deal('Talks on trade', 'SIGNED', ['US', 'China'])], entities);
    expect(counts).toMatchObject({ found: 0, right: 0 });
    expect(falsePositives).toHaveLength(1);
    expect(agreementMetrics(counts)).toMatchObject({ precision: 0, recall: 0, rightRate: null, rightRecall: 0 });
  });

  it('lets a gold agreement take its right prediction first when two predictions overlap it', () => {
    // the wrong prediction overlaps more, but the right one is preferred; the wrong one is then a false positive
    const wrong = deal('signed an agreement on climate change', 'PROPOSED', ['China']);
    const right = deal('climate', 'SIGNED', ['China', 'US']);
    const { counts, results, falsePositives } = scoreAgreements(text, [climate], [wrong, right], entities);
    expect(results[0]).toMatchObject({ found: 1, right: true });
    expect(counts).toMatchObject({ gold: 1, predicted: 2, found: 1, right: 1, ignored: 0 });
    expect(falsePositives).toEqual([wrong]);
    expect(agreementMetrics(counts).precision).toBe(0.5);
  });

  it('neither rewards nor penalises a prediction that only an optional gold agreement takes', () => {
    const gold = [climate, { ...trade, optional: true }];
    const { counts, falsePositives } = scoreAgreements(text, gold, [deal('an agreement', 'SIGNED', ['US', 'China']), deal('trade failed', 'PROPOSED', ['EU'])], entities);
    expect(counts).toEqual({ gold: 1, predicted: 2, found: 1, right: 1, ignored: 1 });
    expect(falsePositives).toHaveLength(0);
    expect(agreementMetrics(counts)).toMatchObject({ precision: 1, recall: 1 });
    // and a missed optional agreement is not a miss
    expect(agreementMetrics(scoreAgreements(text, gold, [deal('an agreement', 'SIGNED', ['US', 'China'])], entities).counts).recall).toBe(1);
  });

  it('finds a gold agreement with no text only by a right prediction, wherever it is', () => {
    const { text: _, ...noText } = climate;
    expect(scoreAgreements(text, [noText], [deal('Talks on trade', 'SIGNED', ['US', 'China'])], entities).counts).toMatchObject({ found: 1, right: 1 });
    expect(scoreAgreements(text, [noText], [deal('an agreement', 'PROPOSED', ['US', 'China'])], entities).counts).toMatchObject({ found: 0, right: 0 });
  });
});

// Not the scorer, but the split the eval scores it on (scripts/eval/held-out.ts); invented ids.
describe('held-out split', () => {
  it('holds out positions 1, 4, 7, … of each stratum in sorted order, whatever the input order', () => {
    const ids = ['bbc-tech-9', 'bbc-arts-1', 'bbc-arts-2', 'bbc-arts-3', 'bbc-arts-4', 'bbc-arts-5', 'bbc-tech-1', 'bbc-tech-5'];
    expect([...heldOutIds(ids)].sort()).toEqual(['bbc-arts-2', 'bbc-arts-5', 'bbc-tech-5']);
  });

  it('takes the PolNeAR publisher as the stratum', () => {
    expect(stratumOf('polnear-train-wash-post_2016-01-01_some-title')).toBe('polnear:wash-post');
    expect(stratumOf('bbc-politics-007')).toBe('bbc:politics');
    const ids = ['a', 'b', 'c', 'd'].flatMap((x) => [`polnear-train-pubone_2016-01-0${x}_t`, `polnear-train-pubtwo_2016-01-0${x}_t`]);
    expect([...heldOutIds(ids)].sort()).toEqual(['polnear-train-pubone_2016-01-0b_t', 'polnear-train-pubtwo_2016-01-0b_t']);
  });
});

describe('entities', () => {
  const gold = [
    { name: 'Harbour Mutual', kind: 'ORGANIZATION', aliases: ['HM'] },
    { name: 'Nora Fenwick', kind: 'PERSON', aliases: ['Ms Fenwick'] },
    { name: 'Colin Abara', kind: 'PERSON' },
    { name: 'Sandgate Securities', kind: 'ORGANIZATION' },
  ];
  const entity = (name: string, kind: 'PERSON' | 'ORGANIZATION' | 'OTHER', aliases: string[] = []) => ({ name, kind, title: null, aliases });

  it('finds a gold entity by any name form (honorifics dropped), scores its kind, and counts a split', () => {
    const { counts, results } = scoreEntities(gold, [
      entity('HM', 'OTHER'),
      entity('Fenwick', 'PERSON'),
      entity('Nora Fenwick', 'PERSON'),
      entity('Colin Abara', 'ORGANIZATION'),
    ]);
    expect(results.map((r) => [r.found, r.predictedKind, r.split])).toEqual([
      [true, 'OTHER', false],
      [true, 'PERSON', true],
      [true, 'ORGANIZATION', false],
      [false, null, false],
    ]);
    expect(counts).toEqual({ gold: 4, found: 3, kindCorrect: 1, split: 1 });
  });
});
