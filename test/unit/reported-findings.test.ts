// Findings, rulings and "according to" in the forms reports, courts and wire copy use. Sentences
// written for these tests (never corpus text).
import { describe, expect, it } from 'vitest';
import { statement, statementsOf } from '../helpers/statements.js';

describe('findings and rulings with a that-clause', () => {
  it('"X found that ...", "finding that ...", "held that ...", "ruled that ..." report what was found', () => {
    expect(statement('A study by the Coastal Research Institute found that the wall would not hold.', 'that the wall would not hold').speaker).toBe('Coastal Research Institute');
    expect(statement('A three-judge panel sided with the firms, finding that the case could not be brought.', 'that the case could not be brought')).toMatchObject({ kind: 'INDIRECT' });
    expect(statement('The Tidewater Court of Appeals held that the map broke the law.', 'that the map broke the law').speaker).toBe('Tidewater Court of Appeals');
    expect(statement('Judge Ana Pike ruled that the evidence could be heard.', 'that the evidence could be heard').speaker).toBe('Ana Pike');
    expect(statement('His campaign protested that the rules had changed overnight.', 'that the rules had changed overnight')).toMatchObject({ kind: 'INDIRECT' });
  });

  it('without "that" right after them they report nothing: "found the keys", "held a meeting", "ruled out a deal", "protested outside"', () => {
    expect(statementsOf('Police found the keys in a drawer on Monday.')).toEqual([]);
    expect(statementsOf('The council held a meeting that lasted four hours.')).toEqual([]);
    expect(statementsOf('Ms Ada Cole ruled out a deal with the union.')).toEqual([]);
    expect(statementsOf('Hundreds of nurses protested outside the hospital on Friday.')).toEqual([]);
  });
});

describe('"according to" in more places', () => {
  it('"According to the report, ..." is a statement: a report speaks for its publisher', () => {
    const body = 'The Care Standards Inspectorate published a report on Monday. According to the report, fewer than half of patients were seen within four hours.';
    expect(statement(body, 'fewer than half of patients were seen within four hours').speaker).toBe('Care Standards Inspectorate');
  });

  it('a capitalised name that ends in "Analysis" or "Research" is a body, not figures', () => {
    const body = 'According to the Department of Revenue Analysis, the fund ended the year with a surplus.';
    expect(statement(body, 'the fund ended the year with a surplus').speaker).toBe('Department of Revenue Analysis');
    expect(statementsOf('According to the latest figures, the fund ended the year with a surplus.')).toEqual([]);
  });

  it('"According to Harlow Bank there are ..." without a comma after the name', () => {
    expect(statement('According to Harlow Bank there are now more than 150 branches for sale.', 'there are now more than 150 branches for sale').speaker).toBe('Harlow Bank');
  });

  it('"there was evidence, according to Marsh Research, that ..." reports the that-clause', () => {
    const body = 'Buyers still wanted new phones, and there was evidence, according to Marsh Research, that some markets were slowing.';
    expect(statement(body, 'that some markets were slowing')).toMatchObject({ speaker: 'Marsh Research', rule: 'according-to.that-clause' });
  });
});

describe('a passive reports no one speaking', () => {
  it('"will be written in stone", "was promised last year" are no cues', () => {
    expect(statementsOf("In truth, none of the members' choices will be written in stone until they cast their votes this summer.")).toEqual([]);
    expect(statementsOf('The rules were written years ago by people who have since left.')).toEqual([]);
  });

  it('except to whom it was said or of whom it was asked: "was told that", "was asked whether"', () => {
    expect(statementsOf('Mr Tom Reed was told that the plant would close.').length).toBeGreaterThan(0);
  });
});

describe('a charge is its grounds', () => {
  it('"accused the minister of passing the buck" reports "passing the buck", and a one-word gerund is enough', () => {
    expect(statement('Mr Jess Calder accused the minister of passing the buck to councils.', 'passing the buck').text).toBe('passing the buck to councils');
    expect(statement('Ms Ada Cole accused Tom Vale of ducking.', 'ducking').text).toBe('ducking');
  });
});
